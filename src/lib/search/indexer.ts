import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { settings } from '../settings';
import {
  isSeal,
  isSealedWhole,
  pruneCache,
  readChecked,
  touch,
  writeFileAtomic,
  writeFolderAtomic,
} from '../cache-files';
import { eachAtMost, runChild } from '../jobs';
import { progressReporter } from '../progress';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { joinShardAnswers, type ShardTermAnswer } from './prepared';
import { monthOfArticlePath, planShards, SEARCH_LANGUAGE, type ShardManifest } from './shards';

export interface IndexReport {
  pages: number;
  shards: { key: string; pages: number; ms: number; reused: boolean }[];
  /** The frequent terms answered in advance, and in how many shards they were asked afresh (the rest cached). */
  prepared: { terms: number; shardsAsked: number; ms: number };
}

/**
 * Every article page of a built site, by the month it is filtered and sorted by — its own date's, which for an
 * article dated the day before its issue is not always its URL's (an issue of 1 March can print 28 February's
 * news): a shard must hold exactly the articles its months' filter values name.
 */
export interface ArticlePages {
  byMonth: Map<string, string[]>;
  /** Each page's content hash (sha256, hex): what tells an unchanged shard. */
  digestOf: Map<string, string>;
}

export function articlePagesByMonth(siteDir: string): ArticlePages {
  const byMonth = new Map<string, string[]>();
  const digestOf = new Map<string, string>();
  for (const file of readdirSync(join(siteDir, 'articles'), { recursive: true, encoding: 'utf8' }).sort()) {
    const path = `articles/${file}`;
    if (!monthOfArticlePath(path)) continue;
    const html = readFileSync(join(siteDir, path), 'utf8');
    digestOf.set(path, createHash('sha256').update(html).digest('hex'));
    const month = monthFilterOf(html);
    if (!month) throw new Error(`${path}: the article page carries no month filter for the search index`);
    const list = byMonth.get(month);
    if (list) list.push(path);
    else byMonth.set(month, [path]);
  }
  return { byMonth, digestOf };
}

/** The month an article page is filtered by (its data-pagefind-filter="month:…"), or null. */
export function monthFilterOf(html: string): string | null {
  return /data-pagefind-filter="month:(\d{4}-\d{2})"/.exec(html)?.[1] ?? null;
}

/**
 * Pagefind's prebuilt UIs and highlighter, which every index folder carries: the search page is the site's own,
 * and at hundreds of shards they would be thousands of files of nothing.
 */
export function isPagefindUi(path: string): boolean {
  return /(?:^|\/)pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(path);
}

/**
 * Indexes the article pages of a built site in shards (see planShards), each in a child process so that the
 * indexer's memory is bounded by one shard, BUILD_JOBS of them side by side, prepares the answers to the frequent
 * `terms` (prepared.ts), and writes pagefind/shards.json for the search page.
 */
