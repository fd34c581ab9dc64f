/**
 * Which pages a change to the articles touches. A build records, per article, a hash of its file and the few
 * fields that place it in other pages; the next build compares and renders only what changed when the change is
 * an edit in place (an OCR fix), and everything when it reshapes the archive (articles added or removed, moved
 * in the calendar, a person or reporter appearing or disappearing, a list gaining or losing a page, a person's
 * hits gaining or losing a year).
 */
import { CARDS_PER_FILE } from '../search/person-hits';
import { byPageLabel } from './archive';
import type { RenderSelection } from './partial';
import { PAGE_SIZE } from './paging';

export interface BuiltArticle {
  hash: string;
  issue: string;
  page: string;
  order: number;
  /** The article's date, else its issue's: where it sorts and files in the calendar. */
  sortDate: string;
  paper: string;
  people: string[];
  reporters: string[];
}

export interface BuildState {
  /** Hash of the site's code and settings: a different one renders everything. */
  site: string;
  articles: Record<string, BuiltArticle>;
}

export type RenderPlan =
  | { kind: 'full'; reason: string }
  | { kind: 'unchanged' }
  | { kind: 'partial'; changed: string[]; selection: RenderSelection };

function countsOf(state: BuildState, namesOf: (a: BuiltArticle) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of Object.values(state.articles))
    for (const name of new Set(namesOf(article))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Each person's years, sorted, joined: a person's hits are a file a year (search-people/<name>/hits/<year>.json). */
function yearsOfPeople(state: BuildState): Map<string, string> {
  const years = new Map<string, Set<string>>();
  for (const article of Object.values(state.articles))
    for (const name of article.people) {
      const set = years.get(name) ?? new Set<string>();
      set.add(article.sortDate.slice(0, 4));
      years.set(name, set);
    }
  return new Map([...years].map(([name, set]) => [name, [...set].sort().join(',')]));
}

/** Why the people's hits files cannot be rendered in part (a person gained or lost a year), or null. */
function yearsOfPeopleChanged(before: BuildState, after: BuildState): string | null {
  const was = yearsOfPeople(before);
  for (const [name, years] of yearsOfPeople(after))
    if (was.get(name) !== years) return `${name}'s hits gained or lost a year`;
  return null;
}

/** Why the lists of people (or reporters) cannot be rendered in part, or null when they can. */
function listsReshaped(
  before: BuildState,
  after: BuildState,
  namesOf: (a: BuiltArticle) => string[],
  pageSizes: number[],
): string | null {
  const was = countsOf(before, namesOf);
  const is = countsOf(after, namesOf);
  if (was.size !== is.size || [...is.keys()].some((name) => !was.has(name))) return 'a name appeared or disappeared';
  for (const [name, count] of is) {
    if (pageSizes.some((size) => Math.ceil(count / size) !== Math.ceil(was.get(name)! / size)))
      return `${name}'s list gained or lost a page`;
  }
  return null;
}

const byPlaceInIssue = (a: [string, BuiltArticle], b: [string, BuiltArticle]) =>
  byPageLabel(a[1].page, b[1].page) || a[1].order - b[1].order;

export function planRender(before: BuildState | null, after: BuildState): RenderPlan {
  if (!before) return { kind: 'full', reason: 'no earlier build to update' };
  if (before.site !== after.site) return { kind: 'full', reason: 'the site code or settings changed' };
  const ids = Object.keys(after.articles);
  if (ids.length !== Object.keys(before.articles).length || ids.some((id) => !before.articles[id]))
    return { kind: 'full', reason: 'articles were added or removed' };
  const changed = ids.filter((id) => before.articles[id]!.hash !== after.articles[id]!.hash).sort();
  if (changed.length === 0) return { kind: 'unchanged' };
  for (const id of changed) {
    const [was, is] = [before.articles[id]!, after.articles[id]!];
    if (
      was.sortDate !== is.sortDate ||
      was.issue !== is.issue ||
      was.page !== is.page ||
      was.order !== is.order ||
      was.paper !== is.paper
    ) {
      return { kind: 'full', reason: `${id} moved in the calendar or in its issue` };
    }
  }
  const people =
    listsReshaped(before, after, (a) => a.people, [PAGE_SIZE, CARDS_PER_FILE]) ?? yearsOfPeopleChanged(before, after);
  if (people) return { kind: 'full', reason: `people: ${people}` };
  const reporters = listsReshaped(before, after, (a) => a.reporters, [PAGE_SIZE]);
  if (reporters) return { kind: 'full', reason: `reporters: ${reporters}` };

  const issues = new Set(changed.map((id) => after.articles[id]!.issue));
  const articles = new Set(changed);
  // Neighbours within the issue show the changed article's title.
  for (const issue of issues) {
    const inIssue = Object.entries(after.articles)
      .filter(([, a]) => a.issue === issue)
      .sort(byPlaceInIssue)
      .map(([id]) => id);
    inIssue.forEach((id, i) => {
      if (!changed.includes(id)) return;
      for (const near of [inIssue[i - 1], inIssue[i + 1]]) if (near) articles.add(near);
    });
  }
  const touched = changed.flatMap((id) => [before.articles[id]!, after.articles[id]!]);
  const days = touched.flatMap((a) => [a.sortDate, a.issue.slice(0, 10)]);
  return {
    kind: 'partial',
    changed,
    selection: {
      articles: [...articles].sort(),
      issues: [...issues].sort(),
      people: [...new Set(touched.flatMap((a) => a.people))].sort(),
      reporters: [...new Set(touched.flatMap((a) => a.reporters))].sort(),
      years: [...new Set(days.map((d) => d.slice(0, 4)))].sort(),
      monthDays: [...new Set(days.map((d) => d.slice(5)))].sort(),
    },
  };
}
