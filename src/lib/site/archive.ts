/**
 * Everything the site derives from the articles, as pure functions over the schema's data: issues, people,
 * reporters, the calendar, 历史上的今天, neighbours and citations. Pages only call these.
 */
import { pinyin } from 'pinyin-pro';
import type { Article } from '../../schemas/article';
import { dayOf, sortDateOf } from '../article-dates';
export { formatDay } from '../article-dates';

export interface Issue {
  key: string;
  paper: string;
  paperSlug: string;
  /** The day the issue is filed under. */
  day: string;
  /** True when the manifest gave the issue date; false when it was taken from the datelines. */
  dayIsPrinted: boolean;
  articles: Article[];
}

/**
 * Comparison of ASCII keys (ISO days, issue keys) by code point. These comparators sort the whole archive
 * several times per build: String#localeCompare builds a collator per call and dominated 100k-article renders.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Page labels in natural order (2 before 10, A2 before A10). */
export const byPageLabel = new Intl.Collator('en', { numeric: true }).compare;

/** Articles in reading order: issue by issue, page by page, top to bottom. */
export function byPageOrder(a: Article, b: Article): number {
  return byCodePoint(a.issue, b.issue) || byPageLabel(a.page, b.page) || a.order - b.order;
}

/** Newest first; within a day, in page order. */
export function byNewest(a: Article, b: Article): number {
  return byCodePoint(sortDateOf(b), sortDateOf(a)) || byPageOrder(a, b);
}

export function issuesOf(articles: Article[]): Issue[] {
  const issues = new Map<string, Issue>();
  for (const article of [...articles].sort(byPageOrder)) {
    const issue = issues.get(article.issue) ?? {
      key: article.issue,
      paper: article.paper,
      paperSlug: article.paperSlug,
      day: dayOf(article),
      dayIsPrinted: article.issueDate !== null,
      articles: [],
    };
    issue.articles.push(article);
    issues.set(article.issue, issue);
  }
  return [...issues.values()].sort((a, b) => byCodePoint(b.day, a.day) || a.paper.localeCompare(b.paper, 'zh'));
}

/** The same paper's issue before and after each issue, by day: older is `previous`, newer is `next`. */
export function issueNeighbours(issues: Issue[]): Map<string, { previous: Issue | null; next: Issue | null }> {
  const byPaper = new Map<string, Issue[]>();
  for (const issue of issues) byPaper.set(issue.paperSlug, [...(byPaper.get(issue.paperSlug) ?? []), issue]);
  const around = new Map<string, { previous: Issue | null; next: Issue | null }>();
  for (const list of byPaper.values()) {
    const oldestFirst = [...list].sort((a, b) => byCodePoint(a.day, b.day));
    oldestFirst.forEach((issue, i) =>
      around.set(issue.key, { previous: oldestFirst[i - 1] ?? null, next: oldestFirst[i + 1] ?? null }),
    );
  }
  return around;
}

/** One printed page of an issue: the articles that start on it, in print order, and those continued onto it. */
export interface IssuePage {
  label: string;
  articles: Article[];
  continued: Article[];
}

/** An issue's pages in page order (2 before 10), each with its articles. */
export function pagesOfIssue(issue: Issue): IssuePage[] {
  const pages = new Map<string, IssuePage>();
  const pageOf = (label: string) => {
    const page = pages.get(label) ?? { label, articles: [], continued: [] };
    pages.set(label, page);
    return page;
  };
  for (const a of [...issue.articles].sort(byPageOrder)) {
    pageOf(a.page).articles.push(a);
    for (const label of a.pages.slice(1)) pageOf(label).continued.push(a);
  }
  return [...pages.values()].sort((a, b) => byPageLabel(a.label, b.label));
}

/** A paper's run: its issues, and per year the months in which it appeared, each as a grid of weeks. */
export interface PaperRun {
  slug: string;
  paper: string;
  issues: Issue[];
  articles: number;
  years: { year: string; issues: number; months: MonthGrid[] }[];
}

/** A month as a calendar grid: weeks of seven days (Sunday first), each day null or its issue. */
export interface MonthGrid {
  month: string;
  weeks: ({ day: number; issue: Issue | null } | null)[][];
}

