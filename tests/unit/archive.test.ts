import { describe, expect, it } from 'vitest';
import {
  appearsWith,
  articlesPerYear,
  roleTimeline,
  bibtexCitation,
  calendarOf,
  gbtCitation,
  issuesOf,
  neighboursById,
  onThisDay,
  peopleOf,
} from '../../src/lib/site/archive';
import { article } from '../helpers/article';

const a1 = article('2024-04-09-wxrb-p1-01', { people: [{ name: '杜小刚', role: '市委书记' }] });
const a2 = article('2024-04-09-wxrb-p1-02', {
  people: [
    { name: '杜小刚', role: null },
    { name: '赵建军', role: '市长' },
  ],
});
const b1 = article('2023-04-09-wxrb-p1-01', { people: [{ name: '杜小刚', role: '市委书记' }] });

describe('site derivations', () => {
  it('groups issues newest first, articles in page order, and links neighbours within an issue only', () => {
    expect(issuesOf([b1, a2, a1]).map((i) => [i.key, i.articles.map((a) => a.order)])).toEqual([
      ['2024-04-09-wxrb', [1, 2]],
      ['2023-04-09-wxrb', [1]],
    ]);
    const around = neighboursById([b1, a2, a1]);
    expect(around.get(a1.id)).toEqual({ previous: null, next: a2 });
    expect(around.get(a2.id)).toEqual({ previous: a1, next: null });
    expect(around.get(b1.id)).toEqual({ previous: null, next: null });
  });
  it('counts each person once per article, with roles by frequency', () => {
    const [du, zhao] = peopleOf([a1, a2, b1]);
    expect([du!.name, du!.articles.length, du!.roles, du!.pinyin, du!.initials]).toEqual([
      '杜小刚',
      3,
      ['市委书记'],
      'duxiaogang',
      'dxg',
    ]);
    expect(zhao!.name).toBe('赵建军');
  });
  it('builds the calendar and 历史上的今天 across years', () => {
    expect(calendarOf(issuesOf([a1, b1])).map((y) => [y.year, y.months[0]!.days[0]!.day])).toEqual([
      ['2024', '2024-04-09'],
      ['2023', '2023-04-09'],
    ]);
    expect(
      onThisDay([a1, b1])
        .get('04-09')!
        .map((a) => a.id),
    ).toEqual([a1.id, b1.id]);
  });
  it('cites in GB/T 7714 and BibTeX', () => {
    expect(gbtCitation(a1)).toBe('惠晓婧. 标题2024-04-09-wxrb-p1-01[N]. 无锡日报, 2024-04-09(1).');
    expect(bibtexCitation(article('2024-04-09-wxrb-p1-03', { title: '50%_{x}' }), 'https://x/')).toContain(
      'title = {50\\%\\_\\{x\\}}',
    );
  });
});

describe('a person’s page data', () => {
  const name = '钱立新';
  const mention = (role: string | null) => [
    { name, role },
    { name: '孙小禾', role: null },
  ];
  const articles = [
    article('2019-03-02-wxrb-p1-01', { people: mention('副市长') }),
    article('2020-05-06-wxrb-p1-01', { people: mention('市长') }),
    article('2019-11-20-wxrb-p1-01', { people: mention('副市长') }),
    article('2022-01-09-wxrb-p1-01', { people: [{ name, role: '市委书记' }] }),
    article('2021-07-01-wxrb-p1-01', { people: mention(null) }),
  ];
  const person = peopleOf(articles).find((p) => p.name === name)!;

  it('dates each role by the first and last article that gives it, in the order they first appear', () => {
    expect(roleTimeline(person)).toEqual([
      { role: '副市长', first: '2019-03-02', last: '2019-11-20', articles: 2 },
      { role: '市长', first: '2020-05-06', last: '2020-05-06', articles: 1 },
      { role: '市委书记', first: '2022-01-09', last: '2022-01-09', articles: 1 },
    ]);
  });
  it('names who appears in the same articles most, and counts every year between the first and the last', () => {
    expect(appearsWith(person)).toEqual([{ name: '孙小禾', articles: 4 }]);
    expect(articlesPerYear(person.articles)).toEqual([
      { year: '2019', articles: 2 },
      { year: '2020', articles: 1 },
      { year: '2021', articles: 1 },
      { year: '2022', articles: 1 },
    ]);
  });
});
