/**
 * One printed page as the split read it: every line as printed, with what it went to. The 原文 view and the
 * page view read the page from here, never from seeds/, so the site's only input is the content the split wrote.
 */
import { z } from 'astro/zod';
import { isoDate } from './article';

/** A line of a page as the views read it (decoded from the entry's columns by pageLines). */
export interface PageLine {
  /** 1-based line number in the page file. */
  no: number;
  /** The line as printed (decoded, not normalised, before any correction). */
  text: string;
  /** body, headline or byline of the articles in `articles`; leftover (see `reason`); or a blank line. */
  kind: LineKind;
  /** Ids of the articles the line's text went to (two when one article ends and the next begins on the line). */
  articles: string[];
  /** Why a leftover is one: page-furniture, jump-marker, before-first-article, unattributed-text, unmatched-headline. */
  reason: string | null;
}

export const LINE_KINDS = ['body', 'headline', 'byline', 'leftover', 'blank'] as const;
export type LineKind = (typeof LINE_KINDS)[number];
/** One letter per kind, in LINE_KINDS' order. */
const KIND_LETTERS = 'bhylx';

/**
 * A page's lines in columns rather than one object per line: Astro's content layer serialises every value of every
 * entry into one store, and a line object each (~150 a page) put 100k articles' pages past what it can hold.
 */
export const pageLinesSchema = z.object({
  /** The lines as printed, joined by line feeds (a line never holds one). */
  text: z.string(),
  /** One letter per line: b body, h headline, y byline, l leftover, x blank. */
  kinds: z.string().regex(/^[bhylx]*$/),
  /** The articles that own lines of the page. */
  articles: z.array(z.string()),
  /** Per line, the indexes (into `articles`, base 36) of its owners joined by '.'; lines joined by ','. */
  owners: z.string(),
  /** Leftover lines' reasons, by line number. */
  reasons: z.record(z.string(), z.string()),
});
export type PageLinesData = z.infer<typeof pageLinesSchema>;

/** The columns of a page's lines, from its lines in order (numbered from 1). */
export function encodePageLines(lines: Omit<PageLine, 'no'>[]): PageLinesData {
  const articles = [...new Set(lines.flatMap((l) => l.articles))];
  const index = new Map(articles.map((id, i) => [id, i.toString(36)]));
  return {
    text: lines.map((l) => l.text).join('\n'),
    kinds: lines.map((l) => KIND_LETTERS[LINE_KINDS.indexOf(l.kind)]!).join(''),
    articles,
    owners: lines.map((l) => l.articles.map((id) => index.get(id)!).join('.')).join(','),
    reasons: Object.fromEntries(lines.flatMap((l, i) => (l.reason === null ? [] : [[String(i + 1), l.reason]]))),
  };
}

/** A page's lines, decoded from its columns. */
export function pageLines(columns: PageLinesData): PageLine[] {
  const owners = columns.owners.split(',');
  return columns.text.split('\n').map((text, i) => ({
    no: i + 1,
    text,
    kind: LINE_KINDS[KIND_LETTERS.indexOf(columns.kinds[i]!)]!,
    articles: owners[i] ? owners[i]!.split('.').map((n) => columns.articles[parseInt(n, 36)]!) : [],
    reason: columns.reasons[String(i + 1)] ?? null,
  }));
}

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
  lines: pageLinesSchema,
});

export type PageEntryData = z.infer<typeof pageSchema>;

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
