/**
 * The search engine, without a page: parse → plan → fetch → recheck → merge → facet counts → pages of results.
 * Every request goes through the injected SearchIO (the browser's fetch and Pagefind on the page; fakes in the
 * unit tests), so the algorithm is tested without a browser.
 */
import { formatDay } from '../article-dates';
import { rangeFilter, rangeFromParams, sliceInRange, yearsInRange, type DateRange } from './date-range';
import {
  CARDS_PER_FILE,
  cardFileOf,
  decodeHits,
  facetCounts,
  filterHits,
  type Hit,
  type Lookups,
  type PersonFacets,
  type PersonHits,
  type ResultCard,
} from './person-hits';
import {
  allOf,
  FILTER_KEYS,
  intersectInOrder,
  planSearch,
  RECHECK_LIMIT,
  splitTerms,
  type FilterKey,
  type FilterValues,
  type PagefindCall,
  type PagefindFilter,
  type SearchData,
} from './plan';
import { foldWith, parseQuery, type QueryTerm } from './query';
import type { ShardManifest } from './shards';

export { FILTER_KEYS, type FilterKey };

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
  /** Pagefind's relevance: term frequency, saturation and page length, headings weighted. */
  score?: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  search: (
    query: string | null,
    options: { filters?: PagefindCall['filters']; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** What the engine fetches: the archive's search data, people's hits and cards, Pagefind over a year's shards. */
export interface SearchIO {
  data: () => Promise<SearchData>;
  /** A person's hits in one year (a year their facets count). */
  personHits: (name: string, year: string) => Promise<PersonHits>;
  /** A person's total and facet counts: a bare name is answered from these and the cards, without the hits. */
  personFacets: (name: string) => Promise<PersonFacets>;
  personCards: (name: string, file: number) => Promise<ResultCard[]>;
  /** The index's shards, newest first. */
  shards: () => Promise<ShardManifest>;
  /**
   * Pagefind over these shards (by key, the first the one searched first), or over every shard. Asking again with
   * the same first shard and more after it may grow the same instance.
   */
  pagefind: (keys: string[] | undefined) => Promise<PagefindApi>;
  /** The prepared answer to a frequent term alone, by its place in the shards manifest's `prepared` list. */
  prepared: (index: number) => Promise<PreparedAnswer>;
  articleUrl: (id: string) => string;
}

/**
 * The build's answer to a frequent term searched alone, unfiltered (prepared.ts): its first page in each order,
 * its total and its counts — what the live search would show, without reading every shard's postings of a word
 * in most of the archive. Later pages come from the live search.
 */
export interface PreparedAnswer {
  total: number;
  counts: Record<string, Record<string, number>>;
  complete: boolean;
  /** The first page in each order. */
  first: Record<SortOrder, PreparedRow[]>;
}

/** A result of a prepared answer: its article's id, with what its row shows. */
export interface PreparedRow {
  id: string;
  title: string;
  paper: string | undefined;
  date: string | undefined;
  text: string;
}

export type SortOrder = 'relevance' | 'date' | 'date-asc';

/** Results a page shows at a time: the first page is what a date-ordered search shows before it is complete. */
export const FIRST_PAGE = 10;

export interface SearchState {
  q: string;
  sort: SortOrder;
  chosen: FilterValues;
  range?: DateRange;
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
      range?: DateRange;
    };

/**
 * Reads a search from a URL's parameters: a filter may repeat (paper=A&paper=B is either paper); unknown sorts read
 * as relevance; a range end that is not a real day is dropped.
 */
export function stateFromParams(params: URLSearchParams): SearchState {
  const chosen: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length) chosen[key] = values;
  }
  const sort = params.get('sort');
  const range = rangeFromParams(params);
  return {
    q: params.get('q') ?? '',
    sort: sort === 'date' || sort === 'date-asc' ? sort : 'relevance',
    chosen,
    ...(range ? { range } : {}),
    ...(params.get('as') === 'text' ? { literal: true } : {}),
  };
}

