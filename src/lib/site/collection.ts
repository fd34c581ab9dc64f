import { getCollection, type CollectionEntry } from 'astro:content';
import { unescapeMarkdown } from '../split/render';
import type { Article } from '../../schemas/article';
import { byNewest } from './archive';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All article entries, newest first. */
export async function articleEntries(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).sort((a, b) => byNewest(a.data, b.data));
}

export async function allArticles(): Promise<Article[]> {
  return (await articleEntries()).map((e) => e.data);
}

/** The article's paragraphs as plain text (the Markdown body is escaped source text). */
export function paragraphsOf(entry: ArticleEntry): string[] {
  return unescapeMarkdown(entry.body ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function openingOf(entry: ArticleEntry, length = 80): string {
  const text = paragraphsOf(entry).join('');
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
