import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/schemas/article';

export type ExportedArticle = Article & { paragraphs: string[] };

/** The built site's own data export: the truth the browser tests compare against. */
export function exportedArticles(siteDir: string): ExportedArticle[] {
  return JSON.parse(readFileSync(join(siteDir, 'articles.json'), 'utf8')).articles;
}

/** What search indexes of an article: kicker, title, subtitle and body. */
export function searchableText(a: ExportedArticle): string {
  return [a.kicker, a.title, a.subtitle, ...a.paragraphs].filter(Boolean).join('\n');
}
