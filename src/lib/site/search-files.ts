/**
 * The static search files derived from the collection: search-data.json and each person's hits and result
 * cards (see lib/search/person-hits.ts). Computed once per build and shared by the routes that write them.
 */
import { buildFoldTable } from '../search/fold-table';
import { CARDS_PER_FILE, encodeHits, resultCard, yearStartsOf, type Lookups, type PersonHits, type ResultCard } from '../search/person-hits';
import type { SearchData } from '../search/plan';
import { byPinyin, peopleOf, reportersOf } from './archive';
import { articleEntries, paragraphsOf } from './collection';

export interface PersonSearchFiles {
  name: string;
  hits: PersonHits;
  cards: ResultCard[][];
}

let computed: Promise<{ data: SearchData; people: PersonSearchFiles[] }> | null = null;

async function compute(): Promise<{ data: SearchData; people: PersonSearchFiles[] }> {
  // Newest first: an entry's position is its ordinal.
  const entries = await articleEntries();
  const articles = entries.map((e) => e.data);
  const texts = new Map(entries.map((e) => [e.data.id, paragraphsOf(e)]));
  const ordinalOf = new Map(articles.map((a, i) => [a.id, i]));
  // By name, not by count: an edit that changes counts must not renumber every hits file (see lib/site/build-plan).
  const people = peopleOf(articles).sort(byPinyin);
  const reporters = reportersOf(articles).sort(byPinyin);
  const papers = [...new Set(articles.map((a) => a.paper))].sort((a, b) => a.localeCompare(b, 'zh'));
  const lookups: Lookups = { papers, reporters: reporters.map((r) => r.name), people: people.map((p) => p.name) };
  const data: SearchData = {
    people: people.map((p) => ({ name: p.name, pinyin: p.pinyin, initials: p.initials, count: p.articles.length, role: p.roles[0] ?? null })),
    reporters: reporters.map((p) => ({ name: p.name, pinyin: p.pinyin, initials: p.initials, count: p.articles.length })),
    papers,
    yearStarts: yearStartsOf(articles),
    fold: buildFoldTable(entries.flatMap((e) => [...texts.get(e.data.id)!, e.data.title, ...e.data.headlines])),
  };
  const files = people.map((person) => {
    // person.articles is newest first, the order of the hits.
    const cards = person.articles.map((a) => resultCard(a, ordinalOf.get(a.id)!, texts.get(a.id)!.join(''), person.name));
    const pages: ResultCard[][] = [];
    for (let i = 0; i < cards.length; i += CARDS_PER_FILE) pages.push(cards.slice(i, i + CARDS_PER_FILE));
    return { name: person.name, hits: encodeHits(person.articles, ordinalOf, lookups), cards: pages };
  });
  return { data, people: files };
}

export function searchFiles(): Promise<{ data: SearchData; people: PersonSearchFiles[] }> {
  computed ??= compute();
  return computed;
}
