/**
 * A search's date range (from=YYYY-MM-DD&to=YYYY-MM-DD, either end open). Pagefind has no range filter, so a range
 * becomes filter values: whole years by the `year` filter, the days of a partly covered year by the `day` filter
 * (every article page carries both). People's hits carry no dates, only ordinals in date order, so there the range
 * is found by a binary search over the hits, reading the date of a few of them.
 */
import { isRealDay } from '../article-dates';
import type { PagefindFilter } from './plan';

export interface DateRange {
  from?: string;
  to?: string;
}

/** A real calendar day in ISO form, or null: 2021-02-30 is not one. */
export function validDay(text: string | null | undefined): string | null {
  return text && isRealDay(text) ? text : null;
}

/** The range the URL asks for: ends that are not real days are dropped, ends given the wrong way round swap. */
export function rangeFromParams(params: URLSearchParams): DateRange | undefined {
  let from = validDay(params.get('from'));
  let to = validDay(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  if (!from && !to) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function inRange(day: string, range: DateRange | undefined): boolean {
  return !range || ((!range.from || day >= range.from) && (!range.to || day <= range.to));
}

/** The archive's years (any order) that the range reaches into. */
export function yearsInRange(years: readonly string[], range: DateRange): string[] {
  return years.filter((y) => (!range.from || y >= range.from.slice(0, 4)) && (!range.to || y <= range.to.slice(0, 4)));
}

/** Every calendar day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * The Pagefind filter holding exactly the articles dated within the range, over the archive's years: the years
 * the range covers whole by `year`, the covered days of the years it cuts by `day`. Null when the range leaves
 * out no year of the archive and cuts none (it filters nothing).
 */
export function rangeFilter(range: DateRange, years: readonly string[]): PagefindFilter | null {
  const reached = yearsInRange(years, range);
  const whole: string[] = [];
  const days: string[] = [];
  for (const year of reached) {
    const first = range.from && range.from > `${year}-01-01` ? range.from : `${year}-01-01`;
    const last = range.to && range.to < `${year}-12-31` ? range.to : `${year}-12-31`;
    if (first === `${year}-01-01` && last === `${year}-12-31`) whole.push(year);
    else days.push(...daysBetween(first, last));
  }
  if (!days.length && whole.length === years.length) return null;
  const parts: PagefindFilter[] = [];
  if (whole.length) parts.push({ year: { any: whole } });
  if (days.length) parts.push({ day: { any: days } });
  // No year reached: a filter no article carries, so the answer is empty rather than unfiltered.
  if (!parts.length) return { year: { any: ['none'] } };
  return parts.length === 1 ? parts[0]! : { any: parts };
}

/**
 * Within a list in date order (newest first), the slice [start, end) of items dated within the range, found by
 * binary search: only about 2·log2(n) dates are read, each through `dateAt`, which may fetch.
 */
export async function sliceInRange(
  length: number,
  dateAt: (index: number) => Promise<string>,
  range: DateRange,
): Promise<[number, number]> {
  // The first index whose date is before `day` (or at/before it, with `orAt`): dates fall along the list.
  const firstBefore = async (day: string, orAt: boolean): Promise<number> => {
    let low = 0;
    let high = length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const date = await dateAt(mid);
      if (orAt ? date <= day : date < day) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const start = range.to ? await firstBefore(range.to, true) : 0;
  const end = range.from ? await firstBefore(range.from, false) : length;
  return [start, Math.max(start, end)];
}
