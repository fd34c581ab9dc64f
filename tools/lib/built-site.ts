import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Article } from '../../src/schemas/article';

export type ExportedArticle = Article & { paragraphs: string[] };

/** The built site's own data export, every part's file in turn: the truth the browser tests compare against. */
export function exportedArticles(siteDir: string): ExportedArticle[] {
  const index = JSON.parse(readFileSync(join(siteDir, 'articles.json'), 'utf8')) as { parts: { part: string }[] };
  return index.parts.flatMap(
    ({ part }) => JSON.parse(readFileSync(join(siteDir, 'data', `${part}.json`), 'utf8')).articles as ExportedArticle[],
  );
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

/**
 * A build of its own in a fresh folder: a copy of `seedsFrom`, and the articles, caches and build record inside
 * the folder, so that nothing is shared with another build or test. Returns the folder, the seeds and the
 * environment to build with.
 */
type BuildFolders = Record<
  'SEEDS_DIR' | 'ARTICLES_DIR' | 'SPLIT_CACHE_DIR' | 'SEARCH_CACHE_DIR' | 'BUILD_STATE_DIR',
  string
>;

export function isolatedBuild(
  seedsFrom: string,
  prefix: string,
): { work: string; seeds: string; env: NodeJS.ProcessEnv & BuildFolders } {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const seeds = join(work, 'seeds');
  cpSync(seedsFrom, seeds, { recursive: true });
  return {
    work,
    seeds,
    env: {
      ...process.env,
      SEEDS_DIR: seeds,
      ARTICLES_DIR: join(work, 'articles'),
      SPLIT_CACHE_DIR: join(work, 'split-cache'),
      SEARCH_CACHE_DIR: join(work, 'index-cache'),
      BUILD_STATE_DIR: join(work, 'build-state'),
    },
  };
}
