import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../src/lib/split/lines';
import { account } from '../../src/lib/split/page';
import { parse } from '../helpers';

const PAGE =
  ' 本报讯 2月17日，市委审计委员会召开第十次会议，\n听取审计工作情况汇报。市委书记杜\n小刚主持会议并讲话。\n\n（惠晓婧）\n\n市委审计委员会召开会议\n';

/** The issue of the fresh pages written for the classes below (a paper of their own, 桐江日报). */
const TONGJIANG_ISSUE = { paper: '桐江日报', year: 2025, issueDate: '2025-05-22' };

describe('parsePage', () => {
  it('reads the same page whatever its line endings and odd spaces', () => {
    const plain = parse(PAGE);
    for (const variant of [
      PAGE.replace(/\n/g, '\r\n'),
      PAGE.replace(/\n/g, '\r'),
      PAGE.replace('杜\n', '杜\u200b\n').replace('本报讯 ', '本报讯\u00a0'),
    ]) {
      const page = parse(variant);
      expect(page.articles.map((a) => [a.paragraphs, a.title, a.byline?.names])).toEqual(
        plain.articles.map((a) => [a.paragraphs, a.title, a.byline?.names]),
      );
    }
  });

  it('removes bidirectional controls, counting them, so an unclosed U+202E reverses no title', () => {
    const page = parse(
      PAGE.replace('市委审计委员会召开会议\n', '市委审计\u202e委员会召开会议\n').replace('听取', '听\u2066取'),
    );
    expect(page.articles[0]!.title).toBe('市委审计委员会召开会议');
    expect(page.articles[0]!.paragraphs.join('')).toContain('听取');
    expect(page.accounting.invisibleRemoved).toBe(2);
  });

  it('reports stray page headers as leftovers, even inside a body', () => {
    const page = parse(PAGE.replace('听取审计', '2023年2月18日 星期六\n听取审计'));
    expect(page.leftovers).toEqual([{ line: 2, text: '2023年2月18日 星期六', reason: 'page-furniture' }]);
    expect(page.articles[0]!.paragraphs[0]).toContain('会议，听取审计');
  });

  it('reports running text right after a byline as a leftover rather than a headline', () => {
    const page = parse(
      '本报讯 2月17日，市委审计委员会召开会议。\n（惠晓婧）\n这是一段没有导语的图片说明文字，它完整地结束了。\n\n市委审计委员会召开会议\n',
    );
    expect(page.leftovers.map((l) => l.reason)).toEqual(['unattributed-text']);
  });

  it('opens an article at running text under a headline after a byline, and lists it for review', () => {
    const page = parse(`${PAGE}\n这是一段没有导语的图片说明文字，它完整地结束了。\n`);
    expect(page.leftovers).toEqual([]);
    expect(page.articles.map((a) => a.paragraphs.join('').slice(0, 6))).toEqual(['本报讯 2月', '这是一段没有']);
    expect(page.review.filter((r) => r.kind === 'unmarked-start').map((r) => r.article)).toEqual([2]);
  });

  it('names the file and line of a control character', () => {
    expect(() => parse('本报讯 2月17日，\u0001会议')).toThrow('test.txt:1: control character');
  });

  it('keeps a page with no article lead as leftovers and lists it for review, naming the first line', () => {
    const page = parse('\n\n这一页没有任何导语。\n');
    expect(page.articles).toEqual([]);
    expect(page.leftovers).toEqual([{ line: 3, text: '这一页没有任何导语。', reason: 'unattributed-text' }]);
    expect(page.review.map((r) => [r.kind, r.line])).toEqual([
      ['no-lead', 3],
      ['unassigned-line', 3],
    ]);
  });

  it('refuses a page that is only white space', () => {
    expect(() => parse(' \n\u3000\n')).toThrow('test.txt: the file has no text');
  });
});

describe('account', () => {
  it('counts every character into body, headlines, bylines and leftovers', () => {
    const page = parse(PAGE);
    expect(page.accounting).toMatchObject({ body: 50, headlines: 11, bylines: 5, leftovers: 0 });
    expect(page.accounting.total).toBe(page.accounting.body + page.accounting.headlines + page.accounting.bylines);
  });

  it('fails when a character is lost or invented', () => {
    const page = parse(PAGE);
    const { lines } = normalizeLines(PAGE);
    const lost = page.articles.map((a) => ({ ...a, paragraphs: a.paragraphs.map((p) => p.replace('杜', '')) }));
    expect(() => account('test.txt', lines, lost, page.leftovers, 0)).toThrow(
      'test.txt: character accounting failed: lost "杜"',
    );
    const invented = page.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, '多'] }));
    expect(() => account('test.txt', lines, invented, page.leftovers, 0)).toThrow('invented "多"');
  });
});

describe('the review of headline assignments', () => {
  const page = [
    '本报讯 9月1日，区图书馆新馆开放，藏书',
    '四十万册。',
    '',
    '本报讯 9月1日，区文化馆新馆开放，设排',
    '练厅六间。',
    '',
    '新馆开放',
    '',
    '本报讯 9月2日，东湖防汛演练举行，抢险',
    '队伍二十支参演。',
    '',
    '秋风送爽',
    '',
    '本报讯 9月3日，市民公园菊花展开幕，展出',
    '品种三百余个。',
    '',
    '市民公园菊花展开幕',
    '',
  ].join('\n');

  it('lists a headline two articles fit alike with its runner-up, one without words of its article, and no sure one', () => {
    const { review } = parse(page, { year: 2022 });
    const margins = review.filter((r) => r.kind === 'headline-margin').map((r) => [r.text, r.article, r.detail]);
    expect(margins).toEqual([
      ['新馆开放', expect.any(Number), expect.stringMatching(/by a margin of 0\.\d\d over article [12]/)],
      ['秋风送爽', 3, expect.stringContaining('shares no words with article 3')],
    ]);
  });
});

describe('a paper’s own forms', () => {
  it('leaves the paper’s name alone on a line over as its masthead, and opens articles at 扬子晚报讯', () => {
    const page = parse(
      '扬子晚报\n扬子晚报讯（记者 钟岚）今天上午，市民广场\n音乐喷泉恢复开放。\n\n音乐喷泉恢复开放\n',
      {
        paper: '扬子晚报',
        year: 2024,
        issueDate: '2024-05-07',
      },
    );
    expect(page.leftovers).toEqual([{ line: 1, text: '扬子晚报', reason: 'page-furniture' }]);
    expect(page.articles.map((a) => [a.title, a.lead.reporters, a.date])).toEqual([
      ['音乐喷泉恢复开放', ['钟岚'], '2024-05-07'],
    ]);
  });

  it('counts a photographer credited under a picture among the reporters, and reads on past the credit', () => {
    const page = parse(
      [
        '晚报讯（记者 钟岚）6日，城东公园月季',
        '花展开幕。图为市民在花展拍照。（贝',
        '可 摄）花展将持续到月底，免费开放。',
        '',
        '本报讯 6日，城西菜场改造完工。图为',
        '新菜场。记者 苗一禾 摄',
        '菜场新增摊位80个。',
        '',
        '月季花展开幕',
        '',
        '城西菜场改造完工',
        '',
      ].join('\n'),
      { year: 2024, issueDate: '2024-05-07' },
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(-8)])).toEqual([
      ['月季花展开幕', '持续到月底，免费开放。'.slice(-8)],
      ['城西菜场改造完工', '菜场新增摊位80个。'.slice(-8)],
    ]);
    expect(page.articles.map((a) => a.photographers)).toEqual([['贝可'], ['苗一禾']]);
    expect(page.leftovers).toEqual([]);
  });
});

