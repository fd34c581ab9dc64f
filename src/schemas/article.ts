/**
 * The one declaration of what an article is. The splitter validates its output against it, the content
 * collection loads with it, and every page types its props from it.
 */
import { z } from 'astro/zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const personMention = z.object({
  name: z.string().min(2),
  /** The role the text gives this person in this article (市委书记, 副市长 …), or null when it gives none. */
  role: z.string().nullable(),
});

export const sourceSpan = z.object({
  /** Seed file name the text came from. */
  file: z.string(),
  /** 1-based line numbers, inclusive. */
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  paper: z.string().min(1),
  paperSlug: z.string().regex(/^[a-z0-9]+$/),
  /** The issue (one paper on one day) the article is filed under: <day>-<paperSlug>; the day is the manifest's
   * issue date, or else the latest date the page's datelines resolve to. */
  issue: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+$/),
  /** Date of the issue the page belongs to (manifest), or null when unknown. */
  issueDate: isoDate.nullable(),
  /** The date this article resolves to (dateline with the manifest's year), or null when it cannot be resolved. */
  date: isoDate.nullable(),
  /** Last day of a dateline range (4月8日—9日), else null. */
  dateEnd: isoDate.nullable(),
  /** The dateline as printed: 2月17日, 昨天, 4月8日—9日. */
  dateline: z.string().nullable(),
  /** The lead marker as printed: 本报讯, 本报讯（记者 张三）, 新华社北京3月5日电（记者 李四）. */
  lead: z.string(),
  title: z.string().min(1),
  /** headline: printed; derived: the page prints none, taken from the lead; corrected: set by a corrections file. */
  titleSource: z.enum(['headline', 'derived', 'corrected']),
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  /** Every headline line assigned to this article, in source order. */
  headlines: z.array(z.string()),
  reporters: z.array(z.string()),
  people: z.array(personMention),
  source: z.string(),
  /** The page the article starts on (the manifest's page label). */
  page: z.string(),
  /** Every page the article is printed on, in print order: more than one when a jump line continues it. */
  pages: z.array(z.string()).min(1),
  /** 1-based position on the page. */
  order: z.number().int().positive(),
  /** Where the body, byline and headlines were in the seed file. */
  lines: z.object({
    body: sourceSpan,
    headlines: z.array(z.number().int().positive()),
    /** The parts printed on other pages (（上接第1版）…), in print order, each with its own file's lines. */
    continued: z
      .array(sourceSpan.extend({ page: z.string(), headlines: z.array(z.number().int().positive()) }))
      .default([]),
  }),
  /** Corrections applied from the page's corrections file, as the archivist wrote them. */
  corrections: z.array(z.string()).default([]),
});

export type Article = z.infer<typeof articleSchema>;
export type PersonMention = z.infer<typeof personMention>;
