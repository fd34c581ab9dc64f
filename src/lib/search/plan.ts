import { escapeRegExp, type QueryTerm } from './query';

export interface SearchData {
  /** By pinyin; their positions are the indexes people's hits files use. */
  people: { name: string; pinyin: string; initials: string; count: number; role: string | null }[];
  reporters: { name: string; pinyin: string; initials: string; count: number }[];
  /** Paper names; a person's hits index into this, into `reporters` and into `people`. */
  papers: string[];
  /** Articles per paper, aligned with `papers`, and in the whole archive. */
  paperCounts: number[];
  articles: number;
  /** [year, first ordinal], newest first (see person-hits.ts). */
  yearStarts: [string, number][];
  fold: Record<string, string>;
}

/** The filters a search can be narrowed by, in the order the form shows them. */
export const FILTER_KEYS = ['paper', 'year', 'person', 'reporter'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The values chosen per filter: within a filter any of them, across filters all. */
export type FilterValues = Partial<Record<FilterKey, string[]>>;

/**
 * Pagefind's filter language as this site uses it: a filter's values (any or all of them), or filters joined
 * with all/any.
 */
export type PagefindFilter =
  { all: PagefindFilter[] } | { any: PagefindFilter[] } | { [key: string]: { any: string[] } | { all: string[] } };

/** One call to Pagefind: a query (or null for filters alone) and the filter every result must pass. */
export interface PagefindCall {
  query: string | null;
  filters: PagefindFilter | Record<string, never>;
  /**
   * For a Chinese term: the same term unquoted, whose results (every character present) hold every true match.
   * Pagefind's quoted search misses a phrase where its index and the browser segment the text differently, so the
   * candidates it missed are checked against their text.
   */
  recheck?: { query: string; term: string };
}

/** The filters joined: every one must hold. */
export function allOf(parts: PagefindFilter[]): PagefindFilter | Record<string, never> {
  if (!parts.length) return {};
  return parts.length === 1 ? parts[0]! : { all: parts };
}

/**
 * Turns terms and chosen filters into Pagefind calls whose results, intersected, are exactly the articles that
 * hold every term. A term that is a known person's name becomes a person filter (an exact list of the articles
 * mentioning them); a Chinese term becomes a quoted phrase, which Pagefind matches only as a whole sequence and
 * only when it is the entire query — hence one call per term; a Latin or digit term goes to Pagefind as typed.
 * `extra` (a date range) must hold too.
 */
export function planSearch(
  terms: QueryTerm[],
  chosen: FilterValues,
  people: ReadonlySet<string>,
  extra: PagefindFilter | null = null,
): { calls: PagefindCall[] } {
  const { peopleTerms, textTerms } = splitTerms(terms, people);
  const parts: PagefindFilter[] = [];
  for (const key of FILTER_KEYS) {
    const values = chosen[key];
    if (values?.length) parts.push({ [key]: { any: values } });
  }
  if (peopleTerms.length) parts.push({ person: { all: peopleTerms } });
  if (extra) parts.push(extra);
  const filters = allOf(parts);
  const calls: PagefindCall[] = textTerms.length
    ? textTerms.map((t) =>
        t.cjk
          ? { query: `"${t.text}"`, filters, recheck: { query: t.text, term: t.text } }
          : { query: t.text, filters },
      )
    : [{ query: null, filters }];
  return { calls };
}

/** The terms that are known people's names (matched as whole names), and the others (matched as text). */
export function splitTerms(
  terms: QueryTerm[],
  people: ReadonlySet<string>,
): { peopleTerms: string[]; textTerms: QueryTerm[] } {
  return {
    peopleTerms: terms.filter((t) => people.has(t.text)).map((t) => t.text),
    textTerms: terms.filter((t) => !people.has(t.text)),
  };
}

/** How many missed candidates a search checks by their text before it gives up on completeness. */
export const RECHECK_LIMIT = 40;

/** Items present (by key) in every list, in the order of the first: result ids, or people's hits. */
export function intersectInOrder<T>(lists: T[][], keyOf: (item: T) => unknown = (item) => item): T[] {
  if (lists.length === 0) return [];
  const rest = lists.slice(1).map((l) => new Set(l.map(keyOf)));
  return lists[0]!.filter((item) => rest.every((s) => s.has(keyOf(item))));
}

/** People whose name, pinyin or initials start with (or, for Chinese, contain) what was typed. */
export function suggestPeople(input: string, data: SearchData, limit = 8): SearchData['people'] {
  const typed = input.trim().toLowerCase().replace(/\s+/g, '');
  if (!typed) return [];
  const latin = /^[a-z]+$/.test(typed);
  return data.people
    .filter((p) =>
      latin ? p.pinyin.startsWith(typed) || p.initials.startsWith(typed) : p.name.includes(typed) && p.name !== typed,
    )
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}

/** A window of text around the first occurrence of any term, split into plain and matched parts. */
export function snippet(text: string, terms: string[], radius = 50): { text: string; match: boolean }[] {
  const lower = text.toLowerCase();
  const positions = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const wanted = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text: window, match: false }];
  const pattern = new RegExp(`(${wanted.map(escapeRegExp).join('|')})`, 'gi');
  return window
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, match: wanted.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}
