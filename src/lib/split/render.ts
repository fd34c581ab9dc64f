import matter from 'gray-matter';
import type { ArticleRecord } from './articles';

/**
 * Escapes text so that Markdown and HTML see only text: every ASCII punctuation character gets a backslash,
 * which CommonMark defines as its literal self. Full-width punctuation is never markup and is left alone.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Reverses escapeMarkdown: what a reader of the file sees once rendered. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** One article as a Markdown file: YAML front matter (gray-matter / js-yaml) and one paragraph per block. */
export function renderArticleFile(record: ArticleRecord): string {
  const body = record.paragraphs.map(escapeMarkdown).join('\n\n');
  return matter.stringify(`${body}\n`, record.data, { lineWidth: -1 } as never);
}
