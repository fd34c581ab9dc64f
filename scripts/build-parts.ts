/**
 * npm run build:parts [-- STEP] [--part P | --batch i/n] [--outDir DIR]: the archive built in independent parts,
 * a month each (ARCHIVE_PART_BY=year: a year each).
 *
 *   split      the seeds into articles (as npm run split; cached by the seeds' and the splitter's hash)
 *   summarize  each part's summary (what the archive-wide pages show of its articles) and the outline of all issues
 *   part       render one part (--part 2024-03), a matrix job's share (--batch i/n) or every part: its articles,
 *              issues, page views, page files and data file
 *   archive    render the archive-wide pages (home, papers, calendar, people, reporters, feeds, search files) from
 *              the summaries alone
 *   assemble   lay the parts' and the archive's pages into DIR (dist), list their sitemaps, index, check, swap in
 *
 * Without a step, all of them in turn. Each step keeps its output in PARTS_DIR under the hash of its inputs, sealed
 * (lib/cache-files.ts), so a re-run — or the next build after a change — redoes only what changed: an edit in one
 * year renders that year and the archive-wide pages. The steps are also the jobs of a CI matrix
 * (.github/workflows/build-archive.yml): split and summarize once, a part per job, archive and assemble at the end.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { splitUnlessFresh } from './split';
import {
  isSeal,
  isSealedWhole,
  readChecked,
  sealedFiles,
  writeChecked,
  writeFileAtomic,
  writeFolderAtomic,
} from '../src/lib/cache-files';
import { buildSearchIndex, indexSummary } from '../src/lib/search/indexer';
import { frequentTerms, seenText } from '../src/lib/search/prepared';
import { eachAtMost, removeStaleScratch, runChild } from '../src/lib/jobs';
import { settings } from '../src/lib/settings';
import { byCodePoint, byNewest, calendarOf, issuesOf, onThisDay } from '../src/lib/site/archive';
import { sortDateOf } from '../src/lib/article-dates';
import { monthOfArticlePath } from '../src/lib/search/shards';
import { archiveRecord, changedNames, type ArchiveRecord } from '../src/lib/site/archive-plan';
import type { RenderSelection } from '../src/lib/site/partial';
import { articleState, siteHash } from '../src/lib/site/build-state';
import {
  PART_NAME,
  partsToRender,
  outlinePath,
  partOfArticleFile,
  readOutline,
  readPartSummary,
  summaryPath,
} from '../src/lib/site/parts';
import { missingFromSite, recoverSite, swapIn } from '../src/lib/site/site-folders';
import { hanCharsOf, searchableTexts, summarize } from '../src/lib/site/summary';
import { readArticleFile } from '../src/lib/site/article-file';
import type { Outline, PartSummary } from '../src/schemas/summary';

const ASTRO = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const STEPS = ['split', 'summarize', 'part', 'archive', 'assemble'] as const;
type Step = (typeof STEPS)[number];

const sha = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 16);
};

function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** One part's summary from its article files. */
function summarizePart(articlesDir: string, part: string, files: string[]): PartSummary {
  const texts: string[] = [];
  const articles = files.map((name) => {
    const { article, paragraphs } = readArticleFile(join(articlesDir, name));
    texts.push(...searchableTexts(article, paragraphs));
    return summarize(article, paragraphs);
  });
  return { part, articles: articles.sort(byNewest), hanChars: hanCharsOf(texts) };
}

/**
 * Writes every part's summary whose articles changed (and removes those of parts that are gone), then the outline
 * of every issue, which each part's pages link across.
 */