describe('a page that prints each headline over its article', () => {
  // Written fresh for the class (other papers, names and wording than the hand-written sets): the seeds print
  // headlines after their articles, most papers print them above.
  const page = parse(
    [
      '中共黔南州委机关报',
      '黔南日报',
      '2025年4月10日　星期四',
      '农历乙巳年三月十三',
      '',
      '全州春耕备耕进度过半',
      '',
      '本报都匀4月9日讯（记者 罗思源 通讯员',
      ' 阿依·买买提）连日来，全州各地抢抓',
      '晴好天气开展春耕备耕，已完成翻犁',
      '面积56万亩，进度过半。',
      '',
      '都匀东站新开3趟旅游专列',
      '本报讯 记者田青禾 见习记者韦',
      '一鸣报道　昨日，都匀东站首开3趟',
      '旅游专列，开往荔波、平塘方向。',
      '',
      '让每一粒种子落地生金',
      '本报评论员',
      '春耕备耕，季节不等人。各地要把',
      '服务送到田间地头。',
      '',
      '报料热线：0854-8221234',
      '',
    ].join('\n'),
    { paper: '黔南日报', year: 2025, issueDate: '2025-04-10' },
  );

  it('gives each article the headline above it, and its date and reporters from every lead form', () => {
    expect(page.articles.map((a) => [a.title, a.lead.reporters, a.date])).toEqual([
      ['全州春耕备耕进度过半', ['罗思源', '阿依·买买提'], '2025-04-09'],
      ['都匀东站新开3趟旅游专列', ['田青禾', '韦一鸣'], '2025-04-09'],
      ['让每一粒种子落地生金', [], null],
    ]);
  });

  it('leaves the paper’s particulars over and nothing else', () => {
    expect(page.leftovers.map((l) => l.text)).toEqual([
      '中共黔南州委机关报',
      '黔南日报',
      '2025年4月10日 星期四',
      '农历乙巳年三月十三',
      '报料热线：0854-8221234',
    ]);
  });

  it('takes a title set apart by a blank line from its subtitle or kicker over the first article, but no page label', () => {
    const meta = { paper: '沅江日报', year: 2025, issueDate: '2025-06-12' };
    const subtitled = parse(
      '渔民上岸有了新营生\n\n——南嘴镇退捕渔民转产就业见闻\n本报讯 近日，南嘴镇\n退捕渔民在家门口的\n合作社上了班。\n',
      meta,
    );
    expect(subtitled.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      [null, '渔民上岸有了新营生', '——南嘴镇退捕渔民转产就业见闻'],
    ]);
    const kickered = parse(
      '5\n洞庭·三农\n\n刘晓峰在全市防汛工作会上强调\n\n汛前隐患排查要到边到底\n\n本报讯 11日，全市防汛\n工作会召开，排查隐患。\n',
      meta,
    );
    expect(kickered.articles.map((a) => [a.kicker, a.title])).toEqual([
      ['刘晓峰在全市防汛工作会上强调', '汛前隐患排查要到边到底'],
    ]);
    expect(kickered.leftovers.map((l) => l.text)).toEqual(['5', '洞庭·三农']);
  });

  it('reads headlines over their articles when the first article has none, by the words of every block together', () => {
    // The page opens with an untitled brief, so nothing over the first lead shows the layout: read as printed after
    // their articles, each headline would name the article above it and the last article would be left untitled.
    const untitledFirst = parse(
      [
        '本报讯 昨天上午，市气象台发布今年',
        '首个高温橙色预警，提醒市民注意防暑。',
        '',
        '老城区12条背街小巷完成改造',
        '本报讯（记者 鲍清远）昨日，老城区',
        '背街小巷改造工程全部完工，12条小巷',
        '铺上了青石板，装上了新路灯。',
        '',
        '渔港码头冷链仓库投入使用',
        '本报讯（通讯员 柯小满）近日，渔港',
        '码头冷链仓库投入使用，可储存水产品',
        '三千吨，渔民卖鱼不再愁。',
        '',
      ].join('\n'),
      { paper: '舟岛日报', year: 2025, issueDate: '2025-07-16' },
    );
    expect(untitledFirst.articles.map((a) => [a.title, a.titleSource])).toEqual([
      [expect.any(String), 'derived'],
      ['老城区12条背街小巷完成改造', 'headline'],
      ['渔港码头冷链仓库投入使用', 'headline'],
    ]);
  });

  it('gives the lines over an article to it, not to an untitled brief printed above them', () => {
    // Over their articles, a block's claim is on the article below it: the brief above had its chance and has none.
    const page = parse(
      [
        '城东菜场改造完工',
        '本报讯（记者 鲍清远）昨日，城东菜',
        '场改造完工，新增摊位80个。',
        '',
        '　　本报讯　近日，市文旅局公布首批',
        '夜间文旅消费集聚区名单。（柯小满）',
        '',
        '农技专家把课堂搬到田头',
        '今年全区将培训新型农民三千人次',
        '　　本报讯（记者 甘 棠）昨日，区农',
        '技专家在田头给农户讲解春管要点。',
      ].join('\n'),
      { paper: '舟岛日报', year: 2025, issueDate: '2025-02-20' },
    );
    expect(page.articles.map((a) => [a.titleSource, a.kicker, a.title])).toEqual([
      ['headline', null, '城东菜场改造完工'],
      ['derived', null, expect.any(String)],
      ['headline', '农技专家把课堂搬到田头', '今年全区将培训新型农民三千人次'],
    ]);
  });

  it('keeps a line over the first article that shares nothing with it (an advert) over, and reads the page as before', () => {
    const advert = parse('春季家装节 全场八折\n\n本报讯 昨天，市图书馆新馆开馆。\n\n市图书馆新馆开馆\n', {
      year: 2025,
      issueDate: '2025-04-10',
    });
    expect(advert.articles.map((a) => a.title)).toEqual(['市图书馆新馆开馆']);
    expect(advert.leftovers.map((l) => [l.text, l.reason])).toEqual([['春季家装节 全场八折', 'before-first-article']]);
  });
});

describe('a byline wrapped over two column lines', () => {
  it('closes its article with every name, the bracket on one line and its close on the next', () => {
    const page = parse(
      [
        '本报讯 昨天，市体育中心游泳馆完成',
        '改造重新开放，日均接待市民1200',
        '人次。',
        '（记者 司徒 朗 见习记者',
        '贝思彤）',
        '',
        '游泳馆改造后重新开放',
        '',
      ].join('\n'),
      { year: 2025, issueDate: '2025-06-03' },
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names, a.paragraphs.join('').slice(-4)])).toEqual([
      ['游泳馆改造后重新开放', ['司徒朗', '贝思彤'], '200人次。'.slice(-4)],
    ]);
    expect(page.leftovers).toEqual([]);
  });
});

describe('articles printed without a lead', () => {
  // Written fresh for the class: a column of briefs, a photo's caption and a short commentary signed at its end,
  // none with 本报讯 — the article above has ended (a finished sentence, a closing credit) and a headline stands
  // between. Both layouts: headlines over their articles, and after them.
  const articles = [
    { title: '城东新建三座口袋公园', text: ['本报讯（记者 苏慕白）近日，城东区', '新建的三座口袋公园向市民开放。'] },
    {
      title: '古镇老街完成风貌整治',
      text: ['5月20日，历时半年的古镇老街', '风貌整治工程完工，沿街42栋老', '屋修缮一新。 （石青 罗绮）'],
    },
    { title: '夏夜江滩纳凉人多', text: ['昨天傍晚，不少市民来到江滩', '公园散步纳凉。', '本报记者 温如玉 摄'] },
    {
      title: '莫让“随手拍”变成“随手扰”',
      text: [
        '近来，一些市民热衷在公共场所',
        '随手拍摄他人并上传网络。',
        '',
        '记录生活无可厚非，但应守住',
        '他人隐私的边界。 （韦庭轩）',
      ],
    },
  ];
  const over = parse(articles.flatMap((a) => [a.title, '', ...a.text, '']).join('\n') + '广告\n', TONGJIANG_ISSUE);
  const after = parse(articles.flatMap((a) => [...a.text, '', a.title, '']).join('\n'), TONGJIANG_ISSUE);

  it.each([
    ['over', over],
    ['after', after],
  ])('opens each after the article above, with its headline %s it, its date and its closing credit', (_, page) => {
    expect(
      page.articles.map((a) => [
        a.title,
        a.date,
        [...a.lead.reporters, ...(a.byline?.names ?? [])],
        a.paragraphs.join('').slice(0, 5),
      ]),
    ).toEqual([
      ['城东新建三座口袋公园', null, ['苏慕白'], '本报讯（记'],
      ['古镇老街完成风貌整治', '2025-05-20', ['石青', '罗绮'], '5月20日'],
      ['夏夜江滩纳凉人多', '2025-05-21', ['温如玉'], '昨天傍晚，'],
      ['莫让“随手拍”变成“随手扰”', null, ['韦庭轩'], '近来，一些'],
    ]);
  });

  it('leaves the mark over an advert over as the page’s furniture', () => {
    expect(over.leftovers.map((l) => [l.text, l.reason])).toEqual([['广告', 'page-furniture']]);
  });

  it('does not open one at a date under a marked subhead, or after a finished sentence without a headline', () => {
    const page = parse(
      [
        '本报讯（记者 苏慕白）今年以来，桐江',
        '市推进老旧小区改造。',
        '',
        '一、坚持规划先行',
        '',
        '3月2日，改造方案向居民公示，',
        '收到意见120条。',
        '4月1日，首批项目开工。',
        '■ 强化质量监管',
        '5月8日，质监站开展抽查。',
        '',
        '桐江推进老旧小区改造',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(-10)])).toEqual([
      ['桐江推进老旧小区改造', '5月8日，质监站开展抽查。'.slice(-10)],
    ]);
  });

  it('reads the paper’s own name in credits, a commentator’s name and a marked byline under a headline', () => {
    const page = parse(
      [
        '让老街留住烟火气',
        '',
        '桐江日报全媒体记者 苏慕白',
        '通讯员 甘棠',
        '5月2日，老街夜市重新开市。',
        '',
        '守护好城市的“里子”',
        '本报评论员 韦庭轩',
        '城市建设既要“面子”，更要',
        '“里子”。',
        '',
        '“小切口”撬动“大民生”',
        '□ 石青',
        '',
        '民生无小事，枝叶总关情。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.lead.reporters, a.date])).toEqual([
      ['让老街留住烟火气', ['苏慕白', '甘棠'], '2025-05-02'],
      ['守护好城市的“里子”', ['韦庭轩'], null],
      ['“小切口”撬动“大民生”', ['石青'], null],
    ]);
  });
});

