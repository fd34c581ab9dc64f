import { describe, expect, it } from 'vitest';
import { planRender, type BuildState, type BuiltArticle } from '../../src/lib/site/build-plan';
import { PAGE_SIZE } from '../../src/lib/site/paging';

function built(order: number, over: Partial<BuiltArticle> = {}): BuiltArticle {
  return {
    hash: `h${order}`,
    issue: '2024-04-09-wxrb',
    page: '1',
    order,
    sortDate: '2024-04-09',
    paper: '无锡日报',
    people: [],
    reporters: ['惠晓婧'],
    ...over,
  };
}

const before: BuildState = {
  site: 'site-1',
  articles: {
    a1: built(1, { people: ['杜小刚', '赵建军'] }),
    a2: built(2, { people: ['杜小刚', '赵建军'] }),
    a3: built(3),
    b1: built(1, { issue: '2023-04-09-wxrb', sortDate: '2023-04-08', people: ['赵建军'] }),
  },
};
const edited = (id: string, over: Partial<BuiltArticle>): BuildState => ({
  ...before,
  articles: { ...before.articles, [id]: { ...before.articles[id]!, hash: 'new', ...over } },
});

describe('planRender', () => {
  it('renders everything without an earlier build or when the site code changed', () => {
    expect(planRender(null, before)).toMatchObject({ kind: 'full' });
    expect(planRender(before, { ...before, site: 'site-2' })).toEqual({
      kind: 'full',
      reason: 'the site code or settings changed',
    });
  });
  it('renders nothing when no article changed', () => {
    expect(planRender(before, structuredClone(before))).toEqual({ kind: 'unchanged' });
  });
  it('renders a changed article, its neighbours, issue, people, reporters, year and day, old and new', () => {
    expect(planRender(before, edited('a2', { people: ['杜小刚'] }))).toEqual({
      kind: 'partial',
      changed: ['a2'],
      selection: {
        articles: ['a1', 'a2', 'a3'],
        issues: ['2024-04-09-wxrb'],
        people: ['杜小刚', '赵建军'],
        reporters: ['惠晓婧'],
        years: ['2024'],
        monthDays: ['04-09'],
      },
    });
    expect(planRender(before, edited('b1', {}))).toMatchObject({
      kind: 'partial',
      selection: { articles: ['b1'], years: ['2023'], monthDays: ['04-08', '04-09'] },
    });
  });
  it('renders everything when an edit reshapes the archive', () => {
    expect(planRender(before, edited('a3', { sortDate: '2024-04-08' }))).toMatchObject({
      kind: 'full',
      reason: 'a3 moved in the calendar or in its issue',
    });
    expect(planRender(before, edited('a3', { people: ['高飞'] }))).toMatchObject({
      kind: 'full',
      reason: 'people: a name appeared or disappeared',
    });
    // 赵建军's only article of 2023 now names 杜小刚 instead: each one's hits gain or lose a year's file.
    expect(planRender(before, edited('b1', { people: ['杜小刚'] }))).toMatchObject({
      kind: 'full',
      reason: "people: 杜小刚's hits gained or lost a year",
    });
    expect(planRender(before, edited('a3', { reporters: ['惠晓婧', '朱冬梅'] }))).toMatchObject({
      kind: 'full',
      reason: 'reporters: a name appeared or disappeared',
    });
    const { a3: _removed, ...fewer } = before.articles;
    expect(planRender(before, { ...before, articles: fewer })).toMatchObject({
      kind: 'full',
      reason: 'articles were added or removed',
    });
  });
  it('renders everything when a person’s list gains a page, and in part when it does not', () => {
    const many: BuildState = {
      site: 's',
      articles: Object.fromEntries(
        Array.from({ length: PAGE_SIZE + 1 }, (_, i) => [
          `x${i}`,
          built(i, { people: i < PAGE_SIZE ? ['杜小刚'] : ['赵建军'] }),
        ]),
      ),
    };
    const gains = {
      ...many,
      articles: {
        ...many.articles,
        [`x${PAGE_SIZE}`]: { ...many.articles[`x${PAGE_SIZE}`]!, hash: 'new', people: ['赵建军', '杜小刚'] },
      },
    };
    expect(planRender(many, gains)).toMatchObject({
      kind: 'full',
      reason: "people: 杜小刚's list gained or lost a page",
    });
    const loses = {
      ...many,
      articles: { ...many.articles, x0: { ...many.articles.x0!, hash: 'new', people: ['杜小刚', '赵建军'] } },
    };
    expect(planRender(many, loses)).toMatchObject({ kind: 'partial', selection: { people: ['杜小刚', '赵建军'] } });
  });
});
