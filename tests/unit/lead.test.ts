import { describe, expect, it } from 'vitest';
import {
  creditBeforeDateline,
  creditNames,
  CREDIT_LINE,
  markedNameCredit,
  matchLead,
  parseCreditNames,
  photoCreditLineNames,
  resolveDateline,
} from '../../src/lib/split/lead';

describe('matchLead', () => {
  it.each([
    ['本报讯 2月17日，市委审计委员会', '本报讯', '2月17日', []],
    ['本报讯 昨天，市长杜小刚带', '本报讯', '昨天', []],
    ['本报讯 4月8日—9日，市长赵', '本报讯', '4月8日—9日', []],
    ['本报讯 9月3日至4日，市委书', '本报讯', '9月3日至4日', []],
    ['本报讯（记者 张三 通讯员 李四）3月5日，市', '本报讯（记者 张三 通讯员 李四）', '3月5日', ['张三', '李四']],
    ['本报记者 张三 3月5日，全市', '本报记者 张三', '3月5日', ['张三']],
    ['新华社北京3月5日电（记者 王五）国务院', '新华社北京3月5日电（记者 王五）', '3月5日', ['王五']],
    ['本报讯 近日，市', '本报讯', '近日', []],
    ['据新华社电 国家统计局日前发布', '据新华社电', null, []],
    ['新华社杭州电（记者 钟岚）浙江省', '新华社杭州电（记者 钟岚）', null, ['钟岚']],
    ['据央视新闻报道 记者从交通运输部获悉', '据央视新闻报道', null, []],
    ['扬子晚报讯（记者 钟岚）今天上午，', '扬子晚报讯（记者 钟岚）', '今天', ['钟岚']],
    ['晚报讯 6日，市气象台发布', '晚报讯', '6日', []],
    ['本 报 讯（记者 蔡 雨 涵）6 月 8 日，海宁', '本 报 讯（记者 蔡 雨 涵）', '6 月 8 日', ['蔡雨涵']],
    ['义乌商报讯（通讯员 贝可 记者 钟岚）昨天下午', '义乌商报讯（通讯员 贝可 记者 钟岚）', '昨天', ['贝可', '钟岚']],
    // A local dateline in the marker, as party dailies print it; the date is the marker's.
    ['本报南昌7月2日讯（记者 游思源）江西', '本报南昌7月2日讯（记者 游思源）', '7月2日', ['游思源']],
    ['本报拉萨讯 近日，西藏', '本报拉萨讯', '近日', []],
    // An unbracketed credit closed by 报道.
    ['本报讯 记者蒙晓川 通讯员韦丹报道：6月3日，南宁', '本报讯 记者蒙晓川 通讯员韦丹', '6月3日', ['蒙晓川', '韦丹']],
    // Qualified roles are roles, never names.
    [
      '本报讯（融媒记者 覃一凡 见习记者 莫兰）昨日，',
      '本报讯（融媒记者 覃一凡 见习记者 莫兰）',
      '昨日',
      ['覃一凡', '莫兰'],
    ],
    [
      '本报讯（首席记者 龙小溪 特约通讯员 岑峰）4月9日',
      '本报讯（首席记者 龙小溪 特约通讯员 岑峰）',
      '4月9日',
      ['龙小溪', '岑峰'],
    ],
    // Names of several parts joined by ·, and a two-character surname spaced from the given name.
    [
      '本报讯（记者 热依拉·托乎提 端木 岚）5日，',
      '本报讯（记者 热依拉·托乎提 端木 岚）',
      '5日',
      ['热依拉·托乎提', '端木岚'],
    ],
    // A credit line of the paper's staff or an agency's, alone on its line, maybe marked, maybe without a date.
    ['■ 本报记者 谷雨桐 特约通讯员 区　翔', '■ 本报记者 谷雨桐', null, ['谷雨桐']],
    ['新华社记者 贺兰山 俞　静', '新华社记者 贺兰山 俞　静', null, ['贺兰山', '俞静']],
    ['本报特约评论员', '本报特约评论员', null, []],
    // The reporter before the date (记者昨日从…获悉), a spaced 报道, and 前日.
    ['本报讯 记者前日从市公安局获悉，', '本报讯', '前日', []],
    ['本报讯 记者 卢嘉禾 报道 9月2日起，', '本报讯 记者 卢嘉禾', '9月2日', ['卢嘉禾']],
    // A credit line without 本报, whole on its line; never a picture's credit.
    ['首席记者 蓝若溪 通讯员 覃思', '首席记者 蓝若溪 通讯员 覃思', null, ['蓝若溪', '覃思']],
    // The paper naming itself in place of 本报, in a credit line and in a lead dated in its marker.
    ['钱江晚报全媒体记者 沈听澜', '钱江晚报全媒体记者 沈听澜', null, ['沈听澜']],
    ['潇湘晨报记者 贺知章 通讯员 区锦', '潇湘晨报记者 贺知章', null, ['贺知章']],
    [
      '现代快报3月9日讯（记者 裘雨 通讯员 甘棠）昨天，',
      '现代快报3月9日讯（记者 裘雨 通讯员 甘棠）',
      '3月9日',
      ['裘雨', '甘棠'],
    ],
    // The paper's own lead dated by a day alone (本报9日讯).
    ['本报9日讯（融媒体记者 柯岚）记者从', '本报9日讯（融媒体记者 柯岚）', '9日', ['柯岚']],
    // Names spaced out to the width of three (孟　涛), 文/ and 图/ before the roles, a 报道 credit so spaced.
    ['本报记者 骆　岚 通讯员 甘　棠', '本报记者 骆　岚', null, ['骆岚']],
    ['文/记者 裴远 图/通讯员 柯岚', '文/记者 裴远 图/通讯员 柯岚', null, ['裴远', '柯岚']],
    ['本报讯 记者 骆 岚 通讯员 甘 棠 报道 3月2日，', '本报讯 记者 骆 岚 通讯员 甘 棠', '3月2日', ['骆岚', '甘棠']],
    ['学生记者 裴远 柯岚', '学生记者 裴远 柯岚', null, ['裴远', '柯岚']],
    // A paper named ….报 (桐乡报讯), and a paper's credit carrying its news app's name.
    ['桐溪报讯（记者 骆岚）6月3日，', '桐溪报讯（记者 骆岚）', '6月3日', ['骆岚']],
    ['桐江日报云上新闻记者 骆　岚', '桐江日报云上新闻记者 骆　岚', null, ['骆岚']],
    // A commentary's credit with its writer's name.
    ['本报评论员 欧阳澈', '本报评论员 欧阳澈', null, ['欧阳澈']],
  ])('reads %s', (line, marker, dateline, reporters) => {
    expect(matchLead(line)).toEqual({ marker, dateline, reporters });
  });

  it.each([
    '本报记者了解到，全市',
    '会议指出，本报讯',
    '据了解，新华社',
    '市委书记杜小刚主持',
    '新华社记者日前从省商务厅获悉',
    '扬子晚报扬子晚报讯',
    '日报社讯员介绍',
    '本报评论员文章指出，',
    '记者 武皓宸 摄',
    '记者从市住建局获悉',
    // A picture's credit closes its caption; it opens nothing.
    '本报记者 温如玉 摄',
    '钱江晚报全媒体记者 沈听澜 摄',
    '本报记者 温 玉/摄',
    '都市报道称，昨天',
    // A label run into the lead under it is no paper's name.
    '要闻本报讯',
  ])('does not take %s for a lead', (line) => {
    expect(matchLead(line)).toBeNull();
  });
});

