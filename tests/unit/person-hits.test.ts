import { describe, expect, it } from 'vitest';
import { byNewest } from '../../src/lib/site/archive';
import {
  cardFileOf,
  CARDS_PER_FILE,
  decodeHits,
  encodeHits,
  facetCounts,
  filterHits,
  hitsByYear,
  personFacets,
  resultCard,
  cardExcerpt,
  yearOfOrdinal,
  yearStartsOf,
  type Lookups,
} from '../../src/lib/search/person-hits';
import { intersectInOrder } from '../../src/lib/search/plan';
import { article } from '../helpers/article';

const du = { name: '杜小刚', role: '市委书记' };
const zhao = { name: '赵建军', role: null };
const archive = [
  article('2024-04-09-wxrb-p1-01', { people: [du] }),
  article('2024-04-09-wxrb-p1-02', { people: [du, zhao], reporters: ['惠晓婧', '朱冬梅'] }),
  article('2024-01-02-jnwb-p1-01', { paper: '江南晚报', paperSlug: 'jnwb', issue: '2024-01-02-jnwb', people: [zhao] }),
  article('2023-12-31-wxrb-p1-01', { people: [du, zhao], reporters: [] }),
  article('2023-04-09-wxrb-p1-01', { date: null, issue: '2023-04-09-wxrb', people: [du] }),
].sort(byNewest);
const ordinalOf = new Map(archive.map((a, i) => [a.id, i]));
const lookups: Lookups = {
  papers: ['无锡日报', '江南晚报'],
  reporters: ['惠晓婧', '朱冬梅'],
  people: ['杜小刚', '赵建军'],
};
const yearStarts = yearStartsOf(archive);
const hitsOf = (name: string) =>
  decodeHits(
    encodeHits(archive.filter((a) => a.people.some((p) => p.name === name)).reverse(), ordinalOf, lookups),
    yearStarts,
  );

describe('person hits', () => {
  it('numbers the archive newest first, one run of ordinals per year', () => {
    expect(yearStarts).toEqual([
      ['2024', 0],
      ['2023', 3],
    ]);
    expect([0, 2, 3, 4].map((o) => yearOfOrdinal(o, yearStarts))).toEqual(['2024', '2024', '2023', '2023']);
  });
  it('cuts a person’s hits into a file a year, newest first, each a slice of the whole, and counts them', () => {
    const whole = encodeHits(
      archive.filter((a) => a.people.some((p) => p.name === '杜小刚')),
      ordinalOf,
      lookups,
    );
    // An empty reporters list is kept in its place: the 2023 hit of 31 December has none.
    expect(hitsByYear(whole, yearStarts)).toEqual([
      { year: '2024', hits: { ordinals: [0, 1], papers: '00', reporters: '0,0.1', people: '0,0.1' } },
      { year: '2023', hits: { ordinals: [3, 4], papers: '00', reporters: ',0', people: '0.1,0' } },
    ]);
    const facets = personFacets(whole, yearStarts, lookups);
    expect(facets.total).toBe(4);
    expect(facets.counts.year).toEqual({ 2024: 2, 2023: 2 });
    expect(facets.counts.person).toEqual({ 杜小刚: 4, 赵建军: 2 });
    expect(hitsByYear({ ordinals: [], papers: '', reporters: '', people: '' }, yearStarts)).toEqual([]);
  });

  it('encodes each hit with its facets and decodes them back, newest first whatever the input order', () => {
    const file = encodeHits([archive[3]!, archive[0]!], ordinalOf, lookups);
    expect(file).toEqual({ ordinals: [0, 3], papers: '00', reporters: '0,', people: '0,0.1' });
    expect(
      decodeHits(file, yearStarts).map((h) => [
        h.ordinal,
        h.year,
        lookups.papers[h.paper],
        h.reporters.map((r) => lookups.reporters[r]),
        h.people.map((p) => lookups.people[p]),
      ]),
    ).toEqual([
      [0, '2024', '无锡日报', archive[0]!.reporters, archive[0]!.people.map((p) => p.name)],
      [3, '2023', '无锡日报', [], ['杜小刚', '赵建军']],
    ]);
  });
  it('intersects people newest first and filters by year, paper, reporter and person exactly', () => {
    const both = intersectInOrder([hitsOf('杜小刚'), hitsOf('赵建军')], (h) => h.ordinal);
    expect(both.map((h) => archive[h.ordinal]!.id)).toEqual(['2024-04-09-wxrb-p1-02', '2023-12-31-wxrb-p1-01']);
    expect(filterHits(hitsOf('赵建军'), { year: ['2024'] }, lookups).map((h) => h.ordinal)).toEqual([1, 2]);
    expect(
      filterHits(hitsOf('赵建军'), { paper: ['江南晚报'] }, lookups).map((h) => archive[h.ordinal]!.paperSlug),
    ).toEqual(['jnwb']);
    expect(filterHits(hitsOf('杜小刚'), { reporter: ['朱冬梅'] }, lookups).map((h) => h.ordinal)).toEqual([1]);
    expect(filterHits(hitsOf('杜小刚'), { person: ['赵建军'] }, lookups)).toEqual(both);
    expect(filterHits(hitsOf('杜小刚'), { person: ['无此人'] }, lookups)).toEqual([]);
    // Values chosen within one filter are alternatives: either year, either paper.
    expect(filterHits(hitsOf('赵建军'), { year: ['2024', '2023'] }, lookups)).toEqual(hitsOf('赵建军'));
    expect(
      filterHits(hitsOf('赵建军'), { year: ['2024'], paper: ['江南晚报', '无锡日报'] }, lookups).map((h) => h.ordinal),
    ).toEqual([1, 2]);
    expect(intersectInOrder([], (h: { ordinal: number }) => h.ordinal)).toEqual([]);
  });
  it('counts facets over the hits as Pagefind counts filters', () => {
    expect(facetCounts(hitsOf('赵建军'), lookups)).toEqual({
      year: { 2024: 2, 2023: 1 },
      paper: { 无锡日报: 2, 江南晚报: 1 },
      reporter: { 惠晓婧: 2, 朱冬梅: 1 },
      person: { 杜小刚: 2, 赵建军: 3 },
    });
  });
  it('cuts a card around the first mention and finds the file holding a position', () => {
    const text = `${'前'.repeat(100)}杜小刚${'后'.repeat(100)}`;
    const card = resultCard(archive[0]!, 0, cardExcerpt(text, '杜小刚'));
    expect(card.excerpt).toContain('杜小刚');
    expect(card.excerpt.startsWith('…')).toBe(true);
    expect(card.excerpt.length).toBeLessThan(130);
    expect([0, CARDS_PER_FILE - 1, CARDS_PER_FILE].map(cardFileOf)).toEqual([0, 0, 1]);
  });
  it('refuses more papers than one digit can name', () => {
    expect(() =>
      encodeHits([archive[0]!], ordinalOf, { ...lookups, papers: Array.from({ length: 37 }, (_, i) => `报${i}`) }),
    ).toThrow(/36 papers/);
  });
});
