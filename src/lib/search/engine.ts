/**
 * The search engine, without a page: parse → plan → fetch → recheck → merge → facet counts → pages of results.
 * Every request goes through the injected SearchIO (the browser's fetch and Pagefind on the page; fakes in the
 * unit tests), so the algorithm is tested without a browser.
 */
import { cardFileOf, decodeHits, facetCounts, filterHits, type PersonHits, type ResultCard } from './person-hits';
import {
  intersectInOrder,
  planSearch,
  RECHECK_LIMIT,
  type FilterValues,
  type PagefindCall,
  type SearchData,
} from './plan';
import { foldWith, parseQuery, type QueryTerm } from './query';

/** The filters a search can be narrowed by, in the order the form shows them. */
export const FILTER_KEYS = ['paper', 'year', 'person', 'reporter'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The part of Pagefind's browser API the engine uses. Pagefind ships types for its Node API only, so these are
 * declared here, from its documentation, and nowhere else.
 */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  search: (
    query: string | null,
    options: { filters?: Record<string, string | { all: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** What the engine fetches: the archive's search data, people's hits and cards, Pagefind over a year's shards. */
export interface SearchIO {
  data: () => Promise<SearchData>;
  personHits: (name: string) => Promise<PersonHits>;
  personCards: (name: string, file: number) => Promise<ResultCard[]>;
  /** Pagefind over the shard holding `year`, or over every shard when no year is chosen. */
  pagefind: (year: string | undefined) => Promise<PagefindApi>;
  articleUrl: (id: string) => string;
}

export type SortOrder = 'relevance' | 'date' | 'date-asc';

export interface SearchState {
  q: string;
  sort: SortOrder;
  chosen: FilterValues;
  /** Take the query as typed: no pinyin read as a person's name (as=text in the URL). */
  literal?: boolean;
}

/** How the engine read the query beyond its words: pinyin taken as a person, a paper's name taken as its filter. */
export interface Reading {
  person?: { typed: string; name: string };
  paper?: string;
}

export interface ShownResult {
  url: string;
  title: string;
  paper: string | undefined;
  date: string | undefined;
  text: string;
}

/** The whole answer to a query: how many, the filter counts, and its results a slice at a time. */
export interface Answer {
  total: number;
  counts: Record<string, Record<string, number>>;
  /** False when a recheck had too many candidates to read: the total may be short. */
  complete: boolean;
  /** Set when the order is by date although relevance was asked for. */
  byDate: boolean;
  slice: (from: number, to: number) => Promise<ShownResult[]>;
}

export type Outcome =
  | { kind: 'empty'; counts: Record<string, Record<string, number>> }
  | {
      kind: 'answer';
      answer: Answer;
      terms: QueryTerm[];
      peopleTerms: string[];
      textTerms: QueryTerm[];
      hasFilter: boolean;
      reading: Reading;
    };

/** Reads a search from a URL's parameters; unknown sorts read as relevance. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const chosen: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) chosen[key] = value;
  }
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    sort: sort === 'date' || sort === 'date-asc' ? sort : 'relevance',
    chosen,
    ...(params.get('as') === 'text' ? { literal: true } : {}),
  };
}

/**
 * What the reader meant, beyond the words: a paper's name is that paper's filter; a lone word of Latin letters
 * that is the pinyin or the initials of exactly one person is that person (unless asked to take it as text).
 */
export function readQuery(
  terms: QueryTerm[],
  state: SearchState,
  data: SearchData,
): { terms: QueryTerm[]; state: SearchState; reading: Reading } {
  const reading: Reading = {};
  let chosen = state.chosen;
  const paperTerm = terms.find((t) => data.papers.includes(t.text));
  if (paperTerm && !chosen.paper) {
    chosen = { ...chosen, paper: paperTerm.text };
    reading.paper = paperTerm.text;
    terms = terms.filter((t) => t !== paperTerm);
  }
  const only = terms.length === 1 ? terms[0]! : null;
  if (only && !state.literal && /^[a-z]+$/i.test(only.text)) {
    const typed = only.text.toLowerCase();
    const matches = data.people.filter((p) => p.pinyin === typed || p.initials === typed);
    if (matches.length === 1) {
      reading.person = { typed: only.text, name: matches[0]!.name };
      terms = [{ text: matches[0]!.name, cjk: true }];
    }
  }
  return { terms, state: { ...state, chosen }, reading };
}

/** Answers a search: names only from the people's files, anything else through Pagefind. */
export async function runSearch(asked: SearchState, io: SearchIO): Promise<Outcome> {
  const data = await io.data();
  const read = readQuery(parseQuery(asked.q, foldWith(data.fold)).terms, asked, data);
  const { terms, state, reading } = read;
  const hasFilter = Object.values(state.chosen).some(Boolean);
  if (!terms.length && !hasFilter) return { kind: 'empty', counts: await (await io.pagefind(undefined)).filters() };
  const people = new Set(data.people.map((p) => p.name));
  const { calls, peopleTerms, textTerms } = planSearch(terms, state.chosen, people);
  const names = [
    ...new Set([
      ...peopleTerms,
      ...(state.chosen.person && people.has(state.chosen.person) ? [state.chosen.person] : []),
    ]),
  ];
  const answer =
    !textTerms.length && names.length
      ? await personAnswer(names, state, data, io)
      : await pagefindAnswer(calls, state, io);
  return { kind: 'answer', answer, terms, peopleTerms, textTerms, hasFilter, reading };
}

/**
 * Names only (with any filters): answered from the people's hits files, which list exactly the articles that
 * mention each person, so no index shard is fetched. Newest first; relevance has no meaning beyond that here.
 */
async function personAnswer(names: string[], state: SearchState, data: SearchData, io: SearchIO): Promise<Answer> {
  const lookups = {
    papers: data.papers,
    reporters: data.reporters.map((r) => r.name),
    people: data.people.map((p) => p.name),
  };
  const files = await Promise.all(names.map(io.personHits));
  const lists = files.map((f) => decodeHits(f, data.yearStarts));
  // Each list is newest first, so their intersection is too.
  const hits = filterHits(
    intersectInOrder(lists, (h) => h.ordinal),
    state.chosen,
    lookups,
  );
  if (state.sort === 'date-asc') hits.reverse();
  // Cards come from the person with the fewest hits: every result is among theirs.
  const rarest = lists.reduce((best, list, i) => (list.length < lists[best]!.length ? i : best), 0);
  const positionOf = new Map(lists[rarest]!.map((h, i) => [h.ordinal, i]));
  return {
    total: hits.length,
    counts: facetCounts(hits, lookups),
    complete: true,
    byDate: state.sort === 'relevance',
    slice: async (from, to) =>
      Promise.all(
        hits.slice(from, to).map(async (hit) => {
          const cards = await io.personCards(names[rarest]!, cardFileOf(positionOf.get(hit.ordinal)!));
          const card = cards.find((c) => c.ordinal === hit.ordinal);
          if (!card) throw new Error(`no result card for article ${hit.ordinal} in ${names[rarest]}'s cards`);
          return {
            url: io.articleUrl(card.id),
            title: card.title,
            paper: card.paper,
            date: card.date,
            text: card.excerpt,
          };
        }),
      ),
  };
}

/**
 * Anything else: the planned Pagefind calls over the shards the year filter allows, intersected. A quoted call
 * with a recheck also runs the broad query, and keeps the extra candidates whose text holds the term (Pagefind's
 * quoted search misses phrases its index segments differently); more than RECHECK_LIMIT extra makes the answer
 * incomplete rather than slow.
 */
async function pagefindAnswer(calls: PagefindCall[], state: SearchState, io: SearchIO): Promise<Answer> {
  const pagefind = await io.pagefind(state.chosen.year);
  const sort =
    state.sort === 'date'
      ? { date: 'desc' as const }
      : state.sort === 'date-asc'
        ? { date: 'asc' as const }
        : undefined;
  const byId = new Map<string, PagefindResult>();
  let complete = true;
  const answer = async (call: PagefindCall): Promise<{ ids: string[]; filters: PagefindResponse['filters'] }> => {
    const options = { filters: call.filters, ...(sort ? { sort } : {}) };
    const exact = await pagefind.search(call.query, options);
    for (const r of exact.results) byId.set(r.id, r);
    const ids = exact.results.map((r) => r.id);
    if (!call.recheck) return { ids, filters: exact.filters };
    const broad = await pagefind.search(call.recheck.query, options);
    const found = new Set(ids);
    const missed = broad.results.filter((r) => !found.has(r.id));
    if (missed.length > RECHECK_LIMIT) {
      complete = false;
      return { ids, filters: exact.filters };
    }
    const texts = await Promise.all(missed.map((r) => r.data()));
    const term = call.recheck.term.toLowerCase();
    const recovered = missed.filter((_, i) => texts[i]!.content.toLowerCase().includes(term));
    for (const r of recovered) byId.set(r.id, r);
    if (!recovered.length) return { ids, filters: exact.filters };
    // The broad search's order (relevance or date) places the recovered results among the others.
    const keep = new Set([...ids, ...recovered.map((r) => r.id)]);
    const ordered = broad.results.map((r) => r.id).filter((id) => keep.has(id));
    const placed = new Set(ordered);
    return { ids: [...ordered, ...ids.filter((id) => !placed.has(id))], filters: {} };
  };
  const responses = await Promise.all(calls.map(answer));
  const ids = intersectInOrder(responses.map((r) => r.ids));

  // Filter counts: Pagefind's own when one call answers the query; counted from the results otherwise.
  let counts: Record<string, Record<string, number>>;
  if (responses.length === 1 && Object.keys(responses[0]!.filters).length) counts = responses[0]!.filters;
  else {
    counts = {};
    const loaded = await Promise.all(ids.map((id) => byId.get(id)!.data()));
    for (const d of loaded) {
      for (const key of FILTER_KEYS)
        for (const v of d.filters[key] ?? []) (counts[key] ??= {})[v] = (counts[key]![v] ?? 0) + 1;
    }
  }
  return {
    total: ids.length,
    counts,
    complete,
    byDate: false,
    slice: async (from, to) =>
      (await Promise.all(ids.slice(from, to).map((id) => byId.get(id)!.data()))).map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        paper: d.filters.paper?.[0],
        date: d.meta.date,
        text: plainText(d.content),
      })),
  };
}

/**
 * Pagefind's content joins a page's blocks with a Latin ". " (title. body): between Chinese text that reads as a
 * stray full stop, so a space takes its place.
 */
export function plainText(content: string): string {
  return content.replace(/(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef”’」』）])\. /g, ' ');
}