describe('names in a credit wrapped over column lines', () => {
  it('reads a break as a lost space when reading it inside one name leaves a part that is no name', () => {
    // （记者 乔　楠 / 马思远）and （记者 杜晓宇 / 向　晴）, as the columns printed them.
    const wrapped = (first: string, second: string) => matchLead(first + second, [first.length])?.reporters;
    expect(wrapped('新华社洛阳9月1日电（记者 汪　岚', '马思远）记者1日')).toEqual(['汪岚', '马思远']);
    expect(wrapped('新华社洛阳9月1日电（记者 杜若宇', '向　晴）记者1日')).toEqual(['杜若宇', '向晴']);
    expect(wrapped('本报讯（记者 施', '雅琴）1日')).toEqual(['施雅琴']);
  });
});

describe('resolveDateline', () => {
  it('resolves 前日 like 前天', () => {
    expect(resolveDateline('前日', 2024, '2024-06-20')).toEqual({ date: '2024-06-18', dateEnd: null });
  });

  it('resolves a day of the issue’s week or the week before (weeks start on Monday)', () => {
    // 2024-06-20 is a Thursday.
    expect(resolveDateline('本周二', 2024, '2024-06-20')).toEqual({ date: '2024-06-18', dateEnd: null });
    expect(resolveDateline('上周六', 2024, '2024-06-20')).toEqual({ date: '2024-06-15', dateEnd: null });
    expect(resolveDateline('本周日', 2024, '2024-06-23')).toEqual({ date: '2024-06-23', dateEnd: null });
    expect(resolveDateline('本周', 2024, '2024-06-20')).toEqual({ date: null, dateEnd: null });
    expect(matchLead('本报讯（记者 甘棠）本周一，')?.dateline).toBe('本周一');
    expect(matchLead('本报驻东京记者 甘棠')?.reporters).toEqual(['甘棠']);
  });

  it('puts a day without its month in the issue’s month, or the month before when it is after the issue’s day', () => {
    expect(resolveDateline('6日', 2024, '2024-05-07')).toEqual({ date: '2024-05-06', dateEnd: null });
    expect(resolveDateline('28日', 2024, '2024-06-03')).toEqual({ date: '2024-05-28', dateEnd: null });
    expect(resolveDateline('30日', 2024, '2024-01-02')).toEqual({ date: '2023-12-30', dateEnd: null });
    expect(resolveDateline('6日至8日', 2024, '2024-05-09')).toEqual({ date: '2024-05-06', dateEnd: '2024-05-08' });
    expect(resolveDateline('30日至2日', 2024, '2024-05-03')).toEqual({ date: '2024-04-30', dateEnd: '2024-05-02' });
    expect(resolveDateline('6日', 2024, null)).toEqual({ date: null, dateEnd: null });
    expect(resolveDateline('6 月 8 日', 2023, null)).toEqual({ date: '2023-06-08', dateEnd: null });
  });
  it('puts a month and day in the manifest year', () => {
    expect(resolveDateline('2月17日', 2023, null)).toEqual({ date: '2023-02-17', dateEnd: null });
  });
  it('keeps both ends of a range, across a month and across a year end', () => {
    expect(resolveDateline('4月8日—9日', 2024, null)).toEqual({ date: '2024-04-08', dateEnd: '2024-04-09' });
    expect(resolveDateline('9月30日至10月2日', 2024, null)).toEqual({ date: '2024-09-30', dateEnd: '2024-10-02' });
    expect(resolveDateline('12月31日至1月2日', 2024, null)).toEqual({ date: '2024-12-31', dateEnd: '2025-01-02' });
  });
  it('puts a day after the issue date in the year before', () => {
    expect(resolveDateline('12月31日', 2001, '2001-01-01')).toEqual({ date: '2000-12-31', dateEnd: null });
    expect(resolveDateline('12月31日', 2001, null).date).toBe('2001-12-31');
  });
  it('resolves 昨天 against the issue date, and only when it is known', () => {
    expect(resolveDateline('昨天', 2024, '2024-03-01')).toEqual({ date: '2024-02-29', dateEnd: null });
    expect(resolveDateline('昨天', 2020, null)).toEqual({ date: null, dateEnd: null });
  });
  it('gives no date for words with no single day, nor for impossible days', () => {
    expect(resolveDateline('近日', 2024, '2024-03-01').date).toBeNull();
    expect(resolveDateline('2月30日', 2024, null).date).toBeNull();
  });
});

