import { describe, expect, it } from 'vitest';
import { matchJump, pageKey, samePage } from '../../src/lib/split/jumps';
import { splitSeeds } from '../../src/lib/split/run';

describe('matchJump', () => {
  it.each([
    ['加快推进城南片区改造（下转第2版）', 'to', '2', '（下转第2版）', '加快推进城南片区改造'],
    ['下转第A3版', 'to', 'A3', '下转第A3版', ''],
    ['（转第4版）', 'to', '4', '（转第4版）', ''],
    ['全年完成投资80亿元。转第5版', 'to', '5', '转第5版', '全年完成投资80亿元。'],
    ['（上接第1版）各镇街要对照清单', 'from', '1', '（上接第1版）', '各镇街要对照清单'],
    ['上接第一版', 'from', '一', '上接第一版', ''],
    ['（接第十二版）', 'from', '十二', '（接第十二版）', ''],
  ])('reads %s', (line, direction, page, text, rest) => {
    expect(matchJump(line)).toEqual({ marker: { direction, page, text }, rest });
  });

  it.each(['会议决定转第2版方案', '接第1版的报道继续', '他表示，要转变作风'])(
    'leaves running text alone: %s',
    (line) => {
      expect(matchJump(line)).toBeNull();
    },
  );
});

describe('page labels', () => {
  it('compare in one form: Chinese numerals, leading zeros and case', () => {
    expect(['一', '十', '十二', '二十一', 'A03', 'b2'].map(pageKey)).toEqual(['1', '10', '12', '21', 'a3', 'b2']);
    expect(samePage('2', '02')).toBe(true);
    expect(samePage('3', 'A3')).toBe(true);
    expect(samePage('A3', 'B3')).toBe(false);
  });
});

/** Two pages of one issue, written for this test: an article on page 1 continued on page 3. */
const P1 = `本报讯（记者 邵雨桐）5月8日，全市
夏粮收购工作会议召开，部署今年
小麦收购各项准备工作。会议要求，
各收储企业要提前腾仓并库，确保
（下转第3版）

夏粮收购工作会议召开

本报讯 5月8日，市博物馆“运河
记忆”特展开幕，展出文物120余件。

（姜南）

运河记忆特展开幕
`;
const P3 = `（上接第1版）农民售粮有地方、
收购资金有保障。市粮食和物资储备
局将派出督查组，逐库检查。

（邵雨桐）

本报讯 5月8日，市区新增公共充电
桩300个，覆盖全部居住小区。

（顾青）

新增充电桩300个
`;
const manifest = (pages: Record<string, string>) =>
  JSON.stringify({
    pages: Object.fromEntries(
      Object.entries(pages).map(([name, page]) => [
        name,
        { paper: '泰州日报', year: 2023, issueDate: '2023-05-09', page, evidence: 'test' },
      ]),
    ),
  });

describe('an article continued on another page', () => {
  it('is one article with both parts, in print order, citing both pages, its byline from the second part', () => {
    const result = splitSeeds(
      [
        { name: 'a.txt', bytes: Buffer.from(P1) },
        { name: 'c.txt', bytes: Buffer.from(P3) },
      ],
      manifest({ 'a.txt': '1', 'c.txt': '3' }),
    );
    const grain = result.records.find((r) => r.data.title === '夏粮收购工作会议召开')!;
    expect(grain.data.pages).toEqual(['1', '3']);
    expect(grain.data.reporters).toEqual(['邵雨桐']);
    expect(grain.paragraphs.join('')).toContain('确保农民售粮有地方、收购资金有保障。');
    expect(grain.paragraphs.join('')).not.toMatch(/[下上]转|上接/);
    expect(grain.data.lines.continued).toEqual([{ file: 'c.txt', page: '3', startLine: 1, endLine: 5, headlines: [] }]);
    // Page 3 keeps its own article, numbered from 1: the continuation is not an article of its own there.
    expect(result.records.filter((r) => r.data.source === 'c.txt').map((r) => [r.data.order, r.data.title])).toEqual([
      [1, '新增充电桩300个'],
    ]);
    expect(result.review.filter((r) => r.kind === 'unmatched-jump')).toEqual([]);
  });

  it('is flagged on both sides, never guessed, when its other half is missing', () => {
    const alone = splitSeeds([{ name: 'a.txt', bytes: Buffer.from(P1) }], manifest({ 'a.txt': '1' }));
    expect(alone.records.find((r) => r.data.title === '夏粮收购工作会议召开')!.data.pages).toEqual(['1']);
    expect(alone.review.filter((r) => r.kind === 'unmatched-jump').map((r) => [r.file, r.detail])).toEqual([
      ['a.txt', expect.stringContaining('jumps to page 3')],
    ]);
    const orphan = splitSeeds([{ name: 'c.txt', bytes: Buffer.from(P3) }], manifest({ 'c.txt': '3' }));
    expect(orphan.records.map((r) => r.data.pages)).toEqual([['3'], ['3']]);
    expect(orphan.review.filter((r) => r.kind === 'unmatched-jump').map((r) => r.detail)).toEqual([
      expect.stringContaining('continues from page 1'),
    ]);
  });
});

describe('a jump line after a lead run into the line above', () => {
  // The second article's lead starts on the byline line of the first, so the page's lines split before the jump.
  const page = `本报讯 6月2日，区图书馆新馆开
放，藏书四十万册。
（鲁青） 本报讯 6月2日，全区夏季
防汛演练在东湖举行，抢险队伍
二十支参演，检验了应急预案的
可操作性和各部门协同 下转第5版

东湖举行防汛演练

图书馆新馆开放
`;
  it('keeps the text before the marker in the body that jumps', () => {
    const result = splitSeeds([{ name: 'b.txt', bytes: Buffer.from(page) }], manifest({ 'b.txt': '2' }));
    const drill = result.records.find((r) => r.paragraphs.join('').includes('防汛演练'))!;
    expect(drill.paragraphs.join('')).toMatch(/各部门协同$/);
    expect(drill.data.title).toBe('东湖举行防汛演练');
    expect(result.records.map((r) => r.data.title).sort()).toEqual(['东湖举行防汛演练', '图书馆新馆开放'].sort());
  });
});
