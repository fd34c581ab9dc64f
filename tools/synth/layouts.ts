/**
 * A synthetic corpus of newspaper pages in many layout classes, each page with its exact truth, to measure the
 * splitter. The layout follows the seed pages (hard-wrapped columns, blank-line column breaks, leads with
 * credits and datelines, bylines, headlines printed after their bodies) and is written without reference to the
 * splitter's rules: every line break falls wherever the column width puts it, and the truth is recorded from
 * what was printed, not from what a reader would infer.
 *
 * Issues of three papers, 2–4 pages each, 2–5 articles starting on each page. Deterministic for a seed.
 */
import type { SynthSources } from './generate';
import { distinct, rng, weightedSampler, type Rng } from './random';

export type LayoutClass =
  | 'plain'
  | 'wrapped-lead'
  | 'reversed-credits'
  | 'fullwidth-date'
  | 'touching-headlines'
  | 'headline-order'
  | 'no-headline'
  | 'jump'
  | 'furniture'
  | 'date-header'
  | 'headline-above';

export const LAYOUT_CLASSES: readonly LayoutClass[] = [
  'plain',
  'wrapped-lead',
  'reversed-credits',
  'fullwidth-date',
  'touching-headlines',
  'headline-order',
  'no-headline',
  'jump',
  'furniture',
  'date-header',
  'headline-above',
];

/** What of an article one page prints: its share of the body and the jump markers printed with it. */
export interface TruthPart {
  page: string;
  /** This page's share of the body, white space removed; the parts joined are the body. */
  body: string;
  /** Jump markers as printed with this part (`（下转第2版）`, `上接第1版`), none for an article on one page. */
  markers: string[];
}

export interface TruthArticle {
  classes: LayoutClass[];
  /** As printed; title lines joined with no space; title null when printed without a headline. */
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  /** Names in the lead's credit, then in the byline: unique, in print order. */
  reporters: string[];
  /** ISO dates: what the dateline means (dateEnd for a range such as 3月5日至6日, else null; date null for 近日). */
  date: string | null;
  dateEnd: string | null;
  /** From the lead's first character to the end of its last sentence, without byline or jump markers, no white space. */
  body: string;
  /** Page labels the article spans, in order. */
  pages: string[];
  /** Accounting beyond the split's output: the byline as printed (on the article's last page), or null. */
  byline: string | null;
  /** Accounting: the body's share on each page it spans, with that page's jump markers. */
  parts: TruthPart[];
}

export interface LayoutPage {
  name: string;
  text: string;
  paper: string;
  year: number;
  /** Null where the page shows its date only in a printed date header (class date-header). */
  issueDate: string | null;
  page: string;
  /** Articles that start on this page. */
  articles: TruthArticle[];
  /** Lines belonging to no article: page labels, editor lines, date headers. */
  furniture: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Material

interface Paper {
  paper: string;
  slug: string;
  city: string;
  short: string;
  districts: string[];
  label: (page: number, r: Rng) => string;
}

const SECTIONS = ['要闻', '经济', '城事', '民生', '综合', '时政', '文化', '社会', '区县'];
const pad2 = (n: number) => String(n).padStart(2, '0');

const PAPERS: Paper[] = [
  {
    paper: '南通日报',
    slug: 'ntrb',
    city: '南通',
    short: '通',
    districts: ['崇川区', '通州区', '海门区', '如皋市', '海安市', '启东市', '如东县'],
    label: (p, r) =>
      r.pick([
        `第A${pad2(p)}版：${r.pick(SECTIONS)}`,
        `第A${pad2(p)}版：${r.pick(SECTIONS)}`,
        `A${pad2(p)}版　${r.pick(SECTIONS)}`,
      ]),
  },
  {
    paper: '扬州晚报',
    slug: 'yzwb',
    city: '扬州',
    short: '扬',
    districts: ['广陵区', '邗江区', '江都区', '仪征市', '高邮市', '宝应县'],
    label: (p, r) =>
      r.pick([
        `A${pad2(p)} ${r.pick(SECTIONS)}`,
        `B${pad2(p)} ${r.pick(SECTIONS)}`,
        `A${pad2(p)}　${r.pick(SECTIONS)}`,
      ]),
  },
  {
    paper: '镇江日报',
    slug: 'zjrb',
    city: '镇江',
    short: '镇',
    districts: ['京口区', '润州区', '丹徒区', '丹阳市', '句容市', '扬中市'],
    label: (p, r) => r.pick([`第${p}版`, `第${p}版：${r.pick(SECTIONS)}`, `第${p}版 ${r.pick(SECTIONS)}`]),
  },
];

// Invented people only: names are composed from common surnames and name characters.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const RARE_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方'];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国志东海波宁亮飞斌晨博浩然雪梅琳玲晓燕俊峰文辉鑫宇轩彬瑞婷慧嘉欣泽林德荣春秋新立光永岚蕾薇珂凯旭昊晗睿铭诚彦骏悦',
];

const FIELDS = [
  '城市更新',
  '营商环境',
  '乡村振兴',
  '科技创新',
  '数字经济',
  '生态环境',
  '安全生产',
  '文明城市',
  '民生实事',
  '招商引资',
  '重大项目',
  '基层治理',
  '产业升级',
  '养老服务',
  '教育强市',
  '医疗卫生',
  '交通建设',
  '文化旅游',
  '人才引育',
  '开放合作',
  '农业农村',
  '社会保障',
  '就业创业',
  '水环境治理',
  '老旧小区改造',
  '先进制造业',
  '现代服务业',
  '人工智能',
  '集成电路',
  '新能源',
  '低空经济',
  '港口物流',
  '长江大保护',
  '食品安全',
  '防汛防台',
  '平安建设',
];
const ORGS = [
  '市发改委',
  '市工信局',
  '市住建局',
  '市生态环境局',
  '市教育局',
  '市卫健委',
  '市商务局',
  '市文广旅局',
  '市人社局',
  '市市场监管局',
  '市交通运输局',
  '市农业农村局',
  '市科技局',
  '市民政局',
  '市应急管理局',
  '市数据局',
  '市统计局',
  '市自然资源和规划局',
];
const LATIN = ['5G', 'GDP', 'AI', 'APP', 'CBD', 'PM2.5', 'LNG', 'ETC', 'VR', 'IPO'];
const XINHUA_CITIES = ['北京', '南京', '上海', '杭州', '合肥', '武汉', '广州', '深圳', '成都'];

const CLOSING = new Set([...'，。、；：？！）》”’」』']);
const OPENING = new Set([...'（《“‘「『']);
const FW_DIGITS = '０１２３４５６７８９';
const WEEKDAYS = '日一二三四五六';

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => FW_DIGITS[Number(d)]!);
const charWidth = (c: string) => (/[\x20-\x7e]/.test(c) ? 0.5 : 1);
const width = (s: string) => [...s].reduce((w, c) => w + charWidth(c), 0);
const strip = (s: string) => s.replace(/\s+/g, '');
const endsSentence = (line: string) => /[。！？…][”’」』）]*$/.test(line);

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const monthOf = (iso: string) => Number(iso.slice(5, 7));
const dayOf = (iso: string) => Number(iso.slice(8, 10));

