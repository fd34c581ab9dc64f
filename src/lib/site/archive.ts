/**
 * Everything the site derives from the articles, as pure functions over the schema's data: issues, people,
 * reporters, the calendar, 历史上的今天, neighbours and citations. Pages only call these.
 */
import { pinyin } from 'pinyin-pro';
import type { Article } from '../../schemas/article';
import { dayOf, sortDateOf } from '../article-dates';

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

export function bibtexCitation(article: Article, url: string): string {
  const fields = [
    article.reporters.length
      ? `  author = {${article.reporters.map((r) => `{${bibtexText(r)}}`).join(' and ')}}`
      : null,
    `  title = {${bibtexText(article.title)}}`,
    `  journaltitle = {${bibtexText(article.paper)}}`,
    `  date = {${dayOf(article)}}`,
    `  pages = {${bibtexText(article.page)}}`,
    `  url = {${url}}`,
    `  langid = {chinese}`,
  ].filter(Boolean);
  return `@article{${article.id},\n${fields.join(',\n')}\n}`;
}

export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
