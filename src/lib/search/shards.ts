/**
 * How the search index is split: runs of consecutive years holding at most `maxPages` article pages each (a
 * year larger than that is a shard of its own). Each shard is indexed by its own process, so indexing memory is
 * bounded by the shard, and a search filtered to one year fetches only that year's shard.
 */
export interface Shard {
  key: string;
  years: string[];
  pages: number;
}

export interface ShardManifest {
  shards: { key: string; years: string[]; pages: number; path: string }[];
}

export const DEFAULT_MAX_PAGES_PER_SHARD = 4000;

export function planShards(pagesPerYear: Map<string, number>, maxPages = DEFAULT_MAX_PAGES_PER_SHARD): Shard[] {
  const shards: Shard[] = [];
  // Newest first: the shard a reader most often needs is the one the search page loads first.
  for (const year of [...pagesPerYear.keys()].sort().reverse()) {
    const pages = pagesPerYear.get(year)!;
    const current = shards.at(-1);
    if (current && current.pages + pages <= maxPages) {
      current.years.push(year);
      current.pages += pages;
    } else shards.push({ key: '', years: [year], pages });
  }
  for (const shard of shards)
    shard.key = shard.years.length === 1 ? shard.years[0]! : `${shard.years.at(-1)}-${shard.years[0]}`;
  return shards;
}

/** The article pages' year, read from their URL (/articles/<YYYY-MM-DD>-…/). */
export function yearOfArticlePath(path: string): string | null {
  return /(?:^|\/)articles\/(\d{4})-\d{2}-\d{2}-[^/]+\/index\.html$/.exec(path)?.[1] ?? null;
}