describe('more articles printed without a lead', () => {
  // Fresh pages for the forms a second writer's set showed: a column of untitled briefs each signed at its end, a
  // commentary whose text touches its title, headlines printed after a run of articles with nothing between
  // them, a credit whose wrap cut a name before more names, an advert under its mark.

  it('opens each untitled brief after the credit that closes the one above', () => {
    const page = parse(
      [
        '社区简讯',
        '　　5月19日，桐江街道举办邻里节，',
        '300余户居民参加。',
        '（柯岚 甘棠）',
        '　　近日，城南社区食堂开业，老人就',
        '餐每餐优惠3元。（记者 温如玉）',
        '　　5月20日至21日，市图书馆举办旧',
        '书交换活动。',
        '（苏慕白）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.date, a.dateEnd, a.byline?.names, a.paragraphs.join('').slice(0, 4)])).toEqual([
      ['2025-05-19', null, ['柯岚', '甘棠'], '5月19'],
      [null, null, ['温如玉'], '近日，城'],
      ['2025-05-20', '2025-05-21', ['苏慕白'], '5月20'],
    ]);
    expect(page.leftovers.map((l) => l.text)).toEqual(['社区简讯']);
  });

  it('opens a commentary at the first line as wide as the column under its title after a closing credit', () => {
    const page = parse(
      [
        '城东菜场改造完工',
        '',
        '本报讯（记者 温如玉）昨天，城东菜',
        '场改造完工，新增摊位80个，市民',
        '买菜更方便了。',
        '（本报记者 甘棠）',
        '',
        '西湖快评',
        '菜场虽小关乎民生',
        '一座菜场的改造，看似是件小事，',
        '却连着千家万户的菜篮子。摊位怎',
        '么排、通道怎么留、垃圾怎么清运，',
        '每一处细节都考验着管理者的用心。',
        '城市治理就要从这样的小事做起，',
        '把群众的急难愁盼放在心上。',
        '（柯　岚）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(0, 5), a.byline?.names])).toEqual([
      ['城东菜场改造完工', '本报讯（记', ['甘棠']],
      ['菜场虽小关乎民生', '一座菜场的', ['柯岚']],
    ]);
  });

  it('opens a dated article after a finished sentence when it closes with a credit the lead above did not name', () => {
    const page = parse(
      [
        '本报讯（记者 温如玉）5月20日，第三',
        '届桐江龙舟赛开幕，24支队伍参赛。',
        '',
        '5月21日，城北小学开展防溺水安全',
        '教育，2000余名学生参加。',
        '（通讯员 甘棠）',
        '',
        '桐江龙舟赛开幕',
        '城北小学开展防溺水教育',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date, [...a.lead.reporters, ...(a.byline?.names ?? [])]])).toEqual([
      ['桐江龙舟赛开幕', '2025-05-20', ['温如玉']],
      ['城北小学开展防溺水教育', '2025-05-21', ['甘棠']],
    ]);
    // Signed by the reporter its lead named, the same text is that article's second paragraph.
    const one = parse(
      [
        '本报讯（记者 温如玉）5月20日，第三',
        '届桐江龙舟赛开幕，24支队伍参赛。',
        '',
        '5月21日，各队进入半决赛。',
        '（温如玉）',
        '',
        '桐江龙舟赛开幕',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(one.articles.map((a) => a.title)).toEqual(['桐江龙舟赛开幕']);
  });

  it('reads a credit whose wrap cut a name before more names, and leaves an advert under its mark over', () => {
    const page = parse(
      [
        '牧区冬宰有序进行',
        '',
        '本报记者 热依拉·托乎',
        '提 甘棠',
        '入冬以来，牧区冬宰工作有序开展。',
        '',
        '广告',
        '桐江家具城 周年店庆',
        '全场五折 送货上门',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.lead.reporters])).toEqual([
      ['牧区冬宰有序进行', ['热依拉·托乎提', '甘棠']],
    ]);
    expect(page.leftovers.map((l) => [l.text, l.reason])).toEqual([
      ['广告', 'page-furniture'],
      ['桐江家具城 周年店庆', 'page-furniture'],
      ['全场五折 送货上门', 'page-furniture'],
    ]);
  });
});

describe('articles after a closing credit a column wrapped, and a feature under a headline set apart', () => {
  it('opens a dated article under a headline after a credit wrapped over two lines', () => {
    const page = parse(
      [
        '城东菜场改造完工',
        '本报讯 5月20日，城东菜场改造完工，',
        '新增摊位80个。（桐江日报全媒',
        '体记者 骆 岚）',
        '',
        '城西公园新添健身步道',
        '近日，城西公园新建的健身步道向',
        '市民开放，全长2.3公里。（甘棠）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names])).toEqual([
      ['城东菜场改造完工', ['骆岚']],
      ['城西公园新添健身步道', ['甘棠']],
    ]);
  });

  it('opens an article after a finished sentence when its own credit, wrapped over two lines, names others', () => {
    const page = parse(
      [
        '本报讯（记者 温如玉）近日，桐江人才',
        '市场举办招聘会，提供岗位860余个。',
        '',
        '人才市场招聘会达成就业意向',
        '',
        '记者昨天从市气象台获悉，本周四起',
        '我市将出现一次明显降温过程。（记者',
        '骆　岚 通讯员 甘　棠）',
        '',
        '本周后半程气温回落',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names ?? a.lead.reporters])).toEqual([
      ['人才市场招聘会达成就业意向', ['温如玉']],
      ['本周后半程气温回落', ['骆岚', '甘棠']],
    ]);
  });

  it('opens a notice under its title, whatever ended above it', () => {
    const page = parse(
      [
        '村卫生室配备健康服务包',
        '',
        '本报讯（记者 温如玉）近日，桐江县为全县',
        '98个村卫生室配备了健康服务包。',
        '',
        '征文启事',
        '',
        '　　为展示基层医生的风貌，本报即日起',
        '开展主题征文活动。来稿请注明姓名。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(0, 6)])).toEqual([
      ['村卫生室配备健康服务包', '本报讯（记者'],
      ['征文启事', '为展示基层医'],
    ]);
  });

  it('opens an undated feature under a headline set apart by blank lines when it closes with its own credit', () => {
    const lines = (first: string) => [
      '桐江书院入选省级名录',
      '',
      '本报讯（记者 温如玉）近日，省文旅厅公布新一批',
      '文物保护单位名录，桐江书院入选。',
      '',
      '在实验室里种出新材料',
      '',
      `　　${first}，材料学院的实验楼里`,
      '依然灯火通明。几名研究生正围着一',
      '台管式炉，等待一组样品出炉。',
      '（文/骆岚 图/甘棠）',
      '',
    ];
    const page = parse(lines('晚上10点').join('\n'), TONGJIANG_ISSUE);
    expect(page.articles.map((a) => [a.title, [...a.lead.reporters, ...(a.byline?.names ?? [])]])).toEqual([
      ['桐江书院入选省级名录', ['温如玉']],
      ['在实验室里种出新材料', ['骆岚', '甘棠']],
    ]);
    // Signed by the reporter its lead named, the same text under the same line is one article with a subhead.
    const one = parse(lines('晚上10点').join('\n').replace('（文/骆岚 图/甘棠）', '（温如玉）'), TONGJIANG_ISSUE);
    expect(one.articles).toHaveLength(1);
  });
});

describe('running text a column break left alone on a line', () => {
  it('opens nothing at a date whose line above was cut inside it, or under a line cut after 的', () => {
    const page = parse(
      [
        '本报讯（记者 温如玉）今年以来，桐江',
        '市推进老旧小区改造，已开工32个。',
        '',
        '　　在城东片区项目现场，截至4',
        '月底，已完成外墙改造12栋。',
        '',
        '组织居民代表全程参与新修订的',
        '',
        '改造方案的讨论，收集意见80余条。',
        '（骆岚 甘棠）',
        '',
        '桐江推进老旧小区改造',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => a.title)).toEqual(['桐江推进老旧小区改造']);
  });
});

