import { describe, expect, it } from 'vitest';
import { applyTextFixes, parseCorrections } from '../../src/lib/split/corrections';
import { parse } from '../helpers';
import { parsePage } from '../../src/lib/split/page';
import { META } from '../helpers';

const PAGE = [
  '本报讯 3月9日，市长钱明远调研城市',
  '更新工作，察看了老旧小区改造现场。',
  '（夏冰）',
  '',
  '本报讯 3月9日，市中医院新门诊楼启用，',
  '日接诊能力提升至8000人次。',
  '（陆彤）',
  '',
  '中医院新门诊楼启用',
  '',
  '钱明远调研城市更新工作',
  '',
].join('\n');

const apply = (yaml: string) =>
  parsePage(PAGE, 'p.txt', { ...META, year: 2023 }, parseCorrections(yaml, 'corrections/p.yaml'));

describe('corrections', () => {
  it('fix an OCR typo in a line before the split, keeping line numbers, and record it', () => {
    const page = apply(
      'corrections:\n  - { line: 1, replace: 钱明远, with: 钱明远 }\n  - { line: 2, replace: 察看, with: 查看, note: OCR }\n',
    );
    expect(page.articles[0]!.paragraphs.join('')).toContain('查看了老旧小区');
    expect(page.review.filter((r) => r.kind === 'correction').map((r) => r.detail)).toEqual([
      'line 1: “钱明远” → “钱明远”',
      'line 2: “察看” → “查看” (OCR)',
    ]);
    expect(applyTextFixes('甲\r\n乙丙\n', { file: 'c', entries: [{ line: 2, replace: '丙', with: '丁' }] })).toBe(
      '甲\r\n乙丁\n',
    );
  });

  it('give a headline line to another article, set a title, set reporters, each recorded on its article', () => {
    const before = parse(PAGE, { year: 2023 });
    expect(before.articles.map((a) => a.title)).toEqual(['钱明远调研城市更新工作', '中医院新门诊楼启用']);
    const page = apply(
      'corrections:\n  - { line: 9, article: 1 }\n  - { article: 2, title: 市中医院新门诊楼今起启用 }\n  - { article: 2, reporters: [陆彤, 韩雪] }\n',
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.titleSource])).toEqual([
      ['中医院新门诊楼启用', '钱明远调研城市更新工作', 'headline'],
      [null, '市中医院新门诊楼今起启用', 'corrected'],
    ]);
    expect(page.articles[0]!.decks.flatMap((d) => d.lines.map((l) => l.no))).toEqual([9, 11]);
    expect(page.articles[1]!.reporters).toEqual(['陆彤', '韩雪']);
    expect(page.articles[1]!.corrections).toEqual([
      'title set to “市中医院新门诊楼今起启用”',
      'reporters set to 陆彤、韩雪',
    ]);
  });

  it('are errors naming the corrections file when they no longer match the page', () => {
    expect(() => apply('corrections:\n  - { line: 2, replace: 不存在的字, with: 字 }\n')).toThrow(
      'corrections/p.yaml: line 2: “不存在的字” → “字”: line 2 of the page does not contain “不存在的字”',
    );
    expect(() => apply('corrections:\n  - { line: 2, article: 1 }\n')).toThrow(
      'line 2 of the page is not a headline line',
    );
    expect(() => apply('corrections:\n  - { article: 5, title: 标题 }\n')).toThrow('the page has 2 article(s)');
  });

  it('are errors naming the file and entry when malformed', () => {
    expect(() =>
      parseCorrections('corrections:\n  - { line: 2, replce: 甲, with: 乙 }\n', 'corrections/p.yaml'),
    ).toThrow(/corrections\/p\.yaml: corrections\[0\]: .* is none of/);
    expect(() => parseCorrections('fixes: []\n', 'corrections/p.yaml')).toThrow('must hold one list, "corrections:"');
    expect(() => parseCorrections('corrections: [\n', 'corrections/p.yaml')).toThrow(
      /corrections\/p\.yaml:\d+: not valid YAML/,
    );
  });
});
