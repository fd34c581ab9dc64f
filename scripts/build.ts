/**
 * npm run build [-- --outDir DIR]: re-splits when the seeds or the splitter changed (content hash, with a per-page
 * cache), then builds the site with Astro, which indexes it with Pagefind when done. When the site was built
 * before and the change is an edit in place, only the pages it touches are rendered (see lib/site/build-plan.ts)
 * into a scratch folder and copied over the site, and only the index shards whose pages changed are rebuilt.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { exitOnInputError, runSplit } from './split';
import { planRender } from '../src/lib/site/build-plan';
import { currentBuildState, loadBuildState, saveBuildState } from '../src/lib/site/build-state';
import { buildSearchIndex } from '../src/lib/search/indexer';
import { hashFiles } from '../src/lib/hash-files';

const SEEDS = process.env.SEEDS_DIR ?? 'seeds';
const OUT = process.env.ARTICLES_DIR ?? 'src/content/articles';
const STAMP = join(OUT, '..', `.${OUT.split('/').filter(Boolean).pop()}.split-hash`);
const ASTRO = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

function split(): void {
  const hash = hashFiles([SEEDS, 'src/lib/split', 'src/schemas'], (path, isDirectory) => !isDirectory && !/\.(txt|json|ts|ya?ml)$/i.test(path));
  const fresh = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(OUT) && readdirSync(OUT).some((n) => n.endsWith('.md'));
  if (fresh) {
    console.log(`split: seeds unchanged, keeping ${OUT}`);
    return;
  }
  try {
    console.log(runSplit(SEEDS, OUT, undefined, (line) => console.error(line)));
  } catch (error) {
    exitOnInputError('build', error);
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(STAMP, hash);
}

function astro(args: string[], env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
}

function outDirOf(args: string[]): string {
  const at = args.indexOf('--outDir');
  return at >= 0 && args[at + 1] ? args[at + 1]! : 'dist';
}

const args = process.argv.slice(2);
const outDir = outDirOf(args);
split();
const after = currentBuildState(OUT);
const plan = process.env.FULL_BUILD ? ({ kind: 'full', reason: 'FULL_BUILD is set' } as const) : planRender(loadBuildState(outDir), after);
if (plan.kind === 'full') {
  console.log(`build: rendering every page (${plan.reason})`);
  // Astro writes over its output folder without emptying it: pages of removed articles or people would stay.
  rmSync(outDir, { recursive: true, force: true });
  astro(args);
} else if (plan.kind === 'unchanged') {
  console.log(`build: no article changed since ${outDir} was built`);
} else {
  const s = plan.selection;
  console.log(`build: ${plan.changed.length} article(s) changed; rendering ${s.articles.length} article, ${s.issues.length} issue, ${s.people.length} person, ${s.reporters.length} reporter pages' families and the archive-wide pages`);
  const scratch = mkdtempSync(join(tmpdir(), 'archive-partial-'));
  try {
    const selection = join(scratch, 'selection.json');
    writeFileSync(selection, JSON.stringify(s));
    const partOut = join(scratch, 'site');
    const rest = args.filter((_, i) => args[i] !== '--outDir' && args[i - 1] !== '--outDir');
    astro([...rest, '--outDir', partOut], { RENDER_ONLY: selection, SEARCH_INDEX: 'none' });
    // The sitemap lists the pages a build rendered: the partial one would list only the touched pages, and the
    // set of pages is unchanged (else the plan would have been a full build).
    cpSync(partOut, outDir, { recursive: true, filter: (src) => !/\/sitemap-[^/]*\.xml$/.test(src) });
    if (process.env.SEARCH_INDEX !== 'none') {
      const report = buildSearchIndex(outDir);
      console.log(`index: ${report.shards.map((x) => `${x.key} ${x.reused ? 'reused' : `${x.ms} ms`}`).join(', ')}`);
    }
    saveBuildState(outDir, after);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
