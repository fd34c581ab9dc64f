import { articleSchema, type Article, type PersonMention } from '../../schemas/article';
import { SeedError } from './errors';
import { samePage } from './jumps';
import type { DraftArticle, ParsedPage, ReviewItem } from './page';
import { endsSentence } from './sentences';
import { findRoleNames, mentionedNames, teachNames } from './people';

export interface ArticleRecord {
  data: Article;
  paragraphs: string[];
}

/**
 * The day a page's articles are filed under: the issue date when the manifest knows it, else the latest date
 * its datelines resolve to, so an id never depends on other pages.
 */
export function pageDateOf(page: ParsedPage): string {
  const day = knownPageDateOf(page);
  if (day === null) {
    throw new SeedError(
      page.source,
      'no dateline resolves to a date and the manifest gives no issueDate: add issueDate to the manifest',
      page.articles[0]?.bodyStart,
    );
  }
  return day;
}

/** The day of pageDateOf, or null when neither the manifest nor a dateline gives one. */
function knownPageDateOf(page: ParsedPage): string | null {
  if (page.meta.issueDate) return page.meta.issueDate;
  const dates = page.articles.map((a) => a.dateEnd ?? a.date).filter((d): d is string => d !== null);
  return dates.length ? dates.sort().at(-1)! : null;
}

/** What the people pass found on one page: role phrases per article, then the learned names each mentions. */
export interface PagePeople {
  roles: PersonMention[][];
  mentions: string[][];
}

/** A page's people as an earlier run found them; mentions are reusable only under the same learned names. */
export interface CachedPagePeople {
  roles: PersonMention[][];
  mentions?: { learned: string; names: string[][] };
}

/** Role phrases per article of a page (市委书记杜小刚): depends on the page alone. */
export function rolesOfPage(page: ParsedPage): PersonMention[][] {
  return page.articles.map((a) => findRoleNames(a.paragraphs.join('')));
}

/** The learned-name set as one string, so a cached page can tell whether its mentions still hold. */
export function learnedKey(known: ReadonlySet<string>): string {
  return [...known].sort().join('\n');
}

/**
 * The people pass over every page, in two steps: names learned from role patterns on every page become jieba
 * words, then each article lists the learned names it mentions. A page's roles depend on the page alone and its
 * mentions on the page and the learned names, so cached results are reused exactly where those are unchanged.
 * Roles must all be found before any name is taught: teaching changes how jieba segments.
 */
export function findPeople(
  pages: ParsedPage[],
  cached: (CachedPagePeople | undefined)[] = [],
): { people: PagePeople[]; learned: string } {
  const roles = pages.map((page, p) => cached[p]?.roles ?? rolesOfPage(page));
  const known = new Set(roles.flat(2).map((r) => r.name));
  const learned = learnedKey(known);
  teachNames([...known].sort());
  const people = pages.map((page, p) => {
    const reuse = cached[p]?.mentions;
    const mentions =
      reuse && reuse.learned === learned
        ? reuse.names
        : page.articles.map((article) => {
            const headlineText = article.decks.flatMap((d) => d.lines.map((l) => l.text)).join('\n');
            return mentionedNames(`${headlineText}\n${article.paragraphs.join('\n')}`, known);
          });
    return { roles: roles[p]!, mentions };
  });
  return { people, learned };
}

/** Where an article part stands: its page's index in the run and its index on the page. */
export interface PartRef {
  page: number;
  article: number;
}

export interface Jumps {
  /** Continued parts by the key of the part they continue from the start (`page:article` of the first part). */
  parts: Map<string, PartRef[]>;
  /** Keys of the parts that went into another article. */
  joined: Set<string>;
  /** Jump lines whose other half was not found, per page index. */
  review: Map<number, ReviewItem[]>;
}

const keyOf = (ref: PartRef) => `${ref.page}:${ref.article}`;

/** The issue a page belongs to for joining jumps, or null when its day is unknown. */
function issueKeyOf(page: ParsedPage): string | null {
  const day = knownPageDateOf(page);
  return day === null ? null : `${page.meta.paperSlug}|${day}`;
}

/**
 * Joins the parts of articles continued on other pages of the same issue: a part ending in （下转第N版） takes
 * the first unused part on page N of that issue opening with （上接第M版） for its own page M, in print order, and
 * so on along a chain. A jump line whose other half is missing is reported, never guessed.
 */
