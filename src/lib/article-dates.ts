/**
 * The two days an article carries. Dependency-free, because the search page (in the browser) needs them as much
 * as the site's pages do.
 */
import type { Article } from '../schemas/article';

/** The day an article is filed under, as carried by its issue key. */
export function dayOf(article: Pick<Article, 'issue'>): string {
  return article.issue.slice(0, 10);
}

/** The day an article is sorted, filtered and dated by: its own dateline's, else its issue's. */
export function sortDateOf(article: Pick<Article, 'date' | 'issue'>): string {
  return article.date ?? dayOf(article);
}

/** Whether text is a real calendar day as YYYY-MM-DD: 2024-02-29 is one, 2021-02-30 is not. */
export function isRealDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A day as the site writes it: 2024年9月4日. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
