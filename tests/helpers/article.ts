import type { Article } from '../../src/schemas/article';

/** A schema-valid article for unit tests: the id's first ten characters are its day, its last two its order. */
export function article(id: string, over: Partial<Article> = {}): Article {
  const day = id.slice(0, 10);
  return {
    id,
    paper: '无锡日报',
    paperSlug: 'wxrb',
    issue: `${day}-wxrb`,
    issueDate: null,
    date: day,
    dateEnd: null,
    dateline: null,
    lead: '本报讯',
    title: `标题${id}`,
    titleSource: 'headline',
    kicker: null,
    subtitle: null,
    headlines: [],
    reporters: ['惠晓婧'],
    people: [],
    source: 's.txt',
    page: '1',
    pages: ['1'],
    order: Number(id.slice(-2)),
    lines: { body: { file: 's.txt', startLine: 1, endLine: 2 }, headlines: [], continued: [] },
    corrections: [],
    ...over,
  };
}
