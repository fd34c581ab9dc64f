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

/**
 * Turns parsed pages into article records. People are found in two passes: names learned from role patterns on
 * every page (市委书记杜小刚) become jieba words, then each article lists the learned names it mentions.
 */
export function buildArticles(pages: ParsedPage[]): ArticleRecord[] {
  const rolesByArticle = pages.map((page) => page.articles.map((a) => findRoleNames(a.paragraphs.join(''))));
  const known = new Set(rolesByArticle.flat(2).map((p) => p.name));
  teachNames([...known].sort());

  const records: ArticleRecord[] = [];
  const ids = new Map<string, string>();
  pages.forEach((page, p) => {
    const pageDate = pageDateOf(page);
    page.articles.forEach((article, a) => {
      const roles = rolesByArticle[p]![a]!;
      const headlineText = article.decks.flatMap((d) => d.lines.map((l) => l.text)).join('\n');
      const people: PersonMention[] = mentionedNames(`${headlineText}\n${article.paragraphs.join('\n')}`, known).map((name) => ({
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
        people,
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
