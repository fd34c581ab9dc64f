/**
 * The static search files derived from the collection: search-data.json and each person's hits and result
 * cards (see lib/search/person-hits.ts). Each part is computed once per build, and only by the routes that need
 * it: the traditional → simplified table alone reads every character of the archive.
 */
import { buildFoldTable } from '../search/fold-table';
import {
  CARDS_PER_FILE,
  encodeHits,
  resultCard,
  yearStartsOf,
  type Lookups,
  type PersonHits,
  type ResultCard,
} from '../search/person-hits';
import type { SearchData } from '../search/plan';
import { byPinyin, type Contributor } from './archive';
import { allPeople, allReporters, articleEntries, paragraphsOf, type ArticleEntry } from './collection';

export interface PersonSearchFiles {
  name: string;
  hits: PersonHits;
  cards: ResultCard[][];
}

interface ArchiveIndex {
  /** Newest first: an entry's position is its ordinal. */
  entries: ArticleEntry[];
  ordinalOf: Map<string, number>;
  people: Contributor[];
  reporters: Contributor[];
  lookups: Lookups;
}

function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= compute());
}

const archiveIndex = once(async (): Promise<ArchiveIndex> => {
  const entries = await articleEntries();
  const articles = entries.map((e) => e.data);
  // By name, not by count: an edit that changes counts must not renumber every hits file (see build-plan.ts).
  const people = (await allPeople()).sort(byPinyin);
  const reporters = (await allReporters()).sort(byPinyin);
  const papers = [...new Set(articles.map((a) => a.paper))].sort((a, b) => a.localeCompare(b, 'zh'));
  return {
    entries,
    ordinalOf: new Map(articles.map((a, i) => [a.id, i])),
    people,
    reporters,
    lookups: { papers, reporters: reporters.map((r) => r.name), people: people.map((p) => p.name) },
  };
});

export const searchData = once(async (): Promise<SearchData> => {
  const { entries, people, reporters, lookups } = await archiveIndex();
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
    paperCounts: lookups.papers.map((p) => entries.filter((e) => e.data.paper === p).length),
    articles: entries.length,
    yearStarts: yearStartsOf(entries.map((e) => e.data)),
    fold: buildFoldTable(entries.flatMap((e) => [...paragraphsOf(e), e.data.title, ...e.data.headlines])),
  };
});

export const personSearchFiles = once(async (): Promise<PersonSearchFiles[]> => {
  const { entries, ordinalOf, people, lookups } = await archiveIndex();
  const texts = new Map<string, string>();
  const textOf = (id: string) => {
    let text = texts.get(id);
    if (text === undefined) texts.set(id, (text = paragraphsOf(entries[ordinalOf.get(id)!]!).join('')));
    return text;
  };
  return people.map((person) => {
    // person.articles is newest first, the order of the hits.
    const cards = person.articles.map((a) => resultCard(a, ordinalOf.get(a.id)!, textOf(a.id), person.name));
    const files: ResultCard[][] = [];
    for (let i = 0; i < cards.length; i += CARDS_PER_FILE) files.push(cards.slice(i, i + CARDS_PER_FILE));
    return { name: person.name, hits: encodeHits(person.articles, ordinalOf, lookups), cards: files };
  });
});
