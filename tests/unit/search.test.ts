import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../src/lib/search/fold-table';
import { intersectInOrder, planSearch, snippet, suggestPeople, type SearchData } from '../../src/lib/search/plan';
import { foldWith, matchesAll, parseQuery } from '../../src/lib/search/query';

describe('parseQuery', () => {
  it('splits on spaces, keeps quoted phrases whole, and drops repeats', () => {
    expect(parseQuery('杜小刚  赵建军 "集成 电路" 杜小刚').terms).toEqual([
      { text: '杜小刚', cjk: true },
      { text: '赵建军', cjk: true },
      { text: '集成 电路', cjk: true },
    ]);
  });
  it('accepts Chinese quotes and full-width spaces, and marks Latin terms', () => {
    expect(parseQuery('“审计委员会”\u3000SK').terms).toEqual([
      { text: '审计委员会', cjk: true },
      { text: 'SK', cjk: false },
    ]);
  });
  it('folds traditional characters with the given table', () => {
    const fold = foldWith({ 剛: '刚', 會: '会', 議: '议' });
    expect(parseQuery('杜小剛 會議', fold).terms.map((t) => t.text)).toEqual(['杜小刚', '会议']);
  });
});

describe('buildFoldTable', () => {
  it('maps the traditional forms of the archive’s own characters back to them', () => {
    const table = buildFoldTable(['杜小刚主持会议']);
    expect(table['剛']).toBe('刚');
    expect(table['會']).toBe('会');
    expect(table['議']).toBe('议');
    expect(Object.values(table).every((s) => '杜小刚主持会议'.includes(s))).toBe(true);
  });
});

describe('planSearch', () => {
  const people = new Set(['杜小刚', '赵建军']);
  it('turns known names into one exact person filter and needs no text search', () => {
    const plan = planSearch(parseQuery('杜小刚 赵建军').terms, {}, people);
    expect(plan.calls).toEqual([{ query: null, filters: { person: { all: ['杜小刚', '赵建军'] } } }]);
  });
  it('quotes each Chinese term in its own call, with an unquoted recheck, and keeps chosen filters', () => {
    const plan = planSearch(parseQuery('杜小刚 会议 SK').terms, { paper: ['无锡日报', '江南晚报'] }, people);
    // Chosen values of one filter are alternatives; typed names are all required.
    const filters = { all: [{ paper: { any: ['无锡日报', '江南晚报'] } }, { person: { all: ['杜小刚'] } }] };
    expect(plan.calls).toEqual([
      { query: '"会议"', filters, recheck: { query: '会议', term: '会议' } },
      { query: 'SK', filters },
    ]);
  });
  it('adds an extra filter (a date range) that every result must pass too', () => {
    const range = { day: { any: ['2024-01-01'] } };
    expect(planSearch(parseQuery('会议').terms, {}, people, range).calls[0]!.filters).toEqual(range);
    expect(planSearch([], { year: ['2024'] }, people, range).calls[0]!.filters).toEqual({
      all: [{ year: { any: ['2024'] } }, range],
    });
  });
});

describe('intersectInOrder', () => {
  it('keeps ids present in every list, in the first list’s order', () => {
    expect(
      intersectInOrder([
        ['c', 'a', 'b'],
        ['a', 'c'],
        ['c', 'a', 'x'],
      ]),
    ).toEqual(['c', 'a']);
    expect(intersectInOrder([])).toEqual([]);
  });
});

describe('suggestPeople', () => {
  const data: SearchData = {
    people: [
      { name: '杜小刚', pinyin: 'duxiaogang', initials: 'dxg', count: 11, role: '市委书记' },
      { name: '赵建军', pinyin: 'zhaojianjun', initials: 'zjj', count: 6, role: '市长' },
    ],
    reporters: [],
    papers: [],
    paperCounts: [],
    articles: 0,
    yearStarts: [],
    fold: {},
  };
  it('matches pinyin and initials from their start', () => {
    expect(suggestPeople('duxiao', data).map((p) => p.name)).toEqual(['杜小刚']);
    expect(suggestPeople('ZJJ', data).map((p) => p.name)).toEqual(['赵建军']);
    expect(suggestPeople('xiaogang', data)).toEqual([]);
  });
  it('lists the most mentioned first, whatever order the data holds', () => {
    const more = {
      ...data,
      people: [...data.people, { name: '杜小明', pinyin: 'duxiaoming', initials: 'dxm', count: 40, role: null }],
    };
    expect(suggestPeople('dx', more).map((p) => p.name)).toEqual(['杜小明', '杜小刚']);
  });
  it('matches part of a Chinese name, but not the whole name already typed', () => {
    expect(suggestPeople('杜', data).map((p) => p.name)).toEqual(['杜小刚']);
    expect(suggestPeople('杜小刚', data)).toEqual([]);
  });
});

describe('snippet and matchesAll', () => {
  it('cuts a window around the first match and marks every term in it', () => {
    const parts = snippet('前言。市长赵建军会见杜小刚。后记', ['杜小刚', '赵建军'], 5);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['赵建军', '杜小刚']);
    expect(parts.map((p) => p.text).join('')).toBe('前言。市长赵建军会见杜小刚。后…');
  });
  it('requires every term as an exact sequence', () => {
    const terms = parseQuery('杜小刚 会议').terms;
    expect(matchesAll('杜小刚主持会议', terms)).toBe(true);
    expect(matchesAll('杜甫、小学生和刚才开会议事', terms)).toBe(false);
  });
});
