/**
 * The search page: reads the query from the URL, runs the planned Pagefind calls, intersects them, and renders
 * results, counts, filters and suggestions. State lives in the URL so a search can be shared and reloaded.
 */
import { foldWith, parseQuery } from '../lib/search/query';
import { href, urls } from '../lib/site/urls';
import { intersectInOrder, planSearch, RECHECK_LIMIT, snippet, suggestPeople, type FilterValues, type PagefindCall, type SearchData } from '../lib/search/plan';
import { cardFileOf, decodeHits, facetCounts, filterHits, type PersonHits, type ResultCard } from '../lib/search/person-hits';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, o?: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** When the current search began: page start for the first, the submit for later ones (read by the benchmark). */
let startedAt = performance.now();
const FILTER_KEYS = ['paper', 'year', 'person', 'reporter'] as const;
const PAGE_SIZE = 10;
const BASE = href();

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const resultsEl = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const countEl = document.querySelector<HTMLElement>('[data-search-count]')!;
const statusEl = document.querySelector<HTMLElement>('[data-search-status]')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const suggestionsEl = document.querySelector<HTMLElement>('[data-search-suggestions]')!;

/** The search's JSON files, fetched once per page view: a new query or filter over the same names costs no request. */
const fetched = new Map<string, Promise<unknown>>();
function fetchOnce<T>(url: string): Promise<T> {
  let loading = fetched.get(url);
  if (!loading) {
    loading = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    });
    // A failed request is not kept: the next search tries again.
    loading.catch(() => fetched.delete(url));
    fetched.set(url, loading);
  }
  return loading as Promise<T>;
}

interface ShardManifest {
  shards: { key: string; years: string[]; path: string }[];
}

/**
 * Pagefind over the index shards a query needs: the one shard holding a chosen year, or else every shard,
 * newest first, merged into the first (mergeIndex). One instance per shard choice.
 */
const pagefinds = new Map<string, Promise<Pagefind>>();
function loadPagefind(year: string | undefined): Promise<Pagefind> {
  const key = year ?? '*';
  let loading = pagefinds.get(key);
  if (!loading) {
    loading = (async () => {
      const manifest = await fetchOnce<ShardManifest>(href('pagefind/shards.json'));
      const shards = year ? manifest.shards.filter((s) => s.years.includes(year)) : manifest.shards;
      const [primary, ...rest] = shards.length ? shards : manifest.shards;
      const module = (await import(/* @vite-ignore */ href(`${primary!.path}pagefind.js`))) as Pagefind;
      await module.options({ baseUrl: BASE });
      for (const shard of rest) await module.mergeIndex(href(shard.path), { baseUrl: BASE });
      await module.init();
      // Loads every filter's values up front: Pagefind reports counts only for filters it has loaded.
      await module.filters();
      return module;
    })();
    pagefinds.set(key, loading);
  }
  return loading;
}

const loadData = () => fetchOnce<SearchData>(href('search-data.json'));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function readState(): { q: string; sort: string; chosen: FilterValues } {
  const params = new URLSearchParams(location.search);
  const chosen: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) chosen[key] = value;
  }
  return { q: params.get('q') ?? '', sort: params.get('sort') ?? 'relevance', chosen };
}

function fillSelect(key: string, counts: Record<string, number>, selected: string | undefined): void {
  const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (selected && !entries.some(([v]) => v === selected)) entries.push([selected, 0]);
  entries.sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh')));
  select.replaceChildren(el('option', { value: '' }, '全部'), ...entries.map(([value, n]) => el('option', { value, selected: value === selected }, `${value}（${n}）`)));
}

function renderSuggestions(typed: string, data: SearchData): void {
  const people = suggestPeople(typed, data);
  suggestionsEl.replaceChildren();
  if (!people.length) return;
  const list = el('ul', { className: 'inline-list' });
  for (const p of people) {
    list.append(el('li', {}, el('a', { href: urls.search(p.name) }, p.name), `（${p.count}篇）`));
  }
  suggestionsEl.append(el('span', {}, '人物：'), list);
}

