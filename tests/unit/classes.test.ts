import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, splitSeeds } from '../../src/lib/split/run';
import { FIELDS, scoreSplit, type TruthArticle } from '../../tools/lib/score-split';
import { LAYOUT_CLASSES } from '../../tools/synth/layouts';
import {
  CLASS_PAGES_DIR,
  HOLDOUT_ISSUE_DIR,
  HOLDOUT_PAGES_DIRS,
  HOLDOUT_SET_8_DIR,
  HOLDOUT_SET_9_DIR,
  HOLDOUT_SET_10_DIR,
  HOLDOUT_SET_11_DIR,
  HOLDOUT_SET_12_DIR,
  HOLDOUT_SET_13_DIR,
  HOLDOUT_SET_14_DIR,
  HOLDOUT_SET_15_DIR,
  HOLDOUT_SET_16_DIR,
  HOLDOUT_SET_17_DIR,
  HOLDOUT_SET_18_DIR,
  HOLDOUT_SET_19_DIR,
  HOLDOUT_SET_20_DIR,
  HOLDOUT_SET_21_DIR,
  HOLDOUT_SET_22_DIR,
  HOLDOUT_SET_23_DIR,
  HOLDOUT_SET_24_DIR,
  HOLDOUT_SET_25_DIR,
  HOLDOUT_SET_26_DIR,
  HOLDOUT_SET_27_DIR,
  readSeeds,
} from '../helpers';

/**
 * The hand-written pages of every layout class (wrapped leads, reversed credits, full-width dates, touching
 * headlines, headline blocks out of order, articles without headlines, jump pairs, furniture, mixed), split and
 * compared field by field with the truth their writer gave, who had not read the splitter.
 */
function splitAndScore(dir: string) {
  const {
    _furniture: furniture,
    _jumps: jumps,
    ...truth
  } = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, unknown>;
  const result = splitSeeds(readSeeds(dir), readFileSync(join(dir, MANIFEST_NAME), 'utf8'));
  const score = scoreSplit(
    truth as Record<string, TruthArticle[]>,
    result.records,
    result.pages,
    furniture as Record<string, string[]>,
  );
  return { truth: truth as Record<string, TruthArticle[]>, jumps: jumps as Record<string, string[]>, result, score };
}

/** How many articles missed each field. */
function missesByField(score: { misses: { field: string }[] }) {
  const missed = (field: string) => score.misses.filter((m) => m.field === field).length;
  return {
    body: missed('body'),
    reporters: missed('reporters'),
    date: missed('date'),
    headline: missed('headline'),
    pages: missed('pages'),
  };
}

/**
 * A hand-written set kept as a floor: its article count, the misses per field when it was last measured, and how
 * many of its furniture lines were not left over — no field may get worse.
 */
function keepsItsFloor(
  name: string,
  dir: string,
  floor: { articles: number; misses: Record<string, number>; furnitureMissed: number },
) {
  describe(`the hand-written pages in ${name}`, () => {
    const set = splitAndScore(dir);

    it('keeps at least the fields it split right when measured', () => {
      expect(Object.values(set.truth).flat()).toHaveLength(floor.articles);
      expect(missesByField(set.score)).toEqual(floor.misses);
      expect(set.score.furnitureMissed).toHaveLength(floor.furnitureMissed);
    });
  });
}

const { jumps, result, score } = splitAndScore(CLASS_PAGES_DIR);

