/**
 * npm run split [-- --seeds DIR --out DIR]
 * Reads every page (*.txt, any case), the manifest and the corrections in the seeds folder, writes one Markdown
 * file per article and split-report.json (accounting, leftovers and the review list), and prints the accounting
 * and the most doubtful places. On any input error nothing is written and every error is listed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pruneCache, readChecked, touch, writeChecked, writeFileAtomic } from '../src/lib/cache-files';
import { hashFiles } from '../src/lib/hash-files';
import { pagesDirFor, settings } from '../src/lib/settings';
import { progressReporter } from '../src/lib/progress';
import { CORRECTIONS_DIR, correctionsPathFor } from '../src/lib/split/corrections';
import { decodeSeed } from '../src/lib/split/decode';
import { inputErrorLines, SeedError, SeedErrors } from '../src/lib/split/errors';
import { renderArticleFile } from '../src/lib/split/render';
import {
  accountingTable,
  MANIFEST_NAME,
  reviewTable,
  splitSeeds,
  type CachedPage,
  type PageCache,
  type SeedFile,
} from '../src/lib/split/run';

export const REPORT_NAME = 'split-report.json';

/** The splitter's identity: its own sources, the schema, and the jieba dictionary's package version. */
function splitterVersion(): string {
  const root = join(import.meta.dirname, '..');
  return hashFiles(
    ['src/lib/split', 'src/schemas', 'node_modules/nodejieba/package.json'].map((path) => join(root, path)),
  );
}

/**
 * A page cache of one checksummed JSON file per page key, written whole or not at all. An entry that is cut short
 * or damaged is a miss (and said so), never a crash; used entries are kept fresh for pruning.
 */
export function fileCache(dir: string, log: (line: string) => void = () => {}): PageCache {
  mkdirSync(dir, { recursive: true });
  const path = (key: string) => join(dir, `${key}.json`);
  return {
    version: splitterVersion(),
    get: (key) => {
      if (!existsSync(path(key))) return undefined;
      const text = readChecked(path(key));
      if (text === null) {
        log(`split cache: entry ${key.slice(0, 12)} is damaged; parsing the page again`);
        return undefined;
      }
      touch(path(key));
      return JSON.parse(text) as CachedPage;
    },
    set: (key, entry) => writeChecked(path(key), JSON.stringify(entry)),
  };
}

/**
 * The seeds folder as the split sees it: every page file whatever its extension's case, each with its corrections
 * file, and the manifest decoded like a page (UTF-8 with or without BOM, UTF-16, GB18030). A corrections file for
 * no page is an error.
 */
export function readSeedFolder(seedsDir: string): { seeds: SeedFile[]; manifestText: string } {
  const names = readdirSync(seedsDir)
    .filter((n) => /\.txt$/i.test(n))
    .sort();
  if (names.length === 0) throw new SeedError(seedsDir, 'no .txt pages in this folder');
  const manifestPath = join(seedsDir, MANIFEST_NAME);
  if (!existsSync(manifestPath))
    throw new SeedError(manifestPath, 'missing: every seed folder needs a manifest describing its pages');
  const manifestText = decodeSeed(readFileSync(manifestPath), MANIFEST_NAME).text;
  const errors: SeedError[] = [];
  const correctionsDir = join(seedsDir, CORRECTIONS_DIR);
  if (existsSync(correctionsDir)) {
    const pages = new Set(names.map((n) => correctionsPathFor(n)));
    for (const file of readdirSync(correctionsDir).filter((n) => /\.ya?ml$/i.test(n))) {
      if (!pages.has(`${CORRECTIONS_DIR}/${file}`))
        errors.push(
          new SeedError(
            `${CORRECTIONS_DIR}/${file}`,
            `corrects no page: there is no ${file.replace(/\.ya?ml$/i, '.txt')} in the seeds folder`,
          ),
        );
    }
  }
  if (errors.length) throw new SeedErrors(errors);
  const seeds = names.map((name): SeedFile => {
    const corrections = correctionsPathFor(name);
    const path = join(seedsDir, corrections);
    return {
      name,
      bytes: readFileSync(join(seedsDir, name)),
      ...(existsSync(path) ? { corrections: { file: corrections, text: readFileSync(path, 'utf8') } } : {}),
    };
  });
  return { seeds, manifestText };
}

/** Where parsed pages are kept between runs (see PageCache): none with SPLIT_CACHE=none or when no cache is trusted. */
function defaultCacheDir(): string | null {
  const s = settings();
  return s.SPLIT_CACHE === 'none' || s.ARCHIVE_NO_CACHE ? null : s.SPLIT_CACHE_DIR;
}

/**
 * Makes a folder hold exactly `files` among the names `owned` says are the split's: only files whose text changed
 * are written, beside the folder and then renamed in, so a failure leaves the previous output whole and an
 * unchanged file keeps its time. Returns how many files were written.
 */
