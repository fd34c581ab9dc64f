import nodejieba from 'nodejieba';
import type { SourceLine } from './lines';
import { printedWidth } from './sentences';

/** Lines of a headline printed together (no blank line between them): one deck of a headline. */
export interface Deck {
  lines: SourceLine[];
  /** Index of the block (the run of headline lines between two bodies) the deck was printed in. */
  block: number;
}

export interface HeadlineParts {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
}

/** A deck that leads into the next one: 杜小刚在调研时强调——, …表示： */
export const KICKER_END = /(?:——|—|－－|--|：|:|强调|指出|表示|要求|提出|寄语|希望|宣布)$/;
/**
 * A series or column label printed as a kicker over a title (项目攻坚进行时, 县域经济观察, 治水一线见闻, 新春走基层,
 * 聚焦夏季安全生产): papers name their recurring reports this way, and such a line is never a headline alone. Lines
 * opening with 走进 or 直击 are not taken: a title wraps before them as often (非遗侗族大歌 / 走进校园课堂).
 */
const SERIES_LABEL = /^聚焦\S{2,12}$|^\S{2,14}(?:进行时|观察|一线见闻|走基层|在路上|特别报道|系列报道|纪实)$/u;

/** Whether a headline line leads into a title below it: marked (——, 强调, ：) or a series label. */
export function marksKicker(text: string): boolean {
  return KICKER_END.test(text) || (SERIES_LABEL.test(text.trim()) && !SUBTITLE_START.test(text));
}

/** A subtitle's opening dash, also as OCR misreads it (一一 for ——). */
export const SUBTITLE_START = /^(?:——|—|－－|--|一一(?!一))/;

export function deckText(deck: Deck): string {
  return deck.lines.map((l) => closeLetterSpacing(l.text)).join(' ');
}

/** A headline line set letter by letter (招 领 启 事) reads as its word: the spaces are the typesetter's, not words'. */
function closeLetterSpacing(text: string): string {
  return /^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}$/.test(text) ? text.replace(/ /g, '') : text;
}

