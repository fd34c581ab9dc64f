/**
 * A synthetic archive in the seeds' own layout: hard-wrapped columns with blank-line column breaks, bylines in
 * full-width parentheses, headline blocks printed after the bodies (some grouped and shuffled, some pages with
 * none), two papers over many years, recurring officials with roles, and reporters. Text mixes clauses taken
 * from real pages with words drawn by their frequency in nodejieba's dictionary. Deterministic for a seed.
 */
import { distinct, rng, weightedSampler, type Rng } from './random';

export interface SynthArticle {
  kicker: string | null;
  title: string;
  reporters: string[];
  people: string[];
  date: string;
  /** The body as it should come back from the split: all its text joined, without white space. */
  body: string;
}

export interface SynthPage {
  name: string;
  text: string;
  paper: string;
  year: number;
  issueDate: string;
  page: string;
  articles: SynthArticle[];
}

export interface SynthSources {
  /** Clauses from real pages (split at ，。；). */
  clauses: string[];
  /** Dictionary words with their frequencies. */
  words: { word: string; freq: number }[];
}

const PAPERS = [
  { paper: '无锡日报', slug: 'wxrb', city: '市' },
  { paper: '江南晚报', slug: 'jnwb', city: '市' },
];
// Synthetic people only: surnames and name characters to compose names that never refer to anyone.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国志东海波宁亮飞斌晨博浩然雪梅琳玲晓燕俊峰文辉鑫宇轩彬瑞婷慧嘉欣泽林德荣春秋新立光永',
];
const LEAD_ROLES = ['市委书记', '市长'];
const OTHER_ROLES = ['副市长', '市委常委', '市政府秘书长', '市人大常委会主任', '市政协主席'];
const VERBS = ['主持会议并讲话', '出席并讲话', '参加调研', '提出工作要求', '主持', '强调'];
const OPENERS = ['会议指出，', '会议强调，', '会议要求，', '他指出，', '他强调，', '调研中，', '据了解，', ''];

function personName(r: Rng): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
}

export function sourcesFromPages(pages: string[], dictionary: string): SynthSources {
  // Clauses naming a lead or credit (本报讯, 记者) would open articles of their own.
  const clauses = [...new Set(pages.flatMap((p) => p.replace(/\s+/g, '').split(/[，。；：！？]/)))].filter(
    (c) => c.length >= 4 && c.length <= 24 && !/[（）()]|本报|新华社|记者|通讯员/.test(c),
  );
  const words = dictionary
    .split('\n')
    .map((line) => line.split(' '))
    .filter(
      ([w, f, tag]) =>
        w &&
        /^[\u4e00-\u9fff]{2,4}$/.test(w) &&
        Number(f) >= 200 &&
        /^(?:n|v|vn|a|ad|an|d|ns|nt|nz|l|i)$/.test(tag ?? ''),
    )
    .map(([w, f]) => ({ word: w!, freq: Number(f) }));
  return { clauses, words };
}

interface Cast {
  leaders: { name: string; role: string }[];
  others: { name: string; role: string }[];
  reporters: string[];
}

/** Officials serve terms of a few years; reporters stay longer. */
function castFor(seed: number, paperIndex: number, term: number): Cast {
  const r = rng(seed * 1000 + paperIndex * 100 + term);
  const fresh = distinct(() => personName(r));
  return {
    leaders: LEAD_ROLES.map((role) => ({ name: fresh(), role })),
    others: Array.from({ length: 8 }, (_, i) => ({ name: fresh(), role: OTHER_ROLES[i % OTHER_ROLES.length]! })),
    reporters: Array.from({ length: 12 }, fresh),
  };
}

function wrap(text: string, width: number, indent: boolean): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let at = 0;
  let first = true;
  while (at < chars.length) {
    const take = first && indent ? width - 2 : width;
    lines.push(chars.slice(at, at + take).join(''));
    at += take;
    first = false;
  }
  return lines;
}