/** Whether any filter value or a date range narrows the search. */
export function isFiltered(state: SearchState): boolean {
  return Object.values(state.chosen).some((v) => v?.length) || !!state.range;
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
  if (paperTerm && !chosen.paper?.length) {
    chosen = { ...chosen, paper: [paperTerm.text] };
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
export async function runSearch(asked: SearchState, io: SearchIO, onFirstPage?: OnFirstPage): Promise<Outcome> {
  const data = await io.data();
  const read = readQuery(parseQuery(asked.q, foldWith(data.fold)).terms, asked, data);
  const { terms, state, reading } = read;
  const hasFilter = isFiltered(state);
  if (!terms.length && !hasFilter) return { kind: 'empty', counts: archiveCounts(data) };
  const people = new Set(data.people.map((p) => p.name));
  const { peopleTerms, textTerms } = splitTerms(terms, people);
  const chosenPeople = state.chosen.person ?? [];
  const byPeople = !textTerms.length && (peopleTerms.length > 0 || chosenPeople.some((n) => people.has(n)));
  const answer = byPeople
    ? await personAnswer(peopleTerms, chosenPeople, state, data, io, onFirstPage)
    : await pagefindAnswer(terms, state, data, people, io, onFirstPage);
  return {
    kind: 'answer',
    answer,
    terms,
    peopleTerms,
    textTerms,
    hasFilter,
    reading,
    ...(state.range ? { range: state.range } : {}),
  };
}

/** How many answers a page keeps for searches asked again. */
const REMEMBERED_SEARCHES = 20;

/**
 * runSearch that remembers its answers in this page, the last `limit` of them: the same search asked again (submitted
 * again, back and forward, a filter chosen and unchosen) is answered at once from the shards it already read. The
 * archive is static, so an answer never goes stale; one that failed is asked afresh.
 */
export function rememberingSearch(limit = REMEMBERED_SEARCHES): typeof runSearch {
  const answers = new Map<string, Promise<Outcome>>();
  return (asked, io, onFirstPage) => {
    const key = JSON.stringify([
      asked.q,
      asked.sort,
      FILTER_KEYS.map((k) => [...(asked.chosen[k] ?? [])].sort()),
      asked.range ?? null,
      asked.literal === true,
    ]);
    const known = answers.get(key);
    if (known) {
      answers.delete(key);
      answers.set(key, known);
      return known;
    }
    const outcome = runSearch(asked, io, onFirstPage);
    answers.set(key, outcome);
    if (answers.size > limit) answers.delete(answers.keys().next().value!);
    outcome.catch(() => answers.delete(key));
    return outcome;
  };
}

/**
 * Every filter value with its number of articles, from the search data alone: what an empty search shows, without
 * fetching any shard.
 */
export function archiveCounts(data: SearchData): Record<FilterKey, Record<string, number>> {
  const year: Record<string, number> = {};
  data.yearStarts.forEach(([y, first], i) => (year[y] = (data.yearStarts[i + 1]?.[1] ?? data.articles) - first));
  return {
    paper: Object.fromEntries(data.papers.map((p, i) => [p, data.paperCounts[i] ?? 0])),
    year,
    person: Object.fromEntries(data.people.map((p) => [p.name, p.count])),
    reporter: Object.fromEntries(data.reporters.map((r) => [r.name, r.count])),
  };
}

/** The chosen filters without one of them: what that filter's own counts are taken over. */
function without(chosen: FilterValues, key: FilterKey): FilterValues {
  const rest = { ...chosen };
  delete rest[key];
  return rest;
}

/**
 * Names only (with any filters): answered from the people's hits files, which list exactly the articles that
 * mention each person, so no index shard is fetched. Names typed are all required; people ticked in the person
 * filter are alternatives. Newest first; relevance has no meaning beyond that here.
 */
async function personAnswer(
  required: string[],
  alternatives: string[],
  state: SearchState,
  data: SearchData,
  io: SearchIO,
  onFirstPage?: OnFirstPage,
): Promise<Answer> {
  const lookups = {
    papers: data.papers,
    reporters: data.reporters.map((r) => r.name),
    people: data.people.map((p) => p.name),
  };
  const known = new Set(lookups.people);
  const ticked = alternatives.filter((n) => known.has(n));
  const lone = loneName(required, ticked, state);
  if (lone !== null) return loneNameAnswer(lone, state, io);
  // Only the years the search can reach are fetched: a person's hits come a year to a file.
  const years = yearsWanted(
    state,
    data.yearStarts.map(([year]) => year),
  );
  if (onFirstPage && required.length && !state.range)
    await showNearestYears(required, years, state, data, io, lookups, onFirstPage);
  const load = (names: string[]) => Promise.all(names.map((name) => personList(name, years, data, io)));
  const requiredLists = await load(required);
  const alternativeLists = requiredLists.length ? [] : await load(ticked);
  // Each list is newest first (ascending ordinals), so their intersection and their merged union are too.
  let base: Hit[] = requiredLists.length
    ? intersectInOrder(
        requiredLists.map((l) => l.hits),
        (h) => h.ordinal,
      )
    : unionByOrdinal(alternativeLists.map((l) => l.hits));

  // A hit's card comes from a list that holds it: the required name with the fewest hits holds every result.
  const sources = requiredLists.length
    ? [requiredLists.reduce((best, l) => (l.hits.length < best.hits.length ? l : best))]
    : alternativeLists;
  const cardOf = async (ordinal: number): Promise<ResultCard> => {
    const source = sources.find((s) => s.positionOf.has(ordinal));
    if (!source) throw new Error(`no result card for article ${ordinal} in the cards of anyone`);
    return cardIn(source, ordinal, io);
  };

  if (state.range) {
    // Whole years are known from the ordinals; the days of the years the range cuts are found in the cards.
    const years = new Set(yearsInRange([...new Set(base.map((h) => h.year))], state.range));
    const reached = base.filter((h) => years.has(h.year));
    const [start, end] = await sliceInRange(
      reached.length,
      async (i) => (await cardOf(reached[i]!.ordinal)).date,
      state.range,
    );
    base = reached.slice(start, end);
  }
  const hits = filterHits(base, state.chosen, lookups);
  const counts = facetCounts(hits, lookups);
  // A chosen filter's own values are counted as if it were not chosen, so its other values say what they add.
  for (const key of FILTER_KEYS) {
    if (!state.chosen[key]?.length || (key === 'person' && !requiredLists.length)) continue;
    // The other years' hits were not fetched: a name alone but for its years has its counts per year in its
    // facets; otherwise the search page keeps the year counts it saw before (as for words).
    if (key === 'year') {
      const lone = loneName(required, ticked, { ...state, chosen: without(state.chosen, 'year') });
      if (lone !== null) counts.year = (await io.personFacets(lone)).counts.year;
      continue;
    }
    counts[key] = facetCounts(filterHits(base, without(state.chosen, key), lookups), lookups)[key];
  }
  if (state.sort === 'date-asc') hits.reverse();
  return {
    total: hits.length,
    counts,
    complete: true,
    byDate: state.sort === 'relevance',
    slice: async (from, to) =>
      Promise.all(hits.slice(from, to).map(async (hit) => shownCard(await cardOf(hit.ordinal), io))),
  };
}

/**
 * The one name a search asks for when nothing else narrows it (no other filter, no range): typed, or ticked alone,
 * or both. Such a search is every article of the person, so its answer is their facets file and their cards.
 */
export function loneName(required: string[], alternatives: string[], state: SearchState): string | null {
  const names = [...new Set(required.length ? required : alternatives)];
  if (names.length !== 1 || state.range) return null;
  const name = names[0]!;
  const narrowed = FILTER_KEYS.some((key) =>
    key === 'person' ? (state.chosen.person ?? []).some((n) => n !== name) : state.chosen[key]?.length,
  );
  return narrowed ? null : name;
}

/** Every article mentioning one person: the count and facets from their facets file, each result its card. */
async function loneNameAnswer(name: string, state: SearchState, io: SearchIO): Promise<Answer> {
  const { total, counts } = await io.personFacets(name);
  // Cards are newest first, CARDS_PER_FILE to a file: the position of a result in either date order is known.
  const cardAt = async (position: number): Promise<ResultCard> => {
    const card = (await io.personCards(name, cardFileOf(position)))[position % CARDS_PER_FILE];
    if (!card) throw new Error(`no result card ${position} in the cards of ${name}`);
    return card;
  };
  const positionOf = (i: number) => (state.sort === 'date-asc' ? total - 1 - i : i);
  return {
    total,
    counts,
    complete: true,
    byDate: state.sort === 'relevance',
    slice: async (from, to) => {
      const positions: number[] = [];
      for (let i = Math.max(0, from); i < Math.min(to, total); i++) positions.push(positionOf(i));
      return Promise.all(positions.map(async (p) => shownCard(await cardAt(p), io)));
    },
  };
}

function shownCard(card: ResultCard, io: SearchIO): ShownResult {
  return { url: io.articleUrl(card.id), title: card.title, paper: card.paper, date: card.date, text: card.excerpt };
}

/** Hits of several lists, each newest first, merged newest first without repeats. */
export function unionByOrdinal(lists: Hit[][]): Hit[] {
  const byOrdinal = new Map<number, Hit>();
  for (const list of lists) for (const h of list) if (!byOrdinal.has(h.ordinal)) byOrdinal.set(h.ordinal, h);
  return [...byOrdinal.values()].sort((a, b) => a.ordinal - b.ordinal);
}

/** The shards a search needs, newest first: those holding the chosen years within the range, or every one. */
export function shardsFor(state: SearchState, shards: ShardManifest['shards'], archiveYears: string[]): string[] {
  const years = yearsWanted(state, archiveYears);
  return shards.filter((s) => !years || s.years.some((y) => years.has(y))).map((s) => s.key);
}

/** The years a search can reach: the chosen years within the range, or null for every year. */
export function yearsWanted(state: SearchState, archiveYears: string[]): Set<string> | null {
  let years = state.chosen.year?.length ? state.chosen.year : null;
  if (state.range) {
    const reached = yearsInRange(archiveYears, state.range);
    years = years ? years.filter((y) => reached.includes(y)) : reached;
  }
  return years ? new Set(years) : null;
}

/**
 * The first page of names intersected, from the nearest years alone: the years every name has are read one at a
 * time from the near end (newest, or oldest for oldest first) until they hold a page of results. Every year not
 * read is further, so that page is exact; it is shown while the other years are read for the total and counts.
 */
async function showNearestYears(
  names: string[],
  years: ReadonlySet<string> | null,
  state: SearchState,
  data: SearchData,
  io: SearchIO,
  lookups: Lookups,
  onFirstPage: OnFirstPage,
): Promise<void> {
  const facets = await Promise.all(names.map((name) => io.personFacets(name)));
  const shared = Object.keys(facets[0]!.counts.year)
    .filter((y) => facets.every((f) => f.counts.year[y]) && (!years || years.has(y)))
    .sort();
  const oldestFirst = state.sort === 'date-asc';
  const found: { hit: Hit; list: PersonList }[] = [];
  for (const year of oldestFirst ? shared : shared.reverse()) {
    const lists = await Promise.all(names.map((name) => personList(name, new Set([year]), data, io)));
    const hits = filterHits(
      intersectInOrder(
        lists.map((l) => l.hits),
        (h) => h.ordinal,
      ),
      state.chosen,
      lookups,
    );
    if (oldestFirst) hits.reverse();
    found.push(...hits.map((hit) => ({ hit, list: lists[0]! })));
    if (found.length >= FIRST_PAGE) break;
  }
  const shown = await Promise.all(
    found.slice(0, FIRST_PAGE).map(async ({ hit, list }) => shownCard(await cardIn(list, hit.ordinal, io), io)),
  );
  if (shown.length) onFirstPage(shown, names);
}

/** The result card of an article in a person's list: the card file its place among all their hits names. */
async function cardIn(list: PersonList, ordinal: number, io: SearchIO): Promise<ResultCard> {
  const position = list.positionOf.get(ordinal);
  const cards = position === undefined ? [] : await io.personCards(list.name, cardFileOf(position));
  const card = cards.find((c) => c.ordinal === ordinal);
  if (!card) throw new Error(`no result card for article ${ordinal} in the cards of ${list.name}`);
  return card;
}

/** A person's hits in some years, newest first, each with its place among all their hits (which card it is). */
interface PersonList {
  name: string;
  hits: Hit[];
  positionOf: Map<number, number>;
}

/**
 * A person's hits in the years given (every year for null), from their year files: their facets say which years
 * they have and how many hits each, so a hit's place among all of theirs is the count of the newer years' before it.
 */
async function personList(
  name: string,
  years: ReadonlySet<string> | null,
  data: SearchData,
  io: SearchIO,
): Promise<PersonList> {
  const perYear = (await io.personFacets(name)).counts.year;
  const newestFirst = Object.keys(perYear).sort().reverse();
  const files = await Promise.all(
    newestFirst.map(async (year) =>
      !years || years.has(year) ? decodeHits(await io.personHits(name, year), data.yearStarts) : [],
    ),
  );
  const hits: Hit[] = [];
  const positionOf = new Map<number, number>();
  let before = 0;
  newestFirst.forEach((year, k) => {
    files[k]!.forEach((hit, i) => {
      hits.push(hit);
      positionOf.set(hit.ordinal, before + i);
    });
    before += perYear[year]!;
  });
  return { name, hits, positionOf };
}

interface CallsAnswer {
  ids: string[];
  counts: Record<string, Record<string, number>>;
  complete: boolean;
}

/** What the early first page of a date-ordered search is told: its results, before the total is counted. */
export type OnFirstPage = (first: ShownResult[], marked: string[]) => void;

/**
 * Pagefind over merged shards, in date order: Pagefind sorts each index by date but merges the indexes' results by
 * score, which interleaves them. Shards hold consecutive months, so the shards searched one at a time (by their
 * months), in order, and their results joined, are the archive in date order; the counts add up.
 */
export function inShardOrder(pagefind: PagefindApi, shardMonths: string[][]): PagefindApi {
  return {
    filters: () => pagefind.filters(),
    async search(query, options) {
      const responses = await Promise.all(
        shardMonths.map((months) =>
          pagefind.search(query, {
            ...options,
            filters: allOf([
              ...(Object.keys(options.filters ?? {}).length ? [options.filters as PagefindFilter] : []),
              { month: { any: months } },
            ]),
          }),
        ),
      );
      const filters: PagefindResponse['filters'] = {};
      for (const r of responses)
        for (const [key, values] of Object.entries(r.filters))
          for (const [value, n] of Object.entries(values))
            (filters[key] ??= {})[value] = (filters[key]![value] ?? 0) + n;
      return { results: responses.flatMap((r) => r.results), filters };
    },
  };
}

/** What one planned call found: ids in Pagefind's order, its counts, each candidate's relevance, its results. */
export interface CallResult {
  ids: string[];
  filters: PagefindResponse['filters'];
  scores: Map<string, number>;
  complete: boolean;
  /** The results behind `ids`. */
  results: PagefindResult[];
}

type Search = (
  pagefind: PagefindApi,
  query: string,
  options: Parameters<PagefindApi['search']>[1],
) => Promise<PagefindResponse>;

/**
 * One planned call. A quoted call with a recheck also runs the broad query and keeps the extra candidates whose
 * text holds the term (Pagefind's quoted search misses phrases its index segments differently); more than
 * RECHECK_LIMIT extra makes the answer incomplete rather than slow. The broad search's scores rank the results
 * (the quoted search scores every match alike).
 */
export async function searchCall(
  pagefind: PagefindApi,
  call: PagefindCall,
  options: Parameters<PagefindApi['search']>[1],
  broadSearch: Search = (p, query, o) => p.search(query, o),
): Promise<CallResult> {
  const exact = await pagefind.search(call.query, options);
  const ids = exact.results.map((r) => r.id);
  const scoresOf = (results: PagefindResult[]) => new Map(results.map((r) => [r.id, r.score ?? 0]));
  const answer = (scores: Map<string, number>, complete: boolean) => ({
    ids,
    filters: exact.filters,
    scores,
    complete,
    results: exact.results,
  });
  if (!call.recheck) return answer(scoresOf(exact.results), true);
  const broad = await broadSearch(pagefind, call.recheck.query, options);
  const scores = scoresOf(broad.results);
  const found = new Set(ids);
  const missed = broad.results.filter((r) => !found.has(r.id));
  if (missed.length > RECHECK_LIMIT) return answer(scores, false);
  const texts = await Promise.all(missed.map((r) => r.data()));
  const term = call.recheck.term.toLowerCase();
  const recovered = missed.filter((_, i) => texts[i]!.content.toLowerCase().includes(term));
  if (!recovered.length) return answer(scores, true);
  // The broad search's order (relevance or date) places the recovered results among the others.
  const keep = new Set([...ids, ...recovered.map((r) => r.id)]);
  const ordered = broad.results.map((r) => r.id).filter((id) => keep.has(id));
  const placed = new Set(ordered);
  return {
    ids: [...ordered, ...ids.filter((id) => !placed.has(id))],
    filters: {},
    scores,
    complete: true,
    results: [...exact.results, ...recovered],
  };
}

/**
 * Ids by relevance, best first, with their scores: the broad searches' scores summed over the terms — more
 * occurrences, in the title, in denser text first. Equal scores keep their order.
 */
export function byScore(ids: string[], calls: Pick<CallResult, 'scores'>[]): [string, number][] {
  const scored = ids.map((id): [string, number] => [id, calls.reduce((sum, r) => sum + (r.scores.get(id) ?? 0), 0)]);
  return scored.sort((a, b) => b[1] - a[1]);
}

/** A result as the results list shows it, from Pagefind's data of its page. */
export function shownResult(d: PagefindResultData): ShownResult {
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    paper: d.filters.paper?.[0],
    date: d.meta.date,
    text: plainText(d.content),
  };
}

/**
 * Anything else: the planned Pagefind calls (searchCall) over the shards the year filter and the range allow,
 * intersected, by relevance ranked byScore — or, for a frequent term alone, the build's prepared answer. The first
 * page is shown (onFirstPage) before the counts, which need every filter's values loaded; in date order the shards
 * (consecutive months) are searched from the near end, doubling, until a page of results is found: every shard not
 * yet searched is older (or newer) than all of them, so that page is exact and is shown while the rest are searched
 * for the total and the counts.
 */
async function pagefindAnswer(
  terms: QueryTerm[],
  state: SearchState,
  data: SearchData,
  people: ReadonlySet<string>,
  io: SearchIO,
  onFirstPage?: OnFirstPage,
  usePrepared = true,
): Promise<Answer> {
  const archiveYears = data.yearStarts.map(([year]) => year);
  const manifest = await io.shards();
  const prepared = usePrepared ? preparedIndexOf(terms, state, manifest) : -1;
  if (prepared >= 0)
    return preparedAnswer(prepared, terms[0]!.text, state.sort, io, onFirstPage, () =>
      pagefindAnswer(terms, state, data, people, io, undefined, false),
    );
  const keys = shardsFor(state, manifest.shards, archiveYears);
  const range = state.range ? rangeFilter(state.range, archiveYears) : null;
  // Filters alone have no relevance: newest first.
  const order = state.sort === 'relevance' && !terms.length ? 'date' : state.sort;
  const sort =
    order === 'date' ? { date: 'desc' as const } : order === 'date-asc' ? { date: 'asc' as const } : undefined;
  const byId = new Map<string, PagefindResult>();
  // The broad searches serve candidates and scores only, never counts: the pass that counts reuses the first's.
  const broadSearches = new WeakMap<PagefindApi, Map<string, Promise<PagefindResponse>>>();
  const broadSearch = (pagefind: PagefindApi, query: string, options: Parameters<PagefindApi['search']>[1]) => {
    let done = broadSearches.get(pagefind);
    if (!done) broadSearches.set(pagefind, (done = new Map()));
    const key = JSON.stringify([query, options]);
    let search = done.get(key);
    if (!search) done.set(key, (search = pagefind.search(query, options)));
    return search;
  };

  const answerCall = async (pagefind: PagefindApi, call: PagefindCall): Promise<CallResult> => {
    const result = await searchCall(pagefind, call, { filters: call.filters, ...(sort ? { sort } : {}) }, broadSearch);
    for (const r of result.results) byId.set(r.id, r);
    return result;
  };

  const answerFor = async (pagefind: PagefindApi, chosen: FilterValues, counted = true): Promise<CallsAnswer> => {
    const { calls } = planSearch(terms, chosen, people, range);
    const responses = await Promise.all(calls.map((call) => answerCall(pagefind, call)));
    let ids = intersectInOrder(responses.map((r) => r.ids));
    if (!sort && terms.length) ids = byScore(ids, responses).map(([id]) => id);
    // Filter counts: Pagefind's own when one call answers the query; counted from the results otherwise.
    let counts: Record<string, Record<string, number>> = {};
    if (!counted) return { ids, counts, complete: responses.every((r) => r.complete) };
    if (responses.length === 1 && Object.keys(responses[0]!.filters).length) counts = responses[0]!.filters;
    else {
      const loaded = await Promise.all(ids.map((id) => byId.get(id)!.data()));
      for (const d of loaded) {
        for (const key of FILTER_KEYS)
          for (const v of d.filters[key] ?? []) (counts[key] ??= {})[v] = (counts[key]![v] ?? 0) + 1;
      }
    }
    return { ids, counts, complete: responses.every((r) => r.complete) };
  };
  const show = async (ids: string[]): Promise<ShownResult[]> =>
    (await Promise.all(ids.map((id) => byId.get(id)!.data()))).map(shownResult);

  // The near end first: newest for newest first, oldest for oldest first; the whole run grows the same instance.
  const near = sort?.date === 'asc' ? [...keys].reverse() : keys;
  const monthsOf = new Map(manifest.shards.map((s) => [s.key, s.months]));
  const inOrder = (instance: PagefindApi, shards: string[]) =>
    inShardOrder(
      instance,
      shards.map((k) => monthsOf.get(k) ?? []),
    );
  const showFirst = async (ids: string[]) =>
    onFirstPage?.(
      await show(ids.slice(0, FIRST_PAGE)),
      terms.map((t) => t.text),
    );
  // In date order over several shards the merged order is not the date order: results are taken shard by shard
  // from the near end, each shard by its months, only as far as a page reaches. `ordered` holds the first `next`
  // shards' results in order.
  const merged = !!sort && near.length > 1;
  const ordered: string[] = [];
  let next = 0;
  let shown = false;
  if (merged) {
    for (let searched = 1; searched < near.length; searched *= 2) {
      const shards = near.slice(0, searched);
      const early = await answerFor(inOrder(await io.pagefind(shards), shards), state.chosen, false);
      if (early.ids.length >= FIRST_PAGE) {
        ordered.push(...early.ids);
        next = searched;
        await showFirst(ordered);
        shown = true;
        break;
      }
    }
  }
  // Counted over the shards merged as one: the set and the counts, whatever its order.
  const instance = await io.pagefind(near.length ? near : undefined);
  const orderedUpTo = async (to: number): Promise<string[]> => {
    while (ordered.length < to && next < near.length) {
      const shard = near[next++]!;
      ordered.push(...(await answerFor(inOrder(instance, [shard]), state.chosen, false)).ids);
    }
    return ordered;
  };
  // The first page needs no filter's values but those chosen (Pagefind loads them as it filters): it is shown
  // before every filter is loaded for the counts.
  if (!shown)
    await showFirst(merged ? await orderedUpTo(FIRST_PAGE) : (await answerFor(instance, state.chosen, false)).ids);
  await instance.filters();
  const main = await answerFor(instance, state.chosen);
  // A chosen filter's own values are counted as if it were not chosen — except years, whose other values live in
  // shards this search did not load (the search page keeps the year counts it saw before a year was chosen).
  for (const key of FILTER_KEYS) {
    if (!state.chosen[key]?.length || key === 'year') continue;
    main.counts[key] = (await answerFor(instance, without(state.chosen, key))).counts[key] ?? {};
  }
  const { ids, counts, complete } = main;
  return {
    total: ids.length,
    counts,
    complete,
    byDate: state.sort === 'relevance' && order === 'date',
    slice: async (from, to) => show((merged ? await orderedUpTo(to) : ids).slice(from, to)),
  };
}

/** The place of the query's term among the prepared ones, or -1: only a Chinese term alone and unfiltered. */
export function preparedIndexOf(terms: QueryTerm[], state: SearchState, manifest: ShardManifest): number {
  const only = terms.length === 1 ? terms[0]! : null;
  if (!only?.cjk || isFiltered(state)) return -1;
  return manifest.prepared?.indexOf(only.text) ?? -1;
}

/**
 * A frequent term's answer from its prepared file: the first page, total and counts at once; a later page runs the
 * live search (once, and again only if it failed).
 */
async function preparedAnswer(
  index: number,
  term: string,
  order: SortOrder,
  io: SearchIO,
  onFirstPage: OnFirstPage | undefined,
  live: () => Promise<Answer>,
): Promise<Answer> {
  const { total, counts, complete, first } = await io.prepared(index);
  const shown = first[order].map(({ id, title, paper, date, text }) => ({
    url: io.articleUrl(id),
    title,
    paper,
    date,
    text,
  }));
  onFirstPage?.(shown, [term]);
  let whole: Promise<Answer> | null = null;
  const wholeAnswer = () => {
    if (!whole) {
      whole = live();
      whole.catch(() => (whole = null));
    }
    return whole;
  };
  return {
    total,
    counts,
    complete,
    byDate: false,
    slice: async (from, to) => (to <= shown.length ? shown.slice(from, to) : (await wholeAnswer()).slice(from, to)),
  };
}

/**
 * Pagefind's content joins a page's blocks with a Latin ". " (title. body): between Chinese text that reads as a
 * stray full stop, so a space takes its place.
 */
export function plainText(content: string): string {
  return content.replace(/(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef”’」』）])\. /g, ' ');
}