describe('the hand-written layout-class pages', () => {
  for (const [cls, s] of score.byClass) {
    it(`split every ${cls} article right: ${FIELDS.join(', ')}`, () => {
      expect(score.misses.filter((m) => m.classes.includes(cls))).toEqual([]);
      for (const f of FIELDS) expect(s.right[f]).toBe(s.articles);
    });
  }

  it('cover every class with at least three articles', () => {
    // Every class of the layout corpus; the pages show a date header under furniture, and plain needs no page.
    // Headlines over their articles came into the corpus after these pages were written: holdout-8 shows them.
    for (const cls of LAYOUT_CLASSES.filter((c) => c !== 'plain' && c !== 'date-header' && c !== 'headline-above')) {
      expect(score.byClass.get(cls)?.articles ?? 0, cls).toBeGreaterThanOrEqual(3);
    }
  });

  it('leave every furniture line and every jump line over, and nothing else that the truth gives an article', () => {
    expect(score.furnitureMissed).toEqual([]);
    for (const page of result.pages) {
      const jumpLines = page.leftovers.filter((l) => l.reason === 'jump-marker').map((l) => l.text);
      expect(jumpLines, page.source).toEqual(jumps[page.source] ?? []);
      expect(
        page.leftovers.filter((l) => l.reason === 'unattributed-text' || l.reason === 'unmatched-headline'),
        page.source,
      ).toEqual([]);
    }
  });

  it('join each jump pair into one article citing both pages and both files', () => {
    const joined = result.records.filter((r) => r.data.pages.length > 1);
    expect(joined.length).toBeGreaterThanOrEqual(3);
    for (const r of joined) {
      expect(r.data.lines.continued.map((c) => c.page)).toEqual(r.data.pages.slice(1));
      expect(r.data.lines.continued.every((c) => c.file !== r.data.source)).toBe(true);
    }
    expect(result.review.filter((r) => r.kind === 'unmatched-jump')).toEqual([]);
  });

  it('date the page whose manifest gives no issue date from its printed date header, and say so in the review', () => {
    const undated = result.pages.filter((p) => p.issueDateSource === 'page-header');
    expect(undated.length).toBeGreaterThanOrEqual(1);
    expect(result.review.filter((r) => r.kind === 'inferred-date').map((r) => r.file)).toEqual(
      undated.map((p) => p.source),
    );
  });
});

// Each set was measured before the splitter was fixed against it — holdout: bodies 38/39, reporters 37/39,
// headlines 33/39; holdout-2: every field 33/34 but headlines 32/34 (an undated 据新华社电 lead); holdout-3
// (headline blocks): every field 37/37 but headlines 30/37; holdout-4 (evening papers' own forms): bodies 14/27,
// reporters 15/27, dates 14/27, headlines 14/27 (扬子晚报讯-style leads, 6日 datelines, photo credits); holdout-5
// (subheads, interviews, briefs inside bodies): 28/28 in every field; holdout-6 (OCR noise): bodies 26/27, reporters
// 25/27, headlines 22/27 (本 报 讯, 蔡 雨 涵, 一一 for ——, a headline printed one article late) — and is kept exact.
describe.each(HOLDOUT_PAGES_DIRS.map((dir) => [basename(dir), dir]))('the hand-written pages in %s', (_, dir) => {
  const holdout = splitAndScore(dir);

  it(`split every article right: ${FIELDS.join(', ')}, with every furniture line left over`, () => {
    expect(holdout.score.misses).toEqual([]);
    expect(holdout.score.furnitureMissed).toEqual([]);
    expect(Object.values(holdout.truth).flat().length).toBeGreaterThanOrEqual(25);
  });
});

// A whole issue by a seventh writer, measured after all the fixes above: every field 19/19 but headlines 17/19 —
// two short kickers without —— over a one-line title (家门口坐车买菜更方便 / 市区3条社区微公交开通试运行) read as one
// title over two lines, which the writer too called a judgement (18/19 since a title-wide whole clause over another
// title-wide line is read as a kicker). Kept as a floor, not as exact.
describe('the hand-written issue in holdout-7', () => {
  const issue = splitAndScore(HOLDOUT_ISSUE_DIR);

  it('splits every body, reporter, date and page right, and at least 18 of 19 headlines', () => {
    expect(issue.score.misses.filter((m) => m.field !== 'headline')).toEqual([]);
    expect(issue.score.misses.filter((m) => m.field === 'headline').length).toBeLessThanOrEqual(1);
    expect(issue.score.furnitureMissed).toEqual([]);
    expect(Object.values(issue.truth).flat()).toHaveLength(19);
  });
});

// An eighth writer's set (a provincial party daily, a county paper, a trade paper: headlines printed over their
// articles, 本报福州5月8日讯 leads, 本报评论员 and 新华社记者 credit lines, 融媒/见习/首席/特约 roles, names with ·,
// the paper's particulars and contact lines), measured before any fix against it: of 31 articles, bodies 18,
// reporters 15, dates 18, headlines 4, pages 21, and 6 furniture lines not left over. After the general fixes it led
// to: bodies 23, reporters 24, dates 25, headlines 22, pages 26, furniture all left over. Articles printed without
// any lead (photo news, a column of briefs without 本报讯), opened since where the layout shows one, bring bodies to
// 29, reporters 28, dates 29, headlines 27, pages 30 (reporters 29 with names spaced to three, from holdout-12).
// Still missed: kickers and subtitles without —— read as a title's second line, a title touching a credit. Bodies
// and pages 31, reporters 31 since a title as wide as the column may touch its text after an article closed by its
// credit. Kept as a floor.
keepsItsFloor('holdout-8', HOLDOUT_SET_8_DIR, {
  articles: 31,
  misses: { body: 0, reporters: 0, date: 1, headline: 2, pages: 0 },
  furnitureMissed: 0,
});

