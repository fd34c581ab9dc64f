import { describe, expect, it } from 'vitest';
import { dateOfHeader, isSectionUnderLabel, isStrayHeader, runningHeaderOf } from '../../src/lib/split/headers';
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
    '05｜国际',
    '中共贵州省委机关报',
    '国家林业和草原局主管　中国绿色时报社主办',
    '农历乙巳年三月初九',
    '总第11207期　今日12版',
    '报料热线：0851-85860000',
    '投稿邮箱：tougao@example.cn',
    '社址：贵阳市中华北路200号　邮编：550004',
    '零售价：2.00元',
    '社区简讯',
    // Column labels, a contents box and its entries, an advert's mark.
    '西湖快评',
    '图片新闻',
    '今日导读',
    '城西菜场改造完工 第5版',
    '老城区新增停车位两千个 A06版',
    '【公益广告】',
    // Editor lines with names spaced to three, the paper's own desk and press, a weather box.
    '本版责任编辑：骆 岚',
    '美术编辑：甘 棠 校对：柯 岚',
    '桐江晚报新闻热线:8590 6000',
    '桐江日报社出版 新闻热线：0571-8000000',
    '要闻简报',
    '天气',
    '桐庐 阴转小雨 12℃～17℃',
    '今日天气：临安　多云转晴　－3℃～9℃',
    '本报热线电话：0571-6300000',
    '新闻爆料：0571-6300001',
    '投稿请登录临安发布客户端',
    '报料请拨打96345',
    '明日天气 建德 小雨 8℃至13℃',
    '桐江声音',
    '周末杂谈',
    '多云转阴　7℃～13℃',
    '明日　阴有小雨　9℃～14℃',
    '东北风3-4级　相对湿度60%-85%',
    '空气质量：良　AQI 62',
    '分类信息',
    '今日要目',
    '以案说法',
    '致富经',
    '城事快报',
    '社论',
    '■来信追踪',
    '国际新闻部邮箱：tjgj@163.com',
    '电话：0571-6300000　E-mail:tjrb@example.cn',
    '电子信箱：tjfz@example.cn',
    '检察动态',
  ])('takes %s for furniture', (line) => expect(isStrayHeader(line)).toBe(true));
  it.each([
    'S2线进入空载试运行',
    '三版规划出台',
    '编辑部召开座谈会',
    '2021年全市经济运行良好',
    '12个项目集中开工',
    // An article's own contact lines are its text: only the paper's desks are furniture.
    '咨询电话：0851-12345',
    '报名地址：市民中心三楼',
    '农历新年前后客流创新高',
    '时评写作培训班开班',
    '广告业迎来新机遇',
    '快讯不快，群众有意见',
    '市民热线：12345',
    '天气转凉注意保暖',
    '今日天气：晴',
    '投稿作品须为原创',
    '倾听基层群众的声音',
    '东北风带来降温',
    '空气质量持续改善',
    '联系电话：0571-6300000',
    '动态监测覆盖全市河道',
  ])('keeps %s as text', (line) => {
    expect(isStrayHeader(line)).toBe(false);
  });

  it('takes a running header of the paper and its section apart for furniture, never a headline naming the paper', () => {
    expect(runningHeaderOf('黔东南日报')('黔东南日报　民生·社会')).toBe(true);
    expect(runningHeaderOf('黔东南日报')('文体 黔东南日报')).toBe(true);
    expect(runningHeaderOf('黔东南日报')('黔东南日报社开展读书月活动')).toBe(false);
    expect(runningHeaderOf('')('民生·社会')).toBe(false);
  });

  it('takes a section name printed under its bare page label for furniture, and nothing else under a label', () => {
    expect(isSectionUnderLabel('B07', '临安新闻')).toBe(true);
    expect(isSectionUnderLabel('第5版', '文体·社会')).toBe(true);
    expect(isSectionUnderLabel('B07', '临安新增两所幼儿园')).toBe(false);
    expect(isSectionUnderLabel('临安新闻', '要闻')).toBe(false);
    const page = parse('B07\n临安新闻\n\n本报讯 昨日，临安区新建的\n城东公园开园。\n\n城东公园开园\n', {
      paper: '临安日报',
      year: 2025,
      issueDate: '2025-05-06',
    });
    expect(page.leftovers.map((l) => l.text)).toEqual(['B07', '临安新闻']);
    expect(page.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '城东公园开园']]);
    // A bare number is a label only at the top of the page, over its section name.
    const numbered = parse('3\n文体·社会\n\n本报讯 昨日，临安区新建的\n城东公园开园。\n\n城东公园开园\n', {
      paper: '临安日报',
      year: 2025,
      issueDate: '2025-05-06',
    });
    expect(numbered.leftovers.map((l) => [l.text, l.reason])).toEqual([
      ['3', 'page-furniture'],
      ['文体·社会', 'page-furniture'],
    ]);
    expect(numbered.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '城东公园开园']]);
  });

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
