import { describe, expect, it } from 'vitest';
import { dateOfHeader, isStrayHeader } from '../../src/lib/split/headers';
import { parse } from '../helpers';

describe('page furniture', () => {
  it.each([
    '第B03版：经济',
    '第A12版 要闻',
    'B02 城事',
    '3 综合',
    '第三版',
    'A01',
    '2021年3月4日 星期四',
    '星期四 2021年3月4日',
    '南通日报　２０２１年３月４日　星期四',
    '责任编辑：王敏 美术编辑：刘洋',
    '本版编辑 赵丽',
    '本版责编：徐秋  校对：曹琳',
    'Jiang Nan Wan Bao',
  ])('takes %s for furniture', (line) => expect(isStrayHeader(line)).toBe(true));
  it.each(['S2线进入空载试运行', '三版规划出台', '编辑部召开座谈会', '2021年全市经济运行良好', '12个项目集中开工'])(
    'keeps %s as text',
    (line) => {
      expect(isStrayHeader(line)).toBe(false);
    },
  );

  it('reads the day a date header prints, and no impossible one', () => {
    expect(dateOfHeader('2021年3月4日 星期四')).toBe('2021-03-04');
    expect(dateOfHeader('南通日报　２０２１年３月４日　星期四')).toBe('2021-03-04');
    expect(dateOfHeader('2021年2月30日 星期二')).toBeNull();
    expect(dateOfHeader('第B03版：经济')).toBeNull();
  });
});

const PAGE =
  '第A02版：要闻\n2022年6月15日 星期三\n\n本报讯 昨天，市政府召开防汛工作会议，\n部署汛期各项工作。\n\n（周宁）\n\n防汛工作会议召开\n\n责任编辑：孙芳\n';

describe('a page with furniture', () => {
  it('leaves labels, date headers and editor lines over, out of every article', () => {
    const page = parse(PAGE, { year: 2022, issueDate: '2022-06-15' });
    expect(page.leftovers.map((l) => [l.text, l.reason])).toEqual([
      ['第A02版：要闻', 'page-furniture'],
      ['2022年6月15日 星期三', 'page-furniture'],
      ['责任编辑：孙芳', 'page-furniture'],
    ]);
    expect(page.articles.map((a) => [a.title, a.date])).toEqual([['防汛工作会议召开', '2022-06-14']]);
  });

  it('dates the issue from its header when the manifest gives no date, and lists that for review', () => {
    const page = parse(PAGE, { year: 2022, issueDate: null });
    expect([page.meta.issueDate, page.issueDateSource, page.articles[0]!.date]).toEqual([
      '2022-06-15',
      'page-header',
      '2022-06-14',
    ]);
    expect(page.review.map((r) => r.kind)).toEqual(['inferred-date']);
  });

  it('reports a header that disagrees with the manifest and keeps the manifest', () => {
    const page = parse(PAGE, { year: 2022, issueDate: '2022-06-16' });
    expect(page.meta.issueDate).toBe('2022-06-16');
    expect(page.review.map((r) => [r.kind, r.line])).toEqual([['date-conflict', 2]]);
  });

  it('reports a header of another year than the manifest and does not use it', () => {
    const page = parse(PAGE, { year: 2021, issueDate: null });
    expect(page.meta.issueDate).toBeNull();
    expect(page.review.map((r) => r.kind)).toContain('date-conflict');
  });
});

describe('headlines of two articles printed touching', () => {
  it('give each article its own title instead of leaving one without and aborting', () => {
    const text = [
      '本报讯 4月2日，市图书馆新馆正式开馆，',
      '首批上架图书40万册。',
      '（沈月）',
      '',
      '本报讯 4月2日，全市春季植树活动启动，',
      '今年计划新增绿地120公顷。',
      '（许晴）',
      '市图书馆新馆开馆',
      '春季植树活动启动',
      '——今年计划新增绿地120公顷',
      '',
    ].join('\n');
    const page = parse(text, { year: 2023 });
    expect(page.articles.map((a) => [a.title, a.subtitle, a.titleSource])).toEqual([
      ['市图书馆新馆开馆', null, 'headline'],
      ['春季植树活动启动', '——今年计划新增绿地120公顷', 'headline'],
    ]);
  });
});