// A ninth writer's set, ordinary pages of three papers with every headline over its article (a whole 4-page issue
// of a party daily among them), measured before any fix against it: of 32 articles, bodies 30, reporters 28,
// dates 28, headlines 25, pages 31 (the splitter of the session before, which read headlines only after their
// articles: bodies 26, reporters 24, dates 25, headlines 0, pages 29). The general fixes it led to — a credit line
// without 本报 (首席记者 …), 记者昨日从…获悉, 前日, a spaced 报道, a column break read as a lost space between two
// names — bring every field but headlines to 32/32; headlines 26 (the rest: a kicker printed like a title's first
// line and the reverse, judgements the layout alone cannot make; 28 since a title-wide whole clause over another
// title-wide line is read as a kicker; 30 since a short line wrapping at a phrase is no kicker). Kept as a floor.
describe('the hand-written pages in holdout-9', () => {
  const set = splitAndScore(HOLDOUT_SET_9_DIR);

  it('splits every body, reporter, date and page right, at least 30 of 32 headlines, and leaves furniture over', () => {
    expect(Object.values(set.truth).flat()).toHaveLength(32);
    expect(set.score.misses.filter((m) => m.field !== 'headline')).toEqual([]);
    expect(set.score.misses.filter((m) => m.field === 'headline').length).toBeLessThanOrEqual(2);
    expect(set.score.furnitureMissed).toEqual([]);
  });
});

// A tenth writer's set: an issue of a city daily over three pages with a jump, an evening paper, a legal daily, a
// rural paper, a prefecture daily with no issue date in the manifest (its date header gives it), a front page —
// headlines over and after their articles, credit lines naming the paper (长沙晚报全媒体记者 …), 长沙晚报6月11日讯,
// 本报评论员 with a name, □ bylines, photo credits on their own line (本报记者 … 摄), briefs and captions without a
// lead, a commentary signed only at its end, 广告 over an advert. Measured before any fix against it: of 34
// articles, bodies 16, reporters 16, dates 20, headlines 14, pages 20, and 4 furniture lines not left over. After
// the general fixes it led to: bodies 32, reporters 32, dates 33, headlines 29, pages 33; still missed are a Q&A
// printed without a lead under a kicker after an article that closed with no credit, a kicker and a subtitle
// printed without —— read as a title's lines, and two column labels (短评, 法治时评) read as kickers — since taken
// for furniture with the labels holdout-11 showed: headlines 30, all furniture left over; every field but headlines
// 34/34 and headlines 31 since a title that asks (…有啥讲究？) is read as a title. Kept as a floor.
keepsItsFloor('holdout-10', HOLDOUT_SET_10_DIR, {
  articles: 34,
  misses: { body: 0, reporters: 0, date: 0, headline: 3, pages: 0 },
  furnitureMissed: 0,
});

// An eleventh writer's set, written after the fixes holdout-10 led to and measured before any fix against it: a
// city daily's 3-page issue with a jump, an evening paper, a provincial daily's front page, a trade paper, a
// county paper printing its headlines after runs of articles, a regional daily — 38 articles. At the start of the
// session that fixed holdout-10 it split bodies 16, reporters 17, dates 22, headlines 17, pages 23; after those
// fixes, before any against this set: bodies 27, reporters 27, dates 30, headlines 22, pages 31, 11 furniture lines
// not left over. After the general fixes it led to (untitled briefs each closed by a credit, a text touching its
// title, a dated article closed by another's credit after a finished sentence, 本报11日讯, a name cut before more
// names in a credit line, □ 钱 程, column labels, a contents box, an advert under its mark): bodies, reporters and
// pages 38, dates 37 (本报记者 … / 3月1日起，… read as its date), headlines 33 (a subtitle wrapped over two lines,
// kickers and subtitles without marks; 35 since a short subtitle may go on over the next line). Kept as a floor.
describe('the hand-written pages in holdout-11', () => {
  const set = splitAndScore(HOLDOUT_SET_11_DIR);

  it('keeps at least the fields it split right when measured', () => {
    expect(Object.values(set.truth).flat()).toHaveLength(38);
    expect(set.score.misses.filter((m) => !['headline', 'date'].includes(m.field))).toEqual([]);
    expect(set.score.misses.filter((m) => m.field === 'date').length).toBeLessThanOrEqual(1);
    expect(set.score.misses.filter((m) => m.field === 'headline').length).toBeLessThanOrEqual(3);
    expect(set.score.furnitureMissed).toEqual([]);
  });
});