describe('parseCreditNames', () => {
  it('parts names spaced out letter by letter at a role word, and at a column break only after a whole name', () => {
    expect(parseCreditNames('记者 骆 岚 通讯员 甘 棠')).toEqual(['骆岚', '甘棠']);
    expect(parseCreditNames('□四川日报全媒体记者 骆 岚')).toEqual(['骆岚']);
    expect(parseCreditNames('文/骆岚 图/甘棠')).toEqual(['骆岚', '甘棠']);
    // Two names each padded to the width of three; four letters of one name spaced by the OCR after a compound surname.
    expect(parseCreditNames('本报记者　卫　青　甘　棠')).toEqual(['卫青', '甘棠']);
    expect(parseCreditNames('本报记者 司 马 东 岚')).toEqual(['司马东岚']);
    // A digest's item: where it was taken from, then its author; sources and pictures credited to no person.
    expect(parseCreditNames('（摘自《桐江晚报》　作者：甘　棠）')).toEqual(['甘棠']);
    expect(parseCreditNames('（摘自《桐江晚报》）')).toBeNull();
    expect(parseCreditNames('（据美联社）')).toBeNull();
    expect(parseCreditNames('（资料图片）')).toBeNull();
    expect(parseCreditNames('（桐江县文旅局供图）')).toBeNull();
    expect(parseCreditNames('（王建发）')).toEqual(['王建发']);
    expect(parseCreditNames('（数据来源：桐江县商务局）')).toBeNull();
    expect(markedNameCredit('■本报追踪')).toBeNull();
    // A reader signing with a long place, or glued to it where the wrap took the space.
    expect(parseCreditNames('（浙江省杭州市桐庐县读者　骆　岚）')).toEqual(['骆岚']);
    expect(parseCreditNames('（浙江省桐庐县读者甘棠）')).toEqual(['甘棠']);
    // A column's author, after who they are.
    expect(parseCreditNames('（作者系桐江县人民检察院检察官　甘　棠）')).toEqual(['甘棠']);
    expect(parseCreditNames('（作者为桐江县人民检察院）')).toBeNull();
    // A reader's letter signed with where the reader lives: the name alone.
    expect(parseCreditNames('城西区读者 甘棠')).toEqual(['甘棠']);
    expect(parseCreditNames('读者')).toBeNull();
    expect(creditNames('记者 骆 岚甘 棠', [6])).toEqual(['骆岚', '甘棠']);
    expect(creditNames('记者 欧阳东', [5])).toEqual(['欧阳东']);
  });

  it('reads names with or without credit words', () => {
    expect(parseCreditNames('（高美梅、惠晓婧）')).toEqual(['高美梅', '惠晓婧']);
    expect(parseCreditNames('（记者 张三 通讯员 李四）')).toEqual(['张三', '李四']);
  });
  it('keeps credit words that are part of a name', () => {
    expect(parseCreditNames('（沈霞俊、白文永）')).toEqual(['沈霞俊', '白文永']);
    expect(parseCreditNames('（记者张三 李四/摄）')).toEqual(['张三', '李四']);
  });
  it('rejects parentheses that hold text', () => {
    expect(parseCreditNames('（2023-2025）')).toBeNull();
    expect(parseCreditNames('（注：本文有删节）')).toBeNull();
  });
});

