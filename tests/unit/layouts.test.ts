import { describe, expect, it } from 'vitest';
import { generateLayoutCorpus, LAYOUT_CLASSES, type LayoutPage, type TruthArticle } from '../../tools/synth/layouts';
import { loadSources } from '../../tools/generate';

const sources = loadSources();
const corpus = (articles: number, seed: number) => [...generateLayoutCorpus(articles, seed, sources)];
const pages = corpus(3000, 1);

const strip = (s: string) => s.replace(/\s+/g, '');
const issueOf = (name: string) => name.replace(/-p\d+\.txt$/, '');
const pageName = (name: string, page: string) => `${issueOf(name)}-p${page}.txt`;

function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of strip(text)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

function headline(a: TruthArticle): string {
  return `${a.kicker ?? ''}${a.title ?? ''}${a.subtitle ?? ''}`;
}

/** Every article in the corpus with the page file it starts on. */
const articles: { page: LayoutPage; article: TruthArticle }[] = pages.flatMap((page) =>
  page.articles.map((article) => ({ page, article })),
);

describe('the layout corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = corpus(300, 7);
    const b = corpus(300, 7);
    expect(a.map((p) => p.text)).toEqual(b.map((p) => p.text));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(corpus(300, 8).map((p) => p.text)).not.toEqual(a.map((p) => p.text));
  });

  it('writes exactly the articles asked for, with at least 200 of every class in 3,000', () => {
    expect(articles).toHaveLength(3000);
    const tally = Object.fromEntries(LAYOUT_CLASSES.map((c) => [c, 0]));
    for (const { article } of articles) for (const c of article.classes) tally[c]!++;
    for (const c of LAYOUT_CLASSES) expect(tally[c], c).toBeGreaterThanOrEqual(200);
    // plain means none of the others.
    for (const { article } of articles)
      expect(article.classes.includes('plain')).toBe(article.classes.length === 1 && article.classes[0] === 'plain');
  });

  it('accounts for every non-white-space character of every page', () => {
    const expected = new Map<string, string[]>(pages.map((p) => [p.name, [...p.furniture]]));
    for (const { page, article } of articles) {
      expected.get(page.name)!.push(headline(article));
      article.parts.forEach((part, i) => {
        const name = pageName(page.name, part.page);
        const into = expected.get(name);
        expect(into, name).toBeDefined();
        into!.push(part.body, ...part.markers);
        if (i === article.parts.length - 1 && article.byline) into!.push(article.byline);
      });
    }
    for (const page of pages) expect(counts(page.text), page.name).toEqual(counts(expected.get(page.name)!.join('')));
  });

  it('prints each part of a body whole on its page, once furniture lines are taken out, and the parts make the body', () => {
    // Furniture lines stand alone, and jump markers and bylines sit at a part's ends, so each part is unbroken.
    const bare = new Map(
      pages.map((p) => [
        p.name,
        strip(
          p.text
            .split('\n')
            .filter((l) => !p.furniture.includes(l))
            .join(''),
        ),
      ]),
    );
    for (const { page, article } of articles) {
      expect(article.parts.map((p) => p.body).join('')).toBe(article.body);
      expect(article.parts.map((p) => p.page)).toEqual(article.pages);
      expect(article.body).toBe(strip(article.body));
      for (const part of article.parts)
        expect(
          bare.get(pageName(page.name, part.page))!.includes(part.body),
          `${page.name} ${part.body.slice(0, 20)}`,
        ).toBe(true);
    }
  });

  it('jumps only forward within an issue, with markers on both pages', () => {
    const jumped = articles.filter(({ article }) => article.classes.includes('jump'));
    expect(jumped.length).toBeGreaterThan(0);
    for (const { page, article } of jumped) {
      expect(article.pages).toHaveLength(2);
      const [from, to] = article.pages.map(Number) as [number, number];
      expect(String(from)).toBe(page.page);
      expect(to).toBeGreaterThan(from);
      expect(article.parts[0]!.markers[0]).toMatch(new RegExp(`^（?(?:下转|转)第${to}版）?$`));
      expect(article.parts[1]!.markers[0]).toMatch(new RegExp(`^（?(?:上接|接)第${from}版）?$`));
      expect(article.byline).not.toBeNull();
    }
    for (const { article } of articles) if (!article.classes.includes('jump')) expect(article.pages).toHaveLength(1);
  });

  it('makes issues of 2–4 pages with 2–5 articles starting on each', () => {
    const issues = new Map<string, LayoutPage[]>();
    for (const p of pages) issues.set(issueOf(p.name), [...(issues.get(issueOf(p.name)) ?? []), p]);
    const all = [...issues.values()];
    all.slice(0, -1).forEach((issue) => {
      expect(issue.length).toBeGreaterThanOrEqual(2);
      expect(issue.length).toBeLessThanOrEqual(4);
      expect(issue.map((p) => p.page)).toEqual(issue.map((_, i) => String(i + 1)));
      for (const p of issue) {
        expect(p.articles.length).toBeGreaterThanOrEqual(2);
        expect(p.articles.length).toBeLessThanOrEqual(5);
      }
    });
    expect(new Set(pages.map((p) => p.paper)).size).toBe(3);
    expect(new Set(pages.map((p) => p.name)).size).toBe(pages.length);
  });

  it('prints the date header on pages without an issue date, and resolves 昨天 from it', () => {
    const undated = pages.filter((p) => p.issueDate === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const p of undated) {
      const header = p.furniture.find((f) => /星期/.test(f));
      expect(header, p.name).toBeDefined();
      expect(p.articles.every((a) => a.classes.includes('date-header'))).toBe(true);
      const [, y, m, d] = strip(header!.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))).match(
        /(\d{4})年(\d+)月(\d+)日/,
      )!;
      const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
      const day = new Date(`${iso}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - 1);
      for (const a of p.articles)
        if (/^(?:本报讯|本报讯（[^）]*）)(?:昨天|昨日)/.test(a.body))
          expect(a.date).toBe(day.toISOString().slice(0, 10));
    }
    for (const p of pages) if (p.issueDate !== null) expect(p.name.startsWith(p.issueDate)).toBe(true);
  });

  it('gives headlines of 6–20 characters, and no headline only beside one that has', () => {
    for (const p of pages) {
      for (const a of p.articles) {
        if (a.title === null) {
          expect(a.kicker).toBeNull();
          expect(a.subtitle).toBeNull();
          expect(a.classes).toContain('no-headline');
          expect(p.articles.some((o) => o.title !== null)).toBe(true);
        } else {
          expect([...a.title].length).toBeGreaterThanOrEqual(6);
          expect([...a.title].length).toBeLessThanOrEqual(20);
          if (a.subtitle) expect(a.subtitle.startsWith('——')).toBe(true);
        }
        expect(new Set(a.reporters).size).toBe(a.reporters.length);
        if (a.dateEnd) expect(a.dateEnd > a.date!).toBe(true);
      }
    }
  });
});