// A twelfth writer's set, measured before any fix against it: a provincial daily's issue with a jump marked in
// Chinese numerals (（下转第三版）), an evening paper's two pages (one with half-width punctuation), a district paper,
// a health trade paper, a transport paper, a university paper — 40 articles: bodies 23, reporters 20, dates 29,
// headlines 11, pages 30, 15 furniture lines not left over. After the general fixes it led to (names spaced to the
// width of three in credits and editor lines, 文/记者 … 图/通讯员 …, a paper's name after □, a photo credit …/摄 or
// 摄影 …, a closing credit wrapped over two lines, an undated feature under a headline set apart after an article
// its lead credited to others, 学生记者, a spaced 报道 credit, the paper's desk lines and press line, a weather
// box, a reader's letter signed 丰台区读者 韩淑芬): bodies 36, reporters 38, dates 38, headlines 21, pages 38, one
// furniture line in an article (with holdout-13's fixes: bodies 38, reporters 39, dates 39, headlines 23, pages 39;
// with a notice's title opening a notice: bodies 39, reporters, dates and pages 40, headlines 24; with a short
// subtitle going on over the next line: headlines 31; with a title-wide whole clause read as a kicker: 32; with
// 投稿请登录… as furniture: all furniture left over; with a notice keeping the lines that sign it: bodies 40, headlines
// 33). Most headline misses are subtitles printed without —— under their title, read as its second line; headlines
// 35 once a whole clause under a kicker may have a subtitle under it. Kept as a floor.
keepsItsFloor('holdout-12', HOLDOUT_SET_12_DIR, {
  articles: 40,
  misses: { body: 0, reporters: 0, date: 0, headline: 5, pages: 0 },
  furnitureMissed: 0,
});

// A thirteenth writer's set, measured before any fix against it: a provincial daily's 2-page issue with a jump, an
// evening paper printing headlines after its articles, an environment paper, a county paper, a provincial daily's
// inner page — 27 articles: bodies 18, reporters 20, dates 22, headlines 12, pages 22, one furniture line in an
// article. After the general fixes it led to (a paper named ….报 in its lead, 桐乡报讯; a credit naming the paper's
// news app, 贵州日报天眼新闻记者 …; an article's own credit wrapped over two lines naming others than the lead above;
// 要闻简报 as a label, a title ending in 意向 still a title): bodies 24, reporters 26, dates 25, headlines 16, pages 26,
// all furniture left over (dates 26 since a credit line over 记者昨日从…获悉 dates its article; headlines 20 since
// a short subtitle may go on over the next line; bodies 25, headlines 22 since a title that asks, …怎么办？, is read as
// a title; bodies 26, headlines 23 since a notice keeps the lines that sign it). Kept as a floor.
keepsItsFloor('holdout-13', HOLDOUT_SET_13_DIR, {
  articles: 27,
  misses: { body: 1, reporters: 1, date: 1, headline: 3, pages: 1 },
  furnitureMissed: 0,
});

// A fourteenth writer's set, written after this stop's headline fixes and measured before any fix against it: six
// papers, headlines over their articles on three pages and after them on three (alone or in blocks, in any order),
// series labels and slogans as kickers, untitled briefs — 34 articles: bodies 34, reporters 33, dates 33, headlines
// 25, pages 34, 3 furniture lines not left over (the session's start split it the same). After the general fixes it
// led to (a weather line and a page's section name under its label as furniture, a line ending in a telephone number
// never a headline, 记者 尚　文 摄 with a spaced name, 记者昨日从…获悉 under a credit line): every field 34/34 but
// headlines 27/34, 29/34 since a short subtitle may go on over the next line — the rest are a title wrapped into
// two lines read as kicker and title and the reverse, and subtitles without ——. Kept as a floor.
keepsItsFloor('holdout-14', HOLDOUT_SET_14_DIR, {
  articles: 34,
  misses: { body: 0, reporters: 0, date: 0, headline: 3, pages: 0 },
  furnitureMissed: 0,
});