function shuffle<T>(r: Rng, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function weighted<T>(r: Rng, options: [T, number][]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [v, w] of options) {
    if ((x -= w) < 0) return v;
  }
  return options[options.length - 1]![0];
}

function balanced(s: string): boolean {
  const pairs: [string, string][] = [
    ['“', '”'],
    ['《', '》'],
    ['（', '）'],
    ['(', ')'],
  ];
  return pairs.every(([a, b]) => s.split(a).length === s.split(b).length);
}

/**
 * Clauses from the seeds, without real people: clauses naming an official (a role word, or a name found after a
 * role or before a speech verb elsewhere), and clauses that would read as a lead, marker or furniture line.
 */
function cleanClauses(clauses: string[], words: Set<string>): string[] {
  const surnames = new Set(SURNAMES);
  const keys = new Set<string>();
  const roleThenName =
    /(?:书记|市长|区长|县长|主任|主席|董事长|总裁|总经理|秘书长|部长|委员长|委员|院长|校长|局长|组长)、?([\u4e00-\u9fff]{2})/g;
  const nameThenVerb =
    /([\u4e00-\u9fff]{2,3})(?:指出|强调|表示|来到|先后|主持|要求|叮嘱|在调研|在与|会见|带队|说|对|在)/g;
  for (const c of clauses) {
    for (const m of c.matchAll(roleThenName)) if (surnames.has(m[1]![0]!)) keys.add(m[1]!);
    for (const m of c.matchAll(nameThenVerb)) {
      const n = m[1]!;
      const name = n.length === 3 && surnames.has(n[0]!) ? n.slice(0, 2) : surnames.has(n.at(-2)!) ? n.slice(-2) : null;
      if (name && !words.has(name)) keys.add(name);
    }
    if (c.includes('市领导'))
      for (const n of c.split(/市领导|、/).slice(1)) if (surnames.has(n[0] ?? '')) keys.add(n.slice(0, 2));
  }
  return clauses.filter(
    (c) =>
      balanced(c) &&
      !/习近平|总书记|书记|市长|主任|主席|董事长|总裁|总经理|秘书长|部长|院长|校长|组长|委员|市领导|同志|本报|记者|新华社|通讯员|[转接]第|版|星期|电$/.test(
        c,
      ) &&
      ![...keys].some((k) => c.includes(k)),
  );
}

interface Official {
  name: string;
  role: string;
}

interface Cast {
  leaders: Official[];
  others: Official[];
  reporters: string[];
  correspondents: string[];
  xinhua: string[];
  editors: string[];
}

const LEAD_ROLES = ['市委书记', '市长'];
const OTHER_ROLES = [
  '市委副书记',
  '副市长',
  '副市长',
  '副市长',
  '市委常委、秘书长',
  '市委常委、组织部部长',
  '市委常委、宣传部部长',
  '市人大常委会主任',
  '市政协主席',
  '市人大常委会副主任',
  '市政协副主席',
];

function personName(r: Rng): string {
  const surname = r.chance(0.03) ? r.pick(RARE_SURNAMES) : r.pick(SURNAMES);
  return surname + r.pick(GIVEN) + (r.chance(0.65) ? r.pick(GIVEN) : '');
}