/** A result as the list shows it, from either source. */
interface Shown {
  url: string;
  title: string;
  paper: string | undefined;
  date: string | undefined;
  text: string;
}

/** The whole answer to a query: how many, the filter counts, and its results a slice at a time. */
interface Answer {
  total: number;
  counts: Record<string, Record<string, number>>;
  complete: boolean;
  /** Set when the order is by date although relevance was asked for. */
  byDate: boolean;
  slice: (from: number, to: number) => Promise<Shown[]>;
}

const personHits = (name: string) => fetchOnce<PersonHits>(urls.personHits(name));

/**
 * Names only (with any filters): answered from the people's hits files, which list exactly the articles that
 * mention each person, so no index shard is fetched. Newest first; relevance has no meaning beyond that here.
 */
async function personAnswer(names: string[], chosen: FilterValues, sort: string, data: SearchData): Promise<Answer> {
  const lookups = { papers: data.papers, reporters: data.reporters.map((r) => r.name), people: data.people.map((p) => p.name) };
  const files = await Promise.all(names.map(personHits));
  const lists = files.map((f) => decodeHits(f, data.yearStarts));
  // Each list is newest first, so their intersection is too.
  const hits = filterHits(intersectInOrder(lists, (h) => h.ordinal), chosen, lookups);
  if (sort === 'date-asc') hits.reverse();
  // Cards come from the person with the fewest hits: every result is among theirs.
  const rarest = lists.reduce((best, list, i) => (list.length < lists[best]!.length ? i : best), 0);
  const positionOf = new Map(lists[rarest]!.map((h, i) => [h.ordinal, i]));
  const cardFile = (file: number) => fetchOnce<ResultCard[]>(urls.personCards(names[rarest]!, file));
  return {
    total: hits.length,
    counts: facetCounts(hits, lookups),
    complete: true,
    byDate: sort === 'relevance',
    slice: async (from, to) =>
      Promise.all(
        hits.slice(from, to).map(async (hit) => {
          const card = (await cardFile(cardFileOf(positionOf.get(hit.ordinal)!))).find((c) => c.ordinal === hit.ordinal)!;
          return { url: urls.article(card.id), title: card.title, paper: card.paper, date: card.date, text: card.excerpt };
        }),
      ),
  };
}

/** Anything else: the planned Pagefind calls over the shards the year filter allows, intersected. */
async function pagefindAnswer(calls: PagefindCall[], chosen: FilterValues, sort: string): Promise<Answer> {
  const pagefind = await loadPagefind(chosen.year);
  const sortOption = sort === 'date' ? { date: 'desc' } : sort === 'date-asc' ? { date: 'asc' } : undefined;
  const options = { ...(sortOption ? { sort: sortOption } : {}) };
  const byId = new Map<string, PagefindResult>();
  let complete = true;
  const answer = async (call: PagefindCall): Promise<{ ids: string[]; filters: PagefindResponse['filters'] }> => {
    const exact = await pagefind.search(call.query, { ...options, filters: call.filters });
    for (const r of exact.results) byId.set(r.id, r);
    const ids = exact.results.map((r) => r.id);
    if (!call.recheck) return { ids, filters: exact.filters };
    const broad = await pagefind.search(call.recheck.query, { ...options, filters: call.filters });
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
    for (const d of loaded) for (const key of FILTER_KEYS) for (const v of d.filters[key] ?? []) ((counts[key] ??= {})[v] = (counts[key]![v] ?? 0) + 1);
  }
  return {
    total: ids.length,
    counts,
    complete,
    byDate: false,
    slice: async (from, to) =>
      (await Promise.all(ids.slice(from, to).map((id) => byId.get(id)!.data()))).map((d) => ({ url: d.url, title: d.meta.title ?? d.url, paper: d.filters.paper?.[0], date: d.meta.date, text: d.content })),
  };
}

