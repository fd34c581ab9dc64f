import { describe, expect, it } from 'vitest';
import {
  assignHeadlineLines,
  assignWithMargins,
  classifyDecks,
  decksOf,
  type Deck,
  type HeadlineLine,
} from '../../src/lib/split/headlines';
import { linesOf } from '../helpers';

/** A deck printed after the last of the three bodies, unless told otherwise. */
const deck = (text: string, block = 2): Deck => ({ lines: linesOf(text), block });

/** The owner of each deck when its lines are assigned one by one, each deck a group of its own. */
function assignDecks(decks: Deck[], bodies: string[]): number[] {
  const lines: HeadlineLine[] = decks.flatMap((d, group) => d.lines.map((line) => ({ line, block: d.block, group })));
  const owners = assignHeadlineLines(lines, bodies);
  let at = 0;
  return decks.map((d) => {
    const owner = owners[at]!;
    at += d.lines.length;
    return owner;
  });
}

describe('assignHeadlineLines', () => {
  const bodies = [
    '市委审计委员会召开第十次会议，传达学习审计工作精神。',
    '市委书记杜小刚主持召开市委常委会第64次会议。',
    '市长赵建军带队赴北京拜访对接有关央企。',
  ];

  it('gives each headline to the body it shares rare character pairs with, whatever the print order', () => {
    const decks = [deck('赵建军带队赴京拜访央企'), deck('市委常委会召开会议'), deck('市委审计委员会召开会议')];
    expect(assignDecks(decks, bodies)).toEqual([2, 1, 0]);
  });
  it('binds a kicker to the deck after it', () => {
    const decks = [deck('他在会上强调——'), deck('市委审计委员会召开会议')];
    expect(assignDecks(decks, bodies)).toEqual([0, 0]);
  });
  it('keeps a weak deck with its neighbour when every other article above had its block', () => {
    const decks = [
      deck('审计委员会开会', 0),
      deck('常委会第64次会议', 1),
      deck('赵建军带队赴京拜访央企'),
      deck('聚链成群'),
    ];
    expect(assignDecks(decks, bodies)).toEqual([0, 1, 2, 2]);
  });
  it('gives a weak deck to the article still waiting for its headline', () => {
    const decks = [deck('审计委员会开会', 0), deck('赵建军带队赴京拜访央企'), deck('聚链成群')];
    expect(assignDecks(decks, bodies)).toEqual([0, 2, 1]);
  });
  it('gives a block only to the articles printed above it', () => {
    const both = '杜小刚主持，赵建军带队赴北京拜访对接';
    expect(assignDecks([deck(both, 1)], bodies)).toEqual([1]);
    expect(assignDecks([deck(both, 2)], bodies)).toEqual([2]);
    // The only article above: the block is its headline although it shares more with a later one.
    expect(assignDecks([deck('赵建军带队赴北京', 0)], bodies)).toEqual([0]);
  });
  it('gives a block printed after an earlier block first to the articles printed since', () => {
    const lateBodies = ['区政协召开专题协商会，委员建言城市更新。', '新建学校秋季开学。', '城市更新项目集中开工。'];
    // 城市更新 fits the first and the last body alike; the first was printed before the block after the second.
    const decks = [deck('新学校开学', 1), deck('城市更新', 2)];
    expect(assignDecks(decks, lateBodies)).toEqual([1, 2]);
  });
  it('prefers an article still without a headline', () => {
    const decks = [deck('市委审计委员会召开会议', 0), deck('召开会议', 2)];
    expect(assignDecks(decks, ['市委审计委员会召开会议。', '市委常委会召开会议。', '其他内容。'])).toEqual([0, 1]);
  });
  it('gives a block that shares nothing with any body to the article printed just above it', () => {
    expect(assignDecks([deck('春节快乐')], bodies)).toEqual([2]);
    expect(assignDecks([deck('春节快乐', 1)], bodies)).toEqual([1]);
  });
  it('reports a line printed before any body', () => {
    const lines: HeadlineLine[] = [{ line: { no: 1, text: '春节快乐', indented: false }, block: -1, group: 0 }];
    expect(assignHeadlineLines(lines, bodies)).toEqual([-1]);
  });
});