function summarizeAll(articlesDir: string, partsDir: string): void {
  const started = performance.now();
  const byPart = new Map<string, string[]>();
  for (const name of readdirSync(articlesDir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const part = partOfArticleFile(name);
    const list = byPart.get(part);
    if (list) list.push(name);
    else byPart.set(part, [name]);
  }
  const code = siteHash();
  const outline: Outline = { parts: [], issues: [] };
  let made = 0;
  for (const [part, files] of byPart) {
    const hash = createHash('sha256').update(code);
    for (const name of files) hash.update(name).update(readFileSync(join(articlesDir, name)));
    const key = hash.digest('hex').slice(0, 16);
    const keyFile = join(partsDir, part, 'summary.key');
    let summary: PartSummary | null = null;
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
      // A summary cut short or damaged is made again, never trusted for its key.
      try {
        summary = readPartSummary(partsDir, part);
      } catch {
        console.log(`summarize: ${summaryPath(partsDir, part)} is damaged; made again`);
      }
    }
    if (!summary) {
      rmSync(keyFile, { force: true });
      summary = summarizePart(articlesDir, part, files);
      writeFileAtomic(summaryPath(partsDir, part), JSON.stringify(summary));
      writeFileAtomic(keyFile, key);
      made++;
    }
    outline.parts.push({ part, articles: summary.articles.length });
    for (const issue of issuesOf(summary.articles))
      outline.issues.push({
        key: issue.key,
        paper: issue.paper,
        paperSlug: issue.paperSlug,
        day: issue.day,
        dayIsPrinted: issue.dayIsPrinted,
      });
  }
  for (const name of existsSync(partsDir) ? readdirSync(partsDir) : [])
    if (PART_NAME.test(name) && !byPart.has(name)) rmSync(join(partsDir, name), { recursive: true, force: true });
  writeFileAtomic(outlinePath(partsDir), JSON.stringify(outline));
  console.log(
    `summarize: ${byPart.size} part(s), ${outline.issues.length} issues; ${made} summary(ies) made, ${byPart.size - made} kept (${elapsed(started)})`,
  );
}

/**
 * Rendered folders this run has checked whole or made itself: checked once per run, since a check reads and hashes
 * every file (a million articles' pages are tens of GB) and nothing but this run writes them meanwhile.
 */
const checkedWhole = new Set<string>();

function isWhole(dir: string): boolean {
  if (checkedWhole.has(dir)) return true;
  if (!isSealedWhole(dir)) return false;
  checkedWhole.add(dir);
  return true;
}

/** The sealed folder of a rendered scope in PARTS_DIR whose inputs hash to `key`, or null when there is none whole. */
function builtSite(scopeDir: string, key: string): string | null {
  const dir = join(scopeDir, `site-${key}`);
  return existsSync(dir) && isWhole(dir) ? dir : null;
}

/** A render of the archive-wide pages that keeps an earlier one's files for the people and reporters unchanged. */
interface KeptNames {
  earlier: string;
  selection: RenderSelection;
}

/** The families of files named after a person or reporter: `<family>/<name>/…`, with the names it is keyed by. */
const NAMED_FAMILIES: Record<string, 'people' | 'reporters'> = {
  people: 'people',
  'search-people': 'people',
  reporters: 'reporters',
};

/**
 * Links into `dir` the files of the earlier render for every person and reporter not rendered again, and the
 * earlier sitemap (the render lists only the pages it made; the set of pages is the same, see archive-plan.ts).
 */
function keepUnchangedNames(dir: string, kept: KeptNames): void {
  const rendered = { people: new Set(kept.selection.people), reporters: new Set(kept.selection.reporters) };
  for (const name of readdirSync(dir)) if (/^sitemap-archive-.*\.xml$/.test(name)) rmSync(join(dir, name));
  for (const path of readdirSync(kept.earlier, { recursive: true, encoding: 'utf8' })) {
    const [family, name, rest] = path.split('/');
    const sitemap = family !== undefined && /^sitemap-archive-.*\.xml$/.test(family) && name === undefined;
    const names = family === undefined ? undefined : NAMED_FAMILIES[family];
    const keep =
      sitemap || (names !== undefined && rest !== undefined && name !== 'by-pinyin' && !rendered[names].has(name!));
    const source = join(kept.earlier, path);
    if (!keep || isSeal(path) || !statSync(source).isFile() || existsSync(join(dir, path))) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    linkSync(source, join(dir, path));
  }
}

/** Where each render writes before its output is moved into place: `<scope>-<pid of the build>`. */
const SCRATCH_DIR = join(process.cwd(), 'node_modules', '.cache', 'archive-render');

/** Puts folder `from` in the place of the empty folder `to`: renamed, or across file systems copied. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Renders one scope (a part or `archive`) with Astro into a sealed folder named by its inputs' hash; for
 * the archive-wide pages, only the changed people's and reporters' when `kept` says so.
 */