// A fifteenth writer's set, written by hand after holdout-14's fixes and measured before any fix against it: five
// papers, a 2-page issue with a jump, headlines over and after their articles, kickers of every kind, untitled briefs,
// a notice, a reader's letter — 32 articles. The writer's truth left a credit line printed over its text (本报记者
// 谢婉清) out of the body and ran a notice's body through its signature; both were set to the convention the other
// sets follow (the lead from its first character, the body to its last sentence). Measured: bodies 30, reporters 30,
// dates 31, headlines 19, pages 31, 7 furniture lines not left over (the splitter at the start of the day: headlines
// 16, 8 furniture lines). After the general fixes it led to (a bare page number over its section name at the top of a
// page, 本报热线电话 and 新闻爆料 lines, 记者昨天从…获悉 opening an article under a headline): every field 32/32 but
// headlines 26/32 and all furniture left over (a section's own hotline once a telephone line opens no article);
// headlines 27 once a block over its articles claims the article below it first; 28 once a whole clause under a
// kicker may have a subtitle under it. Kept as a floor.
keepsItsFloor('holdout-15', HOLDOUT_SET_15_DIR, {
  articles: 32,
  misses: { body: 0, reporters: 0, date: 0, headline: 4, pages: 0 },
  furnitureMissed: 0,
});

// A sixteenth writer's set, written in this stop and measured before any fix against it: a provincial daily's 2-page
// issue with a jump, a city daily, an evening paper, a county paper and a trade paper, with interviews, photo news,
// commentaries, notices and columns of briefs printed without leads — 40 articles: bodies 34, reporters 35, dates 35,
// headlines 30, pages 36, 3 furniture lines not left over (the stop's first fixes, made before the set was written,
// split it the same). The writer's truth put closing credits in the bodies; they were taken out, as every other set
// does (a credit closing an article is its byline, not its text). An asking title read where a paragraph of text
// would open gives bodies 35, reporters 36, dates 36, pages 37. After the general fixes it led to (an indented
// paragraph under a title with a comma in it, 文/李　航 under a title, a notice opening under its wrapped title and
// keeping the lines that sign it): every field 40/40 but dates 39 and headlines 31; headlines 32 with a column's
// label (仙居声音) as furniture. Left: the date a writer read from 昨日 inside a lead's text, a column label …观察 read
// as a kicker (as a series label is), the repeated title over a continuation. Kept as a floor.
keepsItsFloor('holdout-16', HOLDOUT_SET_16_DIR, {
  articles: 40,
  misses: { body: 0, reporters: 0, date: 1, headline: 8, pages: 0 },
  furnitureMissed: 2,
});

// A seventeenth writer's set, written in this stop after the fixes holdout-16 led to and measured before any fix
// against it: a national daily's 2-page issue with a jump cut inside a word, a prefecture daily printing every
// headline after its article, a sports page of results lists, an evening paper's small notices stacked without blank
// lines and its weather box, a county paper with half-width punctuation — 36 articles: bodies 31, reporters 31,
// dates 33, headlines 23, pages 34, 9 furniture lines not left over (the session's start: bodies 30, headlines 22).
// After the general fixes it led to (讣告 and 更正 as notices' titles, a notice's contact lines and 治丧小组 as its
// signature, the weather box's wind, humidity and air lines, 分类信息, a contents entry over its page (（2版）), two
// names padded letter by letter (吴　昊　龙　婧), a credit line closed by 文/图, an indented paragraph under a
// blank line below a headline printed after its article): every field 36/36 but headlines 28, one furniture line
// (the repeated title over a continuation) in an article. Kept as a floor.
keepsItsFloor('holdout-17', HOLDOUT_SET_17_DIR, {
  articles: 36,
  misses: { body: 0, reporters: 0, date: 0, headline: 5, pages: 0 },
  furnitureMissed: 1,
});

// An eighteenth writer's set, written after the fixes holdout-17 led to and measured before any fix against it: a
// legal paper, a finance page with tables in its text, an education paper's interview and photo story, a front page
// jumping to a page not in the set under a contents box, a metro paper's run-in briefs, a rural paper — 35
// articles: bodies 28, reporters 29, dates 30, headlines 21, pages 31, 10 furniture lines not left over (the
// session's start: bodies 27, headlines 21). After the general fixes it led to (an article that jumps to another
// page ends there, sentence or not; a contents box's ▶3版 entries; 今日要目, 以案说法, 致富经, …快报 as labels; a
// column's author after 作者系…; 本周一 as a dateline; a meeting headline's second verb, 部署…, going on with its
// first line): bodies and reporters 33, dates and pages 34, headlines 27, all furniture left over. Left: a brief run in
// after a sentence that opens 记者从…获悉 with no mark, a title cut by a stray blank line, two-deck judgements.
// Headlines 29 since a short line wrapping at a phrase is no kicker and a title cut by a stray blank line at the
// page's top is joined. Kept as a floor.
keepsItsFloor('holdout-18', HOLDOUT_SET_18_DIR, {
  articles: 35,
  misses: { body: 2, reporters: 2, date: 1, headline: 6, pages: 1 },
  furnitureMissed: 0,
});

