/**
 * Static answers for searches made only of people's names (with any filters). A merged Pagefind search touches
 * every index shard — at 100k articles in 39 shards that is megabytes before the first result — while a name
 * query needs only the list of articles that mention the person, which the build knows exactly. So the build
 * writes, per person, their hits a file a year (article ordinals with the facets of each), their counts per facet
 * (all a name alone needs besides its cards) and the result cards in pages of CARDS_PER_FILE; the search page
 * intersects the hits of the years it reaches and loads only the cards it shows.
 *
 * An ordinal is an article's position in the whole archive newest first (byNewest), so ascending ordinals are the
 * date order and every year is one run of ordinals (see SearchData.yearStarts).
 */
import type { Article } from '../../schemas/article';
import { sortDateOf } from '../article-dates';
import { snippet } from './plan';
import type { FilterValues } from './plan';

/** Large enough that a big archive is not tens of thousands of tiny files, small enough for one results page. */
export const CARDS_PER_FILE = 50;

/** The facets of each hit, aligned with `ordinals`: indexes into SearchData's papers, reporters and people. */
export interface PersonHits {
  ordinals: number[];
  /** One base-36 digit per hit: the paper. */
  papers: string;
  /** Per hit, the reporters' indexes in base 36 joined by '.', hits joined by ','. */
  reporters: string;
  people: string;
}

/**
 * A person's hits counted per filter value, with their number: all an unfiltered search of the name shows besides
 * its cards, so it needs no hits file — which for an official in a quarter of a big archive's articles is
 * hundreds of KB.
 */
export interface PersonFacets {
  total: number;
  counts: FacetCounts;
}

export type FacetCounts = Record<'paper' | 'year' | 'person' | 'reporter', Record<string, number>>;

export interface ResultCard {
  ordinal: number;
  id: string;
  title: string;
  date: string;
  paper: string;
  excerpt: string;
}

export interface Hit {
  ordinal: number;
  year: string;
  paper: number;
  reporters: number[];
  people: number[];
}

export interface Lookups {
  papers: string[];
  reporters: string[];
  people: string[];
}

/** [year, first ordinal] for each year, newest first; `articles` must be in ordinal (newest-first) order. */
export function yearStartsOf(articles: Pick<Article, 'date' | 'issue'>[]): [string, number][] {
  const starts: [string, number][] = [];
  articles.forEach((a, ordinal) => {
    const year = sortDateOf(a).slice(0, 4);
    if (starts.at(-1)?.[0] !== year) starts.push([year, ordinal]);
  });
  return starts;
}

export function yearOfOrdinal(ordinal: number, yearStarts: [string, number][]): string {
  let year = yearStarts[0]?.[0] ?? '';
  for (const [y, first] of yearStarts) {
    if (first > ordinal) break;
    year = y;
  }
  return year;
}

function indexes(names: string[], lookup: Map<string, number>): string {
  return names.map((n) => lookup.get(n)!.toString(36)).join('.');
}

/** One person's hits file, from their articles (any order) and each article's ordinal. */
export function encodeHits(articles: Article[], ordinalOf: ReadonlyMap<string, number>, lookups: Lookups): PersonHits {
  const paper = new Map(lookups.papers.map((p, i) => [p, i]));
  const reporter = new Map(lookups.reporters.map((p, i) => [p, i]));
  const person = new Map(lookups.people.map((p, i) => [p, i]));
  if (paper.size > 36) throw new Error('more than 36 papers: widen the papers encoding');
  const sorted = [...articles].sort((a, b) => ordinalOf.get(a.id)! - ordinalOf.get(b.id)!);
  return {
    ordinals: sorted.map((a) => ordinalOf.get(a.id)!),
    papers: sorted.map((a) => paper.get(a.paper)!.toString(36)).join(''),
    reporters: sorted.map((a) => indexes(a.reporters, reporter)).join(','),
    people: sorted
      .map((a) =>
        indexes(
          a.people.map((p) => p.name),
          person,
        ),
      )
      .join(','),
  };
}

