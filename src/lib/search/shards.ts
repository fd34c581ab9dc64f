/**
 * How the search index is split: runs of consecutive months holding at most `maxPages` article pages each (a
 * month larger than that is a shard of its own). Each shard is indexed by its own process, so indexing memory is
 * bounded by the shard — a real daily prints ~28k articles a year, past what one Pagefind index holds on a
 * small machine — and a search filtered to a year or a date range fetches only the shards of its years.
 */
export interface Shard {
  key: string;
  /** The months it holds (YYYY-MM), newest first, and the years they fall in. */
  months: string[];
  years: string[];
  pages: number;
}

export interface ShardManifest {
  shards: { key: string; years: string[]; months: string[]; pages: number; path: string }[];
  /** The frequent terms whose answers the build prepared (pagefind/prepared/<place in this list>.json). */
  prepared?: string[];
}

export const DEFAULT_MAX_PAGES_PER_SHARD = 4000;

/** The language the index is built in and the search page searches in (its html lang, zh-CN, as Pagefind reads it). */
export const SEARCH_LANGUAGE = 'zh-cn';

export function planShards(pagesPerMonth: Map<string, number>, maxPages = DEFAULT_MAX_PAGES_PER_SHARD): Shard[] {
  const shards: Shard[] = [];
  // Newest first: the shard a reader most often needs is the one the search page loads first.
  for (const month of [...pagesPerMonth.keys()].sort().reverse()) {
    const pages = pagesPerMonth.get(month)!;
    const current = shards.at(-1);
    if (current && current.pages + pages <= maxPages) {
      current.months.push(month);
      current.pages += pages;
    } else shards.push({ key: '', months: [month], years: [], pages });
  }
  for (const shard of shards) {
    shard.years = [...new Set(shard.months.map((m) => m.slice(0, 4)))];
    shard.key = shard.months.length === 1 ? shard.months[0]! : `${shard.months.at(-1)}-${shard.months[0]}`;
  }
  return shards;
}

/** The month (YYYY-MM) of an article page, read from its URL (/articles/<YYYY-MM-DD>-…/). */
export function monthOfArticlePath(path: string): string | null {
  return /(?:^|\/)articles\/(\d{4}-\d{2})-\d{2}-[^/]+\/index\.html$/.exec(path)?.[1] ?? null;
}