// A nineteenth writer's set, written after the fixes holdout-18 led to and measured before any fix against it: a
// party daily's front page (编者按, 本报评论员, an editorial, a 记者手记 box), an international page, a digest page
// printed without leads, a readers' letters page, a county paper's 2-page issue — 36 articles: bodies 17, reporters
// 18, dates 21, headlines 13, pages 21, 3 furniture lines not left over (the session's start: bodies 15, headlines
// 12). After the general fixes it led to (an article at the page's top under its headline without a lead; a line
// that asks with a pause in it read as a title when a credit closes the text above it; 摘自《…》 作者：…, a reader
// signing with a long place; sources closing an article, （据路透社）, （据《…》）, that name no one; 资料图片 and
// …供图 no person; 本报驻柏林记者 over its 电 lead as one article; an indented paragraph under a title touching the
// text above; 通知 as a notice's title; 社论, 来信追踪 and a desk's mailbox as furniture): bodies 32, reporters 34,
// dates and pages 35, headlines 28, all furniture left over; bodies 34, reporters 35, dates and pages 36 once a
// column's label (社论) starts an article; reporters 36 once an editor's note (编者按) over a credit line opens its
// article. Left: a 记者手记 box at an article's end, read as an article of its own. Headlines 30 since a kicker
// ending in —— printed under its title is that title's. Kept as a floor.
keepsItsFloor('holdout-19', HOLDOUT_SET_19_DIR, {
  articles: 36,
  misses: { body: 2, reporters: 0, date: 0, headline: 6, pages: 0 },
  furnitureMissed: 0,
});

// A twentieth writer's set, written after the fixes holdout-19 led to and measured before any fix against it: a city
// daily's news page, an evening paper's consumer page, a farm paper's feature page, a culture page of a book review,
// a poem and an essay signed by the writers' workplaces, a county paper with a picture box — 30 articles: bodies 23,
// reporters 24, dates 25, headlines 20, pages 25, 5 furniture lines not left over (the session's start: bodies 20,
// headlines 18). After the general fixes it led to (the page's first article opening at a paragraph, never inside its
// headline; （数据来源：…） closing an article; ■本报追踪 naming no one): bodies 24, reporters 24, dates and pages 26,
// headlines 21, 3 furniture lines in articles. Left: a poem and an essay signed （作者单位：…） over or under the
// name, the page's marked column labels (■书香越地), titles touching the text above them on a page without indents.
// A marked label over the headline it touches (■书香越地) taken for furniture, a source on its own line under a table
// closing its article, and a short line wrapping at a phrase read as no kicker: bodies 25, reporters 26, dates and
// pages 27, headlines 24, one furniture line in an article. Kept as a floor.
keepsItsFloor('holdout-20', HOLDOUT_SET_20_DIR, {
  articles: 30,
  misses: { body: 5, reporters: 4, date: 3, headline: 6, pages: 3 },
  furnitureMissed: 1,
});

// A twenty-first writer's set, written after the fixes holdout-20 led to: a city daily's news page with a signed
// commentary, a national science daily with run-in briefs, an evening paper's interview with a 记者手记 box, a legal
// daily's court page, a morning paper's page with a traffic notice and a weather brief — 30 articles. Measured
// before any fix against it: bodies 27, reporters 26, dates 28, headlines 17, pages 28, 3 furniture lines in
// articles (the splitter at the session's start, without the two fixes holdout-20 led to that day: bodies 25,
// headlines 15, 5 furniture lines in). After the general fixes it led to (a short line wrapping at a phrase — a
// subject whose verb goes on below, or a word wanting more — is no kicker; a clause's next verb may follow a time
// word, 当天还清…; a marked name under a commentary's last sentence signs it; the desk's e-mail line and …动态 are
// furniture): bodies 27, reporters 27, dates and pages 28, headlines 22, all furniture left over. Left: run-in
// briefs whose bold title wraps into the text, an interview opening with 记者 X／文 under a three-deck headline,
// a notice's issuer lines read as its subtitle, unmarked subtitles and two-deck headlines. Bodies and reporters 28,
// dates and pages 29, headlines 23 since a run-in brief's title, wrapped into the line of its text, is split off.
// Kept as a floor.
keepsItsFloor('holdout-21', HOLDOUT_SET_21_DIR, {
  articles: 30,
  misses: { body: 2, reporters: 2, date: 1, headline: 7, pages: 1 },
  furnitureMissed: 0,
});

