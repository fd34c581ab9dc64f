import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Every file of a built site with its bytes, by path. */
export function filesOf(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort()
      .map((path) => [path, readFileSync(join(dir, path))]),
  );
}