export async function buildSearchIndex(
  siteDir: string,
  {
    maxPagesPerShard = settings().SEARCH_SHARD_PAGES,
    log = (line) => console.error(line),
    // Read from the site unless the caller knows them (the build in parts: from its summaries and its seals).
    pages = articlePagesByMonth(siteDir),
    terms = [],
  }: { maxPagesPerShard?: number; log?: (line: string) => void; pages?: ArticlePages; terms?: string[] } = {},
): Promise<IndexReport> {
  // Built shards are kept between builds, keyed by the hash of their pages.
  const { SEARCH_CACHE_DIR: CACHE_DIR, ARCHIVE_NO_CACHE, CACHE_MAX_AGE_DAYS, BUILD_JOBS } = settings();
  const { byMonth, digestOf } = pages;
  const shards = planShards(new Map([...byMonth].map(([m, files]) => [m, files.length])), maxPagesPerShard);
  const root = join(siteDir, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const built = new Map<string, { ms: number; reused: boolean }>();
  const cacheOf = new Map<string, string>();
  const failed: string[] = [];
  await eachAtMost(shards, BUILD_JOBS, async (shard) => {
    const started = performance.now();
    const files = shard.months.flatMap((m) => byMonth.get(m)!);
    // A shard whose pages are byte-identical to a previous build's is copied, not indexed again.
    const hash = createHash('sha256');
    for (const file of files) hash.update(file).update(digestOf.get(file)!);
    const cached = join(CACHE_DIR, `${shard.key}-${hash.digest('hex').slice(0, 16)}`);
    cacheOf.set(shard.key, cached);
    // An entry counts only when every file its seal lists is there, whole; a damaged one is built again.
    const reused = !ARCHIVE_NO_CACHE && isSealedWhole(cached);
    if (!reused) {
      if (existsSync(cached)) log(`index cache: shard ${shard.key} entry is incomplete or damaged; indexing it again`);
      const list = join(root, `${shard.key}.files.json`);
      writeFileSync(list, JSON.stringify(files));
      try {
        await writeFolderAtomic(cached, async (dir) => {
          const script = join(import.meta.dirname, 'index-shard.ts');
          const code = await runChild(process.execPath, ['--import', 'tsx', script, siteDir, list, dir]);
          if (code !== 0) throw new Error(`its indexer exited with ${code ?? 'a signal'}`);
        });
      } catch (error) {
        return void failed.push(`${shard.key}: ${(error as Error).message}`);
      } finally {
        rmSync(list);
      }
    } else touch(cached);
    cpSync(cached, join(root, shard.key), { recursive: true, filter: (path) => !isSeal(path) && !isPagefindUi(path) });
    built.set(shard.key, { ms: Math.round(performance.now() - started), reused });
  });
  if (failed.length) throw new Error(`search index: ${failed.sort().join('; ')} (see above)`);
  const report: IndexReport = { pages: 0, shards: [], prepared: { terms: terms.length, shardsAsked: 0, ms: 0 } };
  const manifest: ShardManifest = { shards: [] };
  for (const { key, years, months, pages } of shards) {
    manifest.shards.push({ key, years, months, pages, path: `pagefind/${key}/` });
    report.shards.push({ key, pages, ...built.get(key)! });
    report.pages += pages;
  }
  if (terms.length) {
    const started = performance.now();
    const perShard = await prepareAnswers(
      root,
      shards.map((s) => s.key),
      terms,
      cacheOf,
      log,
    );
    terms.forEach((term, i) =>
      writeFileAtomic(
        join(root, 'prepared', `${i}.json`),
        JSON.stringify(joinShardAnswers(perShard.answers.map((answers) => answers[term]!))),
      ),
    );
    manifest.prepared = terms;
    report.prepared = { terms: terms.length, shardsAsked: perShard.asked, ms: Math.round(performance.now() - started) };
  }
  writeFileSync(join(root, 'shards.json'), JSON.stringify(manifest));
  pruneCache(CACHE_DIR, CACHE_MAX_AGE_DAYS);
  return report;
}

/** The index's report as one line of the build's log. */
export function indexSummary(report: IndexReport): string {
  const shards = report.shards.map((x) => `${x.key} ${x.reused ? 'reused' : `${x.ms} ms`}`).join(', ');
  const { terms, shardsAsked, ms } = report.prepared;
  return `index: ${report.pages} article pages, ${shards}; ${terms} prepared answer(s), asked in ${shardsAsked} shard(s) (${ms} ms)`;
}

/** What a prepared answer also depends on besides its shard's pages: the code that asks and joins. */
const PREPARED_CODE = ['engine.ts', 'pagefind-on-disk.ts', 'person-hits.ts', 'plan.ts', 'prepared.ts', 'shards.ts'];

/**
 * Each shard's answers to the terms, from its cache file beside the shard's index in the cache (kept while the
 * shard's pages are) or asked afresh by a child process, BUILD_JOBS side by side.
 */
async function prepareAnswers(
  root: string,
  keys: string[],
  terms: string[],
  cacheOf: Map<string, string>,
  log: (line: string) => void,
): Promise<{ answers: Record<string, ShardTermAnswer>[]; asked: number }> {
  const { ARCHIVE_NO_CACHE, BUILD_JOBS } = settings();
  const code = createHash('sha256');
  for (const file of PREPARED_CODE) code.update(readFileSync(join(import.meta.dirname, file)));
  const version = code.digest('hex').slice(0, 12);
  const termsFile = join(root, 'prepared-terms.json');
  writeFileAtomic(termsFile, JSON.stringify(terms));
  const answers: Record<string, ShardTermAnswer>[] = [];
  const failed: string[] = [];
  let asked = 0;
  let done = 0;
  const progress = progressReporter('prepared answers', keys.length, 'shards', log);
  await eachAtMost([...keys.entries()], BUILD_JOBS, async ([i, key]) => {
    const file = `${cacheOf.get(key)!}.prepared-${version}`;
    if (ARCHIVE_NO_CACHE) rmSync(file, { force: true });
    const cached = JSON.parse(readChecked(file) ?? '{}') as Record<string, ShardTermAnswer>;
    if (!terms.every((t) => t in cached)) {
      asked++;
      const script = join(import.meta.dirname, 'prepare-shard.ts');
      const exit = await runChild(process.execPath, ['--import', 'tsx', script, join(root, key), termsFile, file]);
      if (exit !== 0) return void failed.push(`${key}: its child exited with ${exit ?? 'a signal'}`);
    } else touch(file);
    const read = JSON.parse(readChecked(file) ?? '{}') as Record<string, ShardTermAnswer>;
    if (!terms.every((t) => t in read)) return void failed.push(`${key}: its answers are incomplete`);
    answers[i] = read;
    progress(++done);
  });
  rmSync(termsFile);
  if (failed.length) throw new Error(`prepared answers: ${failed.sort().join('; ')} (see above)`);
  return { answers, asked };
}

/** One Pagefind index over the given pages of a site, written to outDir. Runs in its own process. */
export async function indexPages(
  siteDir: string,
  files: string[],
  outDir: string,
  options: { forceLanguage?: string } = { forceLanguage: SEARCH_LANGUAGE },
): Promise<number> {
  try {
    const { index, errors } = await createIndex(options);
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    for (const file of files) {
      const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(join(siteDir, file), 'utf8') });
      if (added.errors.length) throw new Error(`pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(`pagefind could not write ${outDir}: ${written.errors.join('; ')}`);
    return files.length;
  } catch (error) {
    throw new Error(`search index build failed for ${outDir}`, { cause: error });
  } finally {
    await close();
  }
}
