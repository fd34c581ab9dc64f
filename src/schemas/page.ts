/**
 * One printed page as the split read it: every line as printed, with what it went to. The 原文 view and the
 * page view read the page from here, never from seeds/, so the site's only input is the content the split wrote.
 */
import { z } from 'astro/zod';
import { isoDate } from './article';

export const pageLine = z.object({
  /** 1-based line number in the page file. */
  no: z.number().int().positive(),
  /** The line as printed (decoded, not normalised, before any correction). */
  text: z.string(),
  /** body, headline or byline of the articles in `articles`; leftover (see `reason`); or a blank line. */
  kind: z.enum(['body', 'headline', 'byline', 'leftover', 'blank']),
  /** Ids of the articles the line's text went to (two when one article ends and the next begins on the line). */
  articles: z.array(z.string()),
  /** Why a leftover is one: page-furniture, jump-marker, before-first-article, unattributed-text, unmatched-headline. */
  reason: z.string().nullable(),
});

export const pageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The page file's name in the seeds folder. */
  source: z.string(),
  paper: z.string(),
  paperSlug: z.string(),
  /** The issue the page's articles are filed under, when it has any; else null. */
  issue: z.string().nullable(),
  issueDate: isoDate.nullable(),
  /** The page label (the manifest's page). */
  page: z.string(),
  encoding: z.string(),
  /** The page's scan and PDF as copied beside the entry (`<id>.jpg`, `<id>.pdf`), or null. */
  image: z.string().nullable().default(null),
  pdf: z.string().nullable().default(null),
  lines: z.array(pageLine),
});

export type PageEntryData = z.infer<typeof pageSchema>;
export type PageLine = z.infer<typeof pageLine>;

/** FNV-1a, 32 bits, as hex: a short stable hash for ids (not for security). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The id of a page file's entry: its name in lower case, letters and digits, with a short hash for uniqueness. */
export function pageIdOf(source: string): string {
  const base = source
    .replace(/\.txt$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'page'}-${fnv1a(source).slice(0, 6)}`;
}
