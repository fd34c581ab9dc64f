import { describe, expect, it } from 'vitest';
import {
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