async function run(): Promise<void> {
  const { q, sort, chosen } = readState();
  input.value = q;
  form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = sort;
  resultsEl.dataset.searchState = 'loading';
  const data = await loadData();
  const fold = foldWith(data.fold);
  const { terms } = parseQuery(q, fold);
  renderSuggestions(q.includes(' ') ? '' : fold(q), data);

  const hasFilter = Object.values(chosen).some(Boolean);
  if (!terms.length && !hasFilter) {
    const all = await (await loadPagefind(undefined)).filters();
    for (const key of FILTER_KEYS) fillSelect(key, all[key] ?? {}, chosen[key]);
    statusEl.textContent = '请输入检索词。';
    countEl.hidden = true;
    resultsEl.replaceChildren();
    resultsEl.dataset.searchState = 'done';
    return;
  }

  const people = new Set(data.people.map((p) => p.name));
  const { calls, peopleTerms, textTerms } = planSearch(terms, chosen, people);
  const names = [...new Set([...peopleTerms, ...(chosen.person && people.has(chosen.person) ? [chosen.person] : [])])];
  const answer = !textTerms.length && names.length ? await personAnswer(names, chosen, sort, data) : await pagefindAnswer(calls, chosen, sort);
  for (const key of FILTER_KEYS) fillSelect(key, answer.counts[key] ?? {}, chosen[key]);

  countEl.hidden = false;
  countEl.textContent = String(answer.total);
  const described = [...peopleTerms, ...textTerms.map((t) => t.text)].join(' ');
  statusEl.textContent = answer.total ? `“${described}”${answer.byDate ? '（按日期从新到旧）' : ''}共找到` : `没有找到同时包含“${described}”的文章。`;
  if (!answer.complete) statusEl.textContent = `“${described}”的结果可能不全（候选过多，请加上人名或筛选条件）；已找到`;
  if (!answer.total) {
    const hints: string[] = [];
    if (terms.length > 1) hints.push('减少检索词');
    if (hasFilter) hints.push('取消筛选条件');
    hints.push('检查错别字，或试试人名的拼音以获得提示');
    statusEl.textContent += ` 可以${hints.join('、')}。`;
  }

  const highlightTerms = [...peopleTerms, ...textTerms.map((t) => t.text)];
  resultsEl.replaceChildren();
  let shown = 0;
  const showMore = async () => {
    resultsEl.dataset.searchState = 'loading';
    const batch = await answer.slice(shown, shown + PAGE_SIZE);
    for (const d of batch) {
      const link = el('a', { href: d.url, className: 'card-title' }, d.title);
      link.addEventListener('click', () => sessionStorage.setItem('archive:highlight', highlightTerms.join(' ')));
      const excerpt = el('p', { className: 'excerpt' }, ...snippet(d.text, highlightTerms).map((part) => (part.match ? el('mark', {}, part.text) : part.text)));
      const meta = el('p', { className: 'meta' }, [d.paper, d.date].filter(Boolean).join(' · '));
      resultsEl.append(el('li', {}, link, meta, excerpt));
    }
    shown += batch.length;
    moreButton.hidden = shown >= answer.total;
    resultsEl.dataset.searchMs = String(Math.round(performance.now() - startedAt));
    resultsEl.dataset.searchState = 'done';
  };
  moreButton.onclick = () => void showMore();
  await showMore();
}

form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName === 'SELECT') form.requestSubmit();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value && !(key === 'sort' && value === 'relevance')) params.set(key, value);
  history.pushState(null, '', `?${params}`);
  startedAt = performance.now();
  void run();
});
input.addEventListener('input', () => void loadData().then((data) => renderSuggestions(foldWith(data.fold)(input.value), data)));
window.addEventListener('popstate', () => void run());
void run().catch((error: unknown) => {
  statusEl.textContent = '检索出错，请稍后重试。';
  resultsEl.dataset.searchState = 'error';
  console.error(error);
});
