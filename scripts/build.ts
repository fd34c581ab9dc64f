/**
 * npm run build [-- --outDir DIR] [--no-cache]: re-splits when the seeds or the splitter changed (content hash,
 * with a per-page cache), then builds the site with Astro, which indexes it with Pagefind when done. When the site
 * was built before and the change is an edit in place, only the pages it touches are rendered (see
 * lib/site/build-plan.ts) and only the index shards whose pages changed are rebuilt.
 *
 * Every build is made in a folder beside the site (DIR.staging), checked, and swapped in whole: a failed or killed
 * build leaves the previous site as it was, and the record of what the site was built from is written last.
 * FULL_BUILD=1 or --no-cache renders everything and trusts no cache.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { splitUnlessFresh } from './split';
import { settings } from '../src/lib/settings';
import { buildSearchIndex, indexSummary } from '../src/lib/search/indexer';
import { frequentTerms, seenText } from '../src/lib/search/prepared';
import { readArticleSummaries } from '../src/lib/site/article-file';
import { planRender } from '../src/lib/site/build-plan';
import { currentBuildState, dropBuildState, loadBuildState, saveBuildState } from '../src/lib/site/build-state';
import { missingFromSite, recoverSite, swapIn } from '../src/lib/site/site-folders';

// Said in the environment, so the split, Astro and the indexer (children included) all trust no cache.
if (process.argv.includes('--no-cache') || settings().FULL_BUILD) process.env.ARCHIVE_NO_CACHE = '1';
const config = settings();
const SEEDS = config.SEEDS_DIR;
const OUT = config.ARTICLES_DIR;
const ASTRO = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

function astro(args: string[], env: Record<string, string> = {}): void {
  const heap = `--max-old-space-size=${settings().RENDER_HEAP_MB}`;
  execFileSync(process.execPath, [heap, ASTRO, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ARCHIVE_STAGED: '1', ...env },
  });
}

function outDirOf(args: string[]): string {
  const at = args.indexOf('--outDir');
  return at >= 0 && args[at + 1] ? args[at + 1]! : 'dist';
}

const args = process.argv.slice(2).filter((a) => a !== '--no-cache');
const outDir = resolve(outDirOf(args));
const staging = `${outDir}.staging`;
const rest = args.filter((_, i) => args[i] !== '--outDir' && args[i - 1] !== '--outDir');
const indexed = config.SEARCH_INDEX !== 'none';
recoverSite(outDir, staging);
splitUnlessFresh(SEEDS, OUT, 'build');
const after = currentBuildState(OUT);
const plan = config.ARCHIVE_NO_CACHE
  ? ({ kind: 'full', reason: config.FULL_BUILD ? 'FULL_BUILD is set' : '--no-cache' } as const)
  : planRender(loadBuildState(outDir), after);
if (plan.kind === 'unchanged') {
  console.log(`build: no article changed since ${outDir} was built`);
  process.exit(0);
}
if (plan.kind === 'full') {
  console.log(`build: rendering every page (${plan.reason})`);
  // Into an empty folder: pages of removed articles or people must not stay.
  astro([...rest, '--outDir', staging], { SEARCH_INDEX: 'none' });
} else {
  const s = plan.selection;
  console.log(
    `build: ${plan.changed.length} article(s) changed; rendering ${s.articles.length} article, ${s.issues.length} issue, ${s.people.length} person, ${s.reporters.length} reporter pages' families and the archive-wide pages`,
  );
  const scratch = mkdtempSync(join(tmpdir(), 'archive-partial-'));
  try {
    const selection = join(scratch, 'selection.json');
    writeFileSync(selection, JSON.stringify(s));
    const partOut = join(scratch, 'site');
    astro([...rest, '--outDir', partOut], { RENDER_ONLY: selection, SEARCH_INDEX: 'none' });
    cpSync(outDir, staging, { recursive: true });
    // The sitemap lists the pages a build rendered: the partial one would list only the touched pages, and the
    // set of pages is unchanged (else the plan would have been a full build).
    cpSync(partOut, staging, { recursive: true, filter: (src) => !/\/sitemap-[^/]*\.xml$/.test(src) });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
// Astro's scratch output (server code with this machine's paths) is never part of a site.
rmSync(join(staging, '.prerender'), { recursive: true, force: true });
if (indexed) {
  const terms = frequentTerms(readArticleSummaries(OUT).map(seenText), config.PREPARED_TERMS);
  console.log(indexSummary(await buildSearchIndex(staging, { terms })));
}
const missing = missingFromSite(
  staging,
  readdirSync(OUT)
    .filter((n) => n.endsWith('.md'))
    .map((n) => n.slice(0, -3)),
  indexed,
);
if (missing.length) {
  console.error(
    `build: the new site lacks ${missing.length} file(s) it should have (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); ${outDir} is left as it was`,
  );
  process.exit(1);
}
mkdirSync(join(outDir, '..'), { recursive: true });
// The record goes before the site changes and comes back after: a kill in between leaves a site without a record,
// which the next build renders in full.
dropBuildState(outDir);
swapIn(staging, outDir);
saveBuildState(outDir, after);
console.log(`build: ${outDir} is complete`);
