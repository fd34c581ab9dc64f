import { articleSchema, type Article, type PersonMention } from '../../schemas/article';
import { SeedError } from './errors';
import type { ParsedPage } from './page';
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
  if (page.meta.issueDate) return page.meta.issueDate;
  const dates = page.articles.map((a) => a.dateEnd ?? a.date).filter((d): d is string => d !== null);
  if (dates.length === 0) {
    throw new SeedError(page.source, 'no dateline resolves to a date and the manifest gives no issueDate: add issueDate to the manifest', page.articles[0]?.bodyStart);
  }
  return dates.sort().at(-1)!;
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
export function findPeople(pages: ParsedPage[], cached: (CachedPagePeople | undefined)[] = []): { people: PagePeople[]; learned: string } {
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

/** Turns parsed pages and their people (see findPeople) into article records. */
export function buildArticles(pages: ParsedPage[], people: PagePeople[] = findPeople(pages).people): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  const ids = new Map<string, string>();
  pages.forEach((page, p) => {
    const pageDate = pageDateOf(page);
    page.articles.forEach((article, a) => {
      const roles = people[p]!.roles[a]!;
      const mentioned: PersonMention[] = people[p]!.mentions[a]!.map((name) => ({
        name,
        role: roles.find((r) => r.name === name && r.role !== null)?.role ?? null,
      }));
      const id = `${pageDate}-${page.meta.paperSlug}-p${page.meta.page.toLowerCase()}-${String(article.order).padStart(2, '0')}`;
      const clash = ids.get(id);
      if (clash) throw new SeedError(page.source, `article id ${id} is also produced by ${clash}: give one of the pages its issueDate or page in the manifest`);
      ids.set(id, page.source);
      const data: Article = {
        id,
        paper: page.meta.paper,
        paperSlug: page.meta.paperSlug,
        issue: `${pageDate}-${page.meta.paperSlug}`,
        issueDate: page.meta.issueDate,
        date: article.date,
        dateEnd: article.dateEnd,
        dateline: article.lead.dateline,
        lead: article.lead.marker,
        title: article.title,
        titleSource: article.titleSource,
        kicker: article.kicker,
        subtitle: article.subtitle,
        headlines: article.decks.flatMap((d) => d.lines).sort((x, y) => x.no - y.no).map((l) => l.text),
        reporters: [...new Set([...article.lead.reporters, ...(article.byline?.names ?? [])])],
        people: mentioned,
        source: page.source,
        page: page.meta.page,
        order: article.order,
        lines: {
          body: { file: page.source, startLine: article.bodyStart, endLine: article.bodyEnd },
          headlines: article.decks.flatMap((d) => d.lines.map((l) => l.no)).sort((x, y) => x - y),
        },
      };
      const checked = articleSchema.safeParse(data);
      if (!checked.success) {
        throw new SeedError(page.source, `article ${article.order} breaks the schema: ${checked.error.issues[0]!.path.join('.')} ${checked.error.issues[0]!.message}`, article.bodyStart);
      }
      records.push({ data, paragraphs: article.paragraphs });
    });
  });
  return records;
}