function syncFolder(dir: string, files: Map<string, string | Uint8Array>, owned: (name: string) => boolean): number {
  mkdirSync(dir, { recursive: true });
  const changed = [...files].filter(
    ([name, data]) => !existsSync(join(dir, name)) || !readFileSync(join(dir, name)).equals(Buffer.from(data)),
  );
  const staging = `${dir.replace(/\/$/, '')}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, text] of changed) writeFileSync(join(staging, name), text);
  for (const old of readdirSync(dir)) if (owned(old) && !files.has(old)) rmSync(join(dir, old));
  for (const [name] of changed) renameSync(join(staging, name), join(dir, name));
  rmSync(staging, { recursive: true, force: true });
  return changed.length;
}

export function runSplit(
  seedsDir: string,
  outDir: string,
  cacheDir: string | null = defaultCacheDir(),
  log: (line: string) => void = () => {},
): string {
  const { seeds, manifestText } = readSeedFolder(seedsDir);
  const progress = progressReporter('split', seeds.length, 'pages', log);
  const maxPageBytes = settings().SPLIT_MAX_PAGE_MB * 1024 * 1024;
  const result = splitSeeds(
    seeds,
    manifestText,
    cacheDir ? fileCache(cacheDir, log) : undefined,
    progress,
    maxPageBytes,
  );
  if (cacheDir) pruneCache(cacheDir, settings().CACHE_MAX_AGE_DAYS);
  progress(seeds.length);

  const files = new Map(result.records.map((r) => [`${r.data.id}.md`, renderArticleFile(r)]));
  const report = {
    articles: result.records.length,
    review: result.review,
    pages: result.pages.map((p) => ({
      ...p.accounting,
      encoding: result.encodings[p.source],
      issueDate: p.meta.issueDate,
      issueDateSource: p.issueDateSource,
      articles: p.articles.length,
      leftovers: p.leftovers,
    })),
  };
  files.set(REPORT_NAME, `${JSON.stringify(report, null, 2)}\n`);

  const pagesDir = pagesDirFor(outDir);
  // The page scans and PDFs the manifest names go beside the page entries, so the site reads only content; each
  // is named by its content, so a new scan is a new name (and renders its pages again).
  const pageFiles = new Map<string, string | Uint8Array>();
  const missing: SeedError[] = [];
  // One entry per page, in the pages' order (see pageEntries).
  const entries = result.pageEntries.map((entry, i) => {
    const meta = result.pages[i]!.meta;
    const copy = (field: 'image' | 'pdf', file: string | undefined): string | null => {
      if (!file) return null;
      const path = join(seedsDir, file);
      if (!existsSync(path)) {
        missing.push(
          new SeedError(MANIFEST_NAME, `pages.${entry.source}.${field}: no file ${file} in the seeds folder`),
        );
        return null;
      }
      const bytes = readFileSync(path);
      const name = `${entry.id}-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.${file.split('.').pop()!.toLowerCase()}`;
      pageFiles.set(name, bytes);
      return name;
    };
    return { ...entry, image: copy('image', meta.image), pdf: copy('pdf', meta.pdf) };
  });
  if (missing.length) throw new SeedErrors(missing);
  for (const entry of entries) pageFiles.set(`${entry.id}.json`, `${JSON.stringify(entry, null, 1)}\n`);
  const changed =
    syncFolder(outDir, files, (name) => name.endsWith('.md') || name === REPORT_NAME || name === '_split-report.json') +
    syncFolder(pagesDir, pageFiles, (name) => /\.(?:json|jpe?g|png|webp|pdf)$/i.test(name));
  const leftovers = result.pages.flatMap((p) =>
    p.leftovers.map((l) => `  ${p.source}:${l.line}  ${l.reason}  ${l.text}`),
  );
  return [
    accountingTable(result),
    leftovers.length
      ? `leftovers:\n${leftovers.slice(0, 40).join('\n')}${leftovers.length > 40 ? `\n  … ${leftovers.length - 40} more in ${REPORT_NAME}` : ''}`
      : 'leftovers: none',
    reviewTable(result.review),
    `${result.records.length} articles from ${result.pages.length} pages (${result.reused} parsed pages reused) → ${outDir} and ${pagesDir}; files written: ${changed}; report: ${join(outDir, REPORT_NAME)}`,
  ].join('\n');
}

/** Prints an input error's every line, without a stack trace, and exits 1; anything else is a bug and is rethrown. */
export function exitOnInputError(command: string, error: unknown): never {
  const lines = inputErrorLines(error);
  if (!lines) throw error;
  console.error(`${command}: ${lines.length} problem(s) in the input; nothing was written:`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}

/**
 * Splits the seeds into `out` unless the split there is fresh: made from the same seeds, manifest, corrections and
 * splitter code (a stamp beside `out` holds their hash). Used by the builds; an input error ends the process.
 */
export function splitUnlessFresh(seeds: string, out: string, command: string): void {
  const stamp = join(out, '..', `.${out.split('/').filter(Boolean).pop()}.split-hash`);
  const hash = hashFiles(
    [seeds, 'src/lib/split', 'src/schemas'],
    (path, isDirectory) => !isDirectory && !/\.(txt|json|ts|ya?ml|jpe?g|png|webp|pdf)$/i.test(path),
  );
  const fresh =
    !settings().ARCHIVE_NO_CACHE &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash &&
    existsSync(out) &&
    readdirSync(out).some((n) => n.endsWith('.md')) &&
    existsSync(pagesDirFor(out));
  if (fresh) {
    console.log(`split: seeds unchanged, keeping ${out}`);
    return;
  }
  try {
    console.log(runSplit(seeds, out, undefined, (line) => console.error(line)));
  } catch (error) {
    exitOnInputError(command, error);
  }
  writeFileAtomic(stamp, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: settings().SEEDS_DIR },
      out: { type: 'string', default: settings().ARTICLES_DIR },
    },
  });
  try {
    console.log(runSplit(resolve(values.seeds!), resolve(values.out!), undefined, (line) => console.error(line)));
  } catch (error) {
    exitOnInputError('split', error);
  }
}
