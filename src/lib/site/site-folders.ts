/**
 * A built site's folder as a whole: what it must hold, and how a finished build takes the place of the old one
 * without a moment when a half-made site is served. Node-only I/O, used by the build scripts.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The site's files that a build must have made: the home, 404, every article page, and the search index. */
export function missingFromSite(siteDir: string, articleIds: string[], indexed: boolean): string[] {
  const expected = ['index.html', '404.html'];
  for (const id of articleIds) expected.push(`articles/${id}/index.html`);
  if (indexed) {
    expected.push('pagefind/shards.json');
    const shards = existsSync(join(siteDir, 'pagefind', 'shards.json'))
      ? (JSON.parse(readFileSync(join(siteDir, 'pagefind', 'shards.json'), 'utf8')) as { shards: { path: string }[] })
          .shards
      : [];
    for (const s of shards) expected.push(`${s.path}pagefind-entry.json`, `${s.path}pagefind.js`);
  }
  return expected.filter((path) => !existsSync(join(siteDir, path)));
}

/**
 * Puts a finished staging folder in the site's place: the old site is moved aside, the new one renamed in, the
 * old one removed. Folders a killed swap left behind are put right by recoverSite at the next start.
 */
export function swapIn(staging: string, outDir: string): void {
  const old = `${outDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}

/** Undoes what a killed build left: a half-made staging folder goes; a site moved aside but not replaced comes back. */
export function recoverSite(outDir: string, staging: string): void {
  const old = `${outDir}.old`;
  if (existsSync(old)) {
    if (existsSync(outDir)) rmSync(old, { recursive: true, force: true });
    else renameSync(old, outDir);
  }
  rmSync(staging, { recursive: true, force: true });
}
