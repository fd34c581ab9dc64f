/**
 * What the archive-wide pages know of an article and of a part of the archive. The archive is rendered in parts
 * (a year each); the pages that span every part — home, papers, calendar, 历史上的今天, people, reporters, the feed,
 * the search files — are built from these summaries alone, never from the bodies.
 */
import { z } from 'astro/zod';
import { articleSchema, isoDate } from './article';

/** An opening of up to this many characters can be told from the summary (the feed's is the longest). */
export const OPENING_CHARS = 200;

export const articleSummarySchema = articleSchema.extend({
  /** The text's first OPENING_CHARS + 1 characters: enough to tell whether an opening of that length is cut. */
  opening: z.string(),
  /** Per person the article names: the excerpt around the name that the person's result card shows. */
  excerpts: z.record(z.string(), z.string()),
});

export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** One part's summary: written by the part's summarize step, read by the assembly. */
export const partSummarySchema = z.object({
  /** A year (2024) or a month (2024-03). */
  part: z.string().regex(/^\d{4}(-\d{2})?$/),
  /** Newest first. */
  articles: z.array(articleSummarySchema),
  /** Every Han character of the part's texts (bodies, titles, headlines), sorted, each once: the search's fold table. */
  hanChars: z.string(),
});

export type PartSummary = z.infer<typeof partSummarySchema>;

/** An issue as the whole archive's outline knows it: enough to link to it from another part. */
export const outlineIssueSchema = z.object({
  key: z.string(),
  paper: z.string(),
  paperSlug: z.string(),
  day: isoDate,
  dayIsPrinted: z.boolean(),
});

/** Every issue of every part: what a part's pages need to know of the others (the issue before and after). */
export const outlineSchema = z.object({
  parts: z.array(z.object({ part: z.string(), articles: z.number().int().nonnegative() })),
  issues: z.array(outlineIssueSchema),
});

export type Outline = z.infer<typeof outlineSchema>;