export function joinJumps(pages: ParsedPage[]): Jumps {
  const byIssue = new Map<string, number[]>();
  pages.forEach((page, p) => {
    const key = issueKeyOf(page);
    if (key) byIssue.set(key, [...(byIssue.get(key) ?? []), p]);
  });
  const parts = new Map<string, PartRef[]>();
  const joined = new Set<string>();
  const review = new Map<number, ReviewItem[]>();
  const flag = (ref: PartRef, detail: string) => {
    const a = pages[ref.page]!.articles[ref.article]!;
    const item: ReviewItem = {
      kind: 'unmatched-jump',
      line: a.bodyEnd,
      article: a.order,
      text: a.title,
      detail,
      doubt: 0.9,
    };
    review.set(ref.page, [...(review.get(ref.page) ?? []), item]);
  };
  pages.forEach((page, p) => {
    page.articles.forEach((article, a) => {
      if (article.jumpTo === null || article.jumpFrom !== null) return;
      const chain: PartRef[] = [];
      let current: PartRef = { page: p, article: a };
      for (;;) {
        const from = pages[current.page]!;
        const jumpTo = from.articles[current.article]!.jumpTo;
        if (jumpTo === null) break;
        const issue = issueKeyOf(from);
        const next = (issue ? byIssue.get(issue)! : [])
          .filter((q) => samePage(jumpTo, pages[q]!.meta.page))
          .flatMap((q) => pages[q]!.articles.map((c, i) => ({ ref: { page: q, article: i }, c })))
          .find(({ ref, c }) => c.jumpFrom !== null && samePage(c.jumpFrom, from.meta.page) && !joined.has(keyOf(ref)));
        if (!next) {
          flag(
            current,
            issue
              ? `jumps to page ${jumpTo}, but no part of this issue's page ${jumpTo} continues from page ${from.meta.page}`
              : `jumps to page ${jumpTo}, but the issue date is unknown, so its other pages cannot be found`,
          );
          break;
        }
        joined.add(keyOf(next.ref));
        chain.push(next.ref);
        current = next.ref;
      }
      if (chain.length) parts.set(keyOf({ page: p, article: a }), chain);
    });
  });
  pages.forEach((page, p) =>
    page.articles.forEach((article, a) => {
      if (article.jumpFrom !== null && !joined.has(keyOf({ page: p, article: a }))) {
        flag(
          { page: p, article: a },
          `continues from page ${article.jumpFrom}, but no part of page ${article.jumpFrom} of this issue jumps here: kept as an article of its own`,
        );
      }
    }),
  );
  return { parts, joined, review };
}

/** Paragraphs of consecutive parts: a part that stopped mid-sentence goes on in the next part's first paragraph. */
function joinParts(paragraphs: string[][]): string[] {
  const out: string[] = [];
  for (const part of paragraphs) {
    if (out.length && part.length && !endsSentence(out.at(-1)!)) out[out.length - 1] += part[0]!;
    else if (part.length) out.push(part[0]!);
    out.push(...part.slice(1));
  }
  return out;
}

/** Turns parsed pages and their people (see findPeople) into article records, one per article across its pages. */
export function buildArticles(
  pages: ParsedPage[],
  people: PagePeople[] = findPeople(pages).people,
  jumps: Jumps = joinJumps(pages),
): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  const ids = new Map<string, string>();
  pages.forEach((page, p) => {
    const kept = page.articles.map((_, a) => a).filter((a) => !jumps.joined.has(keyOf({ page: p, article: a })));
    if (kept.length === 0) return;
    const pageDate = pageDateOf(page);
    kept.forEach((a, position) => {
      const order = position + 1;
      const head = page.articles[a]!;
      const refs: PartRef[] = [{ page: p, article: a }, ...(jumps.parts.get(keyOf({ page: p, article: a })) ?? [])];
      const partsOf = refs.map((r) => ({ ref: r, page: pages[r.page]!, article: pages[r.page]!.articles[r.article]! }));
      const roles = refs.flatMap((r) => people[r.page]!.roles[r.article]!);
      const names = [...new Set(refs.flatMap((r) => people[r.page]!.mentions[r.article]!))];
      const mentioned: PersonMention[] = names.map((name) => ({
        name,
        role: roles.find((r) => r.name === name && r.role !== null)?.role ?? null,
      }));
      const titled = partsOf.find((x) => x.article.titleSource !== 'derived')?.article ?? head;
      const id = `${pageDate}-${page.meta.paperSlug}-p${page.meta.page.toLowerCase()}-${String(order).padStart(2, '0')}`;
      const clash = ids.get(id);
      if (clash)
        throw new SeedError(
          page.source,
          `article id ${id} is also produced by ${clash}: give one of the pages its issueDate or page in the manifest`,
        );
      ids.set(id, page.source);
      const headlineLines = (x: DraftArticle) => x.decks.flatMap((d) => d.lines).sort((l, m) => l.no - m.no);
      const data: Article = {
        id,
        paper: page.meta.paper,
        paperSlug: page.meta.paperSlug,
        issue: `${pageDate}-${page.meta.paperSlug}`,
        issueDate: page.meta.issueDate,
        date: head.date,
        dateEnd: head.dateEnd,
        dateline: head.lead.dateline,
        lead: head.lead.marker,
        title: titled.title,
        titleSource: titled.titleSource,
        kicker: titled.kicker,
        subtitle: titled.subtitle,
        headlines: partsOf.flatMap((x) => headlineLines(x.article).map((l) => l.text)),
        reporters: [
          ...new Set(
            partsOf.flatMap(
              (x) =>
                x.article.reporters ?? [
                  ...x.article.lead.reporters,
                  ...(x.article.byline?.names ?? []),
                  ...x.article.photographers,
                ],
            ),
          ),
        ],
        people: mentioned,
        source: page.source,
        page: page.meta.page,
        pages: [...new Set(partsOf.map((x) => x.page.meta.page))],
        order,
        lines: {
          body: { file: page.source, startLine: head.bodyStart, endLine: head.bodyEnd },
          headlines: headlineLines(head).map((l) => l.no),
          continued: partsOf.slice(1).map((x) => ({
            file: x.page.source,
            page: x.page.meta.page,
            startLine: x.article.bodyStart,
            endLine: x.article.bodyEnd,
            headlines: headlineLines(x.article).map((l) => l.no),
          })),
        },
        corrections: partsOf.flatMap((x) => x.article.corrections),
      };
      const checked = articleSchema.safeParse(data);
      if (!checked.success) {
        throw new SeedError(
          page.source,
          `article ${order} breaks the schema: ${checked.error.issues[0]!.path.join('.')} ${checked.error.issues[0]!.message}`,
          head.bodyStart,
        );
      }
      records.push({ data, paragraphs: joinParts(partsOf.map((x) => x.article.paragraphs)) });
    });
  });
  return records;
}