function monthGrid(year: number, month: number, issuesByDay: Map<string, Issue>): MonthGrid {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: ({ day: number; issue: Issue | null } | null)[] = Array.from({ length: first }, () => null);
  for (let d = 1; d <= days; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    cells.push({ day: d, issue: issuesByDay.get(iso) ?? null });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: MonthGrid['weeks'] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { month: String(month).padStart(2, '0'), weeks };
}

/** Every paper's run of issues, newest year first, as the 往期回顾 calendar shows it. */
export function papersOf(issues: Issue[]): PaperRun[] {
  const bySlug = new Map<string, Issue[]>();
  for (const issue of issues) bySlug.set(issue.paperSlug, [...(bySlug.get(issue.paperSlug) ?? []), issue]);
  return [...bySlug.entries()]
    .map(([slug, list]) => {
      const oldestFirst = [...list].sort((a, b) => byCodePoint(a.day, b.day));
      const byDay = new Map(oldestFirst.map((i) => [i.day, i]));
      const years = [...new Set(oldestFirst.map((i) => i.day.slice(0, 4)))].reverse().map((year) => {
        const inYear = oldestFirst.filter((i) => i.day.startsWith(year));
        const months = [...new Set(inYear.map((i) => Number(i.day.slice(5, 7))))].map((m) =>
          monthGrid(Number(year), m, byDay),
        );
        return { year, issues: inYear.length, months };
      });
      return {
        slug,
        paper: list[0]!.paper,
        issues: oldestFirst,
        articles: list.reduce((n, i) => n + i.articles.length, 0),
        years,
      };
    })
    .sort((a, b) => a.paper.localeCompare(b.paper, 'zh'));
}

export interface Contributor {
  name: string;
  /** Latin spelling without tones, for sorting and for matching typed pinyin. */
  pinyin: string;
  initials: string;
  /** Roles the text gives, most frequent first. */
  roles: string[];
  articles: Article[];
}

export function pinyinOf(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}

function contributors(
  articles: Article[],
  namesOf: (a: Article) => { name: string; role: string | null }[],
): Contributor[] {
  const byName = new Map<string, { articles: Article[]; seen: Set<string>; roles: Map<string, number> }>();
  for (const article of articles) {
    for (const { name, role } of namesOf(article)) {
      const entry = byName.get(name) ?? {
        articles: [] as Article[],
        seen: new Set<string>(),
        roles: new Map<string, number>(),
      };
      if (!entry.seen.has(article.id)) {
        entry.seen.add(article.id);
        entry.articles.push(article);
      }
      if (role) entry.roles.set(role, (entry.roles.get(role) ?? 0) + 1);
      byName.set(name, entry);
    }
  }
  return [...byName.entries()]
    .map(([name, { articles: list, roles }]) => ({
      name,
      ...pinyinOf(name),
      roles: [...roles.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([role]) => role),
      articles: list.sort(byNewest),
    }))
    .sort(byCount);
}

/** A role a person held as the articles give it, with the first and last day an article gives it. */
export interface DatedRole {
  role: string;
  first: string;
  last: string;
  articles: number;
}

/**
 * What a contributor's pages show besides their list of articles — roles over time, people seen with, articles per
 * year — made once for all of a contributor's pages: made per page, it cost the archive-wide build time that grew
 * with the square of a prolific name's articles (733 s at 100k articles).
 */
export interface ContributorProfile {
  timeline: DatedRole[];
  companions: { name: string; articles: number }[];
  perYear: { year: string; articles: number }[];
}

export function contributorProfile(person: Contributor, kind: 'person' | 'reporter'): ContributorProfile {
  return {
    timeline: kind === 'person' ? roleTimeline(person) : [],
    companions: kind === 'person' ? appearsWith(person) : [],
    perYear: articlesPerYear(person.articles),
  };
}

/** A person's roles in the order they first appear: 市长 from 2020 to 2021, then 市委书记 from 2021. */
export function roleTimeline(person: Contributor): DatedRole[] {
  const roles = new Map<string, DatedRole>();
  for (const article of person.articles) {
    const role = article.people.find((p) => p.name === person.name)?.role;
    if (!role) continue;
    const day = sortDateOf(article);
    const seen = roles.get(role);
    if (!seen) roles.set(role, { role, first: day, last: day, articles: 1 });
    else {
      if (day < seen.first) seen.first = day;
      if (day > seen.last) seen.last = day;
      seen.articles++;
    }
  }
  return [...roles.values()].sort((a, b) => byCodePoint(a.first, b.first) || byCodePoint(a.last, b.last));
}

/** The people named most often in the same articles as this person, most first. */
export function appearsWith(person: Contributor, limit = 8): { name: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const article of person.articles) {
    for (const name of new Set(article.people.map((p) => p.name)))
      if (name !== person.name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
    .slice(0, limit)
    .map(([name, articles]) => ({ name, articles }));
}

/** Articles per year, every year from the first to the last (years without articles count 0). */
export function articlesPerYear(articles: Article[]): { year: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(sortDateOf(a).slice(0, 4), (counts.get(sortDateOf(a).slice(0, 4)) ?? 0) + 1);
  const years = [...counts.keys()].map(Number);
  if (!years.length) return [];
  const out: { year: string; articles: number }[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++)
    out.push({ year: String(y), articles: counts.get(String(y)) ?? 0 });
  return out;
}

export function byCount(a: Contributor, b: Contributor): number {
  return (
    b.articles.length - a.articles.length || a.pinyin.localeCompare(b.pinyin) || a.name.localeCompare(b.name, 'zh')
  );
}

export function byPinyin(a: Contributor, b: Contributor): number {
  return a.pinyin.localeCompare(b.pinyin) || a.name.localeCompare(b.name, 'zh');
}

export const peopleOf = (articles: Article[]) => contributors(articles, (a) => a.people);
export const reportersOf = (articles: Article[]) =>
  contributors(articles, (a) => a.reporters.map((name) => ({ name, role: null })));

export interface CalendarYear {
  year: string;
  months: { month: string; days: { day: string; issues: Issue[] }[] }[];
}

/** Year → month → day, newest first, each day with the issues filed under it. */
export function calendarOf(issues: Issue[]): CalendarYear[] {
  const years = new Map<string, Map<string, Map<string, Issue[]>>>();
  for (const issue of issues) {
    const [y, m] = [issue.day.slice(0, 4), issue.day.slice(5, 7)];
    const months = years.get(y) ?? new Map();
    const days = months.get(m) ?? new Map();
    days.set(issue.day, [...(days.get(issue.day) ?? []), issue]);
    months.set(m, days);
    years.set(y, months);
  }
  const desc = (a: string, b: string) => byCodePoint(b, a);
  return [...years.keys()].sort(desc).map((year) => ({
    year,
    months: [...years.get(year)!.keys()].sort(desc).map((month) => ({
      month,
      days: [...years.get(year)!.get(month)!.entries()]
        .sort((a, b) => desc(a[0], b[0]))
        .map(([day, list]) => ({ day, issues: list })),
    })),
  }));
}

/** Month-day (MM-DD) of an article's own date, or of its issue when the dateline gave none. */
export function monthDayOf(article: Article): string {
  return sortDateOf(article).slice(5);
}

/** 历史上的今天: articles grouped by month-day, each group newest year first. */
export function onThisDay(articles: Article[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles)
    groups.set(monthDayOf(article), [...(groups.get(monthDayOf(article)) ?? []), article]);
  for (const list of groups.values()) list.sort(byNewest);
  return new Map([...groups.entries()].sort((a, b) => byCodePoint(a[0], b[0])));
}

/** Previous and next article in the same issue, for every article at once (one pass, not one scan per article). */
export function neighboursById(articles: Article[]): Map<string, { previous: Article | null; next: Article | null }> {
  const result = new Map<string, { previous: Article | null; next: Article | null }>();
  for (const issue of issuesOf(articles)) {
    issue.articles.forEach((a, i) =>
      result.set(a.id, { previous: issue.articles[i - 1] ?? null, next: issue.articles[i + 1] ?? null }),
    );
  }
  return result;
}

/** The title as printed, with kicker and subtitle, for citations and feeds. */
export function fullTitle(article: Article): string {
  return [article.kicker, article.title, article.subtitle].filter(Boolean).join(' ');
}

/** GB/T 7714-2015 newspaper reference: 作者. 题名[N]. 报纸名, 出版日期(版次). */
export function gbtCitation(article: Article): string {
  const authors = article.reporters.length ? `${article.reporters.join(', ')}. ` : '';
  return `${authors}${article.title}[N]. ${article.paper}, ${dayOf(article)}(${article.page}).`;
}

function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => `\\${ch}`);
}

export function bibtexCitation(article: Article, url: string | null): string {
  const fields = [
    article.reporters.length
      ? `  author = {${article.reporters.map((r) => `{${bibtexText(r)}}`).join(' and ')}}`
      : null,
    `  title = {${bibtexText(article.title)}}`,
    `  journaltitle = {${bibtexText(article.paper)}}`,
    `  date = {${dayOf(article)}}`,
    `  pages = {${bibtexText(article.page)}}`,
    url ? `  url = {${url}}` : null,
    `  langid = {chinese}`,
  ].filter(Boolean);
  return `@article{${article.id},\n${fields.join(',\n')}\n}`;
}
