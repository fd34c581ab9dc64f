/**
 * npm run split [-- --seeds DIR --out DIR]
 * Reads every *.txt page and the manifest in the seeds folder, writes one Markdown file per article, and prints
 * the character accounting. On any error nothing is written, so good output is never half-replaced.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hashFiles } from '../src/lib/hash-files';
import { SeedError } from '../src/lib/split/errors';
import { renderArticleFile } from '../src/lib/split/render';
import { accountingTable, MANIFEST_NAME, splitSeeds, type CachedPage, type PageCache } from '../src/lib/split/run';

export const REPORT_NAME = '_split-report.json';

/** Where parsed pages are kept between runs (see PageCache); SPLIT_CACHE=none turns it off. */
const CACHE_DIR = process.env.SPLIT_CACHE_DIR ?? join('node_modules', '.cache', 'archive-split');

/** The splitter's identity: its own sources, the schema, and the jieba dictionary's package version. */
function splitterVersion(): string {
  const root = join(import.meta.dirname, '..');
  return hashFiles(['src/lib/split', 'src/schemas', 'node_modules/nodejieba/package.json'].map((path) => join(root, path)));
}

/** A page cache of one JSON file per page key. */
export function fileCache(dir: string): PageCache {
  mkdirSync(dir, { recursive: true });
  const path = (key: string) => join(dir, `${key}.json`);
  return {
    version: splitterVersion(),
    get: (key) => (existsSync(path(key)) ? (JSON.parse(readFileSync(path(key), 'utf8')) as CachedPage) : undefined),
    set: (key, entry) => writeFileSync(path(key), JSON.stringify(entry)),
  };
}

export function runSplit(seedsDir: string, outDir: string, cacheDir: string | null = process.env.SPLIT_CACHE === 'none' ? null : CACHE_DIR): string {
  const names = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new SeedError(seedsDir, 'no .txt pages in this folder');
  const manifestPath = join(seedsDir, MANIFEST_NAME);
  let manifestText: string;
  try {
    manifestText = readFileSync(manifestPath, 'utf8');
  } catch {
    throw new SeedError(manifestPath, 'missing: every seed folder needs a manifest describing its pages');
  }
  const result = splitSeeds(
    names.map((name) => ({ name, bytes: readFileSync(join(seedsDir, name)) })),
    manifestText,
    cacheDir ? fileCache(cacheDir) : undefined,
  );

  const files = new Map(result.records.map((r) => [`${r.data.id}.md`, renderArticleFile(r)]));
  const report = {
    pages: result.pages.map((p) => ({ ...p.accounting, encoding: result.encodings[p.source], articles: p.articles.length, leftovers: p.leftovers })),
  };
  files.set(REPORT_NAME, `${JSON.stringify(report, null, 2)}\n`);

  // Only files whose text changed are written, beside the output and then swapped in: a failure above or here
  // leaves the previous output whole, and an unchanged article keeps its file untouched.
  mkdirSync(outDir, { recursive: true });
  const changed = [...files].filter(([name, text]) => !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), 'utf8') !== text);
  const staging = `${outDir.replace(/\/$/, '')}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, text] of changed) writeFileSync(join(staging, name), text);
  for (const old of readdirSync(outDir)) if (old.endsWith('.md') || old === REPORT_NAME) if (!files.has(old)) rmSync(join(outDir, old));
  for (const [name] of changed) renameSync(join(staging, name), join(outDir, name));
  rmSync(staging, { recursive: true, force: true });

  const leftovers = result.pages.flatMap((p) => p.leftovers.map((l) => `  ${p.source}:${l.line}  ${l.reason}  ${l.text}`));
  return [
    accountingTable(result),
    leftovers.length ? `leftovers:\n${leftovers.join('\n')}` : 'leftovers: none',
    `${result.records.length} articles from ${result.pages.length} pages (${result.reused} parsed pages reused) → ${outDir}; files written: ${changed.length}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'src/content/articles' } } });
  try {
    console.log(runSplit(resolve(values.seeds!), resolve(values.out!)));
  } catch (error) {
    if (error instanceof SeedError) {
      console.error(`split: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