async function render(
  partsDir: string,
  scope: string,
  key: string,
  log: string,
  kept?: KeptNames,
  heapMB = settings().RENDER_HEAP_MB,
): Promise<string> {
  const scopeDir = join(partsDir, scope);
  const whole = builtSite(scopeDir, key);
  if (whole) {
    console.log(`${log}: unchanged, kept`);
    return whole;
  }
  const started = performance.now();
  const target = join(scopeDir, `site-${key}`);
  await writeFolderAtomic(target, async (dir) => {
    const selection = kept ? join(scopeDir, 'selection.json') : null;
    if (selection) writeFileSync(selection, JSON.stringify(kept!.selection));
    // Astro writes its server code beside an outDir inside the working folder, but for any other outDir into the
    // one folder .astro/.prerender, which two renders side by side would share: each renders inside the working
    // folder, into a scratch folder of its own, moved into place after.
    const scratch = join(SCRATCH_DIR, `${scope}-${process.pid}`);
    rmSync(scratch, { recursive: true, force: true });
    try {
      const exit = await runChild(
        process.execPath,
        [`--max-old-space-size=${heapMB}`, ASTRO, 'build', '--outDir', scratch, '--silent'],
        {
          ...process.env,
          ARCHIVE_PART: scope,
          PARTS_DIR: partsDir,
          ARCHIVE_STAGED: '1',
          SEARCH_INDEX: 'none',
          ...(selection ? { RENDER_ONLY: selection } : {}),
        },
      );
      if (exit !== 0) throw new Error(`${log}: astro build exited with ${exit ?? 'a signal'} (see above)`);
      // Astro's scratch output (server code with this machine's paths) is never part of a site.
      rmSync(join(scratch, '.prerender'), { recursive: true, force: true });
      moveFolder(scratch, dir);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    if (kept) keepUnchangedNames(dir, kept);
  });
  checkedWhole.add(target);
  // Earlier renders of this scope are stale now.
  for (const name of readdirSync(scopeDir))
    if (name.startsWith('site-') && name !== `site-${key}`)
      rmSync(join(scopeDir, name), { recursive: true, force: true });
  console.log(`${log}: rendered${kept ? ' (the changed names)' : ''} in ${elapsed(started)}`);
  return target;
}

/** What a part's pages are made from: the site's code, the outline, and its articles with the page lines they cite. */
function partKey(articlesDir: string, partsDir: string, part: string, code: string): string {
  const state = Object.entries(articleState(articlesDir, (name) => partOfArticleFile(name) === part));
  return sha(code, readFileSync(outlinePath(partsDir), 'utf8'), JSON.stringify(state));
}

/**
 * Renders the parts to do, BUILD_JOBS Astro builds side by side, each given an equal share of the heap. Any part
 * that fails fails the step, after the others under way have finished.
 */
async function renderParts(
  articlesDir: string,
  partsDir: string,
  only: string | null,
  batch: string | null,
): Promise<void> {
  const parts = readOutline(partsDir).parts.map((p) => p.part);
  const todo = partsToRender(parts, only, batch);
  const code = siteHash();
  // A matrix job keeps only its own parts' renders: what it uploads is exactly its share.
  if (batch)
    for (const part of parts.filter((p) => !todo.includes(p)))
      for (const name of existsSync(join(partsDir, part)) ? readdirSync(join(partsDir, part)) : [])
        if (name.startsWith('site-')) rmSync(join(partsDir, part, name), { recursive: true, force: true });
  const started = performance.now();
  let done = 0;
  const finished = () => {
    done++;
    const rate = (performance.now() - started) / done;
    if (done < todo.length)
      console.log(
        `  ${done} of ${todo.length} parts in ${elapsed(started)}, ~${((rate * (todo.length - done)) / 1000).toFixed(0)} s left`,
      );
  };
  const { BUILD_JOBS, RENDER_HEAP_MB } = settings();
  // Side by side, each render's heap is a share of the whole.
  const atOnce = Math.max(1, Math.min(BUILD_JOBS, todo.length));
  const failed: string[] = [];
  await eachAtMost(todo, atOnce, async (part) => {
    try {
      const key = partKey(articlesDir, partsDir, part, code);
      await render(partsDir, part, key, `part ${part}`, undefined, Math.floor(RENDER_HEAP_MB / atOnce));
      finished();
    } catch (error) {
      console.error((error as Error).message);
      failed.push(part);
    }
  });
  if (failed.length) throw new Error(`part(s) ${failed.sort().join(', ')} failed to render (see above)`);
}

/** What the last render of the archive-wide pages was made from (archive-plan.ts), beside its folder. */
interface ArchiveRenderRecord {
  site: string;
  code: string;
  record: ArchiveRecord;
}

/**
 * Renders the archive-wide pages: when an earlier render is whole and the archive kept its shape, only the
 * people and reporters whose articles changed (and the small pages that span everything), the rest linked from it.
 */
async function renderArchive(partsDir: string): Promise<void> {
  const outline = readOutline(partsDir);
  const summaries = outline.parts.flatMap((p) => readPartSummary(partsDir, p.part).articles).sort(byNewest);
  const code = siteHash();
  const key = archiveKey(partsDir);
  const record = archiveRecord(summaries);
  const recordFile = join(partsDir, 'archive', 'record.json');
  // A record cut short or damaged reads as none: everything is rendered.
  const earlierText = readChecked(recordFile);
  const earlier = earlierText === null ? null : (JSON.parse(earlierText) as ArchiveRenderRecord);
  const earlierDir = earlier ? join(partsDir, 'archive', earlier.site) : null;
  const changed =
    earlier && earlier.code === code && earlierDir && builtSite(join(partsDir, 'archive'), earlier.site.slice(5))
      ? changedNames(earlier.record, record)
      : null;
  let kept: KeptNames | undefined;
  if (changed && earlierDir && earlier!.site !== `site-${key}`) {
    kept = {
      earlier: earlierDir,
      selection: {
        articles: [],
        issues: [],
        people: changed.people,
        reporters: changed.reporters,
        years: calendarOf(issuesOf(summaries)).map((y) => y.year),
        monthDays: [...onThisDay(summaries).keys()],
      },
    };
    console.log(
      `archive-wide pages: ${changed.people.length} of ${Object.keys(record.people).length} people and ${changed.reporters.length} of ${Object.keys(record.reporters).length} reporters changed`,
    );
  }
  // Forgotten before the render and written after it: a killed render leaves no record, and the next renders all.
  rmSync(recordFile, { force: true });
  await render(partsDir, 'archive', key, 'archive-wide pages', kept);
  writeChecked(recordFile, JSON.stringify({ site: `site-${key}`, code, record } satisfies ArchiveRenderRecord));
}

function archiveKey(partsDir: string): string {
  const outline = readOutline(partsDir);
  return sha(
    siteHash(),
    readFileSync(outlinePath(partsDir), 'utf8'),
    ...outline.parts.map((p) => readFileSync(summaryPath(partsDir, p.part), 'utf8')),
  );
}

/**
 * Lays a rendered scope into the site being assembled. Scopes share only Astro's bundled assets, named by their
 * content; a file two scopes write differently is an error, never a silent overwrite.
 */
function layInto(from: string, site: string): void {
  for (const path of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    const source = join(from, path);
    if (isSeal(path) || !statSync(source).isFile()) continue;
    const target = join(site, path);
    if (existsSync(target)) {
      if (!readFileSync(target).equals(readFileSync(source)))
        throw new Error(`${path}: two parts of the archive render it differently (${from})`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    // A hard link costs no copy; the assembly only ever adds and removes files, so the rendered folder's seal
    // still holds. Across file systems, a copy.
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** One sitemap index over every scope's sitemaps (each scope's build writes its own, sitemap-<scope>-index.xml). */
function joinSitemaps(site: string): void {
  const indexes = readdirSync(site)
    .filter((n) => /^sitemap-.+-index\.xml$/.test(n))
    .sort();
  const entries = indexes.flatMap((n) => readFileSync(join(site, n), 'utf8').match(/<sitemap>.*?<\/sitemap>/gs) ?? []);
  writeFileSync(
    join(site, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>`,
  );
  for (const n of indexes) rmSync(join(site, n));
}

async function assemble(partsDir: string, outDir: string): Promise<void> {
  const started = performance.now();
  const staging = `${outDir}.staging`;
  recoverSite(outDir, staging);
  const outline = readOutline(partsDir);
  const scopes = [...outline.parts.map((p) => p.part), 'archive'];
  mkdirSync(staging, { recursive: true });
  // Each article page's checksum, from the seal of the folder it comes from (checked whole just now): the index
  // finds its changed shards without reading every page again.
  const digestOf = new Map<string, string>();
  for (const scope of scopes) {
    const dir = join(partsDir, scope);
    const sites = existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith('site-')) : [];
    const whole = sites.map((n) => join(dir, n)).filter((d) => isWhole(d));
    if (whole.length !== 1)
      throw new Error(
        `${dir}: ${whole.length ? 'more than one' : 'no'} whole rendered site (render it: npm run build:parts -- ${scope === 'archive' ? 'archive' : `part --part ${scope}`})`,
      );
    layInto(whole[0]!, staging);
    for (const file of sealedFiles(whole[0]!) ?? [])
      if (monthOfArticlePath(file.path)) digestOf.set(file.path, file.sha256);
  }
  joinSitemaps(staging);
  const indexed = settings().SEARCH_INDEX !== 'none';
  const articles = outline.parts.flatMap((p) => readPartSummary(partsDir, p.part).articles);
  const pageOf = (a: { id: string }) => `articles/${a.id}/index.html`;
  if (indexed) {
    // Each article page under the month it is filtered by (its own date's, as the page says it), in path order.
    const byMonth = new Map<string, string[]>();
    for (const a of [...articles].sort((x, y) => byCodePoint(pageOf(x), pageOf(y)))) {
      if (!digestOf.has(pageOf(a))) throw new Error(`${pageOf(a)}: no part rendered this article's page`);
      const month = sortDateOf(a).slice(0, 7);
      const list = byMonth.get(month);
      if (list) list.push(pageOf(a));
      else byMonth.set(month, [pageOf(a)]);
    }
    const terms = frequentTerms(articles.map(seenText), settings().PREPARED_TERMS);
    const report = await buildSearchIndex(staging, { pages: { byMonth, digestOf }, terms });
    console.log(indexSummary(report));
  }
  const ids = articles.map((a) => a.id);
  const missing = missingFromSite(staging, ids, indexed);
  if (missing.length) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `the assembled site lacks ${missing.length} file(s) it should have (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); ${outDir} is left as it was`,
    );
  }
  swapIn(staging, outDir);
  console.log(`assemble: ${scopes.length} scope(s), ${ids.length} articles → ${outDir} (${elapsed(started)})`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? (argv[at + 1] ?? null) : null;
  };
  const step = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? null;
  if (step !== null && !STEPS.includes(step as Step))
    throw new Error(`unknown step ${step} (one of ${STEPS.join(', ')})`);
  const config = settings();
  const partsDir = resolve(config.PARTS_DIR);
  const outDir = resolve(value('--outDir') ?? 'dist');
  const run = (s: Step) => step === null || step === s;
  const started = performance.now();
  if (run('part') || run('archive')) removeStaleScratch(SCRATCH_DIR);
  if (step === 'split') splitUnlessFresh(config.SEEDS_DIR, config.ARTICLES_DIR, 'build:parts');
  else if (step === null) {
    // In a process of its own, so that the split's pages and people (GBs at 100k) are not held by this one while
    // the renders run beside it. It says what went wrong itself.
    const exit = await runChild(process.execPath, [...process.execArgv, import.meta.filename, 'split']);
    if (exit !== 0) process.exit(exit ?? 1);
  }
  if (run('summarize')) summarizeAll(config.ARTICLES_DIR, partsDir);
  if (run('part')) await renderParts(config.ARTICLES_DIR, partsDir, value('--part'), value('--batch'));
  if (run('archive')) await renderArchive(partsDir);
  if (run('assemble')) await assemble(partsDir, outDir);
  console.log(`build:parts: ${step ?? 'every step'} done in ${elapsed(started)}`);
}

await main().catch((error: Error) => {
  console.error(`build:parts: ${error.message}`);
  process.exit(1);
});
