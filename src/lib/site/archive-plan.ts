/**
 * Which archive-wide pages a change touches (scripts/build-parts.ts, the `archive` step). A person's pages and
 * search files are made from that person's articles — their summaries and their places in the archive's order —
 * and the archive's lists of people, reporters and papers (a hits file indexes into them); a reporter's pages from
 * that reporter's articles. The record keeps a key per name, so that the next build renders the people and
 * reporters whose key changed and keeps the others' files; everything else archive-wide (home, calendar,
 * 历史上的今天, papers, search page and data, feed) is small and rendered every time. A change of shape — a name
 * appearing or disappearing, a list gaining or losing a page, a card file or a year of hits — renders everything: the sitemap
 * lists every page.
 */
import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../../schemas/summary';
import { sortDateOf } from '../article-dates';
import { CARDS_PER_FILE } from '../search/person-hits';
import { peopleOf, reportersOf } from './archive';
import { PAGE_SIZE } from './paging';

export interface ArchiveRecord {
  shape: string;
  people: Record<string, string>;
  reporters: Record<string, string>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20);

/** The record of the archive-wide pages made from these summaries (newest first, as the pages order them). */
export function archiveRecord(summaries: ArticleSummary[]): ArchiveRecord {
  const ordinalOf = new Map(summaries.map((a, i) => [a.id, i]));
  const digestOf = new Map(summaries.map((a) => [a.id, digest(JSON.stringify(a))]));
  const people = peopleOf(summaries);
  const reporters = reportersOf(summaries);
  const lists = digest(
    JSON.stringify([
      people.map((p) => p.name).sort(),
      reporters.map((r) => r.name).sort(),
      [...new Set(summaries.map((a) => a.paper))].sort(),
    ]),
  );
  const keyOf = (articles: { id: string }[], withPlaces: boolean) =>
    digest(
      [lists, ...articles.map((a) => `${withPlaces ? ordinalOf.get(a.id) : ''}:${digestOf.get(a.id)}`)].join('\n'),
    );
  const shape = JSON.stringify([
    people
      .map((p) => [
        p.name,
        Math.ceil(p.articles.length / PAGE_SIZE),
        Math.ceil(p.articles.length / CARDS_PER_FILE),
        // A person's hits come a file a year.
        [...new Set(p.articles.map((a) => sortDateOf(a).slice(0, 4)))].sort(),
      ])
      .sort(),
    reporters.map((r) => [r.name, Math.ceil(r.articles.length / PAGE_SIZE)]).sort(),
  ]);
  return {
    shape: digest(shape),
    people: Object.fromEntries(people.map((p) => [p.name, keyOf(p.articles, true)])),
    reporters: Object.fromEntries(reporters.map((r) => [r.name, keyOf(r.articles, false)])),
  };
}

/** The people and reporters whose pages must be rendered again, or null when everything must be. */
export function changedNames(
  before: ArchiveRecord | null,
  after: ArchiveRecord,
): { people: string[]; reporters: string[] } | null {
  if (!before || before.shape !== after.shape) return null;
  const changed = (was: Record<string, string>, is: Record<string, string>) =>
    Object.keys(is)
      .filter((name) => was[name] !== is[name])
      .sort();
  return { people: changed(before.people, after.people), reporters: changed(before.reporters, after.reporters) };
}
