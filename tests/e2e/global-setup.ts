import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SITE_DIR = join(ROOT, 'dist');
export const OUTPUT_DIR = join(ROOT, 'tests', 'output');
export const SUB_SITE_DIR = join(OUTPUT_DIR, 'dist-sub');
export const SUB_BASE = '/archive/sub/';
export const HOSTILE_SITE_DIR = join(OUTPUT_DIR, 'dist-hostile');
/** The hand-written layout-class pages (jump pairs, furniture, undated issues) as a site of their own. */
export const CLASSES_SITE_DIR = join(OUTPUT_DIR, 'dist-classes');

/**
 * Builds the sites the browser tests run against: the archive at the root, the same under a sub-path, and a
 * one-article site from a page of hostile text. E2E_REUSE_DIST=1 skips builds whose output already exists.
 */
export default function setup(): void {
  const reuse = Boolean(process.env.E2E_REUSE_DIST);
  const build = (outDir: string, env: Record<string, string> = {}) => {
    if (reuse && existsSync(join(outDir, 'index.html'))) return;
    execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
  };
  build(SITE_DIR);
  build(SUB_SITE_DIR, { BASE_PATH: SUB_BASE });
  build(HOSTILE_SITE_DIR, {
    SEEDS_DIR: join(ROOT, 'tests', 'fixtures', 'hostile'),
    ARTICLES_DIR: join(OUTPUT_DIR, 'hostile-articles'),
  });
  build(CLASSES_SITE_DIR, {
    SEEDS_DIR: join(ROOT, 'tests', 'fixtures', 'classes'),
    ARTICLES_DIR: join(OUTPUT_DIR, 'classes-articles'),
  });
}