describe('assignWithMargins', () => {
  const bodies = ['区图书馆新馆开放，藏书四十万册。', '区文化馆新馆开放，设排练厅六间。', '东湖防汛演练举行。'];
  const alone = (text: string): HeadlineLine[] => [{ line: { no: 1, text, indented: false }, block: 2, group: 0 }];

  it('is wide when one article holds the headline’s words and narrow when two hold them alike', () => {
    const clear = assignWithMargins(alone('东湖防汛演练举行'), bodies);
    const close = assignWithMargins(alone('新馆开放'), bodies);
    expect(clear.owners).toEqual([2]);
    expect(clear.margins[0]!.margin).toBeGreaterThan(0.5);
    expect(close.margins[0]!.margin).toBeLessThan(0.05);
    expect([close.owners[0], close.margins[0]!.runnerUp].sort()).toEqual([0, 1]);
  });
  it('is null when the block went by its place alone or has one article to name', () => {
    expect(assignWithMargins(alone('春风十里'), bodies).margins).toEqual([null]);
    const first: HeadlineLine[] = [{ line: { no: 1, text: '图书馆开放', indented: false }, block: 0, group: 0 }];
    expect(assignWithMargins(first, bodies).margins).toEqual([null]);
  });
});

describe('assignHeadlineLines, line by line', () => {
  const bodies = [
    '全市春耕备耕工作现场会在惠山区召开，农技人员指导育秧。',
    '市中级人民法院发布知识产权司法保护白皮书。',
    '地铁五号线首列车今天运抵车辆段。',
  ];
  /** One group of touching lines (no blank between them), printed after the last body. */
  const touching = (...texts: string[]): HeadlineLine[] =>
    texts.map((t, i) => ({ line: { no: i + 1, text: t, indented: false }, block: 2, group: 0 }));

  it('splits touching lines of two articles where the evidence changes', () => {
    const lines = touching('知识产权司法保护白皮书发布', '地铁五号线首列车运抵');
    expect(assignHeadlineLines(lines, bodies)).toEqual([1, 2]);
  });
  it('keeps a wrapped title together even when its second line is weak', () => {
    const lines = touching('春耕备耕现场会在惠山召开', '抓好育秧', '法院发布知识产权白皮书');
    expect(assignHeadlineLines(lines, bodies)).toEqual([0, 0, 1]);
  });
  it('keeps a touching line without evidence on the title above, though other articles wait for a headline', () => {
    const lines = touching('白皮书发布', '亮点纷呈');
    expect(assignHeadlineLines(lines, bodies)).toEqual([1, 1]);
  });
  it('gives a touching subtitle to the title above it and starts a new deck at it', () => {
    const lines = touching('地铁五号线首列车运抵', '——车辆段迎来新成员', '春耕备耕现场会召开');
    const owners = assignHeadlineLines(lines, bodies);
    expect(owners).toEqual([2, 2, 0]);
    expect(decksOf(lines, owners).map(({ deck, owner }) => [deck.lines.map((l) => l.text), owner])).toEqual([
      [['地铁五号线首列车运抵'], 2],
      [['——车辆段迎来新成员'], 2],
      [['春耕备耕现场会召开'], 0],
    ]);
  });
  it('ends a headline at its short subtitle: the touching line after it is another article’s', () => {
    // The next title shares little with its own body, more with the first article's: the subtitle still closes.
    const lines = touching('地铁五号线首列车运抵', '——车辆段迎来新成员', '首列车抵达春耕现场');
    expect(assignHeadlineLines(lines, bodies)).toEqual([2, 2, 0]);
  });
  it('reads two touching title-wide lines as two headlines when another article waits for one', () => {
    // The second line leans to the first article, but one headline seldom holds two titles.
    const lines = touching('春耕备耕现场会在惠山召开', '保护耕地的农技人员出发');
    expect(assignHeadlineLines(lines, bodies)).toEqual([0, 1]);
  });
  it('gives a waiting article the touching title that leans only a little to the headline above it', () => {
    // 吴立新 is named in the first body, 全市 in the second: the third line is the second article's title, not a
    // subtitle of the first, since the block names every article printed since the block before.
    const roadsAndSchools = [
      '桐江区12个农村公路项目昨天集中开工，区长吴立新出席，总投资3.2亿元。',
      '市教育局召开会议，研究部署全市校舍改造，各县区教育局负责人参加。',
    ];
    const lines = touching('12个农村公路项目', '集中开工', '吴立新调研全市学校建设').map((l) => ({ ...l, block: 1 }));
    expect(assignHeadlineLines(lines, roadsAndSchools)).toEqual([0, 0, 1]);
  });
  it('opens a headline at a kicker marked with —— even when it shares nothing and touches a title above', () => {
    const lines = touching('知识产权白皮书今天发布', '春暖花开——', '春耕备耕现场会在惠山召开');
    expect(assignHeadlineLines(lines, bodies)).toEqual([1, 0, 0]);
  });
  it('keeps a short line with the touching line below it: the first half of a wrapped title', () => {
    // 惠山 leans the short line to the first article; it still goes with its second half.
    const lines = touching('惠山法院', '发布知识产权白皮书');
    expect(assignHeadlineLines(lines, bodies)).toEqual([1, 1]);
  });
  it('keeps a short line with a short line below it even when the first half leans to another article', () => {
    // 车辆段 is the third body's; the two short halves still make one title.
    const lines = touching('车辆段迎新', '惠山春耕现场会', '知识产权白皮书发布');
    expect(assignHeadlineLines(lines, bodies)).toEqual([0, 0, 1]);
  });
  it('still ends a headline at a short line whose touching neighbour below is title-wide', () => {
    const lines = touching('车辆段迎新', '知识产权司法保护白皮书发布');
    expect(assignHeadlineLines(lines, bodies)).toEqual([2, 1]);
  });
  it('opens a headline at a title-wide line without evidence that touches a title above', () => {
    // A title may paraphrase its article: 城北片区迎来新客人 shares nothing, yet it is a whole title, not a wrapped
    // half. Of the two articles still waiting, the words tell nothing, so it goes to the nearer.
    const lines = touching('知识产权白皮书今天发布', '城北片区迎来新客人');
    expect(assignHeadlineLines(lines, bodies)).toEqual([1, 2]);
  });
  it.each([['民生实事进行时'], ['城建观察'], ['聚焦重大项目'], ['新春走基层'], ['交通一线见闻']])(
    'reads the series label %s as the kicker of the title below it, never as a headline of its own',
    (label) => {
      // Set apart by blank lines and sharing nothing, it would otherwise go to the article still waiting for one.
      const lines: HeadlineLine[] = ['知识产权白皮书发布', label, '地铁五号线首列车运抵'].map((text, i) => ({
        line: { no: i + 1, text, indented: false },
        block: 2,
        group: i,
      }));
      const owners = assignHeadlineLines(lines, bodies);
      expect(owners).toEqual([1, 2, 2]);
      const decks = decksOf(lines, owners).filter(({ owner }) => owner === 2);
      expect(classifyDecks(decks.map(({ deck }) => deck))).toEqual({
        kicker: label,
        title: '地铁五号线首列车运抵',
        subtitle: null,
      });
    },
  );
  it.each([['首列车进场——'], ['轨道交通进行时'], ['地铁进行时']])(
    'ends a headline at a short line when the touching line below, %s, is a kicker opening the next one',
    (kicker) => {
      // 司法护航 / 创新发展 is one title wrapped at a phrase; the kicker under it belongs to the title below.
      const lines = touching('司法护航', '创新发展', kicker, '新成员抵达车辆段');
      expect(assignHeadlineLines(lines, bodies)).toEqual([1, 1, 2, 2]);
    },
  );
  it.each([['——市交通运输局推进地铁建设纪实'], ['——地铁五号线建设工地一线观察']])(
    'keeps the subtitle %s a subtitle, though it ends like a series label',
    (subtitle) => {
      const lines = touching('地铁五号线首列车运抵', subtitle, '知识产权白皮书发布');
      const owners = assignHeadlineLines(lines, bodies);
      expect(owners).toEqual([2, 2, 1]);
      const own = decksOf(lines, owners).filter(({ owner }) => owner === 2);
      expect(classifyDecks(own.map(({ deck }) => deck)).subtitle).toBe(subtitle);
    },
  );
  it('never puts a marked kicker under a title into that title’s headline', () => {
    // Every article already has a headline from the block before; the kicker and the title under it, sharing
    // nothing with any article, are still another headline, not a subtitle of the title above them.
    const fourBodies = [...bodies.slice(0, 2), '本报讯 昨天，有关方面介绍了有关情况。', bodies[2]!];
    const line = (text: string, no: number, block: number, group: number) => ({
      line: { no, text, indented: false },
      block,
      group,
    });
    const lines: HeadlineLine[] = [
      line('春耕备耕现场会召开', 1, 2, 0),
      line('知识产权白皮书发布', 2, 2, 1),
      line('有关方面介绍情况', 3, 2, 2),
      line('王芳在轨道交通会议上强调——', 10, 3, 3),
      line('地铁五号线首列车运抵', 11, 3, 4),
      line('李明在专题会议上强调——', 12, 3, 5),
      line('3个项目', 13, 3, 5),
      line('集中竣工', 14, 3, 5),
    ];
    const owners = assignHeadlineLines(lines, fourBodies);
    expect(owners.slice(3, 5)).toEqual([3, 3]);
    expect(new Set(owners.slice(5)).size).toBe(1);
    expect(owners[5]).not.toBe(3);
  });
  it('keeps a title wrapped before 走进 one title', () => {
    const schoolBodies = ['本报讯 昨天，非遗侗族大歌走进校园课堂，传承人为学生示范演唱。'];
    const lines = touching('非遗侗族大歌', '走进校园课堂').map((l) => ({ ...l, block: 0 }));
    const owners = assignHeadlineLines(lines, schoolBodies);
    expect(classifyDecks(decksOf(lines, owners).map(({ deck }) => deck))).toEqual({
      kicker: null,
      title: '非遗侗族大歌 走进校园课堂',
      subtitle: null,
    });
  });
  it.each([
    // The column cut a word (首列 / 车): the subtitle goes on, whatever waits.
    ['——五号线首列', '车今天运抵车辆段'],
    // A phrase ends at the cut, but the line below is this article's and no one else's.
    ['——地铁五号线', '首列车运抵车辆段'],
  ])('lets the short subtitle %s go on over the touching line %s', (subtitle, rest) => {
    const lines = touching('地铁五号线首列车运抵', subtitle, rest);
    const owners = assignHeadlineLines(lines, bodies);
    expect(owners).toEqual([2, 2, 2]);
    expect(classifyDecks(decksOf(lines, owners).map(({ deck }) => deck)).subtitle).toBe(`${subtitle} ${rest}`);
  });
  it('gives a headline to the article whose first sentence states its news over one that mentions it later', () => {
    // Both bodies tell of the park and the market in the same words; each leads with its own news.
    const parkAndMarket = [
      '本报讯 昨天，城东口袋公园建成开放。与它相邻的城东菜市场完成改造，两处一起迎客。',
      '本报讯 昨天，城东菜市场完成改造。与它相邻的城东口袋公园建成开放，两处一起迎客。',
    ];
    const lines = ['城东口袋公园建成开放', '城东菜市场完成改造'].map((text, i) => ({
      line: { no: i + 1, text, indented: false },
      block: 1,
      group: i,
    }));
    expect(assignHeadlineLines(lines, parkAndMarket)).toEqual([0, 1]);
    expect(assignHeadlineLines([...lines].reverse(), parkAndMarket)).toEqual([1, 0]);
  });
  it('gives a headline whose words fit two waiting articles alike to the one printed nearer the block', () => {
    const twoFairs = ['滨江区人才招聘会昨天举行，提供岗位三千个。', '滨江区人才招聘会今天举行，企业踊跃参加。'];
    const lines = touching('滨江区人才招聘会举行').map((l) => ({ ...l, block: 1 }));
    expect(assignHeadlineLines(lines, twoFairs)).toEqual([1]);
  });
  it('starts a headline after a short subtitle even at a line without evidence', () => {
    const lines = touching('地铁五号线首列车运抵', '——车辆段迎来新成员', '春风十里', '春耕备耕现场会召开');
    const owners = assignHeadlineLines(lines, bodies);
    // 春风十里 is a kicker over the next title or the headline of the article still waiting for one: never the
    // closed headline's.
    expect([owners[0], owners[1], owners[3]]).toEqual([2, 2, 0]);
    expect(owners[2]).not.toBe(2);
  });
  it('reads a title-wide whole clause over another title-wide line as a kicker, a subject alone as a wrapped title', () => {
    const partsOf = (...texts: string[]) => {
      const lines = touching(...texts);
      return classifyDecks(
        decksOf(
          lines,
          lines.map(() => 0),
        ).map(({ deck }) => deck),
      );
    };
    expect(partsOf('城南菜场搬进新大楼', '180个摊位今天起迎客')).toEqual({
      kicker: '城南菜场搬进新大楼',
      title: '180个摊位今天起迎客',
      subtitle: null,
    });
    expect(partsOf('城南农贸市场新大楼', '今天正式开门迎客').title).toBe('城南农贸市场新大楼 今天正式开门迎客');
    // A line opening with the clause's next verb goes on with it (召开… / 部署…, 听取…).
    expect(partsOf('县政府召开专题会议', '部署秋冬季安全生产工作').title).toBe(
      '县政府召开专题会议 部署秋冬季安全生产工作',
    );
    expect(partsOf('区人大常委会举行会议', '听取城市更新工作报告').title).toBe(
      '区人大常委会举行会议 听取城市更新工作报告',
    );
    // So does one opening with a time word and then the verb (当天…).
    expect(partsOf('城北一商户拒不退款被拘', '当天退还顾客货款三千元').title).toBe(
      '城北一商户拒不退款被拘 当天退还顾客货款三千元',
    );
    // A verb before its object (公布首批) leaves the clause open.
    expect(partsOf('市文化和旅游局公布首批', '夜间文旅消费集聚区名单').title).toBe(
      '市文化和旅游局公布首批 夜间文旅消费集聚区名单',
    );
    // Under a kicker, two parallel phrases are one title.
    expect(partsOf('王芳在全市工作会议上强调——', '做强产业链条带动就业', '打造千亿级产业集群')).toEqual({
      kicker: '王芳在全市工作会议上强调——',
      title: '做强产业链条带动就业 打造千亿级产业集群',
      subtitle: null,
    });
  });
  it('reads a short line over a title-wide one as a kicker, over a short one as a wrapped title', () => {
    const decksFor = (...texts: string[]) =>
      decksOf(touching(...texts), [0, 0, 0].slice(0, texts.length)).map(({ deck }) => deck.lines.map((l) => l.text));
    expect(decksFor('春耕时节看惠山', '全市春耕备耕现场会召开')).toEqual([
      ['春耕时节看惠山'],
      ['全市春耕备耕现场会召开'],
    ]);
    expect(decksFor('惠山区部署', '春耕备耕')).toEqual([['惠山区部署', '春耕备耕']]);
    expect(decksFor('惠山区全面部署', '春耕备耕工作')).toEqual([['惠山区全面部署', '春耕备耕工作']]);
    expect(decksFor('我市部署', '春耕备耕工作')).toEqual([['我市部署', '春耕备耕工作']]);
    // A long line over a much narrower one is a kicker, unless the column broke a word between them.
    expect(decksFor('全市春耕备耕暨农业农村工作现场推进会召开', '部署春耕备耕工作')).toEqual([
      ['全市春耕备耕暨农业农村工作现场推进会召开'],
      ['部署春耕备耕工作'],
    ]);
    expect(decksFor('全市春耕备耕现场会在惠山区农业科技示', '范园召开')).toEqual([
      ['全市春耕备耕现场会在惠山区农业科技示', '范园召开'],
    ]);
    // Spaces inside the kicker do not widen it; a title wrapped under a kicker is as wide as its two lines.
    expect(decksFor('春耕 备耕 惠山', '全市春耕备耕现场会召开')).toEqual([
      ['春耕 备耕 惠山'],
      ['全市春耕备耕现场会召开'],
    ]);
    expect(decksFor('春耕时节看惠山', '全市春耕备耕', '现场会召开')).toEqual([
      ['春耕时节看惠山'],
      ['全市春耕备耕', '现场会召开'],
    ]);
    expect(decksFor('春耕备耕特别报道', '全市春耕备耕现场会召开')).toEqual([
      ['春耕备耕特别报道'],
      ['全市春耕备耕现场会召开'],
    ]);
    // A short line stopping on a word that wants more (…两批, …的) is a title's first half, not a kicker.
    expect(decksFor('惠山区再添两批', '省级特色田园乡村')).toEqual([['惠山区再添两批', '省级特色田园乡村']]);
    // A subject with no verb, under which its verb goes on (…迎来, 今冬…完成), is one title; over a clause with a
    // subject of its own it stays a kicker.
    expect(decksFor('惠山区桃农', '迎来丰收季好收成')).toEqual([['惠山区桃农', '迎来丰收季好收成']]);
    expect(decksFor('城西片区老旧管网', '今冬完成雨污分流改造')).toEqual([
      ['城西片区老旧管网', '今冬完成雨污分流改造'],
    ]);
    expect(decksFor('惠山水蜜桃', '桃农今年收入增加两成')).toEqual([['惠山水蜜桃'], ['桃农今年收入增加两成']]);
  });

  it('considers only the articles printed just above a block', () => {
    const many = Array.from({ length: 12 }, (_, i) => (i === 0 ? '春耕备耕现场会召开。' : `第${i}篇文章的正文。`));
    expect(
      assignHeadlineLines(
        [{ line: { no: 1, text: '春耕备耕现场会召开', indented: false }, block: 11, group: 0 }],
        many,
      ),
    ).not.toEqual([0]);
  });
});

