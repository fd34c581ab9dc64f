import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { articleSchema, type Article } from '../../schemas/article';
import type { ArticleSummary } from '../../schemas/summary';
import { paragraphsOfBody, summarize } from './summary';

/** An article file the split wrote: its front matter, checked against the schema, and its paragraphs. */
export function readArticleFile(path: string): { article: Article; paragraphs: string[] } {
  const { data, content } = matter(readFileSync(path, 'utf8'));
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message} (run npm run split again)`,
    );
  return { article: parsed.data, paragraphs: paragraphsOfBody(content) };
}

/** The summaries of every article file in a folder (what an archive's whole-site pages see of them). */
export function readArticleSummaries(dir: string): ArticleSummary[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readArticleFile(join(dir, name)))
    .map(({ article, paragraphs }) => summarize(article, paragraphs));
}
