/**
 * What the routes read, by build scope (lib/site/parts.ts). Article entries (with their bodies) come from the
 * content collection, which in a part's build holds only that part. Every list of articles comes from summaries:
 * made here from the entries when the whole archive is built at once, read from the parts' summary files when
 * only the archive-wide pages are — so both ways render the same pages from the same data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleSummary } from '../../schemas/summary';
import { settings } from '../settings';
import { byNewest, issuesOf, peopleOf, reportersOf, type Contributor, type Issue } from './archive';
import { buildScope, readOutline, readPartSummary } from './parts';
import { hanCharsOf, paragraphsOfBody, searchableTexts, summarize } from './summary';

export type ArticleEntry = CollectionEntry<'articles'>;

/** A computation made once per build, on first use, and shared. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= compute());
}

/** The scope's article entries, newest first: sorted once per build and shared, so callers must not reorder it. */
export const articleEntries = once(async (): Promise<ArticleEntry[]> =>
  (await getCollection('articles')).sort((a, b) => byNewest(a.data, b.data)),
);

/** The article's paragraphs as plain text (the Markdown body is escaped source text). */
export function paragraphsOf(entry: ArticleEntry): string[] {
  return paragraphsOfBody(entry.body ?? '');
}

/** The summaries this build reads, each file once: the archive's parts', or the one part's being built. */
const partSummaries = once(async () => {
  const scope = buildScope();
  const { PARTS_DIR } = settings();
  const parts = scope.kind === 'part' ? [scope.part] : readOutline(PARTS_DIR).parts.map((p) => p.part);
  return parts.map((part) => readPartSummary(PARTS_DIR, part));
});

/** The scope's articles as summaries, newest first (shared: callers must not reorder it). */
export const allSummaries = once(async (): Promise<ArticleSummary[]> => {
  if (buildScope().kind === 'whole') return (await articleEntries()).map((e) => summarize(e.data, paragraphsOf(e)));
  return (await partSummaries()).flatMap((s) => s.articles).sort(byNewest);
});

export const allArticles = allSummaries;

/** Every Han character of the scope's texts, sorted, each once. */
export const allHanChars = once(async (): Promise<string> => {
  if (buildScope().kind === 'whole')
    return hanCharsOf((await articleEntries()).flatMap((e) => searchableTexts(e.data, paragraphsOf(e))));
  return hanCharsOf((await partSummaries()).map((s) => s.hanChars));
});

/**
 * Every issue of the archive, for links between issues: a part's build knows the other parts' issues from the
 * outline (without their articles).
 */
export const archiveIssues = once(async (): Promise<Issue[]> => {
  const scope = buildScope();
  const own = issuesOf(await allArticles());
  if (scope.kind !== 'part') return own;
  const ownKeys = new Set(own.map((i) => i.key));
  const others = readOutline(settings().PARTS_DIR)
    .issues.filter((i) => !ownKeys.has(i.key))
    .map((i): Issue => ({ ...i, articles: [] }));
  return [...own, ...others];
});

/** Every year of the archive with issues, newest first. */
export const archiveYears = once(async (): Promise<string[]> =>
  [...new Set((await archiveIssues()).map((i) => i.day.slice(0, 4)))].sort().reverse(),
);

const people = once(async () => peopleOf(await allArticles()));
const reporters = once(async () => reportersOf(await allArticles()));

/** Everyone the archive mentions, by count; computed once per build, a fresh array per caller (callers sort it). */
export async function allPeople(): Promise<Contributor[]> {
  return [...(await people())];
}

/** Every reporter, by count; as allPeople. */
export async function allReporters(): Promise<Contributor[]> {
  return [...(await reporters())];
}