describe('classifyDecks', () => {
  it('makes a lone deck the title', () => {
    expect(classifyDecks([deck('市委常委会召开会议')])).toEqual({
      kicker: null,
      title: '市委常委会召开会议',
      subtitle: null,
    });
  });
  it('reads a deck before the title as the kicker, with or without ——', () => {
    expect(
      classifyDecks([deck('杜小刚在调研时强调——'), deck('深入实施创新驱动核心战略\n助推高质量发展取得新突破')]),
    ).toEqual({
      kicker: '杜小刚在调研时强调——',
      title: '深入实施创新驱动核心战略 助推高质量发展取得新突破',
      subtitle: null,
    });
    expect(classifyDecks([deck('赵建军带队赴京拜访'), deck('聚焦产业主攻方向')]).kicker).toBe('赵建军带队赴京拜访');
  });
  it('reads a second deck opening with —— as the subtitle', () => {
    expect(classifyDecks([deck('坚持规划引领'), deck('——市领导调研老旧小区改造')])).toEqual({
      kicker: null,
      title: '坚持规划引领',
      subtitle: '——市领导调研老旧小区改造',
    });
  });
  it('reads a subtitle whose —— the OCR turned into 一一', () => {
    expect(classifyDecks([deck('汽摩配企业开足马力'), deck('一一来自开工一线的报道')]).subtitle).toBe(
      '一一来自开工一线的报道',
    );
  });
  it('reads three decks as kicker, title and subtitle', () => {
    expect(classifyDecks([deck('甲强调'), deck('乙'), deck('——丙')])).toEqual({
      kicker: '甲强调',
      title: '乙',
      subtitle: '——丙',
    });
  });
});
