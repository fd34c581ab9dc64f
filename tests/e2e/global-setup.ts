import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SITE_DIR = join(ROOT, 'dist');
export const OUTPUT_DIR = join(ROOT, 'tests', 'output');
export const SUB_SITE_DIR = join(OUTPUT_DIR, 'dist-sub');
export const SUB_BASE = '/archive/sub/';
/** The sub-path site's index holds at most this many pages per shard, so the seeds' months make five shards. */
export const SUB_SHARD_PAGES = 3;
export const HOSTILE_SITE_DIR = join(OUTPUT_DIR, 'dist-hostile');
/** The hand-written layout-class pages (jump pairs, furniture, undated issues) as a site of their own. */
export const CLASSES_SITE_DIR = join(OUTPUT_DIR, 'dist-classes');

/**
 * Builds the sites the browser tests run against: the archive at the root, the same under a sub-path, and a
 * one-article site from a page of hostile text. E2E_REUSE_DIST=1 skips builds whose output already exists.
 */
export default function setup(): void {
  const reuse = Boolean(process.env.E2E_REUSE_DIST);
  const build = (outDir: string, env: Record<string, string> = {}, command = 'build') => {
    if (reuse && existsSync(join(outDir, 'index.html'))) return;
    execFileSync('npm', ['run', command, '--', '--outDir', outDir], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
  };
  build(SITE_DIR);
  // Under a sub-path, built in parts (a month each), and with an index of many small shards, as a big archive's
  // would be: every browser test that reads this site reads a site assembled from parts.
  build(
    SUB_SITE_DIR,
    { BASE_PATH: SUB_BASE, SEARCH_SHARD_PAGES: String(SUB_SHARD_PAGES), PARTS_DIR: join(OUTPUT_DIR, 'parts-sub') },
    'build:parts',
  );
  build(HOSTILE_SITE_DIR, {
    SEEDS_DIR: join(ROOT, 'tests', 'fixtures', 'hostile'),
    ARTICLES_DIR: join(OUTPUT_DIR, 'hostile-articles'),
  });
  build(CLASSES_SITE_DIR, {
    SEEDS_DIR: join(ROOT, 'tests', 'fixtures', 'classes'),
    ARTICLES_DIR: join(OUTPUT_DIR, 'classes-articles'),
  });
}
