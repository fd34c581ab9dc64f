/**
 * Prepared answers for frequent terms. A word in most of the archive's articles, searched alone, makes the live
 * search read that word's postings in every shard and rank tens of thousands of results — seconds and megabytes
 * before the first page. Its answer never changes between builds of the same pages, so the build asks it of each
 * shard, with the engine's own call (searchCall, byScore), and joins the shards' answers: the first page in each
 * order, the total and the counts, in one small file. Pagefind scores a result within its own index, the same alone
 * as merged, so the best of each shard's best, by score, are the archive's first page; shards hold consecutive
 * months, so in date order it is the shards' own first pages from the near end on.
 */
import nodejieba from 'nodejieba';
import {
  byScore,
  FIRST_PAGE,
  plainText,
  searchCall,
  type PagefindApi,
  type PagefindResult,
  type PreparedAnswer,
  type PreparedRow,
} from './engine';
import { cardExcerpt } from './person-hits';
import { FILTER_KEYS, planSearch } from './plan';

/**
 * A prepared term's answer within one shard: its best results come with their scores, to be ranked across shards;
 * its first results in date order either way, to be joined in the shards' order.
 */
export interface ShardTermAnswer extends Omit<PreparedAnswer, 'first'> {
  best: { score: number; row: PreparedRow }[];
  newest: PreparedRow[];
  oldest: PreparedRow[];
}

/**
 * The archive's most frequent words, most frequent first: words of two or more Han characters in the most
 * articles' titles and openings (what a reader of the archive sees most and so searches most), at least two.
 */
export function frequentTerms(articles: Iterable<string>, limit: number): string[] {
  const articlesWith = new Map<string, number>();
  for (const text of articles)
    for (const word of new Set(nodejieba.cut(text)))
      if (/^\p{Script=Han}{2,}$/u.test(word)) articlesWith.set(word, (articlesWith.get(word) ?? 0) + 1);
  return [...articlesWith]
    .filter(([, n]) => n >= 2)
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}

/** What a reader sees of an article first, for frequentTerms: its title, headlines and opening. */
export function seenText(a: { title: string; headlines: string[]; opening: string }): string {
  return [a.title, ...a.headlines, a.opening].join('\n');
}

/** The article id of a result's URL (…/articles/<id>/). */
export function articleIdOf(url: string): string {
  const id = /\/articles\/([^/]+)\/$/.exec(url)?.[1];
  if (!id) throw new Error(`${url}: not an article page's address`);
  return decodeURIComponent(id);
}

/** A term alone and unfiltered over one shard: what the live search asks, with its best and first `limit`. */
export async function answerInShard(pagefind: PagefindApi, term: string, limit = FIRST_PAGE): Promise<ShardTermAnswer> {
  const [call] = planSearch([{ text: term, cjk: true }], {}, new Set()).calls;
  const found = await searchCall(pagefind, call!, { filters: call!.filters });
  const byId = new Map(found.results.map((r) => [r.id, r]));
  const ranked = byScore(found.ids, [found]);
  // Pagefind counts its own results; results the recheck recovered are counted from their pages, as live.
  let counts: ShardTermAnswer['counts'] = {};
  if (Object.keys(found.filters).length)
    counts = Object.fromEntries(FILTER_KEYS.map((key) => [key, found.filters[key] ?? {}]));
  else
    for (const id of found.ids)
      for (const key of FILTER_KEYS)
        for (const v of (await byId.get(id)!.data()).filters[key] ?? [])
          (counts[key] ??= {})[v] = (counts[key]![v] ?? 0) + 1;
  const rowOf = async (result: PagefindResult): Promise<PreparedRow> => {
    const d = await result.data();
    return {
      id: articleIdOf(d.url),
      title: d.meta.title ?? d.url,
      paper: d.filters.paper?.[0],
      date: d.meta.date,
      text: cardExcerpt(plainText(d.content), term),
    };
  };
  const inDateOrder = async (direction: 'asc' | 'desc') => {
    const sorted = await searchCall(pagefind, call!, { filters: call!.filters, sort: { date: direction } });
    const sortedById = new Map(sorted.results.map((r) => [r.id, r]));
    return Promise.all(sorted.ids.slice(0, limit).map((id) => rowOf(sortedById.get(id)!)));
  };
  return {
    total: found.ids.length,
    counts,
    complete: found.complete,
    best: await Promise.all(
      ranked.slice(0, limit).map(async ([id, score]) => ({ score, row: await rowOf(byId.get(id)!) })),
    ),
    newest: await inDateOrder('desc'),
    oldest: await inDateOrder('asc'),
  };
}

/**
 * The shards' answers (in the manifest's order: consecutive months, newest first) joined: counts added, the best by
 * score, the newest from the newest shards on, the oldest from the oldest shards on.
 */
export function joinShardAnswers(answers: ShardTermAnswer[], limit = FIRST_PAGE): PreparedAnswer {
  const counts: PreparedAnswer['counts'] = {};
  for (const a of answers)
    for (const [key, values] of Object.entries(a.counts))
      for (const [value, n] of Object.entries(values)) (counts[key] ??= {})[value] = (counts[key]![value] ?? 0) + n;
  // Stable: equal scores keep the shards' order, as merged indexes do.
  const best = answers.flatMap((a) => a.best).sort((a, b) => b.score - a.score);
  return {
    total: answers.reduce((sum, a) => sum + a.total, 0),
    counts,
    complete: answers.every((a) => a.complete),
    first: {
      relevance: best.slice(0, limit).map((b) => b.row),
      date: answers.flatMap((a) => a.newest).slice(0, limit),
      'date-asc': [...answers]
        .reverse()
        .flatMap((a) => a.oldest)
        .slice(0, limit),
    },
  };
}