describe('credit lines printed over the text', () => {
  it.each([
    '本报记者 钱塘 文/图',
    '■ 本报见习记者 尹秋 首席记者 郁达',
    '新华社记者 贺兰山 俞　静',
    '本报评论员',
    '本报评论员 欧阳澈',
    '钱江晚报见习记者 沈听澜',
  ])('reads %s as a credit line', (line) => expect(CREDIT_LINE.test(line)).toBe(true));
  it.each(['本报记者 钱塘 近日走访', '本报记者 钱塘 今天上午'])('does not read %s as one', (line) =>
    expect(CREDIT_LINE.test(line)).toBe(false),
  );

  it('takes the date from the line under a credit with 文/图', () => {
    expect(creditBeforeDateline(['本报记者 钱塘 文/图', '6月2日清晨，'])).toMatchObject({
      reporters: ['钱塘'],
      dateline: '6月2日',
      lines: 1,
    });
  });
});

describe('a picture’s credit line', () => {
  it.each([
    ['本报记者 温如玉 摄', ['温如玉']],
    ['钱江晚报全媒体记者 沈听澜 摄', ['沈听澜']],
    ['通讯员 区锦 甘棠 摄', ['区锦', '甘棠']],
    ['甘棠 摄影', ['甘棠']],
    ['本报记者 温 玉/摄', ['温玉']],
    ['摄影 柯　岚', ['柯岚']],
    // A spaced name whose second letter is 文 or 图, the words for text and picture by.
    ['记者 柯　文 摄', ['柯文']],
    ['本报记者 甘 图 摄', ['甘图']],
  ])('reads the photographers of %s', (line, names) => expect(photoCreditLineNames(line)).toEqual(names));
  it.each(['游客在湖边拍摄', '市民争相拍照留念 摄'])('reads no credit in %s', (line) =>
    expect(photoCreditLineNames(line)).toBeNull(),
  );
});

describe('a byline of a mark and a name', () => {
  it('reads the names after the mark', () => {
    expect(markedNameCredit('□ 卫青禾')).toEqual(['卫青禾']);
    expect(markedNameCredit('■ 司马岚　甘棠')).toEqual(['司马岚', '甘棠']);
    expect(markedNameCredit('□ 柯 岚')).toEqual(['柯岚']);
  });
  it('reads 文/, 图/ and 作者： as marks, but no agency or paper as a name', () => {
    expect(markedNameCredit('文/甘　棠')).toEqual(['甘棠']);
    expect(markedNameCredit('文／图 司马岚')).toEqual(['司马岚']);
    expect(markedNameCredit('作者：卫青禾')).toEqual(['卫青禾']);
    expect(markedNameCredit('图/新华社')).toBeNull();
    expect(markedNameCredit('文/桐江日报')).toBeNull();
  });
  it('reads nothing in a line without a mark, or with more than names after it', () => {
    expect(markedNameCredit('卫青禾')).toBeNull();
    expect(markedNameCredit('■ 把好事办实，把实事办好')).toBeNull();
  });
});
