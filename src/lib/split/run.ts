import { createHash } from 'node:crypto';
import { buildArticles, findPeople, joinJumps, type ArticleRecord, type CachedPagePeople } from './articles';
import { decodeSeed } from './decode';
import { parseManifest, pageMetaFor } from './manifest';
import { parsePage, type ParsedPage, type ReviewItem } from './page';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SplitResult {
  pages: ParsedPage[];
  records: ArticleRecord[];
  encodings: Record<string, string>;
  /** Pages whose parse came from the cache. */
  reused: number;
  /** What a person should look at, over all pages, most doubtful first. */
  review: (ReviewItem & { file: string })[];
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
  return createHash('sha256').update(version).update('\0').update(seed.name).update('\0').update(JSON.stringify(meta)).update('\0').update(seed.bytes).digest('hex');
}

export const MANIFEST_NAME = 'manifest.json';

/**
 * The whole split over in-memory files: decode, parse each page, then build articles across pages. With a cache,
 * unchanged pages skip decoding, parsing and role finding, and keep their mentions while the learned names hold.
 */
export function splitSeeds(seeds: SeedFile[], manifestText: string, cache?: PageCache): SplitResult {
  const manifest = parseManifest(manifestText, MANIFEST_NAME);
  const encodings: Record<string, string> = {};
  const sorted = [...seeds].sort((a, b) => a.name.localeCompare(b.name));
  const keys: string[] = [];
  const cached: (CachedPage | undefined)[] = [];
  const pages = sorted.map((seed) => {
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
    return parsePage(text, seed.name, meta);
  });
  const { people, learned } = findPeople(pages, cached.map((c) => c?.people));
  if (cache) {
    pages.forEach((page, p) => {
      const before = cached[p]?.people.mentions;
      if (before?.learned === learned) return;
      cache.set(keys[p]!, { page, encoding: encodings[page.source]!, people: { roles: people[p]!.roles, mentions: { learned, names: people[p]!.mentions } } });
    });
  }
  const jumps = joinJumps(pages);
  const review = pages
    .flatMap((page, p) => [...page.review, ...(jumps.review.get(p) ?? [])].map((item) => ({ file: page.source, ...item })))
    .sort((a, b) => b.doubt - a.doubt || a.file.localeCompare(b.file) || a.line - b.line);
  return { pages, records: buildArticles(pages, people, jumps), encodings, reused: cached.filter(Boolean).length, review };
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
    String(p.accounting.total - p.accounting.body - p.accounting.headlines - p.accounting.bylines - p.accounting.leftovers),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}