/** Officials serve terms of a few years; reporters, correspondents and editors stay longer. */
function castFor(seed: number, paperIndex: number, term: number): Cast {
  const r = rng(seed * 7919 + paperIndex * 613 + term * 31 + 17);
  const fresh = distinct(() => personName(r));
  return {
    leaders: LEAD_ROLES.map((role) => ({ name: fresh(), role })),
    others: OTHER_ROLES.map((role) => ({ name: fresh(), role })),
    reporters: Array.from({ length: 14 }, fresh),
    correspondents: Array.from({ length: 24 }, fresh),
    xinhua: Array.from({ length: 10 }, fresh),
    editors: Array.from({ length: 8 }, fresh),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Text

interface Para {
  text: string;
  /** Starts a paragraph (its first line is indented by two characters); false for a continuation or a dateline line. */
  indent: boolean;
  /** No optional blank line after it (the 本报记者 line, whose dateline opens the next line). */
  tight?: boolean;
}

interface Dateline {
  text: string;
  date: string | null;
  dateEnd: string | null;
  marked: boolean;
}

interface Lead {
  paras: Para[];
  /** Spans [0, end) of paragraph `para` that make up the lead (credit and dateline). */
  spans: { para: number; end: number }[];
  credit: string[];
  reversed: boolean;
  fullwidth: boolean;
  date: string | null;
  dateEnd: string | null;
  hasCredit: boolean;
}

interface Draft {
  truth: TruthArticle;
  paras: Para[];
  leadSpans: { para: number; end: number }[];
  headLines: string[];
  /** Blank lines between kicker, title and subtitle (never between the two lines of one title). */
  headSpaced: boolean;
  titleAt: number;
  titleLines: number;
  byline: string | null;
  jumpTo: number | null;
  tags: Set<LayoutClass>;
}

class Writer {
  private readonly word: () => string;
  private readonly clauses: string[];
  constructor(
    private readonly r: Rng,
    sources: SynthSources,
  ) {
    const words = sources.words.filter((w) => !/本报|记者|通讯员|新华社|版|星期|转第|接第|编辑/.test(w.word));
    this.word = weightedSampler(
      words.map((w) => w.word),
      words.map((w) => Math.sqrt(w.freq)),
      r.next,
    );
    this.clauses = cleanClauses(sources.clauses, new Set(words.map((w) => w.word)));
    if (!this.clauses.length) this.clauses.push('推动各项工作落地见效');
  }

  // Per-article context, set by `article()`.
  private paper!: Paper;
  private cast!: Cast;
  private year = 2020;
  private topic = '';
  private topic2 = '';
  private leader!: Official;
  private guests: Official[] = [];
  private district = '';
  private org = '';

  w(): string {
    return this.word();
  }

  private pct(): string {
    const r = this.r;
    return r.chance(0.5) ? `${r.int(1, 60)}.${r.int(0, 9)}%` : r.chance(0.9) ? `${r.int(1, 99)}%` : `${r.int(1, 99)}％`;
  }

  private num(): string {
    const r = this.r;
    return weighted(r, [
      [String(r.int(2, 99)), 4],
      [String(r.int(100, 9999)), 2],
      [`${r.int(1, 99)}.${r.int(1, 9)}`, 2],
      [fullWidth(String(r.int(2, 99))), 0.3],
    ]);
  }

  private sourceClause(): string {
    return this.r
      .pick(this.clauses)
      .replace(/无锡/g, this.paper.city)
      .replace(/([在来离])锡/g, `$1${this.paper.short}`);
  }

  private docTitle(): string {
    const r = this.r;
    const y = this.year + r.int(-1, 1);
    const name = `${this.paper.city}市${r.pick([this.topic, this.topic2, this.w()])}${r.pick(['实施意见', '三年行动计划', '工作方案', '管理办法', '若干措施', '专项规划', '实施细则'])}`;
    const suffix = r.pick([
      '（草案）',
      '（试行）',
      `（${y}-${y + 2}）`,
      `（${y}—${y + 4}年）`,
      '（征求意见稿）',
      '（修订）',
    ]);
    return `《${name}${suffix}》`;
  }

  private official(): Official {
    const r = this.r;
    return r.chance(0.3) ? this.leader : r.pick(this.cast.others);
  }

  clause(): string {
    const r = this.r;
    const w = () => this.w();
    return weighted<() => string>(r, [
      [() => this.sourceClause(), 34],
      [() => Array.from({ length: r.int(2, 4) }, w).join(''), 14],
      [
        () =>
          `${r.pick(['推动', '加快', '聚焦', '深化', '持续推进', '着力提升', '统筹', '扎实做好', '全面落实', '大力发展', '不断完善'])}${w()}${r.pick(['', w()])}${r.pick(['', '工作', '建设', '体系'])}`,
        12,
      ],
      [
        () =>
          `${r.pick([this.topic, this.topic2, w()])}${r.pick(['投资', '产值', '营收', '总量', '规模', '指数'])}同比增长${this.pct()}`,
        4,
      ],
      [
        () =>
          `${r.pick(['累计', '全年', '今年以来', '目前已'])}${r.pick(['完成', '建成', '新增', '引进', '签约', '改造'])}${r.pick([this.topic, w()])}项目${this.num()}${r.pick(['个', '项', '家'])}`,
        4,
      ],
      [() => `总投资${this.num()}${r.pick(['亿元', '万元'])}`, 2],
      [() => `惠及${this.num()}${r.pick(['万人次', '户', '名群众', '家企业'])}`, 2],
      [() => `占比达${this.pct()}`, 1.5],
      [() => `打造“${w()}${r.pick(['', w()])}”${r.pick(['品牌', '样板', '名片', '高地', '模式'])}`, 3],
      [() => `围绕“${w()}、${w()}、${w()}”${r.pick(['三大方向', '重点任务', '关键环节'])}`, 1.5],
      [() => `${r.pick(['出台', '审议通过', '印发', '研究讨论'])}${this.docTitle()}`, 3],
      [
        () =>
          `${r.pick(this.paper.districts)}${r.pick(['', '率先'])}${r.pick(['探索', '试点', '推出'])}${w()}${r.pick(['模式', '机制', '举措'])}`,
        3,
      ],
      [
        () =>
          `${r.pick(LATIN)}${r.pick(['基站', '应用场景', '项目', '产业', '平台'])}${r.pick(['达到', '超过', '新增'])}${this.num()}${r.pick(['个', '家', '处'])}`,
        1.5,
      ],
      [() => `${this.year}年${r.pick(['以来', '上半年', '前三季度', '全年'])}`, 1.5],
      [
        () =>
          `${this.org}${r.pick(['联合', '会同', '牵头'])}${r.pick(ORGS)}${r.pick(['开展', '组织'])}${w()}${r.pick(['行动', '专项检查', '服务活动'])}`,
        2,
      ],
      [() => `市（县）区${r.pick(['同步推进', '全面铺开', '协同联动'])}`, 0.6],
      [
        () =>
          `${(() => {
            const o = this.official();
            return `${o.role}${o.name}`;
          })()}${r.pick(['出席', '参加调研', '陪同', '参加活动'])}`,
        1.5,
      ],
    ])();
  }

  sentence(plain = false): string {
    const r = this.r;
    const body = (n: number) => {
      const parts = Array.from({ length: n }, () => this.clause());
      return parts
        .map((p, i) => (i === 0 ? p : (r.chance(0.08) ? '；' : r.chance(0.04) && p.length < 8 ? '、' : '，') + p))
        .join('');
    };
    // Quotations inside a quotation take single quotes.
    const quoted = (n: number) => body(n).replace(/“/g, '‘').replace(/”/g, '’');
    const name = () => (r.chance(0.6) ? this.leader.name : this.official().name);
    if (plain) return `${body(r.int(1, 4))}。`;
    return weighted<() => string>(r, [
      [
        () =>
          `${body(
            weighted(r, [
              [1, 2],
              [2, 4],
              [3, 4],
              [4, 2],
              [5, 1],
              [6, 0.5],
            ]),
          )}${weighted(r, [
            ['。', 95],
            ['！', 3],
            ['？', 1],
          ])}`,
        80,
      ],
      [() => `${name()}${r.pick(['说', '表示', '介绍'])}：“${quoted(r.int(1, 3))}。”`, 7],
      [() => `“${quoted(r.int(1, 2))}，”${name()}${r.pick(['表示', '说'])}，“${quoted(r.int(1, 2))}。”`, 4],
      [() => `一要${body(r.int(1, 2))}；二要${body(r.int(1, 2))}；三要${body(r.int(1, 2))}。`, 3],
      [
        () =>
          `${(() => {
            const o = this.official();
            return `${o.role}${o.name}`;
          })()}${r.pick(['出席', '参加', '出席活动', '参加调研'])}。`,
        3,
      ],
      [() => `记者从${r.pick(ORGS)}获悉，${body(r.int(1, 3))}。`, 2],
      [
        () =>
          `${r.pick(['截至', '截至'])}${r.int(1, 12)}月底，${body(r.int(1, 2))}，同比${r.pick(['增长', '提高', '下降'])}${this.pct()}。`,
        3,
      ],
    ])();
  }

  paragraph(): string {
    const r = this.r;
    const opener = weighted(r, [
      ['', 30],
      [r.pick(['会议指出，', '会议强调，', '会议要求，', '会议认为，']), 12],
      [
        r.pick([
          '据介绍，',
          '据了解，',
          '记者了解到，',
          '近年来，',
          '今年以来，',
          '此外，',
          '同时，',
          '调研中，',
          '活动现场，',
          '截至目前，',
        ]),
        14,
      ],
      [`${this.leader.name}${r.pick(['指出', '强调', '表示', '要求'])}，`, 12],
      [
        `在${r.pick(this.paper.districts)}${r.pick(['', this.w()])}${r.pick(['项目现场', '企业', '社区', '园区'])}，`,
        5,
      ],
      [`${this.district}${r.pick(['相关负责人介绍', '有关负责同志表示'])}，`, 3],
    ]);
    const n = weighted(r, [
      [1, 3],
      [2, 4],
      [3, 3],
      [4, 1],
    ]);
    // After an opener naming a speaker, the sentence is what was said, not another quotation.
    const named = /(?:指出|强调|表示|要求|介绍|说)，$/.test(opener);
    return opener + Array.from({ length: n }, (_, i) => this.sentence(named && i === 0)).join('');
  }

  /** Sets the article's topic and people; returns its lead event sentence. */
  article(paper: Paper, cast: Cast, year: number): string {
    const r = this.r;
    this.paper = paper;
    this.cast = cast;
    this.year = year;
    this.topic = r.pick(FIELDS);
    this.topic2 = this.w();
    this.leader = r.pick(cast.leaders);
    this.guests = shuffle(r, cast.others).slice(0, r.int(0, 4));
    this.district = r.pick(paper.districts);
    this.org = r.pick(ORGS);
    const role = `${this.leader.role}${this.leader.name}`;
    const event = weighted<() => string>(r, [
      [() => `${role}${r.pick(['带队调研', '主持召开专题会议研究', '实地督查', '调研推进'])}${this.topic}工作`, 5],
      [() => `${paper.city}${this.topic}${r.pick(['工作推进会', '现场会', '工作会议', '专题会议'])}召开`, 4],
      [() => `${this.org}召开新闻发布会，发布${this.topic}${r.pick(['成绩单', '白皮书', '十大案例', '年度报告'])}`, 3],
      [
        () =>
          `第${r.int(2, 30)}届${paper.city}${this.topic2}${r.pick(['大会', '博览会', '论坛'])}在${this.district}开幕`,
        2,
      ],
      [
        () =>
          `${this.district}${this.topic}${r.pick(['重点项目', '示范工程', '产业园'])}正式${r.pick(['开工', '签约', '投用', '启动'])}`,
        3,
      ],
      [() => `${this.sourceClause()}`, 4],
      [
        () =>
          `${role}${r.pick(['会见', '接待'])}${this.w()}${r.pick(['集团', '公司', '代表团'])}${r.pick(['董事长', '总经理', '负责人'])}${personName(r)}一行`,
        1.5,
      ],
    ])();
    const guests = this.guests.length
      ? weighted(r, [
          [`市领导${this.guests.map((g) => g.name).join('、')}参加。`, 3],
          [`${this.guests[0]!.role}${this.guests[0]!.name}出席。`, 2],
          ['', 2],
        ])
      : '';
    const more = r.chance(0.5) ? this.sentence() : '';
    return `${event}${r.chance(0.25) ? `，${this.clause()}` : ''}。${guests}${more}`;
  }

  closing(): string {
    return `${this.leader.name}${this.r.pick(['强调', '要求', '指出'])}，${this.sentence(true)}`;
  }

  // Headlines restate their article in other words: its topic, its leader, its place.
  /** A title of 6–20 characters, as phrases: a title printed on two lines breaks between them. */
  title(): string[] {
    const r = this.r;
    for (let tries = 0; tries < 8; tries++) {
      const t = weighted<() => string[]>(r, [
        [() => [`${this.leader.name}${r.pick(['调研', '督查', '专题研究', '推进'])}`, `${this.topic}工作`], 3],
        [
          () => [this.topic, r.pick(['取得新突破', '迈上新台阶', '跑出加速度', '按下快进键', '见行见效', '提质增效'])],
          3,
        ],
        [
          () => [
            `我市${r.pick(['全力推进', '加快建设', '深化', '启动'])}`,
            `${this.topic}${r.pick(['', '行动', '攻坚'])}`,
          ],
          3,
        ],
        [
          () => [
            `${this.district}${r.pick([this.topic, this.topic2])}`,
            r.pick(['亮点纷呈', '蹄疾步稳', '成效明显', '再上新台阶']),
          ],
          2,
        ],
        [() => [`${r.int(2, 30)}个${this.topic}项目`, `集中${r.pick(['签约', '开工', '竣工'])}`], 2],
        [
          () => [
            `以${this.topic}${r.pick(['引领', '推动', '赋能'])}`,
            `${this.topic2}${r.pick(['发展', '升级', '提质'])}`,
          ],
          2,
        ],
        [() => [`${r.pick(['推动', '促进'])}${this.topic}与${this.topic2}`, '深度融合'], 1],
        [
          () => [
            `${this.paper.city}${this.topic2}${r.pick(['工作', '建设'])}`,
            r.pick(['全面提速', '稳中向好', '走在前列']),
          ],
          2,
        ],
        [
          () => [
            `${this.leader.name}在${this.district}${r.pick(['调研', '督查'])}时`,
            `要求${r.pick(['抓实', '推进'])}${this.topic}`,
          ],
          1,
        ],
        [
          () => [
            `${r.pick(['守护', '擦亮', '绘就'])}${this.topic2}${r.pick(['底色', '新图景'])}`,
            `${this.district}${r.pick(['在行动', '走在前'])}`,
          ],
          1,
        ],
      ])();
      const n = [...t.join('')].length;
      if (n >= 6 && n <= 20) return t;
    }
    return [`${this.topic}工作`, '推进会召开'];
  }

  kicker(): string {
    const r = this.r;
    return weighted<() => string>(r, [
      [() => `${this.leader.name}在${this.topic}${r.pick(['调研', '督查', '专题会议'])}时强调——`, 3],
      [() => `${this.leader.name}在${this.paper.city}${this.topic}${r.pick(['工作会议', '推进会'])}上强调`, 2],
      [() => `${this.org}${this.topic}${r.pick(['工作会议召开', '新闻发布会举行'])}——`, 1],
      [
        () =>
          r.pick([
            `聚焦${this.topic}`,
            `${this.topic}进行时`,
            `${this.paper.city}两会特别报道`,
            `奋进新征程`,
            `${this.topic2}观察`,
          ]),
        2,
      ],
    ])();
  }

  subtitle(): string {
    const r = this.r;
    return r.pick([
      `——${this.paper.city}${this.topic}工作综述`,
      `——记${this.district}${r.pick(['党委书记', '负责人', '社区书记'])}${personName(r)}`,
      `——${this.org}推进${this.topic}${r.pick(['侧记', '纪实'])}`,
      `——来自${this.district}的报道`,
    ]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Leads

function makeDateline(r: Rng, issue: string, opts: { relative: number; xinhua: boolean; evening: boolean }): Dateline {
  const kind = opts.xinhua
    ? weighted(r, [['md', 1]] as [string, number][])
    : weighted(r, [
        ['md', 60],
        ['range', 12],
        ['yesterday', 14 * opts.relative],
        ['today', opts.evening ? 3 * opts.relative : 0],
        ['vague', 4],
      ] as [string, number][]);
  const fw = r.chance(0.14);
  const md = (iso: string) => `${monthOf(iso)}月${dayOf(iso)}日`;
  if (kind === 'md') {
    const start = addDays(
      issue,
      -weighted(r, [
        [0, 2],
        [1, 6],
        [2, 2],
        [3, 1],
      ]),
    );
    const text = md(start);
    return { text: fw ? fullWidth(text) : text, date: start, dateEnd: null, marked: fw };
  }
  if (kind === 'range') {
    const start = addDays(issue, -r.int(1, 6));
    const end = addDays(start, r.int(1, 3));
    const sep = r.pick(['至', '至', '—', '到']);
    const text = monthOf(start) === monthOf(end) ? `${md(start)}${sep}${dayOf(end)}日` : `${md(start)}${sep}${md(end)}`;
    return { text: fw ? fullWidth(text) : text, date: start, dateEnd: end, marked: true };
  }
  if (kind === 'yesterday')
    return { text: r.pick(['昨天', '昨天', '昨日']), date: addDays(issue, -1), dateEnd: null, marked: false };
  if (kind === 'today') return { text: r.pick(['今天', '今日']), date: issue, dateEnd: null, marked: false };
  return { text: r.pick(['近日', '日前']), date: null, dateEnd: null, marked: false };
}

function makeCredit(r: Rng, cast: Cast): { text: string; names: string[]; canonical: boolean } {
  const reporters = shuffle(r, cast.reporters);
  const groups: { role: string; names: string[] }[] = [
    { role: '记者', names: reporters.slice(0, r.chance(0.22) ? 2 : 1) },
  ];
  if (r.chance(0.6))
    groups.push({ role: '通讯员', names: shuffle(r, cast.correspondents).slice(0, r.chance(0.2) ? 2 : 1) });
  if (r.chance(0.12))
    groups.push({
      role: '实习生',
      names: [r.pick(cast.correspondents.filter((n) => !groups.some((g) => g.names.includes(n))))],
    });
  const ordered = groups.length > 1 && r.chance(0.4) ? shuffle(r, groups) : groups;
  const roleSep = r.chance(0.82) ? ' ' : '';
  const groupSep = r.chance(0.85) ? ' ' : '　';
  const nameSep = r.chance(0.85) ? ' ' : '、';
  const text = `（${ordered.map((g) => g.role + roleSep + g.names.join(nameSep)).join(groupSep)}）`;
  const canonical =
    ordered[0]!.role === '记者' &&
    ordered.length <= 2 &&
    (ordered.length < 2 || ordered[1]!.role === '通讯员') &&
    ordered.every((g) => g.names.length === 1) &&
    roleSep === ' ' &&
    groupSep === ' ';
  return { text, names: ordered.flatMap((g) => g.names), canonical };
}

function makeLead(r: Rng, cast: Cast, issue: string, opts: { relative: number; evening: boolean }): Lead {
  const form = weighted(r, [
    ['bare', 44],
    ['credit', 30],
    ['line', 12],
    ['xinhua', 10],
  ] as [string, number][]);
  if (form === 'xinhua') {
    const dl = makeDateline(r, issue, { ...opts, xinhua: true });
    const names = shuffle(r, cast.xinhua).slice(0, r.chance(0.3) ? 2 : 1);
    const withCredit = r.chance(0.8);
    const spaced = r.chance(0.85);
    const credit = withCredit ? `（记者${spaced ? ' ' : ''}${names.join(' ')}）` : '';
    const head = `新华社${r.pick(XINHUA_CITIES)}${dl.text}电${credit}`;
    return {
      paras: [{ text: withCredit ? head : `${head}${r.pick([' ', '　', ''])}`, indent: true }],
      spans: [{ para: 0, end: [...head].length }],
      credit: withCredit ? names : [],
      reversed: withCredit && (names.length > 1 || !spaced),
      fullwidth: dl.marked,
      date: dl.date,
      dateEnd: dl.dateEnd,
      hasCredit: withCredit,
    };
  }
  const dl = makeDateline(r, issue, { ...opts, xinhua: false });
  if (form === 'line') {
    const reporters = shuffle(r, cast.reporters);
    const variant = weighted(r, [
      ['one', 3],
      ['two', 4],
      ['withCorr', 2],
      ['corrFirst', 1.5],
      ['intern', 0.7],
      ['nospace', 0.8],
    ] as [string, number][]);
    const corr = r.pick(cast.correspondents);
    const [a, b] = [reporters[0]!, reporters[1]!];
    const gap = r.chance(0.85) ? ' ' : '　';
    const [line, names, canonical] = (
      {
        one: [`本报记者 ${a}`, [a], true],
        two: [`本报记者 ${a}${gap}${b}`, [a, b], true],
        withCorr: [`本报记者 ${a} 通讯员 ${corr}`, [a, corr], true],
        corrFirst: [`本报通讯员 ${corr} 记者 ${a}`, [corr, a], false],
        intern: [`本报实习生 ${corr} 记者 ${a}${gap}${b}`, [corr, a, b], false],
        nospace: [`本报记者${a}`, [a], false],
      } as Record<string, [string, string[], boolean]>
    )[variant]!;
    return {
      paras: [
        { text: line, indent: r.chance(0.5), tight: true },
        { text: `${dl.text}，`, indent: false },
      ],
      spans: [
        { para: 0, end: [...line].length },
        { para: 1, end: [...dl.text].length },
      ],
      credit: names,
      reversed: !canonical,
      fullwidth: dl.marked,
      date: dl.date,
      dateEnd: dl.dateEnd,
      hasCredit: true,
    };
  }
  if (form === 'credit') {
    const credit = makeCredit(r, cast);
    const head = `本报讯${credit.text}${r.pick(['', '', '', ' '])}${dl.text}`;
    return {
      paras: [{ text: `${head}，`, indent: true }],
      spans: [{ para: 0, end: [...head].length }],
      credit: credit.names,
      reversed: !credit.canonical,
      fullwidth: dl.marked,
      date: dl.date,
      dateEnd: dl.dateEnd,
      hasCredit: true,
    };
  }
  const sep = weighted(r, [
    [' ', 62],
    ['　', 14],
    ['', 14],
    ['  ', 10],
  ]);
  const head = `本报讯${sep}${dl.text}`;
  return {
    paras: [{ text: `${head}，`, indent: true }],
    spans: [{ para: 0, end: [...head].length }],
    credit: [],
    reversed: false,
    fullwidth: dl.marked || sep === '　',
    date: dl.date,
    dateEnd: dl.dateEnd,
    hasCredit: false,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Printing

interface Style {
  width: number;
  hang: boolean;
  indentMark: string;
  columnBreak: number;
}

/** Wraps at the column width: half-width characters count half; with `hang`, closing punctuation never starts a line. */
function wrap(text: string, first: number, rest: number, hang: boolean): { lines: string[]; starts: number[] } {
  const chars = [...text];
  const lines: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < chars.length) {
    if (lines.length) while (i < chars.length && chars[i] === ' ') i++;
    if (i >= chars.length) break;
    const cap = lines.length ? rest : first;
    const start = i;
    let w = 0;
    while (i < chars.length && w + charWidth(chars[i]!) <= cap) w += charWidth(chars[i++]!);
    if (i === start) i++;
    if (hang) {
      for (let h = 0; h < 3 && i < chars.length && CLOSING.has(chars[i]!); h++) i++;
      while (i - start > 1 && i < chars.length && OPENING.has(chars[i - 1]!)) i--;
    }
    lines.push(chars.slice(start, i).join('').replace(/ +$/, ''));
    starts.push(start);
  }
  return { lines, starts };
}

/** Prints paragraphs as column lines; reports whether a line break fell inside the lead's spans. */
function printParas(
  r: Rng,
  paras: Para[],
  style: Style,
  spans: { para: number; end: number }[] = [],
  runIn?: number,
): { lines: string[]; leadWrapped: boolean } {
  const W = style.width;
  const out: string[] = [];
  let leadWrapped = false;
  paras.forEach((p, i) => {
    // A run-in paragraph starts on the line where the text before it ended, with that line's room left.
    const ran = i === 0 && runIn !== undefined;
    const { lines, starts } = wrap(p.text, ran ? runIn : p.indent ? W - 2 : W, W, style.hang);
    for (const s of spans) if (s.para === i && starts.some((st) => st > 0 && st < s.end)) leadWrapped = true;
    if (!ran && p.indent && style.indentMark && lines.length) lines[0] = style.indentMark + lines[0];
    lines.forEach((line, j) => {
      out.push(line);
      if (j < lines.length - 1 && !endsSentence(line) && r.chance(style.columnBreak)) out.push('');
    });
    const next = paras[i + 1];
    if (next) {
      const visibleIndent = next.indent && style.indentMark !== '';
      const short = width(lines.at(-1) ?? '') <= W - 2;
      // A paragraph that ends on a full line with no visible indent after it needs its blank line.
      if ((!visibleIndent && !short && !p.tight) || (!p.tight && r.chance(0.35))) out.push('');
    }
  });
  return { lines: out, leadWrapped };
}

type Owner = Draft | null;

class PagePrinter {
  readonly lines: { text: string; owner: Owner }[] = [];
  readonly furniture: string[] = [];
  private pendingTag = false;
  private lastOwner: Owner = null;

  emit(text: string, owner: Owner) {
    if (owner && text) {
      if (this.pendingTag) owner.tags.add('furniture');
      this.pendingTag = false;
      this.lastOwner = owner;
    }
    this.lines.push({ text, owner });
  }
  /** Furniture whose neighbour is the next text printed. */
  furnitureBefore(text: string, blankAfter: boolean) {
    this.furniture.push(text);
    this.lines.push({ text, owner: null });
    if (blankAfter) this.lines.push({ text: '', owner: null });
    this.pendingTag = true;
  }
  furnitureAfter(text: string, blankBefore: boolean) {
    this.furniture.push(text);
    if (blankBefore) this.lines.push({ text: '', owner: null });
    this.lines.push({ text, owner: null });
    this.lastOwner?.tags.add('furniture');
  }
  text(): string {
    // Collapse runs of more than two blank lines; a page never starts with a blank line.
    const out: string[] = [];
    for (const { text } of this.lines) {
      if (!text && (!out.length || (out.at(-1) === '' && out.at(-2) === ''))) continue;
      out.push(text);
    }
    while (out.at(-1) === '') out.pop();
    return `${out.join('\n')}\n`;
  }
}

function dateHeader(r: Rng, iso: string, paper: string): string {
  const [y, m, d] = [iso.slice(0, 4), String(monthOf(iso)), String(dayOf(iso))];
  const wd = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
  const date = `${y}年${m}月${d}日`;
  const text = `${date}${r.pick([' ', '　', '  '])}星期${wd}`;
  const printed = r.chance(0.1) ? fullWidth(text) : text;
  return r.chance(0.15) ? `${paper}${r.pick([' ', '　'])}${printed}` : printed;
}

function editorLine(r: Rng, cast: Cast): string {
  const [a, b, c] = shuffle(r, cast.editors);
  return r.pick([
    `责任编辑：${a} 美术编辑：${b}`,
    `本版编辑 ${a}`,
    `责任编辑 ${a}　美编 ${b}`,
    `本版责编：${a}  校对：${b}`,
    `编辑 ${a} 校对 ${b} 组版 ${c}`,
    `责任编辑：${a}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Issues

/** The share of pages that print each headline over its article rather than after it. */
const HEADLINES_ABOVE = 0.3;

/**
 * Chance that a lead which could run in does: it starts on the line where the previous article ended (as OCR
 * joins them), which is the only way the wrap can fall between 本报 and 讯 or right after 本报讯.
 */
const RUN_IN_LEAD = 0.3;

interface Furniture {
  text: string;
  at: 'top' | 'bottom' | 'inside' | 'between';
}

interface Continuation {
  draft: Draft;
  paras: Para[];
  marker: string;
}

function nonIdentityOrder(r: Rng, n: number): number[] {
  const id = Array.from({ length: n }, (_, i) => i);
  if (r.chance(0.5)) return id.reverse();
  for (;;) {
    const p = shuffle(r, id);
    if (p.some((v, i) => v !== i)) return p;
  }
}

/** Yields pages, an issue at a time, until `articleCount` articles have started. */
export function* generateLayoutCorpus(
  articleCount: number,
  seed: number,
  sources: SynthSources,
  startYear = 2016,
): Generator<LayoutPage> {
  const r = rng(seed);
  const writer = new Writer(r, sources);
  const calendars = PAPERS.map((_, i) => addDays(`${startYear}-01-0${1 + i}`, r.int(0, 20)));
  const serials = PAPERS.map(() => 0);
  let written = 0;
  let issueNo = 0;

  while (written < articleCount) {
    const paperIndex = issueNo % PAPERS.length;
    issueNo++;
    const paper = PAPERS[paperIndex]!;
    const issueDate = calendars[paperIndex]!;
    calendars[paperIndex] = addDays(issueDate, r.int(1, 20));
    const year = Number(issueDate.slice(0, 4));
    const cast = castFor(seed, paperIndex, Math.floor((year - startYear) / 4));
    const undated = r.chance(0.15);
    const serial = ++serials[paperIndex]!;

    // Pages and how many articles start on each.
    let counts = Array.from({ length: r.int(2, 4) }, () => r.int(2, 5));
    const left = articleCount - written;
    if (counts.reduce((a, b) => a + b, 0) > left) {
      const cut: number[] = [];
      let rem = left;
      for (const c of counts) {
        if (rem <= 0) break;
        cut.push(Math.min(c, rem));
        rem -= c;
      }
      if (cut.length > 1 && cut.at(-1)! < 2 && cut.at(-2)! < 5) cut[cut.length - 2]! += cut.pop()!;
      counts = cut;
    }
    const pageCount = counts.length;
    written += counts.reduce((a, b) => a + b, 0);

    const styles: Style[] = counts.map(() => ({
      width: r.int(12, 18),
      hang: r.chance(0.8),
      indentMark: weighted(r, [
        ['', 5],
        ['　　', 2],
        ['  ', 1.5],
        ['　', 1.5],
      ]),
      columnBreak: r.pick([0.03, 0.06, 0.09]),
    }));

    // Articles, page by page.
    const drafts: Draft[][] = counts.map((count, pi) => {
      const out: Draft[] = [];
      let jumps = 0;
      for (let k = 0; k < count; k++) {
        const jumpTo = pi < pageCount - 1 && jumps < 2 && r.chance(0.22) ? r.int(pi + 2, pageCount) : null;
        if (jumpTo) jumps++;
        out.push(makeDraft(r, writer, paper, cast, year, issueDate, undated, String(pi + 1), jumpTo));
      }
      // Some articles are printed without a headline, on pages where others have one.
      const noHead = out.map(() => r.chance(0.13));
      if (noHead.every(Boolean)) noHead[0] = false;
      out.forEach((d, i) => {
        if (!noHead[i]) return;
        d.headLines = [];
        d.truth.kicker = d.truth.title = d.truth.subtitle = null;
        d.tags.add('no-headline');
      });
      return out;
    });

    const continuations: Continuation[][] = counts.map(() => []);
    const pages: LayoutPage[] = [];
    for (let pi = 0; pi < pageCount; pi++) {
      const label = String(pi + 1);
      const style = styles[pi]!;
      const printer = new PagePrinter();

      // Furniture: where it goes on this page.
      const furniture: Furniture[] = [];
      const at = (weights: [Furniture['at'], number][]) => weighted(r, weights);
      if (undated)
        furniture.push({
          text: dateHeader(r, issueDate, paper.paper),
          at: at([
            ['top', 65],
            ['inside', 25],
            ['between', 10],
          ]),
        });
      else if (r.chance(0.1))
        furniture.push({
          text: dateHeader(r, issueDate, paper.paper),
          at: at([
            ['top', 50],
            ['inside', 50],
          ]),
        });
      if (r.chance(0.3))
        furniture.push({
          text: paper.label(pi + 1, r),
          at: at([
            ['top', 70],
            ['bottom', 10],
            ['inside', 20],
          ]),
        });
      if (r.chance(0.22))
        furniture.push({
          text: editorLine(r, cast),
          at: at([
            ['bottom', 60],
            ['top', 25],
            ['between', 15],
          ]),
        });
      const pageDrafts = drafts[pi]!;
      const runs = continuations[pi]!.length + pageDrafts.length;
      const inside = new Map<number, string[]>();
      const between = new Map<number, string[]>();
      for (const f of furniture) {
        if (f.at === 'inside') {
          const run = r.int(0, runs - 1);
          inside.set(run, [...(inside.get(run) ?? []), f.text]);
        } else if (f.at === 'between') {
          if (pageDrafts.length > 1) {
            const k = r.int(1, pageDrafts.length - 1);
            between.set(k, [...(between.get(k) ?? []), f.text]);
          } else f.at = 'bottom';
        }
      }
      for (const f of furniture) if (f.at === 'top') printer.furnitureBefore(f.text, r.chance(0.7));

      /** Prints body lines, with any furniture placed between two of its lines. */
      const printRun = (run: number, lines: string[], owner: Draft) => {
        const inserts = inside.get(run) ?? [];
        const textLines = lines.map((l, i) => [l, i] as const).filter(([l]) => l);
        const slots = new Map<number, string[]>();
        for (const f of inserts) {
          if (textLines.length < 2) {
            slots.set(lines.length, [...(slots.get(lines.length) ?? []), f]);
            continue;
          }
          const [, idx] = textLines[r.int(1, textLines.length - 1)]!;
          slots.set(idx, [...(slots.get(idx) ?? []), f]);
        }
        lines.forEach((l, i) => {
          for (const f of slots.get(i) ?? []) {
            const spaced = r.chance(0.7);
            printer.furniture.push(f);
            if (spaced) printer.emit('', null);
            printer.emit(f, null);
            if (spaced) printer.emit('', null);
            owner.tags.add('furniture');
          }
          printer.emit(l, owner);
        });
        for (const f of slots.get(lines.length) ?? []) {
          printer.furniture.push(f);
          printer.emit('', null);
          printer.emit(f, null);
          owner.tags.add('furniture');
        }
      };

      const printByline = (d: Draft) => {
        if (!d.byline) return;
        const last = printer.lines.at(-1);
        if (
          last &&
          last.text &&
          last.owner === d &&
          r.chance(0.5) &&
          width(last.text) + width(d.byline) + 1 <= style.width + 2
        ) {
          last.text += r.pick([' ', ' ', '  ', '　', '']) + d.byline;
        } else {
          if (r.chance(0.5)) printer.emit('', null);
          printer.emit(d.byline, d);
        }
      };

      let run = 0;
      // Continuations of articles that jumped here open the page.
      for (const c of continuations[pi]!) {
        const inline = r.chance(0.4);
        const gap = c.marker.startsWith('（') ? r.pick(['', '', ' ']) : r.pick([' ', '  ', '　']);
        const paras = inline
          ? [{ text: `${c.marker}${gap}${c.paras[0]!.text}`, indent: false }, ...c.paras.slice(1)]
          : c.paras;
        if (!inline) printer.emit(c.marker, c.draft);
        const { lines } = printParas(r, paras, style);
        printRun(run++, lines, c.draft);
        printByline(c.draft);
        printer.emit('', null);
      }

      // The page's own articles; headlines follow their bodies, alone or in blocks — or, on some pages, as most
      // papers print them, each stands over its article.
      const headlinesAbove = r.chance(HEADLINES_ABOVE);
      let pending: Draft[] = [];
      let bodyEnd = -1;
      pageDrafts.forEach((d, k) => {
        for (const f of between.get(k) ?? []) printer.furnitureBefore(f, r.chance(0.8));
        if (headlinesAbove && d.headLines.length) {
          d.tags.add('headline-above');
          printBlock(r, printer, [d]);
          if (r.chance(0.5)) printer.emit('', null);
        }
        let paras = d.paras;
        let cont: Para[];
        let outMarker: string | null = null;
        if (d.jumpTo) {
          const split = splitForJump(r, d);
          paras = split.first;
          cont = split.rest;
          outMarker = r.pick([
            `（下转第${d.jumpTo}版）`,
            `（下转第${d.jumpTo}版）`,
            `下转第${d.jumpTo}版`,
            `（转第${d.jumpTo}版）`,
          ]);
          const inMarker = r.pick([
            `（上接第${pi + 1}版）`,
            `（上接第${pi + 1}版）`,
            `上接第${pi + 1}版`,
            `（接第${pi + 1}版）`,
          ]);
          d.truth.parts = [
            { page: label, body: strip(paras.map((p) => p.text).join('')), markers: [outMarker] },
            { page: String(d.jumpTo), body: strip(cont.map((p) => p.text).join('')), markers: [inMarker] },
          ];
          d.truth.pages = [label, String(d.jumpTo)];
          continuations[d.jumpTo - 1]!.push({ draft: d, paras: cont, marker: inMarker });
        }
        // Now and then a lead runs in on the line where the previous article's byline or last sentence ended.
        const prev = printer.lines.at(-1);
        const runInSep = r.pick(['', ' ']);
        const room =
          prev && printer.lines.length - 1 === bodyEnd && /[。！？”）]$/.test(prev.text)
            ? style.width - width(prev.text) - width(runInSep)
            : 0;
        const runIn = room >= 1 && r.chance(RUN_IN_LEAD) ? room : undefined;
        const { lines, leadWrapped } = printParas(r, paras, style, d.leadSpans, runIn);
        if (leadWrapped) d.tags.add('wrapped-lead');
        if (runIn !== undefined) {
          prev!.text += runInSep + lines.shift()!;
        }
        if (outMarker) {
          const last = lines.length - 1;
          const bare = !outMarker.startsWith('（');
          if (r.chance(0.5) && width(lines[last]!) + width(outMarker) + 1 <= style.width + 2)
            lines[last] += (bare ? r.pick([' ', '  ', '　']) : r.pick(['', ' '])) + outMarker;
          else lines.push(outMarker);
        }
        printRun(run++, lines, d);
        if (!d.jumpTo) printByline(d);
        bodyEnd = d.jumpTo ? -1 : printer.lines.length - 1;
        if (d.headLines.length && !headlinesAbove) pending.push(d);
        const lastOnPage = k === pageDrafts.length - 1;
        if (pending.length && (lastOnPage || r.chance(0.55))) {
          printBlock(r, printer, pending);
          pending = [];
        }
        if (!lastOnPage && r.chance(0.7)) printer.emit('', null);
      });
      for (const f of furniture) if (f.at === 'bottom') printer.furnitureAfter(f.text, r.chance(0.8));

      const name = undated
        ? `undated-${paper.slug}-${String(serial).padStart(4, '0')}-p${label}.txt`
        : `${issueDate}-${paper.slug}-p${label}.txt`;
      pages.push({
        name,
        text: printer.text(),
        paper: paper.paper,
        year,
        issueDate: undated ? null : issueDate,
        page: label,
        articles: pageDrafts.map((d) => d.truth),
        furniture: printer.furniture,
      });
    }

    // Classes, from what was printed.
    for (const d of drafts.flat()) {
      if (undated) d.tags.add('date-header');
      d.truth.classes = d.tags.size ? LAYOUT_CLASSES.filter((c) => d.tags.has(c)) : ['plain'];
    }
    yield* pages;
  }
}

function makeDraft(
  r: Rng,
  writer: Writer,
  paper: Paper,
  cast: Cast,
  year: number,
  issueDate: string,
  undated: boolean,
  page: string,
  jumpTo: number | null,
): Draft {
  const lead = makeLead(r, cast, issueDate, { relative: undated ? 3 : 1, evening: paper.slug === 'yzwb' });
  const first = writer.article(paper, cast, year);
  const paras: Para[] = lead.paras.map((p) => ({ ...p }));
  paras[paras.length - 1]!.text += first;
  const more = jumpTo
    ? r.int(3, 6)
    : weighted(r, [
        [0, 1],
        [1, 3],
        [2, 4],
        [3, 3],
        [4, 2],
        [5, 1],
      ]);
  for (let i = 0; i < more; i++) paras.push({ text: writer.paragraph(), indent: true });
  if (r.chance(0.3)) paras.push({ text: writer.closing(), indent: true });

  const withByline = jumpTo !== null || (lead.hasCredit ? r.chance(0.25) : r.chance(0.95));
  let bylineNames: string[] = [];
  if (withByline) {
    const n = weighted(r, [
      [1, 65],
      [2, 30],
      [3, 5],
    ]);
    bylineNames =
      lead.credit.length && r.chance(0.3) ? lead.credit.slice(0, n) : shuffle(r, cast.reporters).slice(0, n);
  }
  const byline = withByline ? `（${bylineNames.join('、')}）` : null;

  const kicker = r.chance(0.3) ? writer.kicker() : null;
  const phrases = writer.title();
  const title = phrases.join('');
  const subtitle = r.chance(0.15) ? writer.subtitle() : null;
  const titleLines = [...title].length >= 10 && phrases.length === 2 && r.chance(0.3) ? phrases : [title];

  const tags = new Set<LayoutClass>();
  if (lead.reversed) tags.add('reversed-credits');
  if (lead.fullwidth) tags.add('fullwidth-date');
  if (jumpTo) tags.add('jump');
  const body = strip(paras.map((p) => p.text).join(''));
  return {
    truth: {
      classes: [],
      kicker,
      title,
      subtitle,
      reporters: [...new Set([...lead.credit, ...bylineNames])],
      date: lead.date,
      dateEnd: lead.dateEnd,
      body,
      pages: [page],
      byline,
      parts: [{ page, body, markers: [] }],
    },
    paras,
    leadSpans: lead.spans,
    headLines: [...(kicker ? [kicker] : []), ...titleLines, ...(subtitle ? [subtitle] : [])],
    titleAt: kicker ? 1 : 0,
    titleLines: titleLines.length,
    headSpaced: r.chance(0.5),
    byline,
    jumpTo,
    tags,
  };
}

/** Where a jumped article breaks: between paragraphs, after a sentence inside one, or mid-sentence. */
function splitForJump(r: Rng, d: Draft): { first: Para[]; rest: Para[] } {
  const leadParas = Math.max(...d.leadSpans.map((s) => s.para)) + 1;
  const k = r.int(leadParas, d.paras.length - 1);
  const p = d.paras[k]!;
  const chars = [...p.text];
  const mode = weighted(r, [
    ['boundary', 2],
    ['sentence', 1],
    ['mid', 1.5],
  ] as [string, number][]);
  let at = 0;
  if (mode === 'sentence') {
    const ends = chars
      .map((c, i) => (/[。！？]/.test(c) && i < chars.length - 2 && !/[”’]/.test(chars[i + 1]!) ? i + 1 : -1))
      .filter((i) => i > 0);
    at = ends.length ? r.pick(ends) : 0;
  } else if (mode === 'mid' && chars.length > 6) {
    at = r.int(3, chars.length - 3);
  }
  if (at === 0) return { first: d.paras.slice(0, k), rest: d.paras.slice(k) };
  return {
    first: [...d.paras.slice(0, k), { text: chars.slice(0, at).join(''), indent: p.indent }],
    rest: [{ text: chars.slice(at).join(''), indent: false }, ...d.paras.slice(k + 1)],
  };
}

/** A block of headlines: in body order or not, articles separated by blank lines or touching. */
function printBlock(r: Rng, printer: PagePrinter, block: Draft[]) {
  const order = block.length > 1 && r.chance(0.5) ? nonIdentityOrder(r, block.length) : block.map((_, i) => i);
  if (order.some((v, i) => v !== i)) for (const d of block) d.tags.add('headline-order');
  const ordered = order.map((i) => block[i]!);
  const touching = ordered.map(() => false);
  if (block.length > 1 && r.chance(0.4)) {
    for (let i = 0; i < ordered.length - 1; i++) touching[i] = r.chance(0.6);
    if (!touching.some(Boolean)) touching[r.int(0, ordered.length - 2)] = true;
  }
  if (r.chance(0.85)) printer.emit('', null);
  ordered.forEach((d, i) => {
    if (i > 0) {
      if (touching[i - 1]) {
        d.tags.add('touching-headlines');
        ordered[i - 1]!.tags.add('touching-headlines');
      } else {
        printer.emit('', null);
        if (r.chance(0.15)) printer.emit('', null);
      }
    }
    d.headLines.forEach((line, j) => {
      const sameTitle = j > d.titleAt && j < d.titleAt + d.titleLines;
      if (j > 0 && d.headSpaced && !sameTitle) printer.emit('', null);
      printer.emit(line, d);
    });
  });
}