/**
 * What the status line says about an outcome, around the count: the words before it, and whether the count (with
 * 篇 after it) is shown. A miss shows no count; a search of filters alone says so rather than quote nothing.
 */
export function statusOf(outcome: Outcome): { text: string; showCount: boolean } {
  if (outcome.kind === 'empty') return { text: '请输入检索词，或选择筛选条件。', showCount: false };
  const { answer, peopleTerms, textTerms, terms, hasFilter } = outcome;
  const words = [...peopleTerms, ...textTerms.map((t) => t.text)];
  const described = words.map((w) => `“${w}”`).join('');
  const order = answer.byDate ? '（按日期从新到旧）' : '';
  if (!answer.complete)
    return { text: `${described}的结果可能不全（候选过多，请加上人名或筛选条件）；已找到`, showCount: true };
  if (answer.total)
    return { text: words.length ? `${described}${order}共找到` : `符合筛选条件的文章${order}共`, showCount: true };
  const hints: string[] = [];
  if (terms.length > 1) hints.push('减少检索词');
  if (hasFilter) hints.push('取消筛选条件');
  hints.push('检查错别字，或试试人名的拼音以获得提示');
  const missed = !words.length
    ? '没有符合筛选条件的文章。'
    : words.length === 1
      ? `没有找到包含${described}的文章。`
      : `没有找到同时包含${described}的文章。`;
  return { text: `${missed}可以${hints.join('、')}。`, showCount: false };
}
