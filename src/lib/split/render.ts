import matter from 'gray-matter';
import type { ArticleRecord } from './articles';
import { escapeMarkdown } from '../text/markdown';

/** One article as a Markdown file: YAML front matter (gray-matter / js-yaml) and one paragraph per block. */
export function renderArticleFile(record: ArticleRecord): string {
  const body = record.paragraphs.map(escapeMarkdown).join('\n\n');
  return matter.stringify(`${body}\n`, record.data, { lineWidth: -1 } as never);
}