// A twenty-second writer's set, written after the fixes holdout-21 led to: a provincial daily's economy page with a
// signed commentary, an industry paper's news page (an interview, run-in briefs), an evening paper's page printed
// without indents, a county paper's page with a notice and a commentary, a calligraphy paper's page — 30 articles.
// Measured before any fix against it: bodies 22, reporters 18, dates and pages 25, headlines 17, all furniture left
// over. After the general fixes it led to (a credit set right under an article's last sentence closes it —
// 本报记者 X, ◎X, a bare name — as do set-right issuer and date lines; 文/图 with a credit under a last sentence
// closes its story; 文／本报记者 X 图／受访者提供 opens its article; a short unmarked line over a column-wide one
// after a blank line is a title on a page without indents; a subject and its verb over the verb's object is one
// title; a kicker ending in —— printed under its title; run-in briefs whose title wraps into their text; 报道 glued
// to a credit's last name; two short lines under a marked kicker are one title): bodies 28, reporters 30, dates and
// pages 30, headlines 27; 28 once a line with a pause under a title wrapped over lines without one is its subtitle.
// Left: two sources closing an article, （据新华社）, that this writer's truth keeps out of the body (other writers
// keep them in, as the split does), an unmarked subtitle under a title wrapped over two lines under a marked kicker,
// a subtitle printed over its title under a picture's credit. Kept as a floor.
keepsItsFloor('holdout-22', HOLDOUT_SET_22_DIR, {
  articles: 30,
  misses: { body: 2, reporters: 0, date: 0, headline: 2, pages: 0 },
  furnitureMissed: 0,
});

// A twenty-third writer's set, written after the fixes holdout-22 led to: a provincial party daily's front page with a
// contents box, an evening paper's society page printed without indents, a meteorological paper's page with an
// interview, briefs and a commentary, a county paper's page with a notice of two issuers, a metro paper's sports and
// culture page — 33 articles. Measured before any fix against it: bodies 27, reporters 28, dates and pages 30,
// headlines 22, 3 furniture lines in articles. After the general fixes it led to (a contents box's entries to the
// blank line are furniture; a bare name set right over the next headline signs the article above; a letter-spaced
// notice title, 招　领　启　事; a subject over the question asked of it, 主汛期气象服务 / 如何做到“早准快”): every
// field 33/33 but headlines 26, all furniture left over (a whole clause over its next verb, 我市出台12条措施 / 支持…,
// read as one title gained one more here and cost the generated corpus's seeds 3 and 5–8 six: left out).
// Left: unmarked kickers over a title-wide title (暖心一幕, 筑牢国家生态安全屏障, 2025沧州大运河马拉松开跑), three
// title-wide decks read as one title, two title halves the word classes cannot join (甘肃首部X波段 / 相控阵雷达…,
// 两男子冒充“水电工” / 上门诈骗…). Kept as a floor.
keepsItsFloor('holdout-23', HOLDOUT_SET_23_DIR, {
  articles: 33,
  misses: { body: 0, reporters: 0, date: 0, headline: 7, pages: 0 },
  furnitureMissed: 0,
});