function bigrams(text: string): string[] {
  const chars = [...text.replace(/[^\p{L}\p{N}]+/gu, '\u0000')];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] !== '\u0000' && chars[i + 1] !== '\u0000') grams.push(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/** A line of a headline block, as the assignment sees it. */
export interface HeadlineLine {
  line: SourceLine;
  /** Index of the block (the run of headline lines printed after a body) it stands in. */
  block: number;
  /** Index of its group: lines printed together, without a blank line between them. */
  group: number;
}

/** How many bodies above a block may own its lines: headlines are printed near their article. */
export const HEADLINE_WINDOW = 6;

/** The articles that may own a line of block `block`: the nearest ones printed above it. */
function candidatesOf(block: number, bodies: number): number[] {
  const out: number[] = [];
  for (let a = Math.max(0, block - HEADLINE_WINDOW + 1); a <= Math.min(block, bodies - 1); a++) out.push(a);
  return out;
}

/**
 * Character pairs of the page's bodies, with how many bodies hold each: built once per page, so scoring a line
 * costs its own length times the bodies it may belong to.
 */
export interface BodyGrams {
  sets: Set<string>[];
  leads: Set<string>[];
  df: Map<string, number>;
}

/**
 * The share of a headline's evidence that comes from its article's first sentence: a headline restates the lead's
 * news, while later paragraphs touch on many things, the neighbours' subjects among them. (Layout corpus, 3,000
 * articles, seeds 1–4: 0 → 224, 216, 238, 236 field misses; 0.2 → 213, 214, 212, 226; 0.3 → 216, 203, 210, 216;
 * 0.5 → 220, 197, 221, 217.)
 */
const LEAD_WEIGHT = 0.3;

/** A body's first sentence, through its first 。 (the lead with its credit and dateline), or all of a shorter one. */
function leadSentence(body: string): string {
  const end = body.indexOf('。');
  return end < 0 ? body : body.slice(0, end + 1);
}

export function bodyGramsOf(bodies: string[]): BodyGrams {
  const sets = bodies.map((b) => new Set(bigrams(b)));
  const leads = bodies.map((b) => new Set(bigrams(leadSentence(b))));
  const df = new Map<string, number>();
  for (const grams of sets) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  return { sets, leads, df };
}

/**
 * How strongly a headline text points at each of the given bodies: the share of its character pairs found in the
 * body, weighted by how rare the pair is among the page's bodies, so 召开会议 counts for little and 审计委员会 for much;
 * pairs found in the body's first sentence count more (LEAD_WEIGHT).
 */
export function affinityTo(text: string, candidates: number[], grams: BodyGrams): number[] {
  const own = [...new Set(bigrams(text))];
  const n = grams.sets.length;
  const weight = (g: string) => Math.log(1 + n / Math.max(grams.df.get(g) ?? 0, 0.5));
  const total = own.reduce((sum, g) => sum + weight(g), 0);
  return candidates.map((a) =>
    total === 0
      ? 0
      : own.reduce(
          (s, g) =>
            s +
            (grams.sets[a]!.has(g) ? weight(g) * (1 - LEAD_WEIGHT) : 0) +
            (grams.leads[a]!.has(g) ? weight(g) * LEAD_WEIGHT : 0),
          0,
        ) / total,
  );
}

/**
 * What each headline a block is cut into gains: a block names the articles printed since the block before, each
 * with a headline of its own, so of two cuts the evidence finds alike the one with more headlines is the likelier.
 * (On the layout corpus, 3,000 articles, seeds 1–4, with WRAPPED_END_COST 0.6: a cost of 0.02 → 352, 335, 357, 350
 * field misses; 0 → 350, 336, 350, 350; a gain of 0.05 → 339, 324, 346, 343; 0.1 → 330, 320, 350, 349; 0.2 → 328,
 * 331, 361, 360.)
 */
const HEADLINE_GAIN = 0.05;
/**
 * What a headline starting on a line that touches the line above costs over one starting after a blank: touching
 * lines are more often one headline (a title and its wrapped half, a kicker over its title) than two.
 */
const TOUCHING_CUT_COST = 0.05;
/** What giving a headline to an article that already has one from an earlier block costs. */
const ALREADY_TITLED_COST = 0.3;
/**
 * What giving a headline to an article printed above an earlier headline block costs: that block was its place.
 * Less than clear evidence outweighs, since some pages print each headline one article late.
 */
const EARLIER_BLOCK_COST = 0.35;
/**
 * What an article printed since the previous headline block gains: papers print a block of headlines after the
 * articles it names, so a block's first claim is on the articles that have no block yet.
 */
const FRESH_BONUS = 0.2;
/**
 * What each article printed between a block and a headline's article costs: of two articles the words cannot tell
 * apart, the block more likely names the nearer one. (Layout corpus, 3,000 articles, seeds 1–4: 0 → 296, 251, 277,
 * 263 field misses; 0.01 → 271, 242, 263, 255; 0.03 → 270, 237, 260, 253; 0.05 → 265, 237, 264, 255; 0.08 → 269,
 * 239, 263, 245; 0.12 → 292, 256, 271, 263.)
 */
const DISTANCE_COST = 0.05;
/**
 * What ending a headline at a short line costs when the line below touches it: a short line over another is the
 * first half of a wrapped title (我市深化 / 城市更新行动) or a kicker over its title, seldom a headline alone.
 */
const SHORT_END_COST = 0.2;
/**
 * The same when the line below is short too: two short lines touching are one title wrapped at a phrase. (On the
 * layout corpus, 3,000 articles, seed 1, when a headline cost 0.02: 0.4 → 357 field misses, 0.6 → 352, 1.0 → 355;
 * SHORT_END_COST alone 376. With HEADLINE_GAIN, seeds 1–4: 0.6 → 339, 324, 346, 343; 0.7 → 341, 324, 350, 343;
 * 0.8 → 343, 324, 348, 345 — 0.7 keeps two short halves that lean apart one title.)
 */
const WRAPPED_END_COST = 0.7;
/**
 * What each title-wide line past the first costs a headline: one headline holds one title (a long unmarked kicker
 * or a title wrapped into two wide lines is rarer than two articles' titles side by side).
 */
const EXTRA_TITLE_COST = 0.1;
/** The most lines one article's headline takes (kicker, a title wrapped over lines, subtitle). */
const MAX_HEADLINE_LINES = 8;
/** A subtitle line at least this wide may wrap onto the next line freely; a shorter one at SUBTITLE_WRAP_COST. */
const WRAPPED_SUBTITLE_WIDTH = 16;
/**
 * What going on past a short subtitle costs a headline: most close their headline, but a narrow column wraps some
 * (——陕西历史博物馆 / 日均接待观众超2万人次). Before, a short subtitle always closed. Hand-written sets, headline
 * misses: holdout-11 5 → 3, holdout-12 16 → 9, holdout-13 11 → 7, holdout-14 7 → 5, the rest unchanged (0.1: the
 * same; 0.4: holdout-14 7); the layout corpus (seeds 1–4) unchanged at 0.2 and 0.4, 2 more misses at 0.1.
 */
const SUBTITLE_WRAP_COST = 0.2;
/** Blocks longer than this are assigned line by line, so a page of nothing but short lines stays cheap. */
const MAX_SEGMENTED_LINES = 40;

/**
 * Assigns every headline line to a body. Per block, the lines are cut into headlines — each a run of consecutive
 * lines belonging to one article, no two runs to the same article — by dynamic programming over the cut points:
 * a headline scores the affinities of its lines to its article's body (the share of each line's character pairs
 * found there, weighted by rarity), plus a small gain per headline. Touching lines may belong to two headlines:
 * the evidence, weighed with small costs for the layout (the constants above), decides where one ends. A kicker
 * (ending in —— or 强调) never ends a headline and a subtitle (opening with ——) never starts one; a short line that
 * shares nothing with any body and touches the line above stays on that line's headline. A block printed after
 * the k-th body holds headlines of the few articles printed just above it (HEADLINE_WINDOW), first of those
 * printed since the previous block. `costs` makes some bodies less likely owners. Returns, per line, the index of
 * its body, or -1 for a line printed before any body.
 */
export function assignHeadlineLines(
  lines: HeadlineLine[],
  bodies: string[],
  grams: BodyGrams = bodyGramsOf(bodies),
  costs: number[] = [],
): number[] {
  return assignWithMargins(lines, bodies, grams, costs).owners;
}

/**
 * How sure the assignment of a line is: how much worse the best cut of its block scores when the line's headline
 * may not go to its owner, and which article that cut gives it to. Null when no other cut exists (one candidate)
 * or when no evidence decided (the block went by position, or was too long to cut).
 */
export interface LineMargin {
  margin: number;
  runnerUp: number;
}

/**
 * assignHeadlineLines, with the margin of every line's assignment (unless `margins` is false) and the score of
 * the whole assignment, by which two readings of a page's layout are compared. `overArticles`: the blocks are read
 * as printed over their articles, so a block's first claim is on the article right below it alone — an article
 * above it that had no headline over it was printed without one. (Layout corpus, 3,000 articles: seeds 1–4, 750 →
 * 698 field misses; held-out seeds 5–8, 849 → 791; holdout-15 headlines 6 → 5 wrong, the other sets unchanged.)
 */
export function assignWithMargins(
  lines: HeadlineLine[],
  bodies: string[],
  grams: BodyGrams = bodyGramsOf(bodies),
  costs: number[] = [],
  { margins: withMargins = true, overArticles = false }: { margins?: boolean; overArticles?: boolean } = {},
): { owners: number[]; margins: (LineMargin | null)[]; score: number } {
  let total = 0;
  const result = new Array<number>(lines.length).fill(-1);
  const margins = new Array<LineMargin | null>(lines.length).fill(null);
  const blocks = new Map<number, number[]>();
  lines.forEach((l, i) => blocks.set(l.block, [...(blocks.get(l.block) ?? []), i]));
  const titled = new Set<number>();
  let previousBlock = -1;
  for (const [block, members] of [...blocks.entries()].sort((a, b) => a[0] - b[0])) {
    const since = previousBlock;
    previousBlock = block;
    const candidates = candidatesOf(block, bodies.length);
    if (candidates.length === 0) continue;
    const blockLines = members.map((i) => lines[i]!);
    const penaltyOf = (a: number) =>
      (titled.has(a) ? ALREADY_TITLED_COST : 0) +
      ((overArticles ? a < block : a <= since) ? EARLIER_BLOCK_COST : -FRESH_BONUS) +
      (costs[a] ?? 0) +
      DISTANCE_COST * (block - a);
    // A line's affinity to each candidate, once: the evidence for every cut of the block.
    const lineShares = blockLines.map((l) => affinityTo(l.line.text, candidates, grams));
    if (!lineShares.some((row) => row.some((v) => v > 0))) {
      // Without evidence only the layout speaks: the block is the headline of the article printed just above it.
      const nearest = candidates.at(-1)!;
      total -= penaltyOf(nearest);
      members.forEach((m) => (result[m] = nearest));
      titled.add(nearest);
      continue;
    }
    const penalty = candidates.map(penaltyOf);
    const cut =
      blockLines.length <= MAX_SEGMENTED_LINES
        ? segmentBlock(blockLines, lineShares, penalty)
        : { owners: lineByLine(lineShares), score: -Infinity };
    cut.owners.forEach((c, k) => {
      result[members[k]!] = candidates[c]!;
      titled.add(candidates[c]!);
    });
    if (cut.score === -Infinity) continue;
    total += cut.score;
    if (!withMargins) continue;
    // Each headline's margin: the best cut in which its lines go to any other article.
    for (let start = 0; start < cut.owners.length;) {
      const c = cut.owners[start]!;
      let end = start;
      while (end < cut.owners.length && cut.owners[end] === c) end++;
      const forbidden = lineShares.map((row, k) =>
        k >= start && k < end ? row.map((v, j) => (j === c ? -Infinity : v)) : row,
      );
      const other = segmentBlock(blockLines, forbidden, penalty);
      const margin =
        other.score === -Infinity
          ? null
          : { margin: cut.score - other.score, runnerUp: candidates[other.owners[start]!]! };
      for (let k = start; k < end; k++) margins[members[k]!] = margin;
      start = end;
    }
  }
  return { owners: result, margins, score: total };
}

/**
 * The best cut of one block into headlines (see assignHeadlineLines): per line, the index of its candidate, and
 * the cut's score (-Infinity when no cut is allowed, the owners then going line by line).
 */
function segmentBlock(
  lines: HeadlineLine[],
  lineShares: number[][],
  penalty: number[],
): { owners: number[]; score: number } {
  const n = lines.length;
  const candidates = penalty.length;
  const states = 1 << candidates;
  // best[i][mask]: the best score of lines before i cut into headlines of the articles in mask.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(states).fill(-Infinity));
  const from: { start: number; mask: number; c: number }[][] = Array.from({ length: n + 1 }, () => new Array(states));
  best[0]![0] = 0;
  // Which lines lead into a title below them, read once per line: every cut asks.
  const kicker = lines.map((l) => marksKicker(l.line.text));
  const leadsInto = (j: number) => KICKER_END.test(lines[j]!.line.text);
  // A headline's evidence is the sum of its lines' affinities: a line without evidence (a wrapped title's weak
  // second half) costs nothing where it goes, so it stays with its neighbours rather than open a headline.
  const canEnd = (j: number) => j === n - 1 || !kicker[j];
  // A subtitle closes its headline: what follows it is another article's, unless the subtitle was long enough to
  // wrap onto the line (or pays SUBTITLE_WRAP_COST to go on).
  const closedAbove = (j: number) =>
    j > 0 &&
    SUBTITLE_START.test(lines[j - 1]!.line.text) &&
    !SUBTITLE_START.test(lines[j]!.line.text) &&
    printedWidth(lines[j - 1]!.line.text) < WRAPPED_SUBTITLE_WIDTH;
  const touchesAbove = (i: number) => i > 0 && lines[i - 1]!.group === lines[i]!.group;
  // A short line touching the line below is the first half of a wrapped title or a kicker over it — unless the line
  // below is itself a kicker (…强调——, …进行时), which opens the next headline.
  const endsBeforeItsRest = (j: number) =>
    j + 1 < n &&
    touchesAbove(j + 1) &&
    inkWidth(lines[j]!.line.text) < WHOLE_TITLE_WIDTH &&
    !SUBTITLE_START.test(lines[j + 1]!.line.text) &&
    !kicker[j + 1];
  // A short line over another short one: a title wrapped at a phrase (陈轩铭调研 / 先进制造业工作), both halves
  // narrower than a title, seldom two headlines.
  const wrapsOnto = (j: number) => inkWidth(lines[j + 1]!.line.text) < WHOLE_TITLE_WIDTH && !kicker[j];
  // A short line that shares nothing with any article and touches the line above it goes on that line's headline
  // (仪征市生态环境 / 蹄疾步稳): only evidence opens another article's headline. A kicker (…——) or a title-wide
  // line opens one even without evidence: a kicker's title below carries the evidence, and a title may paraphrase
  // its article (雨水“上门”前 抢收正当时 over a wheat harvest).
  const continuesAbove = (i: number) =>
    touchesAbove(i) &&
    !closedAbove(i) &&
    !kicker[i] &&
    !looksLikeTitle(lines[i]!.line.text) &&
    lineShares[i]!.every((v) => v <= 0);
  // What going on from line j-1 over line j costs where j-1 is a short subtitle: once per line, not per cut.
  const subtitleGoesOn = lines.map((l, j) =>
    closedAbove(j) && !wrapsInsideWord(lines[j - 1]!.line.text, l.line.text) ? SUBTITLE_WRAP_COST : 0,
  );
  const canStart = (i: number) => i === 0 || (!SUBTITLE_START.test(lines[i]!.line.text) && !continuesAbove(i));
  for (let i = 0; i < n; i++) {
    if (!canStart(i)) continue;
    const shares = new Array<number>(candidates).fill(0);
    let titles = 0;
    let wrapCost = 0;
    let kickersSoFar = true;
    for (let j = i; j < Math.min(n, i + MAX_HEADLINE_LINES); j++) {
      // A short subtitle goes on over the touching line below at a cost, or free when the column cut a word
      // (——2024年全省工业经 / 济运行综述); else the evidence decides (——市城市管理委有关负责人 / 答记者问).
      if (j > i) wrapCost += subtitleGoesOn[j]!;
      // A kicker under a title opens the next headline: a headline's kickers stand over its title.
      // (Save the block's last line touching the title above: nothing is left for it to lead into, so it is that
      // title's kicker printed under it — 1200余艘渔船完成 / 冬季安全检查 / 守护海上生命线—— over the lead.)
      if (j > i && kicker[j] && !kickersSoFar && !(j === n - 1 && touchesAbove(j) && leadsInto(j))) break;
      kickersSoFar &&= kicker[j]!;
      lineShares[j]!.forEach((v, c) => (shares[c]! += v));
      if (looksLikeTitle(lines[j]!.line.text)) titles++;
      if (!canEnd(j)) continue;
      // What the layout says of lines i..j as one headline, whichever article it goes to (subtracted term by
      // term below, in this order, so equal cuts stay equal).
      const cutCost = touchesAbove(i) ? TOUCHING_CUT_COST : 0;
      const endCost = endsBeforeItsRest(j) ? (wrapsOnto(j) ? WRAPPED_END_COST : SHORT_END_COST) : 0;
      const titlesCost = Math.max(0, titles - 1) * EXTRA_TITLE_COST;
      for (let mask = 0; mask < states; mask++) {
        const before = best[i]![mask]!;
        if (before === -Infinity) continue;
        for (let c = 0; c < candidates; c++) {
          if (mask & (1 << c)) continue;
          const value = before + shares[c]! - penalty[c]! + HEADLINE_GAIN - cutCost - endCost - titlesCost - wrapCost;
          const next = mask | (1 << c);
          if (value > best[j + 1]![next]!) {
            best[j + 1]![next] = value;
            from[j + 1]![next] = { start: i, mask, c };
          }
        }
      }
    }
  }
  const score = Math.max(...best[n]!);
  let mask = best[n]!.indexOf(score);
  if (score === -Infinity) return { owners: lineByLine(lineShares), score };
  const owners = new Array<number>(n).fill(0);
  for (let end = n; end > 0;) {
    const step = from[end]![mask]!;
    for (let k = step.start; k < end; k++) owners[k] = step.c;
    [end, mask] = [step.start, step.mask];
  }
  return { owners, score };
}

/** Each line to the candidate it shares most with, a line without evidence following the line before it. */
function lineByLine(lineShares: number[][]): number[] {
  let previous = 0;
  return lineShares.map((shares) => {
    const top = Math.max(...shares);
    if (top > 0) previous = shares.indexOf(top);
    return previous;
  });
}

/**
 * Groups assigned headline lines into decks: a deck ends at a blank line, where the owner changes, after a kicker
 * line (…强调——) and before a subtitle line (——市领导调研…).
 */
export function decksOf(lines: HeadlineLine[], owners: number[]): { deck: Deck; owner: number }[] {
  const out: { deck: Deck; owner: number }[] = [];
  // A kicker that ends its owner's lines was printed under its title: a deck of its own.
  const kickerUnder = lines.map(
    (l, i) => KICKER_END.test(l.line.text) && !(owners[i + 1] === owners[i] && lines[i + 1]?.group === l.group),
  );
  // The rest of a headline from line i: the touching lines of its owner, up to a subtitle or through a kicker.
  const restFrom = (i: number): string => {
    let text = lines[i]!.line.text;
    for (let k = i + 1; k < lines.length; k++) {
      const [above, line] = [lines[k - 1]!, lines[k]!];
      if (line.group !== above.group || owners[k] !== owners[i] || SUBTITLE_START.test(line.line.text)) break;
      if (kickerUnder[k]) break;
      if (marksKicker(above.line.text)) break;
      text += line.line.text;
    }
    return text;
  };
  lines.forEach((l, i) => {
    const previous = i > 0 ? lines[i - 1]! : null;
    const last = out.at(-1);
    // A line with a pause under a title already wrapped over lines without one is its subtitle (“墨韵新篇——当代
    // 中国画 / 名家邀请展”在津开幕 / 展出作品120余件，展期持续至4月12日): a title that pauses does so as it opens.
    const pausesUnderTitle =
      last !== undefined &&
      last.deck.lines.length >= 2 &&
      PAUSE.test(l.line.text) &&
      !last.deck.lines.some((x) => PAUSE.test(x.text));
    const continues =
      last &&
      previous &&
      !kickerUnder[i] &&
      !pausesUnderTitle &&
      previous.group === l.group &&
      owners[i - 1] === owners[i] &&
      !marksKicker(previous.line.text) &&
      !SUBTITLE_START.test(l.line.text) &&
      !opensLongerDeck(
        previous.line.text,
        restFrom(i),
        last.deck.lines.length,
        out.some((d) => d !== last && d.owner === owners[i] && d.deck.block === l.block),
      );
    if (continues) last.deck.lines.push(l.line);
    else out.push({ deck: { lines: [l.line], block: l.block }, owner: owners[i]! });
  });
  return out;
}

/** A pause inside a headline line. */
const PAUSE = /[，,；;]/;

/** A line as wide as a title and not marked as a kicker (——, 强调) or a subtitle (——…). */
function looksLikeTitle(text: string): boolean {
  return printedWidth(text) >= WHOLE_TITLE_WIDTH && !marksKicker(text) && !SUBTITLE_START.test(text);
}

/** The widest line read as a short kicker over its title when nothing else marks it (no ——, no 强调). */
const SHORT_KICKER_WIDTH = 8;
/** The narrowest line read as a whole title under a kicker: the second half of a wrapped title is rarely as wide. */
const WHOLE_TITLE_WIDTH = 8;
/** How much wider than the short line above a whole title is. */
const KICKER_TITLE_RATIO = 1.2;
/**
 * A line at least this wide over a title this many times narrower is a long kicker (市十七届人大常委会举行第十九次
 * 会议 / 审议城市绿化条例修订草案): a title set over two lines is balanced, and a column wrap breaks inside a word.
 */
const LONG_KICKER_WIDTH = 16;
const LONG_KICKER_RATIO = 1.3;

/**
 * A long line over a much narrower title, or a short line printed right above a longer, title-wide one, is a kicker
 * over its title (聚焦民生实事 / 我市全力推进民生实事行动); a short line over a short one is a title wrapped at a
 * phrase (我市深化 / 城市更新行动), whose second half is seldom the wider.
 */
function opensLongerDeck(previous: string, below: string, deckLines: number, decksAbove: boolean): boolean {
  const [above, title] = [inkWidth(previous), inkWidth(below)];
  // A column wrap inside a word (…智能化蔬 / 菜大棚…) joins one line to the next, whatever their widths.
  if (deckLines !== 1 || wrapsInsideWord(previous, below)) return false;
  if (above >= LONG_KICKER_WIDTH && above >= title * LONG_KICKER_RATIO) return true;
  // Two title-wide lines, the upper a whole clause, are a kicker and its title (社区食堂开到家门口 / 涧西区新增8家社区
  // 长者食堂) — or, under a kicker, a title naming its subject first and its subtitle (全区外贸进出口实现“半年红” /
  // 出口686.4亿元…); under a kicker, two slogans opening with their verbs are one title (深入实施创新驱动核心战略 /
  // 助推高质量发展取得新突破), as are two parallel phrases, the second opening with its verb, anywhere.
  if (
    (!decksAbove || namesSubjectFirst(previous)) &&
    above >= WHOLE_TITLE_WIDTH &&
    title >= WHOLE_TITLE_WIDTH &&
    readsAsClause(previous) &&
    !opensWithVerb(below)
  )
    return true;
  // (A kicker already over the title takes the place of one: 【能源保供进行时】 / 南疆750千伏环网 / 工程全线贯通.)
  return (
    !decksAbove &&
    above <= SHORT_KICKER_WIDTH &&
    title >= Math.max(WHOLE_TITLE_WIDTH, above * KICKER_TITLE_RATIO) &&
    !wrapsAtPhrase(previous, below)
  );
}

/** Word classes a short kicker does not end with: a numeral, measure word, preposition, 的, conjunction, locative. */
const UNFINISHED_TAGS = new Set(['m', 'q', 'p', 'uj', 'c', 'f']);
/** Time words a predicate may open with before its verb (本周末开启…, 今年开行…). */
const TIME_TAGS = new Set(['t', 'tg']);

/**
 * Whether a short line over a wider one is the first half of a title wrapped at a phrase, not a kicker: it stops on
 * a word that wants more (湖州公布首批 / “无废细胞”名单), or it names a subject with no verb and the line below
 * goes on with that subject's verb (下周初岛城 / 迎来一次降雨过程, 我市42个老旧小区 / 完成供热管网改造), or it
 * ends on its subject's verb and the line below is the object (城西街道建成 / 首个“邻里食堂”).
 */
function wrapsAtPhrase(previous: string, below: string): boolean {
  const upper = wordClassesOf(previous);
  if (UNFINISHED_TAGS.has(upper.at(-1)?.tag ?? '')) return true;
  // A subject over the question asked of it (主汛期气象服务 / 如何做到“早准快”).
  if (ASKS_HOW.test(bareWords(below))) return true;
  if (!upper.some((w) => w.tag === 'v' || w.tag === 'vn')) return opensWithVerb(below);
  // A subject and its verb over the verb's object (城西街道建成 / 首个“邻里食堂”): the line below names a thing and
  // does nothing — a title of its own under a kicker would have its own verb.
  return (
    upper.length > 1 &&
    upper.at(-1)!.tag === 'v' &&
    upper.slice(0, -1).some((w) => /^n/.test(w.tag)) &&
    !wordClassesOf(below).some((w) => w.tag === 'v' || w.tag === 'vn')
  );
}

/** A line opening with the question asked of the subject above it. */
const ASKS_HOW = /^(?:如何|怎样|怎么|为何|为什么|何以|缘何|咋)/;

/** Word classes a clause does not end with: a numeral, measure word, verb, preposition, 的, conjunction, adverb. */
const OPEN_ENDING_TAGS = new Set(['m', 'q', 'v', 'p', 'uj', 'c', 'd', 'f']);

/**
 * Whether a headline line reads as a whole clause (社区食堂开到家门口, 东城今年将新建改造12处): it holds a verb and
 * ends on a word that can close one, so the line below is a headline of its own rather than the rest of this one.
 * A subject alone (地铁10号线南延段) or a verb before its object (湖州公布首批) is the first half of a title.
 */
function readsAsClause(text: string): boolean {
  const tags = wordClassesOf(text);
  return tags.some((t) => t.tag === 'v') && !OPEN_ENDING_TAGS.has(tags.at(-1)?.tag ?? 'v');
}

/** Whether a headline line opens with its subject: a noun, a place, a pronoun (我市) or a time (一季度). */
function namesSubjectFirst(text: string): boolean {
  return /^(?:n|r|t|m)/.test(wordClassesOf(text)[0]?.tag ?? '');
}

/**
 * Whether a headline line opens with a verb, maybe after a time word (部署春季森林防火工作, 当天还清欠款): the next
 * verb of the clause above it (市政府召开常务会议 / 部署…), not a title of its own, which names what it speaks of
 * first.
 */
function opensWithVerb(text: string): boolean {
  const first = wordClassesOf(text).find((w) => !TIME_TAGS.has(w.tag));
  return (
    SECOND_VERB.test(bareWords(text)) || (first !== undefined && (first.tag === 'v' || SECOND_VERB.test(first.word)))
  );
}

/** A headline line's words without quotes, brackets and spaces, which nodejieba would tag as words of their own. */
function bareWords(text: string): string {
  return text.replace(/[“”"‘’《》〈〉（）()\s]/g, '');
}

function wordClassesOf(text: string): { word: string; tag: string }[] {
  return nodejieba.tag(bareWords(text));
}
/** Verbs a meeting's headline goes on with, which nodejieba may tag as nouns (部署, 研究, 安排). */
const SECOND_VERB = /^(?:研究)?(?:部署|研究|审议|听取|传达|学习|安排|动员|推进|谋划|调度)/;

/** Whether the break between two lines falls inside a word (医疗联 / 合体): a column wrap, not a kicker's end. */
function wrapsInsideWord(above: string, below: string): boolean {
  const at = above.length;
  let end = 0;
  for (const word of nodejieba.cut(above + below)) {
    if (end < at && end + word.length > at) return true;
    end += word.length;
  }
  return false;
}

/** The printed width of a headline line without its spaces (制造强市 项目为王 is as wide as its eight characters). */
function inkWidth(text: string): number {
  return printedWidth(text.replace(/\s/g, ''));
}

/** The bullet a brief's title may open with in a column of briefs (◆, ▲, ●). */
export const BRIEF_BULLET = /^[◆◇▲△●○★☆]/;

/**
 * Names the parts of one article's headline from its decks in print order. The deck before the main title is the
 * kicker (引题), whether or not it ends in —— or 强调; a deck after the title is the subtitle (副题), as is a
 * second deck that opens with ——. A lone deck is the title.
 */
export function classifyDecks(decks: Deck[]): HeadlineParts {
  const texts = decks.map(deckText);
  if (texts.length === 0) return { kicker: null, title: null, subtitle: null };
  // (A brief's title alone in brackets, 【城北菜场开业】, or after a bullet, ◆城北菜场开业, is that title: the
  // brackets and the bullet are its marks.)
  if (texts.length === 1)
    return {
      kicker: null,
      title: texts[0]!.replace(/^【([^【】]+)】$/, '$1').replace(new RegExp(`${BRIEF_BULLET.source}\\s*`), ''),
      subtitle: null,
    };
  // A kicker printed under its title (守护海上生命线—— as the last deck) still leads into it; a series label
  // there (聚焦产业主攻方向) may as well be the title under a kicker.
  if (KICKER_END.test(texts.at(-1)!) && !texts.slice(0, -1).some(marksKicker)) {
    const rest = classifyDecks(decks.slice(0, -1));
    if (rest.kicker === null) return { ...rest, kicker: texts.at(-1)! };
  }
  // A line with a pause touching a title wrapped over lines without one is its subtitle (see decksOf).
  const pausedUnder =
    texts.length === 2 &&
    decks[0]!.lines.length >= 2 &&
    decks[1]!.lines[0]!.no === decks[0]!.lines.at(-1)!.no + 1 &&
    PAUSE.test(texts[1]!) &&
    !PAUSE.test(texts[0]!);
  if ((SUBTITLE_START.test(texts[1]!) || pausedUnder) && !marksKicker(texts[0]!)) {
    return { kicker: null, title: texts[0]!, subtitle: texts.slice(1).join(' ') };
  }
  return { kicker: texts[0]!, title: texts[1]!, subtitle: texts.length > 2 ? texts.slice(2).join(' ') : null };
}
