/**
 * An article's summary (schemas/summary.ts) from its data and text: what the archive-wide pages show of it.
 */
import type { Article } from '../../schemas/article';
import { OPENING_CHARS, type ArticleSummary } from '../../schemas/summary';
import { cardExcerpt } from '../search/person-hits';
import { unescapeMarkdown } from '../text/markdown';

export function summarize(article: Article, paragraphs: string[]): ArticleSummary {
  const text = paragraphs.join('');
  return {
    ...article,
    opening: text.slice(0, OPENING_CHARS + 1),
    excerpts: Object.fromEntries(article.people.map((p) => [p.name, cardExcerpt(text, p.name)])),
  };
}

/** The first `length` characters of the text, with … when it goes on (length ≤ OPENING_CHARS). */
export function openingOf(summary: ArticleSummary, length = 80): string {
  if (length > OPENING_CHARS) throw new Error(`an opening is at most ${OPENING_CHARS} characters`);
  const text = summary.opening;
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Every Han character of the texts, sorted, each once. */
export function hanCharsOf(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const ch of text) if (/\p{Script=Han}/u.test(ch)) seen.add(ch);
  return [...seen].sort().join('');
}

/** The texts of an article that search folds: its paragraphs, title and headlines. */
export function searchableTexts(article: Article, paragraphs: string[]): string[] {
  return [...paragraphs, article.title, ...article.headlines];
}

/** An article's paragraphs as plain text, from its Markdown body (escaped source text, paragraphs apart). */
export function paragraphsOfBody(body: string): string[] {
  return unescapeMarkdown(body)
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}