// A twenty-fourth writer's set, written after the fixes holdout-23 led to: a city party daily's front page with run-in
// briefs and a caption credited on its last line, a legal daily's page (credit lines under marks, a credit without
// brackets, a column signed with a wrapped author note, a court's notice), a farm paper's page with 中新网 wire copy and
// a source wrapped over two lines, an evening paper's page without indents (its website's leads, its app in credits,
// a QR prompt, an open letter), a district paper printing every headline after its article — 33 articles. Measured
// before any fix against it: bodies 24, reporters 21, dates 23, headlines 21, pages 27, 2 furniture lines in
// articles. After the general fixes it led to (扬子晚报网8月25日讯 and 扬子晚报/紫牛新闻记者 X; a QR prompt; flush
// run-in briefs; □-marked credit lines of several roles; a · name on a credit's next line; a credit without brackets
// up to the date the text opens with; a photo credit run on after a caption; a wrapped author note; 中新网…电; 本月18日;
// a wrapped …供稿 source; an open letter and its salutation): bodies 32, every other field 33 but headlines 30, all
// furniture left over. Left: a source closing the text that this writer's truth keeps out of the body, three decks
// read as one title (twice), a title wrapped inside a noun phrase after its verb (…发布涉老年人 / 权益保护…案例).
// Kept as a floor.
keepsItsFloor('holdout-24', HOLDOUT_SET_24_DIR, {
  articles: 33,
  misses: { body: 1, reporters: 0, date: 0, headline: 3, pages: 0 },
  furnitureMissed: 0,
});

// A twenty-fifth writer's set, written after the fixes holdout-24 led to: a provincial daily's international page of
// wire copy, a city daily's county page of short items, a sports paper's page with results and a commentary, a health
// paper's page printed without indents — 32 articles. Measured before any fix against it: bodies 27, reporters 28,
// dates 25, headlines 25, pages 30, one furniture line in an article. After the general fixes it led to (当地时间3月4日;
// 据央视新闻客户端消息; a source wrapped after the last sentence, …。（据新华 / 社）; ■简讯; a marked name under a title
// that asks): bodies 30, reporters 30, dates 28, headlines 28, every page, all furniture left over. Left: a 新华社 feature
// lead whose credit has no brackets (…——…　新华社记者欧阳晨　康宁), a photo credit wrapped over lines (新华社 /
// 发（…摄）), dates the truth takes from a range in the text rather than the wire's dateline, and
// unmarked two-line titles. Bodies and reporters 31 once a picture's credit run on after a caption may wrap onto the
// next line. Kept as a floor.
keepsItsFloor('holdout-25', HOLDOUT_SET_25_DIR, {
  articles: 32,
  misses: { body: 1, reporters: 1, date: 4, headline: 4, pages: 0 },
  furnitureMissed: 0,
});

// Written by a writer who had not read the splitter, measured before any fix against it (35 articles: a provincial
// daily's front page, an evening paper's legal page, a county-level city's page, a finance paper's page without
// indents, a film weekly's page): bodies 25, reporters 26, dates 25, headlines 22, pages 27, one furniture line in an
// article. After the general fixes it led to (a credit naming a news brand before the paper, 正观新闻·郑州晚报记者;
// whose words and picture, 文/图, after a credit's names; an author's affiliation closing a column; briefs titled in
// 【】 run into their leads; a picture's credit wrapped inside its brackets; ■影讯 as a briefs label): bodies 32,
// reporters 32, dates 30, headlines 28, pages 33, all furniture left over; once briefs titled with a bullet (◆) open
// under a briefs label and after each other: every body, reporter and page, dates 32, headlines 30. Left: unmarked
// two-deck headlines; a date in a lead's second sentence; a range the writer took as the date. Kept as a floor.
keepsItsFloor('holdout-26', HOLDOUT_SET_26_DIR, {
  articles: 35,
  misses: { body: 0, reporters: 0, date: 3, headline: 5, pages: 0 },
  furnitureMissed: 0,
});

// Written by a writer who had not read the splitter, measured before any fix against it (34 articles: a provincial
// daily's economy page, a city evening paper's society page, a district paper's page, an education paper's page, a
// reading weekly's literary page): bodies 23, reporters 25, dates 25, headlines 13, pages 28, five furniture lines in
// articles. After the general fixes it led to (QR prompts to download an app or follow an account; a closing note
// naming no one — the author's post, when and where it was written, the book reviewed; an agency's picture credit,
// 新华社发（…摄）; an unbracketed credit parted by 、 up to 报道; a picture credited to no one on its own line under a
// credit): bodies 26, reporters 28, dates 26, headlines 21, pages 28, all furniture left over. Left: a picture credit
// over two lines (记者 史　鹏 / 通讯员 陈卫东 摄) under a caption, which keeps the caption in the article above; a
// pen-name alone on its line under a commentary's title; bulleted run-in briefs without indents; unmarked two-deck
// headlines. Kept as a floor.
keepsItsFloor('holdout-27', HOLDOUT_SET_27_DIR, {
  articles: 34,
  misses: { body: 8, reporters: 6, date: 8, headline: 13, pages: 6 },
  furnitureMissed: 0,
});
