/**
 * The static search files derived from the collection: search-data.json and each person's hits and result
 * cards (see lib/search/person-hits.ts). Each part is computed once per build, and only by the routes that need
 * it: the traditional → simplified table alone reads every character of the archive.
 */
import { buildFoldTable } from '../search/fold-table';
import {
  CARDS_PER_FILE,
  encodeHits,
  hitsByYear,
  personFacets,
  resultCard,
  yearStartsOf,
  type Lookups,
  type PersonFacets,
  type PersonHits,
  type ResultCard,
} from '../search/person-hits';
import type { SearchData } from '../search/plan';
import { byPinyin, type Contributor } from './archive';
import type { ArticleSummary } from '../../schemas/summary';
import { allArticles, allHanChars, allPeople, allReporters, once } from './collection';

export interface PersonSearchFiles {
  name: string;
  /** Newest first. */
  hitsByYear: { year: string; hits: PersonHits }[];
  facets: PersonFacets;
  cards: ResultCard[][];
}

interface ArchiveIndex {
  /** Newest first: an article's position is its ordinal. */
  articles: ArticleSummary[];
  ordinalOf: Map<string, number>;
  yearStarts: [string, number][];
  people: Contributor[];
  reporters: Contributor[];
  lookups: Lookups;
}

const archiveIndex = once(async (): Promise<ArchiveIndex> => {
  const articles = await allArticles();
  // By name, not by count: an edit that changes counts must not renumber every hits file (see build-plan.ts).
  const people = (await allPeople()).sort(byPinyin);
  const reporters = (await allReporters()).sort(byPinyin);
  const papers = [...new Set(articles.map((a) => a.paper))].sort((a, b) => a.localeCompare(b, 'zh'));
  return {
    articles,
    ordinalOf: new Map(articles.map((a, i) => [a.id, i])),
    yearStarts: yearStartsOf(articles),
    people,
    reporters,
    lookups: { papers, reporters: reporters.map((r) => r.name), people: people.map((p) => p.name) },
  };
});

export const searchData = once(async (): Promise<SearchData> => {
  const { articles, yearStarts, people, reporters, lookups } = await archiveIndex();
  return {
    people: people.map((p) => ({
      name: p.name,
      pinyin: p.pinyin,
      initials: p.initials,
      count: p.articles.length,
      role: p.roles[0] ?? null,
    })),
    reporters: reporters.map((p) => ({
      name: p.name,
      pinyin: p.pinyin,
      initials: p.initials,
      count: p.articles.length,
    })),
    papers: lookups.papers,
    paperCounts: lookups.papers.map((p) => articles.filter((a) => a.paper === p).length),
    articles: articles.length,
    yearStarts,
    fold: buildFoldTable([await allHanChars()]),
  };
});

export const personSearchFiles = once(async (): Promise<PersonSearchFiles[]> => {
  const { articles, ordinalOf, yearStarts, people, lookups } = await archiveIndex();
  return people.map((person) => {
    // person.articles is newest first, the order of the hits.
    const cards = person.articles.map((a) => {
      const ordinal = ordinalOf.get(a.id)!;
      return resultCard(a, ordinal, articles[ordinal]!.excerpts[person.name] ?? '');
    });
    const files: ResultCard[][] = [];
    for (let i = 0; i < cards.length; i += CARDS_PER_FILE) files.push(cards.slice(i, i + CARDS_PER_FILE));
    const hits = encodeHits(person.articles, ordinalOf, lookups);
    return {
      name: person.name,
      hitsByYear: hitsByYear(hits, yearStarts),
      facets: personFacets(hits, yearStarts, lookups),
      cards: files,
    };
  });
});
