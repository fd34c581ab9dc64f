import { createHash } from 'node:crypto';
import { buildArticles, findPeople, joinJumps, type ArticleRecord, type CachedPagePeople } from './articles';
import { parseCorrections } from './corrections';
import { decodeSeed } from './decode';
import { eachOrErrors, SeedError, SeedErrors } from './errors';
import { checkManifest, entriesWithoutFiles, pageMetaFor } from './manifest';
import { parsePage, type ParsedPage, type ReviewItem } from './page';
import { pageEntries } from './pages';
import type { PageEntryData } from '../../schemas/page';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
  /** The page's corrections file (seeds/corrections/<page>.yaml), when there is one. */
  corrections?: { file: string; text: string };
}

export interface SplitResult {
  pages: ParsedPage[];
  records: ArticleRecord[];
  encodings: Record<string, string>;
  /** Pages whose parse came from the cache. */
  reused: number;
  /** What a person should look at, over all pages, most doubtful first. */
  review: (ReviewItem & { file: string })[];
  /** One entry per page: its printed lines and what each went to (the site's 原文 and page views). */
  pageEntries: PageEntryData[];
}

/** One page's work, as an earlier run left it. */
export interface CachedPage {
  page: ParsedPage;
  encoding: string;
  people: CachedPagePeople;
}

/**
 * Where parsed pages are kept between runs. `version` names the splitter's code: a page is reused only when its
 * bytes, its manifest entry and the splitter are all unchanged.
 */
export interface PageCache {
  version: string;
  get(key: string): CachedPage | undefined;
  set(key: string, entry: CachedPage): void;
}

function pageKey(version: string, seed: SeedFile, meta: unknown): string {
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(seed.name)
    .update('\0')
    .update(JSON.stringify(meta))
    .update('\0')
    .update(seed.corrections?.text ?? '')
    .update('\0')
    .update(seed.bytes)
    .digest('hex');
}

export const MANIFEST_NAME = 'manifest.json';

/**
 * The whole split over in-memory files: decode, parse each page, then build articles across pages. With a cache,
 * unchanged pages skip decoding, parsing and role finding, and keep their mentions while the learned names hold.
 */
/** The largest page file the split takes by default: a real printed page is tens of KB; megabytes mean a wrong file. */
export const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;

export function splitSeeds(
  seeds: SeedFile[],
  manifestText: string,
  cache?: PageCache,
  onPage?: (done: number, total: number) => void,
  maxPageBytes = DEFAULT_MAX_PAGE_BYTES,
): SplitResult {
  const sorted = [...seeds].sort((a, b) => a.name.localeCompare(b.name));
  const { manifest, errors: manifestErrors, named } = checkManifest(manifestText, MANIFEST_NAME);
  const problems = [
    ...manifestErrors,
    ...entriesWithoutFiles(
      manifest,
      sorted.map((s) => s.name),
      MANIFEST_NAME,
      manifestText,
    ),
  ];
  // A page whose entry is there but broken is reported with its entry; the others are still read, so one run
  // lists every problem of the folder.
  const readable = sorted.filter((seed) => manifest.pages[seed.name] || !named.has(seed.name));
  const encodings: Record<string, string> = {};
  const keys: string[] = [];
  const cached: (CachedPage | undefined)[] = [];
  let pages: ParsedPage[] = [];
  try {
    pages = eachOrErrors(readable, (seed, i) => {
      onPage?.(i, readable.length);
      if (seed.bytes.length > maxPageBytes) {
        throw new SeedError(
          seed.name,
          `the file is ${(seed.bytes.length / 1048576).toFixed(1)} MB, over the ${(maxPageBytes / 1048576).toFixed(1)} MB a page may have (SPLIT_MAX_PAGE_MB raises it): is it one printed page?`,
        );
      }
      const meta = pageMetaFor(manifest, seed.name, MANIFEST_NAME);
      const key = cache ? pageKey(cache.version, seed, meta) : '';
      const hit = cache?.get(key);
      keys.push(key);
      cached.push(hit);
      if (hit) {
        encodings[seed.name] = hit.encoding;
        return hit.page;
      }
      const { text, encoding } = decodeSeed(seed.bytes, seed.name);
      encodings[seed.name] = encoding;
      const corrections = seed.corrections ? parseCorrections(seed.corrections.text, seed.corrections.file) : undefined;
      return parsePage(text, seed.name, meta, corrections);
    });
  } catch (error) {
    if (!(error instanceof SeedErrors)) throw error;
    problems.push(...error.errors);
  }
  if (problems.length) throw new SeedErrors(problems);
  const { people, learned } = findPeople(
    pages,
    cached.map((c) => c?.people),
  );
  if (cache) {
    pages.forEach((page, p) => {
      const before = cached[p]?.people.mentions;
      if (before?.learned === learned) return;
      cache.set(keys[p]!, {
        page,
        encoding: encodings[page.source]!,
        people: { roles: people[p]!.roles, mentions: { learned, names: people[p]!.mentions } },
      });
    });
  }
  const jumps = joinJumps(pages);
  const review = pages
    .flatMap((page, p) =>
      [...page.review, ...(jumps.review.get(p) ?? [])].map((item) => ({ file: page.source, ...item })),
    )
    .sort((a, b) => b.doubt - a.doubt || a.file.localeCompare(b.file) || a.line - b.line);
  const records = buildArticles(pages, people, jumps);
  return {
    pages,
    records,
    encodings,
    reused: cached.filter(Boolean).length,
    review,
    pageEntries: pageEntries(pages, records, encodings),
  };
}

/** The per-page accounting as an aligned text table. */
export function accountingTable(result: SplitResult): string {
  const header = ['page', 'encoding', 'articles', 'chars', 'body', 'headlines', 'bylines', 'leftovers', 'lost'];
  const rows = result.pages.map((p) => [
    p.source,
    result.encodings[p.source] ?? '',
    String(p.articles.length),
    String(p.accounting.total),
    String(p.accounting.body),
    String(p.accounting.headlines),
    String(p.accounting.bylines),
    String(p.accounting.leftovers),
    String(
      p.accounting.total - p.accounting.body - p.accounting.headlines - p.accounting.bylines - p.accounting.leftovers,
    ),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows]
    .map((r) => r.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n');
}

/** How many review rows the split prints; the report file holds them all. */
export const REVIEW_ROWS = 20;

/** The review list as a short table, most doubtful first, with a count per kind. */
export function reviewTable(review: SplitResult['review'], rows = REVIEW_ROWS): string {
  const needed = review.filter((r) => r.kind !== 'correction');
  if (needed.length === 0) return 'review: nothing doubtful';
  const counts = new Map<string, number>();
  for (const r of needed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const clip = (text: string, n: number) => ([...text].length > n ? `${[...text].slice(0, n - 1).join('')}…` : text);
  const lines = needed
    .slice(0, rows)
    .map(
      (r) =>
        `  ${r.doubt.toFixed(2)}  ${r.kind.padEnd(15)}  ${`${r.file}:${r.line}`.padEnd(28)}  ${r.article === null ? '  ' : `#${r.article}`}  ${clip(r.text, 16)} — ${clip(r.detail, 90)}`,
    );
  return [
    `review: ${needed.length} place(s) to look at (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})${needed.length > rows ? `; the ${rows} most doubtful:` : ':'}`,
    ...lines,
  ].join('\n');
}