describe('lines that look short enough for a headline', () => {
  it('never makes a line ending in a telephone number a headline, so an untitled brief stays untitled', () => {
    const page = parse(
      [
        '本报讯 昨日，区司法局在城北',
        '社区开展普法宣传，解答群众',
        '法律咨询60余人次。',
        '',
        '法律援助热线：12348',
        '',
        '本报讯（记者 骆 岚）近日，区',
        '法院审结一起电信诈骗案。',
        '',
        '区法院审结一起电信诈骗案',
      ].join('\n'),
      { paper: '临安日报', year: 2025, issueDate: '2025-06-19' },
    );
    expect(page.articles.map((a) => [a.title, a.titleSource])).toEqual([
      [expect.any(String), 'derived'],
      ['区法院审结一起电信诈骗案', 'headline'],
    ]);
    expect(page.leftovers.map((l) => l.text)).toContain('法律援助热线：12348');
  });

  it('opens no article at a telephone line under the last headline of the page', () => {
    const page = parse(
      [
        '　　8月25日，选手在城南沙滩',
        '参加沙排邀请赛。',
        '本报记者 甘 棠 摄',
        '沙滩上的较量',
        '',
        '责任编辑：柯 岚',
        '赛事热线：0571-6300002',
      ].join('\n'),
      { paper: '临安日报', year: 2025, issueDate: '2025-08-26' },
    );
    expect(page.articles.map((a) => a.title)).toEqual(['沙滩上的较量']);
    expect(page.leftovers.map((l) => l.text)).toEqual(['责任编辑：柯 岚', '赛事热线：0571-6300002']);
  });

  it('dates an article whose credit line stands over 记者昨日从…获悉', () => {
    const page = parse('记者 甘 棠\n　　记者昨日从市气象台获悉，\n本周后半程气温回落。\n', {
      paper: '临安日报',
      year: 2025,
      issueDate: '2025-08-07',
    });
    expect(page.articles.map((a) => [a.lead.reporters, a.date])).toEqual([[['甘棠'], '2025-08-06']]);
  });

  it('opens an article at 记者昨天从…获悉 under a headline touching the text above it', () => {
    const page = parse(
      [
        '本报讯（记者 甘 棠）昨日，城东',
        '公交枢纽站投入使用，8条线路',
        '迁入站内。',
        '城东公交枢纽站投用',
        '',
        '　　记者昨天从市气象台获悉，本',
        '周后半程气温回落，最低气温降至',
        '4℃左右。',
        '（记者 柯 岚）',
        '',
        '本周后半程气温回落',
      ].join('\n'),
      { paper: '临安日报', year: 2025, issueDate: '2025-11-21' },
    );
    expect(page.articles.map((a) => [a.title, a.date, a.lead.reporters, a.byline?.names ?? []])).toEqual([
      ['城东公交枢纽站投用', '2025-11-20', ['甘棠'], []],
      ['本周后半程气温回落', '2025-11-20', [], ['柯岚']],
    ]);
  });
  it('reads a title that asks, set apart from the text, as a headline and opens the article under it', () => {
    const page = parse(
      [
        '本报讯（记者 温如玉）近日，桐江县',
        '新建的12座口袋公园陆续开放。',
        '',
        '口袋公园开到家门口',
        '',
        '政策解读',
        '公积金贷款额度为何提高？',
        '',
        '近日，市住房公积金中心调整了贷',
        '款政策。记者就此采访了相关负责',
        '人。',
        '（本报记者 骆　岚 整理）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.paragraphs.join('').slice(0, 4)])).toEqual([
      [null, '口袋公园开到家门口', '本报讯（'],
      ['政策解读', '公积金贷款额度为何提高？', '近日，市'],
    ]);
  });

  it('keeps a question that ends a paragraph, or a sentence cut before it, in the text', () => {
    const page = parse(
      [
        '本报讯（记者 温如玉）近日，桐江县',
        '居民反映小区停车难。',
        '',
        '车位紧张、收费偏高，',
        '停车难题何时能解？',
        '',
        '社区停车难题待解',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(-9)])).toEqual([
      ['社区停车难题待解', '停车难题何时能解？'],
    ]);
  });

  it('opens a brief under a title as wide as the column, touching its text, after an article closed by its credit', () => {
    const lines = (credit: string) => [
      '桐江港新开两条外贸航线',
      '本报讯（记者 温如玉）近日，桐江港新开',
      '至越南、泰国的两条外贸集装箱航线。',
      credit,
      '',
      '新加坡港上半年集装箱量增长5.1%',
      '据新加坡海事及港务管理局发布的数',
      '据，上半年该港集装箱吞吐量同比增',
      '长5.1%。',
      '（骆岚 编译）',
      '',
    ];
    const page = parse(lines('（文/本报记者 温如玉 图/通讯员 甘　棠）').join('\n'), TONGJIANG_ISSUE);
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(0, 5)])).toEqual([
      ['桐江港新开两条外贸航线', '本报讯（记'],
      ['新加坡港上半年集装箱量增长5.1%', '据新加坡海'],
    ]);
    // Under a picture's credit the caption's text may go on: no article opens there.
    const photo = parse(lines('记者 温如玉 摄').join('\n'), TONGJIANG_ISSUE);
    expect(photo.articles).toHaveLength(1);
  });
  it('opens an indented paragraph under a title with a comma in it, printed over a commentary signed at its end', () => {
    const page = parse(
      [
        '口袋公园开到家门口',
        '本报讯（记者 温如玉）近日，桐江县',
        '新建的12座口袋公园陆续开放。',
        '',
        '桐江时评',
        '停车收费，要算明白账',
        '　　老城区停车难，收费却乱，市',
        '民意见不小。',
        '　　定价透明，才能让人信服。',
        '（本报评论员　骆　岚）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.length, a.byline?.names ?? a.lead.reporters])).toEqual([
      ['口袋公园开到家门口', 1, ['温如玉']],
      ['停车收费，要算明白账', 2, ['骆岚']],
    ]);
  });

  it('reads 文/ with a name under a title as the byline that opens its article', () => {
    const page = parse(
      [
        '口袋公园开到家门口',
        '本报讯（记者 温如玉）近日，桐江县',
        '新建的12座口袋公园陆续开放。',
        '',
        '让老手艺走进新课堂',
        '文/甘　棠',
        '　　每逢周三下午，桐江一中的',
        '剪纸课总是座无虚席。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.lead.reporters])).toEqual([
      ['口袋公园开到家门口', ['温如玉']],
      ['让老手艺走进新课堂', ['甘棠']],
    ]);
  });

  it('opens a notice under its wrapped title and keeps its issuer, date and telephone line as its own', () => {
    const page = parse(
      [
        '本报讯（记者 温如玉）近日，桐江县',
        '新建的12座口袋公园陆续开放。',
        '（记者　温如玉）',
        '',
        '关于桐江大桥夜间',
        '封闭施工的公告',
        '　　因桥面维修需要，桐江大桥将',
        '于11月1日至10日夜间封闭。',
        '　　特此公告。',
        '　　咨询电话：0571-64123456',
        '桐江县交通运输局',
        '2025年10月28日',
        '',
        '本版编辑：甘　棠',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    const notice = page.articles.at(-1)!;
    expect(notice.title).toBe('关于桐江大桥夜间 封闭施工的公告');
    expect(notice.paragraphs.slice(-3)).toEqual(['咨询电话：0571-64123456', '桐江县交通运输局', '2025年10月28日']);
    expect(page.leftovers.map((l) => l.text)).toEqual(['本版编辑：甘 棠']);
  });

  it('keeps a line naming a body after an article that is no notice out of its text', () => {
    const page = parse(
      ['本报讯（记者 温如玉）近日，桐江县', '新建的12座口袋公园陆续开放。', '', '桐江县园林管理中心', ''].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('园林管理中心');
  });
  it('opens small notices stacked without blank lines under their titles, each keeping what signs it', () => {
    const page = parse(
      [
        '口袋公园开到家门口',
        '本报讯（记者 温如玉）近日，桐江县新',
        '建的一批口袋公园陆续开放，市民休闲',
        '多了好去处。公园利用边角空地建成，',
        '配有健身器材、儿童游乐设施和休息座',
        '椅，步行十分钟内即可到达，受到附近',
        '居民欢迎。县园林部门介绍，今年还将',
        '在老城区新建口袋公园八座，并对已建',
        '成的公园开展夜间照明改造，让市民晚',
        '上也能放心散步。下一步，还将征集居',
        '民意见，优化公园内设施布局和绿化。',
        '',
        '分类信息',
        '讣告',
        '桐江县第二中学退休教师甘秀兰同志，',
        '因病医治无效，于本月十八日逝世，享',
        '年八十六岁。特此讣告。',
        '甘秀兰同志治丧小组',
        '2025年5月20日',
        '寻人启事',
        '骆长生，男，七十九岁，本月十九日从',
        '家中走失。有知情者请与家属联系，必',
        '有重谢。',
        '联系人：骆先生',
        '电话：13800571234',
        '停水通知',
        '因管网改造，桐江大道沿线将于本月二十',
        '五日停水一天，请用户提前储水。',
        '桐江县自来水有限公司',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.at(-1)]).slice(1)).toEqual([
      ['讣告', '2025年5月20日'],
      ['寻人启事', '电话：13800571234'],
      ['停水通知', '桐江县自来水有限公司'],
    ]);
    expect(page.articles[0]!.title).toBe('口袋公园开到家门口');
    expect(page.leftovers.map((l) => l.text)).toEqual(['分类信息']);
  });

  it('takes a contents entry with its page on the line under it for furniture', () => {
    const page = parse(
      [
        '口袋公园开到家门口',
        '本报讯（记者 温如玉）近日，桐江县新建',
        '的12座口袋公园陆续开放。',
        '',
        '今日导读',
        '老手艺走进新课堂',
        '（3版）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles).toHaveLength(1);
    expect(page.leftovers.map((l) => l.text)).toEqual(['今日导读', '老手艺走进新课堂', '（3版）']);
  });

  it('opens an indented paragraph under a blank line below a headline printed after the article it touches', () => {
    const page = parse(
      [
        '　　本报讯（记者 温如玉）近日，桐江县',
        '新建的12座口袋公园陆续开放。',
        '口袋公园开到家门口',
        '',
        '　　清晨六点，卖豆浆的甘师傅已经',
        '忙了两个小时。',
        '（记者 骆　岚）',
        '早点摊上的烟火气',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs[0]!.slice(0, 4)])).toEqual([
      ['口袋公园开到家门口', '本报讯（'],
      ['早点摊上的烟火气', '清晨六点'],
    ]);
  });

  it('reads a credit line going on over a line of more names closed by 文/图', () => {
    const page = parse(
      [
        '老手艺走进新课堂',
        '',
        '记者　温如玉',
        '通讯员　阿依古丽　文/图',
        '　　5月18日至20日，桐江一中举办',
        '非遗进校园活动。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.lead.reporters, a.date, a.dateEnd])).toEqual([
      [['温如玉', '阿依古丽'], '2025-05-18', '2025-05-20'],
    ]);
  });
  it('opens a titled comment under an article that jumps to another page mid-sentence, and leaves a contents box over', () => {
    const page = parse(
      [
        '口袋公园开到家门口',
        '　　本报讯（记者 温如玉）近日，桐江县新',
        '建的一批口袋公园陆续开放，市民休闲',
        '多了好去处。公园利用边角空地建成，',
        '配有健身器材、儿童游乐设施和休息',
        '（下转第5版）',
        '',
        '短评',
        '小公园里有大民生',
        '',
        '　　口袋公园虽小，却连着群众的日常。',
        '建好更要管好，让公园常用常新。',
        '',
        '今日要目',
        '老手艺走进新课堂',
        '▶3版',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs[0]!.slice(0, 4)])).toEqual([
      ['口袋公园开到家门口', '本报讯（'],
      ['小公园里有大民生', '口袋公园'],
    ]);
    expect(page.leftovers.map((l) => l.text)).toEqual([
      '（下转第5版）',
      '短评',
      '今日要目',
      '老手艺走进新课堂',
      '▶3版',
    ]);
  });
  it('splits a digest page printed without leads: each item under its title, closed by its source or author', () => {
    const page = parse(
      [
        '文摘',
        '',
        '“老街的灯，是谁点亮的？”',
        '去年冬天，桐江老街的路灯坏了大半。没',
        '想到不到一周，路灯就全亮了。修灯的是',
        '回乡的电工甘师傅，他自己掏钱买来灯泡',
        '和线材，一盏一盏地修好。',
        '（摘自《桐江晚报》　作者：骆　岚）',
        '',
        '退休了，该不该',
        '替儿女带孩子？',
        '“女儿一个电话，我就从乡下搬进了城。”',
        '今年六十岁的温阿姨退休后，一直在省城',
        '帮女儿带外孙，每天忙到很晚才能休息。',
        '专家认为，隔代照料应是自愿的选择。',
        '（摘自《银龄周报》　作者：甘　棠）',
        '一张表格省了多少腿',
        '在桐江的山区乡镇，群众办事常要跑好几',
        '趟。当地把高频事项的办理流程整理成一',
        '张表格，发到每家每户，一趟就能办完。',
        '（据《山区周末》）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names ?? [], a.paragraphs.join('').slice(-8)])).toEqual([
      ['“老街的灯，是谁点亮的？”', ['骆岚'], '一盏一盏地修好。'],
      ['退休了，该不该 替儿女带孩子？', ['甘棠'], '应是自愿的选择。'],
      ['一张表格省了多少腿', [], '据《山区周末》）'],
    ]);
  });

  it('reads a credit line over a wire-style 电 lead as that lead’s, and a brief closed by its source as another’s', () => {
    const page = parse(
      [
        '日本发行新版纸币',
        '　　据新华社东京5月2日电　日本央行',
        '3日起发行新版纸币，这是时隔二十年来',
        '日本首次发行新版纸币。',
        '',
        '柏林球迷区人头攒动',
        '本报驻柏林记者　温如玉',
        '　　本报柏林5月1日电　随着欧洲杯进',
        '入淘汰赛阶段，德国各主办城市的球迷',
        '区持续火爆。',
        '智利南部暴雨致',
        '数千人撤离',
        '　　受强锋面影响，智利南部连日遭遇',
        '暴雨袭击，约三千八百人被紧急疏散。',
        '（据路透社）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.lead.reporters, a.date])).toEqual([
      ['日本发行新版纸币', [], '2025-05-02'],
      ['柏林球迷区人头攒动', ['温如玉'], '2025-05-01'],
      ['智利南部暴雨致 数千人撤离', [], null],
    ]);
  });
  it('opens an unsigned column under its label (社论) after a commentary that credits no one', () => {
    const lines = (label: string) => [
      '让老手艺走出新天地',
      '本报评论员',
      '　　一门老手艺，串起了种植、加工、',
      '销售和文旅多个环节，也串起了千家',
      '万户的增收梦。',
      '',
      label,
      '守牢防汛安全',
      '底线不放松',
      '',
      '　　当前，全县已进入主汛期，防汛',
      '形势严峻复杂，各地各部门要压紧压',
      '实责任。',
      '',
    ];
    const page = parse(lines('社论').join('\n'), TONGJIANG_ISSUE);
    expect(page.articles.map((a) => a.title)).toEqual(['让老手艺走出新天地', '守牢防汛安全 底线不放松']);
    // Without the label, the same lines are one article with a subhead.
    expect(parse(lines('').join('\n'), TONGJIANG_ISSUE).articles).toHaveLength(1);
  });
  it('leaves a marked column label over the headline it touches, and keeps a marked subhead over its text', () => {
    const page = parse(
      [
        '农事直通车',
        '',
        '◆田间回访',
        '烂在地里的萝卜',
        '找到了买家',
        '记者 韦听澜',
        '上周本报报道桐江县萝卜滞销一事，',
        '引起多家商超关注。',
        '',
        '◆ 订单接续不断',
        '目前，已有三家企业与合作社签订了',
        '长期收购协议。（韦听澜）',
        '',
        '晚归的路',
        '□ 钟白羽',
        '乡间的路灯亮了，晚归的人不再摸黑。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.leftovers.map((l) => l.text)).toContain('◆田间回访');
    expect(page.articles.map((a) => a.title)).toEqual(['烂在地里的萝卜 找到了买家', '晚归的路']);
    // The subhead pauses into its text (目前，…): it stays in the article; a three-letter name is a byline.
    expect(page.articles[0]!.paragraphs.join('')).toContain('◆ 订单接续不断');
    expect(page.articles[1]!.lead.reporters).toEqual(['钟白羽']);
  });

  it('reads a marked name under a commentary’s last sentence as its signature, not the next headline', () => {
    const page = parse(
      [
        '桐江时评',
        '夜市要热闹也要干净',
        '　　夜市人气旺了，垃圾也多了。管',
        '理跟上，烟火气才留得住。',
        '　　　　　　　　◆ 柯听雨',
        '',
        '城南新建三座公厕',
        '　　本报讯（记者 韦听澜）近日，城',
        '南片区三座新建公厕投入使用。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.lead.reporters, a.byline?.names ?? []])).toEqual([
      [null, '夜市要热闹也要干净', [], ['柯听雨']],
      [null, '城南新建三座公厕', ['韦听澜'], []],
    ]);
  });

  it('joins a title cut by a stray blank line at the page’s top, but not the section name over it', () => {
    const page = parse(
      [
        '桐江新闻',
        '',
        '城东客运站至桐江高铁站',
        '',
        '定制公交下周开通',
        '',
        '　　本报讯（记者 韦听澜）记者昨天从市交',
        '通运输局获悉，城东客运站至桐江高铁',
        '站的定制公交将于下周一开通。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '城东客运站至桐江高铁站 定制公交下周开通']]);
    expect(page.leftovers.map((l) => l.text)).toEqual(['桐江新闻']);
  });

  it('closes an article at its source on a line of its own under a table', () => {
    const page = parse(
      [
        '上周油价一览',
        '　　本报讯（记者 韦听澜）据省发改委',
        '发布，本周成品油价格上调，具体如下：',
        '92号汽油　每升7.62元',
        '0号柴油　每升7.31元',
        '（数据来源：省发改委）',
        '',
        '老街夜市开张',
        '　　近日，城南老街夜市重新开张，首',
        '晚吸引市民近万人次。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => a.title)).toEqual(['上周油价一览', '老街夜市开张']);
    expect(page.articles[0]!.paragraphs.join('')).toMatch(/（数据来源：省发改委）$/);
  });

  it('opens an article at the editor’s note printed over its credit line', () => {
    const page = parse(
      [
        '乡村振兴调研行',
        '一粒种子的新旅程',
        '',
        '编者按　即日起，本报推出“乡村振兴调',
        '研行”专栏，记录各地的生动实践。',
        '',
        '本报记者　温如玉　甘　棠',
        '　　初夏时节，走进桐江县的良种基地，',
        '一派忙碌景象。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.lead.reporters, a.paragraphs[0]!.slice(0, 3)])).toEqual([
      [['温如玉', '甘棠'], '编者按'],
    ]);
    expect(page.articles[0]!.titleSource).toBe('headline');
  });

  it('opens the first article of a page without leads at a paragraph, never inside its headline', () => {
    const page = parse(
      [
        '产业·种业',
        '',
        '春耕时节看种业',
        '一粒种子的“突围”',
        '——桐江县良种繁育推广调查',
        '　　清明刚过，桐江县良种繁育基地里',
        '已是一派忙碌景象，一袋袋良种被装上',
        '货车，发往周边县市。',
        '（本报记者 温如玉 采写）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs[0]!.slice(0, 4)])).toEqual([
      ['一粒种子的“突围”', '清明刚过'],
    ]);
  });

  it('closes an article at a credit set right under its last sentence — a reporter’s, a marked or a bare name', () => {
    const page = parse(
      [
        '城北菜场改造完工',
        '　　本报讯 近日，城北农贸市场改造完',
        '工，摊位由120个增至168个。',
        '　　　　　　　　本报记者　聂小满',
        '',
        '■桐江观察',
        '别让停车位变成“储物间”',
        '　　不少小区的公共车位被杂物占据，',
        '既不安全，也不公平。',
        '　　　　　　　　　　　　◎ 岑望舒',
        '桐江县图书馆延长开放时间',
        '　　本报讯（记者 聂小满）即日起，县',
        '图书馆每晚开放至21时。',
        '　　　　　　　　　　　　　司空砚',
        '',
        '周末文化地图',
        '　　本周末，桐江大剧院将上演越剧',
        '《五女拜寿》。',
        '　　　　　　　　桐江县文化馆',
        '　　　　　　　　2025年5月21日',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names ?? []])).toEqual([
      ['城北菜场改造完工', ['聂小满']],
      ['别让停车位变成“储物间”', ['岑望舒']],
      ['桐江县图书馆延长开放时间', ['司空砚']],
      ['周末文化地图', []],
    ]);
    // A short line set right over more text is no signature, whatever its characters.
    const overText = parse(
      [
        '夏粮收购启动',
        '　　本报讯 5月20日，全县夏粮收购启动。',
        '　　　　　　　　麦浪翻',
        '　　田间地头一片繁忙。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(overText.articles.map((a) => a.byline?.names ?? [])).not.toContainEqual(['麦浪翻']);
    // The issuer and date set right sign the last article as printed, as a notice's do.
    expect(page.articles.at(-1)!.paragraphs.join('')).toMatch(/《五女拜寿》。桐江县文化馆2025年5月21日$/);
  });

  it('closes a picture story at its 文/图 credit line even when the next title touches it', () => {
    const page = parse(
      [
        '江堤上的油菜花开了',
        '本报讯 连日来，桐江大堤两侧的油菜',
        '花竞相开放，吸引市民前来踏青。',
        '文/图　融媒体记者　蓝知夏',
        '城区新增两条公交线路',
        '本报讯（记者 汤照野）5月20日，城区',
        '新开通的两条公交线路正式运营。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names ?? [], a.lead.reporters])).toEqual([
      ['江堤上的油菜花开了', ['蓝知夏'], []],
      ['城区新增两条公交线路', [], ['汤照野']],
    ]);
  });

  it('reads 文／本报记者 with a picture credited to no person (图／受访者提供) as the byline opening its article', () => {
    const page = parse(
      [
        '【身边的榜样】',
        '七旬护林员',
        '守山三十年',
        '文／本报记者　费南枝　图／资料图片',
        '　　天刚亮，护林员杭守业就背起水壶',
        '上了山。这位七旬老人守山已有三十年。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    // The credit stays the first paragraph, as printed, as any credit line over its text does.
    expect(page.articles.map((a) => [a.kicker, a.title, a.lead.reporters, a.paragraphs[1]!.slice(0, 3)])).toEqual([
      ['【身边的榜样】', '七旬护林员 守山三十年', ['费南枝'], '天刚亮'],
    ]);
  });

  it('opens an article under a title touching its text on a page without indents, after a blank line', () => {
    const page = parse(
      [
        '夏粮收购启动',
        '本报讯（记者 汤照野）5月20日，全县',
        '夏粮收购工作正式启动，首日收购小麦',
        '1200吨。',
        '',
        '2025年高考',
        '6月7日开考',
        '记者从省教育考试院获悉，今年高考',
        '将于6月7日开考，全省报名人数比去',
        '年增加1.2万人。（据新华社）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(0, 5)])).toEqual([
      ['夏粮收购启动', '本报讯（记'],
      ['2025年高考 6月7日开考', '记者从省教'],
    ]);
  });

  it('reads a kicker ending in —— printed under its title, over the lead, as that title’s kicker', () => {
    const page = parse(
      [
        '三座老桥完成加固',
        '　　本报讯（记者 汤照野）近日，城区三座',
        '老桥加固工程完工。',
        '',
        '800余名志愿者',
        '走上街头清理积雪',
        '暖城行动——',
        '　　本报讯（通讯员 白露为）5月20日，',
        '800余名志愿者走上街头清理积雪。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '三座老桥完成加固'],
      ['暖城行动——', '800余名志愿者 走上街头清理积雪'],
    ]);
  });

  it('reads a short line ending on its subject’s verb over the verb’s object as one wrapped title', () => {
    const page = parse(
      [
        '桐江县档案馆开放',
        '首批“家谱阅览室”',
        '　　本报讯 近日，县档案馆“家谱阅览室”',
        '对外开放，首批展出家谱120余部。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '桐江县档案馆开放 首批“家谱阅览室”']]);
  });

  it('splits run-in briefs whose title wraps into the line of its text, each closed by its credit', () => {
    const page = parse(
      [
        '城市动态',
        '　　桐江港至舟山集装箱航线月内首',
        '航　5月18日，桐江港开通至舟山的',
        '集装箱直航航线，每周两班。（记者',
        ' 汤照野）',
        '　　县城首座立体停车库投用　5月19',
        '日，城西立体停车库投入使用，提供',
        '车位320个。（记者 蓝知夏）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date, a.byline?.names, a.paragraphs[0]!.slice(0, 5)])).toEqual([
      ['桐江港至舟山集装箱航线月内首 航', '2025-05-18', ['汤照野'], '5月18日'],
      ['县城首座立体停车库投用', '2025-05-19', ['蓝知夏'], '5月19日'],
    ]);
  });

  it('reads a credit line closed by 报道 glued to the last name, but not a place before 报道, as a name', () => {
    const page = parse(
      [
        '山村通上了5G',
        '本报记者 汤照野 通讯员 白露为报道',
        '　　5月中旬，桐江县最偏远的高坪村',
        '通上了5G信号。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => a.lead.reporters)).toEqual([['汤照野', '白露为']]);
  });

  it('reads two short lines under a marked kicker as one title, not a second kicker', () => {
    const page = parse(
      [
        '【身边的感动】',
        '古稀老人',
        '十五年义务为村民理发',
        '　　本报记者 汤照野',
        '　　每逢赶集日，古稀老人柏守田就在村口',
        '摆开理发摊，十五年来从未收过村民一分钱。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      ['【身边的感动】', '古稀老人 十五年义务为村民理发', null],
    ]);
  });

  it('reads a line with a pause under a title wrapped over two lines without one as its subtitle', () => {
    const page = parse(
      [
        '“桐江记忆——百年老照片',
        '档案展”今起开展',
        '展出照片300余幅，展期一个月',
        '　　本报讯（记者 蓝知夏）5月20日，“桐江记忆',
        '——百年老照片档案展”在县档案馆开展。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      [null, '“桐江记忆——百年老照片 档案展”今起开展', '展出照片300余幅，展期一个月'],
    ]);
  });

  it('leaves a contents box over, every entry under its label to the blank line, so the article below opens', () => {
    const page = parse(
      [
        '城东学校扩建完工',
        '　　本报讯（记者 汤照野）5月20日，城东',
        '学校扩建工程完工。',
        '',
        '今日导读',
        '◆桐江：老街改造启动',
        '　“修旧如旧”留住乡愁',
        '　　　　　　　（3版）',
        '◆城南：夜市重新开张（4版）',
        '',
        '江滩湿地',
        '白鹭成群',
        '　　5月19日，桐江江滩湿地上白鹭成群',
        '觅食。',
        '　　　　　　本报记者　蓝知夏　摄',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date])).toEqual([
      ['城东学校扩建完工', '2025-05-20'],
      ['江滩湿地 白鹭成群', '2025-05-19'],
    ]);
    expect(page.leftovers.filter((l) => l.reason === 'page-furniture').map((l) => l.text)).toHaveLength(5);
  });

  it('signs a commentary with a bare name set right over the next headline, and opens the article under it', () => {
    const page = parse(
      [
        '■桐江时评',
        '让老街“活”起来',
        '　　老街改造，留住的是记忆，',
        '激活的是人气。',
        '　　　　　　　　柯听雨',
        '城南新开一家社区书屋',
        '　　近日，城南社区书屋开门迎客，藏',
        '书3000余册，居民可免费借阅。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names ?? []])).toEqual([
      ['让老街“活”起来', ['柯听雨']],
      ['城南新开一家社区书屋', []],
    ]);
  });

  it('opens a notice under its letter-spaced title, 招　领　启　事, whatever ended above it', () => {
    const page = parse(
      [
        '城区新增两条公交线路',
        '本报讯（记者 汤照野）5月20日，城区',
        '新开通的两条公交线路正式运营。',
        '',
        '认　领　启　事',
        '本站于5月18日在候车大厅拾得钱包一',
        '个，请失主携带有效证件前来认领。',
        '　　　　　　桐江汽车客运站',
        '　　　　　　2025年5月21日',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    // The title reads as its word, the typesetter's spaces closed.
    expect(page.articles.map((a) => [a.title, a.paragraphs.join('').slice(0, 4)])).toEqual([
      ['城区新增两条公交线路', '本报讯（'],
      ['认领启事', '本站于5'],
    ]);
  });

  it('reads a subject over the question asked of it as one wrapped title', () => {
    const page = parse(
      [
        '暑期防溺水',
        '如何守好孩子安全线',
        '　　本报讯（记者 汤照野）暑期防溺水，如何',
        '守好孩子安全线？记者近日走访了城东街道。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title])).toEqual([[null, '暑期防溺水 如何守好孩子安全线']]);
  });

  it('reads a whole clause under a kicker and a title-wide line under it as title and subtitle', () => {
    const page = parse(
      [
        '夏粮收购开局良好——',
        '全县夏粮收购实现“开门红”',
        '种粮大户平均每亩增收120元',
        '　　本报讯（记者 汤照野）截至5月20日，全县',
        '夏粮收购实现“开门红”，种粮大户平均每亩增收120元。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      ['夏粮收购开局良好——', '全县夏粮收购实现“开门红”', '种粮大户平均每亩增收120元'],
    ]);
  });

  it('reads a paper’s website lead (…晚报网5月20日讯) and its app in a credit line (…晚报/…新闻记者 X)', () => {
    const page = parse(
      [
        '暑期托管班开班',
        '桐江晚报网5月20日讯（记者 汤照野）20',
        '日，城区12所小学暑期托管班开班。',
        '',
        '老街夜市人气旺',
        '桐江晚报/潮新闻记者　蓝知夏',
        '上周末，老街夜市迎来客流高峰。',
        '',
      ].join('\n'),
      { ...TONGJIANG_ISSUE, paper: '桐江晚报' },
    );
    expect(page.articles.map((a) => [a.title, a.lead.reporters, a.date])).toEqual([
      ['暑期托管班开班', ['汤照野'], '2025-05-20'],
      ['老街夜市人气旺', ['蓝知夏'], null],
    ]);
  });

  it('leaves a QR prompt over (扫描二维码 / and the short line it wraps onto) out of the article above', () => {
    const page = parse(
      [
        '城区新增两条公交线路',
        '　　本报讯（记者 汤照野）5月20日，城区',
        '新开通的两条公交线路正式运营。',
        '扫描二维码',
        '看线路站点详情',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles[0]!.paragraphs.join('')).toMatch(/正式运营。$/);
    expect(page.leftovers.map((l) => [l.text, l.reason])).toEqual([
      ['扫描二维码', 'page-furniture'],
      ['看线路站点详情', 'page-furniture'],
    ]);
  });

  it('splits flush run-in briefs whose title runs into a lead or a relative date on its line', () => {
    const page = parse(
      [
        '■桐江简讯',
        '城北新建两座停车场　本报讯',
        '近日，城北两座立体停车场建成，新增',
        '车位600个。（记者　汤照野）',
        '桐江县图书馆夜间开放　前天，县图书',
        '馆开放时间延长至21时。（记者　蓝知夏）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names, a.date])).toEqual([
      ['城北新建两座停车场', ['汤照野'], null],
      ['桐江县图书馆夜间开放', ['蓝知夏'], '2025-05-20'],
    ]);
  });

  it('reads marked credit lines of several roles over the text, and a · name on a credit’s next line', () => {
    const page = parse(
      [
        '冒充客服退款',
        '骗走老人积蓄',
        '□ 本报记者　汤照野',
        '□ 本报见习记者　欧阳知微',
        '□ 本报通讯员　蓝知夏',
        '　　“您的快递丢失了，我们给您双倍',
        '理赔。”一个电话让老人动了心。',
        '',
        '网购退货纠纷怎么解',
        '本报记者　白露为',
        '本报实习生　阿依古丽·吐尔逊',
        '　　网购退货难，是不少消费者遇到',
        '的烦心事。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => a.lead.reporters)).toEqual([
      ['汤照野', '欧阳知微', '蓝知夏'],
      ['白露为', '阿依古丽·吐尔逊'],
    ]);
  });

  it('reads a credit without brackets or 报道, names glued to their roles, up to the date the text opens with', () => {
    const page = parse(
      [
        '桐江法院发布典型案例',
        '　　本报桐江5月21日讯　记者汤照',
        '野　通讯员蓝知夏　今天，桐江县',
        '人民法院发布十起典型案例。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.lead.reporters, a.date])).toEqual([[['汤照野', '蓝知夏'], '2025-05-21']]);
  });

  it('closes a caption at its credit run on after the last sentence, and a column at its author note wrapped', () => {
    const page = parse(
      [
        '江滩白鹭成群',
        '　　5月19日，桐江江滩湿地上白鹭成',
        '群觅食。　蓝知夏　摄',
        '',
        '别让预付卡变“预付坑”',
        '　　预付卡消费纠纷多发，监管要跟',
        '上。唯有标本兼治，消费者才能放心。',
        '（作者系桐江学院法学院副教授',
        '公孙望舒）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.byline?.names, a.paragraphs.join('').slice(-6)])).toEqual([
      ['江滩白鹭成群', ['蓝知夏'], '鹭成群觅食。'],
      ['别让预付卡变“预付坑”', ['公孙望舒'], '者才能放心。'],
    ]);
  });

  it('reads 中新网…电 as a wire lead, 本月18日 in the issue’s month, and a wrapped …供稿 as a source closing its text', () => {
    const page = parse(
      [
        '全国夏粮收购超1亿吨',
        '　　中新网5月20日电　据农业农村部网站',
        '消息，全国夏粮收购量已超1亿吨。',
        '',
        '桐江县召开防汛部署会',
        '　　本报讯　本月18日，桐江县召开防汛',
        '工作部署会。',
        '（桐江县应急管理局',
        '供稿）',
        '',
        '老街夜市开张',
        '　　近日，城南老街夜市重新开张。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date])).toEqual([
      ['全国夏粮收购超1亿吨', '2025-05-20'],
      ['桐江县召开防汛部署会', '2025-05-18'],
      ['老街夜市开张', null],
    ]);
    expect(page.articles[1]!.paragraphs.join('')).toMatch(/（桐江县应急管理局供稿）$/);
  });

  it('opens a letter at its salutation under its title, and keeps the lines that sign it', () => {
    const page = parse(
      [
        '城区新增两条公交线路',
        '本报讯（记者 汤照野）5月20日，城区',
        '新开通的两条公交线路正式运营。',
        '',
        '致全县广大考生家长的一封信',
        '各位家长朋友：',
        '高考即将来临，请配合做好考生送考工',
        '作，共同营造安静的考试环境。',
        '桐江县教育局',
        '2025年5月21日',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.paragraphs.join('').slice(0, 10)])).toEqual([
      [null, '城区新增两条公交线路', '本报讯（记者 汤照野'],
      [null, '致全县广大考生家长的一封信', '各位家长朋友：高考即'],
    ]);
    expect(page.articles[1]!.paragraphs.join('')).toMatch(/桐江县教育局2025年5月21日$/);
  });

  it('reads 当地时间 before a date, 据…客户端消息 as a wire lead, and a source wrapped after the last sentence', () => {
    const page = parse(
      [
        '■环球简讯',
        '秘鲁发现古代灌溉渠遗址',
        '　　当地时间5月19日，秘鲁文化部宣布',
        '在库斯科发现一处古代灌溉渠遗址。（据新',
        '华社）',
        '新西兰南岛迎来初雪',
        '　　据央视新闻客户端消息　近日，新西兰',
        '南岛多地迎来今年首场降雪。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date, a.paragraphs.join('').slice(-6)])).toEqual([
      ['秘鲁发现古代灌溉渠遗址', '2025-05-19', '（据新华社）'],
      ['新西兰南岛迎来初雪', null, '年首场降雪。'],
    ]);
    expect(page.leftovers.map((l) => l.text)).toEqual(['■环球简讯']);
  });

  it('reads a marked name under a title that asks as the byline opening the commentary', () => {
    const page = parse(
      [
        '■桐江观察',
        '县城商圈为何越来越',
        '“有人气”？',
        '□　闻人听松',
        '　　从老街改造到夜市开张，县城商圈的',
        '人气一天比一天旺。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.lead.reporters])).toEqual([
      ['县城商圈为何越来越 “有人气”？', ['闻人听松']],
    ]);
  });

  it('closes a caption at its picture credit run on after the last sentence and wrapped onto the next line', () => {
    const page = parse(
      ['江滩白鹭成群', '5月19日，桐江江滩湿地上白鹭成群觅食。　通讯员　公孙', '望舒　摄', ''].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.byline?.names, a.paragraphs.join('')])).toEqual([
      [['公孙望舒'], '5月19日，桐江江滩湿地上白鹭成群觅食。'],
    ]);
  });
  it('reads a credit line that names a news brand before the paper (…新闻·…报记者) under the headline', () => {
    const page = parse(
      [
        '夜市经济点亮县城',
        '——桐江县首个夜间消费集聚区开街',
        '潮声客户端·桐江晚报记者　司马　澄',
        '通讯员　柯　蓝　文/图',
        '　　5月20日晚，桐江县滨江夜市正式开街，',
        '60余个摊位吸引市民游客前来打卡。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(
      page.articles.map((a) => [a.title, a.subtitle, a.date, [...a.lead.reporters, ...(a.byline?.names ?? [])]]),
    ).toEqual([['夜市经济点亮县城', '——桐江县首个夜间消费集聚区开街', '2025-05-20', ['司马澄', '柯蓝']]]);
  });
  it('keeps an author’s affiliation printed under a column’s last sentence as the column’s close', () => {
    const page = parse(
      [
        '■桐江论坛',
        '让老街留住烟火气',
        '文/慕容　青',
        '　　老街改造，改的是房子，留的应是生活。',
        '多听听街坊的声音，老街才会越改越有味道。',
        '（作者单位：桐江县委党校）',
        '',
        '城北污水管网改造完工',
        '　　本报讯（记者　闻　笛）5月21日，城北片区',
        '污水管网改造工程完工。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.kicker, a.title, a.paragraphs.join('')])).toEqual([
      [
        null,
        '让老街留住烟火气',
        '文/慕容 青老街改造，改的是房子，留的应是生活。多听听街坊的声音，老街才会越改越有味道。（作者单位：桐江县委党校）',
      ],
      [null, '城北污水管网改造完工', '本报讯（记者 闻 笛）5月21日，城北片区污水管网改造工程完工。'],
    ]);
  });
  it('splits briefs whose titles in 【】 run into their leads, but not a bracketed label inside a body', () => {
    const page = parse(
      [
        '■县域快讯',
        '　　【桐江至富春快速路全线',
        '通车】本报讯（记者　欧阳　蕾）',
        '5月21日，桐江至富春快速路全线通',
        '车，两地车程缩短至半小时。',
        '　　【城南菜场完成改造】本报',
        '城南5月20日讯（通讯员　贝　宁）',
        '城南农贸市场改造完成，今起重新',
        '开门迎客。',
        '',
        '租户拆走热水器被判赔偿',
        '　　本报讯（记者　葛　青）5月21日，县法',
        '院审结一起租赁合同纠纷案。',
        '　　【法官说法】租户退租时应当恢复',
        '原状，擅自拆走设施须承担赔偿责任。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date, a.lead.reporters, a.paragraphs.join('').slice(-6)])).toEqual([
      ['桐江至富春快速路全线 通车', '2025-05-21', ['欧阳蕾'], '短至半小时。'],
      ['城南菜场完成改造', '2025-05-20', ['贝宁'], '起重新开门迎客。'.slice(-6)],
      ['租户拆走热水器被判赔偿', '2025-05-21', ['葛青'], '须承担赔偿责任。'.slice(-6)],
    ]);
  });
  it('closes a caption at its picture credit wrapped inside its brackets (（欧阳　青 / 摄）), and opens the brief under it', () => {
    const page = parse(
      [
        '江心洲油菜花开',
        '　　5月18日，游客在江心洲赏花拍',
        '照，金黄的花海连成一片。（欧阳　青',
        '摄）',
        '',
        '　　城西社区开设四点半',
        '课堂　日前，城西社区利用活动室开',
        '设“四点半课堂”，志愿者辅导孩子',
        '完成作业。（通讯员　蓝　溪）',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date, [...a.lead.reporters, ...(a.byline?.names ?? [])]])).toEqual([
      ['江心洲油菜花开', '2025-05-18', ['欧阳青']],
      ['城西社区开设四点半 课堂', null, ['蓝溪']],
    ]);
  });
  it('opens briefs titled with a bullet under a briefs label, each after the last, but keeps a marked subhead in its body', () => {
    const page = parse(
      [
        '■桐江影讯',
        '　　◆县影剧院重新开放',
        '　日前，县影剧院完成改造重新开放，',
        '新增座位两百余个。',
        '　　◆露天电影进社区活',
        '动启动　5月20日至6月30日，县文化',
        '馆将在20个社区放映露天电影。（通讯',
        '员　林　夕）',
        '',
        '文化惠民季开幕',
        '　　本报讯（记者　白　露）5月21日，县文化惠民',
        '季开幕。',
        '　　◆送戏下乡',
        '　　5月20日，县越剧团走进第12个乡镇演出。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(
      page.articles.map((a) => [
        a.title,
        a.date,
        [...a.lead.reporters, ...(a.byline?.names ?? [])],
        a.paragraphs.join('').slice(-8),
      ]),
    ).toEqual([
      ['县影剧院重新开放', null, [], '新增座位两百余个。'.slice(-8)],
      ['露天电影进社区活 动启动', '2025-05-20', ['林夕'], '社区放映露天电影。'.slice(-8)],
      ['文化惠民季开幕', '2025-05-21', ['白露'], '走进第12个乡镇演出。'.slice(-8)],
    ]);
    expect(page.articles[2]!.paragraphs.join('')).toContain('◆送戏下乡');
    expect(page.leftovers.map((l) => l.text)).toEqual(['■桐江影讯']);
  });
  it('leaves over a prompt to scan the paper’s code for its app or account, not a subtitle of the article above', () => {
    for (const prompt of ['扫码下载桐江潮客户端', '扫一扫　关注“桐江发布”', '扫码订阅桐江日报电子版　看更多县域新闻']) {
      const page = parse(
        ['城东新建口袋公园', '　　本报讯（记者　苏　禾）5月21日，城东新建的口袋公园开放。', '', prompt, ''].join('\n'),
        TONGJIANG_ISSUE,
      );
      expect(page.articles.map((a) => [a.title, a.subtitle])).toEqual([['城东新建口袋公园', null]]);
      expect(page.leftovers.map((l) => [l.text, l.reason])).toEqual([
        [prompt.replace(/\u3000/g, ' '), 'page-furniture'],
      ]);
    }
  });
  it('keeps a closing note naming no one — who the author is, when it was written, the book reviewed — as the text’s close', () => {
    for (const note of [
      '（作者系桐江学院讲师）',
      '（二〇二五年五月，于桐江寓所）',
      '（《江城旧事》，林默著，桐江出版社2025年4月版）',
    ]) {
      const page = parse(
        [
          '江城的旧书店',
          '　　旧书店开在巷子深处，店主守了三十年。',
          '书架上的旧书，换了一茬又一茬读者。',
          note,
          '',
          '城北图书馆延时开放',
          '　　本报讯（记者　苏　禾）5月21日起，城北图书馆',
          '每天开放至晚上九点。',
          '',
        ].join('\n'),
        TONGJIANG_ISSUE,
      );
      expect(page.articles.map((a) => [a.kicker, a.title, a.paragraphs.join('').endsWith(note)])).toEqual([
        [null, '江城的旧书店', true],
        [null, '城北图书馆延时开放', false],
      ]);
    }
  });
  it('closes a caption at an agency’s picture credit naming its photographer (新华社发（…摄）)', () => {
    const page = parse(
      [
        '江面赛龙舟',
        '　　5月20日，选手在桐江江面进行龙舟',
        '比赛。',
        '新华社发（司徒　岚　摄）',
        '',
        '城北菜场开业',
        '　　本报讯（记者　苏　禾）5月21日，城北菜场开业。',
        '',
      ].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(
      page.articles.map((a) => [a.title, [...a.lead.reporters, ...(a.byline?.names ?? [])], a.paragraphs.join('')]),
    ).toEqual([
      ['江面赛龙舟', ['司徒岚'], '5月20日，选手在桐江江面进行龙舟比赛。'],
      ['城北菜场开业', ['苏禾'], '本报讯（记者 苏 禾）5月21日，城北菜场开业。'],
    ]);
  });
  it('reads an unbracketed credit whose parts are parted by 、 up to 报道 (记者欧阳蕾、实习生苏禾报道：)', () => {
    const page = parse(
      ['城北菜场开业', '　　桐江晚报讯 记者欧阳蕾、实习生苏禾报道：5月21日，城北菜场开业。', ''].join('\n'),
      TONGJIANG_ISSUE,
    );
    expect(page.articles.map((a) => [a.title, a.date, a.lead.reporters])).toEqual([
      ['城北菜场开业', '2025-05-21', ['欧阳蕾', '苏禾']],
    ]);
  });
});
