/**
 * The archive in parts: a part is one year of issues, or one month (ARCHIVE_PART_BY=month); an article belongs to
 * its issue's part, and its file name begins with the issue's day. A part's pages — its articles, issues, page
 * views, page files and data file — are rendered by themselves; the archive-wide pages are rendered from every
 * part's summary (schemas/summary.ts) and the outline of all issues. ARCHIVE_PART says which an Astro build makes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../settings';
import { outlineSchema, partSummarySchema, type Outline, type PartSummary } from '../../schemas/summary';

export type BuildScope = { kind: 'whole' } | { kind: 'part'; part: string } | { kind: 'archive' };

export function buildScope(): BuildScope {
  const part = settings().ARCHIVE_PART;
  if (part === undefined) return { kind: 'whole' };
  return part === 'archive' ? { kind: 'archive' } : { kind: 'part', part };
}

/** A part's name: a year (2024) or a month (2024-03), by ARCHIVE_PART_BY. */
export const PART_NAME = /^\d{4}(-\d{2})?$/;

/** The part of an issue day (YYYY-MM-DD…): its year, or its month when the archive is built a month a part. */
export function partOfDay(day: string, by = settings().ARCHIVE_PART_BY): string {
  return day.slice(0, by === 'month' ? 7 : 4);
}

/** The part an article belongs to: its issue's. */
export function partOf(article: { issue: string }): string {
  return partOfDay(article.issue);
}

/** The part an article's file (named `<issue day>-<paper>-p<page>-<order>.md`) belongs to. */
export function partOfArticleFile(name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}-/.test(name)) throw new Error(`${name}: an article file's name begins with its issue's day`);
  return partOfDay(name);
}

/**
 * The parts a render step takes: one (--part P), every n-th from the i-th (--batch i/n: a CI matrix job's share,
 * since a matrix holds at most 256 jobs), or all.
 */
export function partsToRender(parts: string[], only: string | null, batch: string | null): string[] {
  if (only) {
    if (!parts.includes(only))
      throw new Error(`--part ${only}: the archive has no such part (its parts: ${parts.join(', ')})`);
    return [only];
  }
  if (batch) {
    const [i, n] = (/^(\d+)\/(\d+)$/.exec(batch) ?? []).slice(1).map(Number);
    if (!i || !n || i > n) throw new Error(`--batch ${batch}: expected i/n with 1 ≤ i ≤ n, e.g. --batch 3/8`);
    return parts.filter((_, k) => k % n === i - 1);
  }
  return parts;
}

export const summaryPath = (partsDir: string, part: string) => join(partsDir, part, 'summary.json');
export const outlinePath = (partsDir: string) => join(partsDir, 'outline.json');

function readChecked<T>(path: string, what: string, parse: (data: unknown) => T): T {
  if (!existsSync(path)) throw new Error(`${path}: no ${what} (run npm run build:parts, or its summarize step)`);
  try {
    return parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${path}: not a valid ${what}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

export function readPartSummary(partsDir: string, part: string): PartSummary {
  return readChecked(summaryPath(partsDir, part), `summary of part ${part}`, (d) => partSummarySchema.parse(d));
}

export function readOutline(partsDir: string): Outline {
  return readChecked(outlinePath(partsDir), 'outline of the archive', (d) => outlineSchema.parse(d));
}
