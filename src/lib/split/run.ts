import { buildArticles, type ArticleRecord } from './articles';
import { decodeSeed } from './decode';
import { parseManifest, pageMetaFor } from './manifest';
import { parsePage, type ParsedPage } from './page';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SplitResult {
  pages: ParsedPage[];
  records: ArticleRecord[];
  encodings: Record<string, string>;
}

export const MANIFEST_NAME = 'manifest.json';

/** The whole split over in-memory files: decode, parse each page, then build articles across pages. */
export function splitSeeds(seeds: SeedFile[], manifestText: string): SplitResult {
  const manifest = parseManifest(manifestText, MANIFEST_NAME);
  const encodings: Record<string, string> = {};
  const pages = [...seeds]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((seed) => {
      const meta = pageMetaFor(manifest, seed.name, MANIFEST_NAME);
      const { text, encoding } = decodeSeed(seed.bytes, seed.name);
      encodings[seed.name] = encoding;
      return parsePage(text, seed.name, meta);
    });
  return { pages, records: buildArticles(pages), encodings };
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