/** A date range as the site writes dates: 2023年2月17日至2024年9月2日, or from or until one day. */
export function rangeText(range: DateRange): string {
  if (range.from && range.to) return `${formatDay(range.from)}至${formatDay(range.to)}`;
  return range.from ? `${formatDay(range.from)}以来` : `${formatDay(range.to!)}以前`;
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
  const notes = [outcome.range && rangeText(outcome.range), answer.byDate && '按日期从新到旧'].filter(Boolean);
  const order = notes.length ? `（${notes.join('，')}）` : '';
  if (!answer.complete)
    return { text: `${described}的结果可能不全（候选过多，请加上人名或筛选条件）；已找到`, showCount: true };
  if (answer.total)
    return { text: words.length ? `${described}${order}共找到` : `符合筛选条件的文章${order}共`, showCount: true };
  const hints: string[] = [];
  if (terms.length > 1) hints.push('减少检索词');
  if (hasFilter) hints.push(outcome.range ? '取消筛选条件、放宽日期范围' : '取消筛选条件');
  hints.push('检查错别字，或试试人名的拼音以获得提示');
  const missed = !words.length
    ? '没有符合筛选条件的文章。'
    : words.length === 1
      ? `没有找到包含${described}的文章。`
      : `没有找到同时包含${described}的文章。`;
  const within = outcome.range ? `${rangeText(outcome.range)}，` : '';
  return { text: `${within}${missed}可以${hints.join('、')}。`, showCount: false };
}