function* dates(startYear: number, paperIndex: number): Generator<string> {
  const day = new Date(Date.UTC(startYear, 0, 1 + paperIndex));
  for (;;) {
    yield day.toISOString().slice(0, 10);
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

/** Pages per daily issue: a city daily prints 8–16; at 2–5 articles a page the two papers print ≈ 28k a year. */
export const ISSUE_PAGES = [8, 14] as const;
export const ARTICLES_PER_YEAR = 28_000;

/** The first year of an archive of `articleCount` articles that ends in 2025, at a real paper's density. */
export function startYearFor(articleCount: number): number {
  return 2026 - Math.max(1, Math.ceil(articleCount / ARTICLES_PER_YEAR));
}

/**
 * Yields pages until `articleCount` articles are written: each day an issue of each paper, of ISSUE_PAGES pages,
 * so a year holds about ARTICLES_PER_YEAR articles as a real city daily's archive does.
 */
export function* generateArchive(
  articleCount: number,
  seed: number,
  sources: SynthSources,
  startYear = startYearFor(articleCount),
): Generator<SynthPage> {
  const r = rng(seed);
  const word = weightedSampler(
    sources.words.map((w) => w.word),
    sources.words.map((w) => Math.sqrt(w.freq)),
    r.next,
  );
  const clause = () => (r.chance(0.5) ? r.pick(sources.clauses) : Array.from({ length: r.int(2, 4) }, word).join(''));
  const sentence = () => `${Array.from({ length: r.int(2, 4) }, clause).join('，')}。`;
  const calendars = PAPERS.map((_, i) => dates(startYear, i));
  let written = 0;
  let issueNo = 0;
  let pageOfIssue = 0;
  let issuePages = 0;
  let issueDate = '';
  while (written < articleCount) {
    const paperIndex = issueNo % PAPERS.length;
    if (pageOfIssue === issuePages) {
      issueDate = calendars[paperIndex]!.next().value as string;
      issuePages = r.int(ISSUE_PAGES[0], ISSUE_PAGES[1]);
      pageOfIssue = 0;
    }
    pageOfIssue++;
    const { paper } = PAPERS[paperIndex]!;
    const year = Number(issueDate.slice(0, 4));
    const cast = castFor(seed, paperIndex, Math.floor((year - startYear) / 5));
    const width = r.int(13, 18);
    const count = Math.min(r.int(2, 5), articleCount - written);
    const withHeadlines = r.chance(0.9);
    const lines: string[] = [];
    const articles: SynthArticle[] = [];
    let pending: string[][] = [];
    const eventDay = new Date(`${issueDate}T00:00:00Z`);
    eventDay.setUTCDate(eventDay.getUTCDate() - 1);
    const date = eventDay.toISOString().slice(0, 10);
    for (let k = 0; k < count; k++) {
      const leader = r.pick(cast.leaders);
      const guests = Array.from({ length: r.int(2, 4) }, () => r.pick(cast.others)).filter(
        (g, i, all) => all.findIndex((x) => x.name === g.name) === i,
      );
      const reporters = [...new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(cast.reporters)))];
      const [m, d] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
      const lead = r.chance(0.15) ? '本报讯 昨天，' : `本报讯 ${m}月${d}日，`;
      const paragraphs = [
        `${lead}${clause()}，${leader.role}${leader.name}${r.pick(VERBS)}。市领导${guests.map((g) => g.name).join('、')}参加。`,
        ...Array.from(
          { length: r.int(1, 4) },
          () => `${r.pick(OPENERS)}${Array.from({ length: r.int(1, 3) }, sentence).join('')}`,
        ),
        `${leader.name}强调，${sentence()}`,
      ];
      const body = paragraphs.join('').replace(/\s/g, '');
      // Column breaks: a blank line inside a paragraph, where the line does not end a sentence.
      const bodyLines = paragraphs.flatMap((p, i) => {
        const wrapped = wrap(p, width, i > 0);
        const out: string[] = [];
        wrapped.forEach((line, j) => {
          out.push(line);
          if (j < wrapped.length - 1 && r.chance(0.06) && !/[。！？”]$/.test(line)) out.push('');
        });
        if (i < paragraphs.length - 1 && r.chance(0.5)) out.push('');
        // A paragraph ending on a full line needs the blank line that marks its end in print.
        else if (i < paragraphs.length - 1 && [...wrapped.at(-1)!].length > width - 2) out.push('');
        return out;
      });
      const byline = `（${reporters.join('、')}）`;
      if (r.chance(0.5) && [...bodyLines.at(-1)!].length < width - 3) bodyLines[bodyLines.length - 1] += ` ${byline}`;
      else bodyLines.push('', byline);
      lines.push(...bodyLines, '');

      // Headlines restate their article: a clause of its body, as real ones share their words with the text.
      const bodyClauses = body.split(/[，。；“”]/).filter((c) => c.length >= 6 && !c.includes('本报讯'));
      const title = (bodyClauses.length ? r.pick(bodyClauses) : clause()).slice(0, 16);
      const kicker = r.chance(0.3) ? `${leader.name}在${clause().slice(0, 8)}时强调——` : null;
      const headline = [...(kicker ? [kicker] : []), title];
      if (withHeadlines) pending.push(headline);
      articles.push({
        kicker: withHeadlines ? kicker : null,
        title: withHeadlines ? title : '',
        reporters,
        people: [leader.name, ...guests.map((g) => g.name)],
        date,
        body,
      });
      if (pending.length && (r.chance(0.6) || k === count - 1)) {
        const block = r.chance(0.5) ? pending.reverse() : pending;
        for (const h of block) for (const deck of h) lines.push(deck, '');
        pending = [];
      }
    }
    written += count;
    yield {
      name: `${issueDate}-${PAPERS[paperIndex]!.slug}-${pageOfIssue}.txt`,
      text: `${lines.join('\n')}\n`,
      paper,
      year,
      issueDate,
      page: String(pageOfIssue),
      articles,
    };
    if (pageOfIssue === issuePages) issueNo++;
  }
}
