/**
 * Scores a split against the truth a corpus came with: per layout class, how many articles got each field right.
 * Articles are matched by body (the text decides which article is which, not the order), so one wrong split
 * costs only the articles it touches.
 */
import type { ArticleRecord } from '../../src/lib/split/articles';
import type { ParsedPage } from '../../src/lib/split/page';
import type { TruthArticle as LayoutTruthArticle } from '../synth/layouts';

/**
 * What a corpus says a perfect split gives for one article: the layout corpus's truth, or a hand-written page's
 * (whose classes may name others, such as mixed).
 */
export type TruthArticle = Omit<LayoutTruthArticle, 'classes' | 'byline' | 'parts'> & { classes: string[] };

export const FIELDS = ['body', 'reporters', 'date', 'headline', 'pages'] as const;
export type Field = (typeof FIELDS)[number];

export interface ClassScore {
  articles: number;
  right: Record<Field, number>;
}

export interface Miss {
  file: string;
  /** The order on its page of the article the split made of it, null when it made none. */
  order: number | null;
  field: Field;
  classes: string[];
  want: unknown;
  got: unknown;
}

export interface Score {
  byClass: Map<string, ClassScore>;
  misses: Miss[];
  /** Furniture lines the truth names that the split did not leave over. */
  furnitureMissed: { file: string; text: string }[];
}

const bare = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
const bodyOf = (r: ArticleRecord) => bare(r.paragraphs.join(''));

/** The headline as printed: kicker, title and subtitle, or no title when the page prints none. */
function headlineOf(r: ArticleRecord): [string, string, string] {
  return [bare(r.data.kicker), r.data.titleSource === 'derived' ? '' : bare(r.data.title), bare(r.data.subtitle)];
}

export function scoreSplit(
  truth: Record<string, TruthArticle[]>,
  records: ArticleRecord[],
  pages: ParsedPage[],
  furniture: Record<string, string[]> = {},
): Score {
  const byClass = new Map<string, ClassScore>();
  const misses: Miss[] = [];
  const bySource = new Map<string, ArticleRecord[]>();
  for (const r of records) bySource.set(r.data.source, [...(bySource.get(r.data.source) ?? []), r]);
  for (const [file, articles] of Object.entries(truth)) {
    const candidates = bySource.get(file) ?? [];
    for (const t of articles) {
      const record =
        candidates.find((r) => bodyOf(r) === t.body) ??
        candidates.find((r) => bodyOf(r).startsWith(t.body.slice(0, 12)));
      const got: Record<Field, unknown> = {
        body: record ? bodyOf(record) : null,
        reporters: record ? [...record.data.reporters].sort() : null,
        date: record ? [record.data.date, record.data.dateEnd] : null,
        headline: record ? headlineOf(record) : null,
        pages: record?.data.pages ?? null,
      };
      const want: Record<Field, unknown> = {
        body: t.body,
        reporters: [...t.reporters].sort(),
        date: [t.date, t.dateEnd],
        headline: [bare(t.kicker), bare(t.title), bare(t.subtitle)],
        pages: t.pages,
      };
      for (const cls of t.classes.length ? t.classes : ['plain']) {
        const score = byClass.get(cls) ?? {
          articles: 0,
          right: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>,
        };
        score.articles++;
        for (const f of FIELDS) if (JSON.stringify(got[f]) === JSON.stringify(want[f])) score.right[f]++;
        byClass.set(cls, score);
      }
      for (const f of FIELDS)
        if (JSON.stringify(got[f]) !== JSON.stringify(want[f]))
          misses.push({
            file,
            order: record?.data.order ?? null,
            field: f,
            classes: t.classes,
            want: want[f],
            got: got[f],
          });
    }
  }
  const furnitureMissed: { file: string; text: string }[] = [];
  for (const page of pages) {
    const left = new Set(page.leftovers.map((l) => bare(l.text)));
    for (const text of furniture[page.source] ?? [])
      if (!left.has(bare(text))) furnitureMissed.push({ file: page.source, text });
  }
  return { byClass, misses, furnitureMissed };
}

/** The per-class table in Markdown: articles and the share right for each field. */
export function scoreTable(score: Score): string {
  const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
  const rows = [...score.byClass].sort((a, b) => a[0].localeCompare(b[0]));
  return [
    `| class | articles | ${FIELDS.join(' | ')} |`,
    `|---|---:|${FIELDS.map(() => '---:').join('|')}|`,
    ...rows.map(
      ([cls, s]) => `| ${cls} | ${s.articles} | ${FIELDS.map((f) => pct(s.right[f], s.articles)).join(' | ')} |`,
    ),
  ].join('\n');
}