function decodeIndexes(field: string | undefined): number[] {
  return field ? field.split('.').map((n) => parseInt(n, 36)) : [];
}

export function decodeHits(file: PersonHits, yearStarts: [string, number][]): Hit[] {
  const reporters = file.reporters.split(',');
  const people = file.people.split(',');
  return file.ordinals.map((ordinal, i) => ({
    ordinal,
    year: yearOfOrdinal(ordinal, yearStarts),
    paper: parseInt(file.papers[i]!, 36),
    reporters: decodeIndexes(reporters[i]),
    people: decodeIndexes(people[i]),
  }));
}

/** The hits that carry, for every filter chosen, one of its chosen values (names as the lookups spell them). */
export function filterHits(hits: Hit[], chosen: FilterValues, lookups: Lookups): Hit[] {
  const wanted = (values: string[] | undefined, lookup: string[]) =>
    values?.length ? new Set(values.map((v) => lookup.indexOf(v))) : null;
  const years = chosen.year?.length ? new Set(chosen.year) : null;
  const paper = wanted(chosen.paper, lookups.papers);
  const reporter = wanted(chosen.reporter, lookups.reporters);
  const person = wanted(chosen.person, lookups.people);
  return hits.filter(
    (h) =>
      (!years || years.has(h.year)) &&
      (!paper || paper.has(h.paper)) &&
      (!reporter || h.reporters.some((r) => reporter.has(r))) &&
      (!person || h.people.some((p) => person.has(p))),
  );
}

/** Counts per filter value over the hits, as Pagefind reports them for its own results. */
export function facetCounts(hits: Hit[], lookups: Lookups): FacetCounts {
  const counts: FacetCounts = { paper: {}, year: {}, person: {}, reporter: {} };
  const add = (key: keyof typeof counts, value: string | undefined) => {
    if (value !== undefined) counts[key][value] = (counts[key][value] ?? 0) + 1;
  };
  for (const h of hits) {
    add('year', h.year);
    add('paper', lookups.papers[h.paper]);
    for (const r of h.reporters) add('reporter', lookups.reporters[r]);
    for (const p of h.people) add('person', lookups.people[p]);
  }
  return counts;
}

/** The words a person's result card shows: the text around the first mention of the name. */
export function cardExcerpt(text: string, name: string): string {
  return snippet(text, [name], 40)
    .map((p) => p.text)
    .join('');
}

/** The card for an article in a person's results, with its excerpt (cardExcerpt) for that person. */
export function resultCard(article: Article, ordinal: number, excerpt: string): ResultCard {
  return { ordinal, id: article.id, title: article.title, date: sortDateOf(article), paper: article.paper, excerpt };
}

/**
 * A person's hits cut into their years, newest first: a search narrowed to some years fetches only theirs. Each
 * year is one run of ordinals, so each file is a slice of the whole.
 */
export function hitsByYear(hits: PersonHits, yearStarts: [string, number][]): { year: string; hits: PersonHits }[] {
  const reporters = hits.reporters.split(',');
  const people = hits.people.split(',');
  const years: { year: string; hits: PersonHits }[] = [];
  let from = 0;
  while (from < hits.ordinals.length) {
    const year = yearOfOrdinal(hits.ordinals[from]!, yearStarts);
    let to = from + 1;
    while (to < hits.ordinals.length && yearOfOrdinal(hits.ordinals[to]!, yearStarts) === year) to++;
    years.push({
      year,
      hits: {
        ordinals: hits.ordinals.slice(from, to),
        papers: hits.papers.slice(from, to),
        reporters: reporters.slice(from, to).join(','),
        people: people.slice(from, to).join(','),
      },
    });
    from = to;
  }
  return years;
}

/** A person's facets file, from their hits file. */
export function personFacets(hits: PersonHits, yearStarts: [string, number][], lookups: Lookups): PersonFacets {
  return { total: hits.ordinals.length, counts: facetCounts(decodeHits(hits, yearStarts), lookups) };
}

/** Which card file of a person holds the hit at `position` in their (newest-first) hits. */
export function cardFileOf(position: number): number {
  return Math.floor(position / CARDS_PER_FILE);
}
