import type { SourceLine } from './lines';

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
export const SUBTITLE_START = /^(?:——|—|－－|--)/;

export function deckText(deck: Deck): string {
  return deck.lines.map((l) => l.text).join(' ');
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
export function candidatesOf(block: number, bodies: number): number[] {
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
  df: Map<string, number>;
}

export function bodyGramsOf(bodies: string[]): BodyGrams {
  const sets = bodies.map((b) => new Set(bigrams(b)));
  const df = new Map<string, number>();
  for (const grams of sets) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  return { sets, df };
}

/**
 * How strongly a headline text points at each of the given bodies: the share of its character pairs found in the
 * body, weighted by how rare the pair is among the page's bodies, so 召开会议 counts for little and 审计委员会 for much.
 */
export function affinityTo(text: string, candidates: number[], grams: BodyGrams): number[] {
  const own = [...new Set(bigrams(text))];
  const n = grams.sets.length;
  const weight = (g: string) => Math.log(1 + n / Math.max(grams.df.get(g) ?? 0, 0.5));
  const total = own.reduce((sum, g) => sum + weight(g), 0);
  return candidates.map((a) => (total === 0 ? 0 : own.reduce((s, g) => s + (grams.sets[a]!.has(g) ? weight(g) : 0), 0) / total));
}

/** Deck-level affinity for every body, for tests and the review report. */
export function affinity(decks: Deck[], bodies: string[]): number[][] {
  const grams = bodyGramsOf(bodies);
  const all = bodies.map((_, i) => i);
  return decks.map((deck) => affinityTo(deckText(deck), all, grams));
}

/** What leaving one article's headline for another's costs between lines separated by a blank line. */
const SWITCH_COST = 0.1;
/** The same between lines printed together: one article's lines usually touch, but two articles' may. */
const SWITCH_IN_GROUP_COST = 0.15;
/** What giving a second headline to an article that already has one costs. */
const ALREADY_TITLED_COST = 0.3;

/**
 * Assigns every headline line to a body: per block, the most likely sequence of articles (Viterbi over lines in
 * print order), where a line's evidence is its affinity and changing article between neighbouring lines has a
 * cost (higher inside a group of touching lines). A line that leads into the next (a kicker ending in —— or 强调)
 * is bound to the same article as that next line. A block printed after the k-th body holds headlines of the few
 * articles printed just above it (HEADLINE_WINDOW). A line with no evidence of its own follows its neighbours.
 * Returns, per line, the index of its body, or -1 when no line of its block shares a character pair with any body.
 */
export function assignHeadlineLines(lines: HeadlineLine[], bodies: string[], grams: BodyGrams = bodyGramsOf(bodies)): number[] {
  const result = new Array<number>(lines.length).fill(-1);
  const blocks = new Map<number, number[]>();
  lines.forEach((l, i) => blocks.set(l.block, [...(blocks.get(l.block) ?? []), i]));
  const titled = new Set<number>();
  for (const [block, members] of [...blocks.entries()].sort((a, b) => a[0] - b[0])) {
    const candidates = candidatesOf(block, bodies.length);
    if (candidates.length === 0) continue;
    const scores = members.map((i) => affinityTo(lines[i]!.line.text, candidates, grams));
    // Bind a kicker to the line after it by summing their evidence into one unit.
    const units: number[][] = [];
    members.forEach((i, k) => {
      const last = units.at(-1);
      const previous = k > 0 ? lines[members[k - 1]!]! : null;
      if (last && previous && KICKER_END.test(previous.line.text)) last.push(k);
      else units.push([k]);
    });
    // An article that already has its headline in an earlier block is an unlikely owner of another.
    const unitScore = units.map((u) => candidates.map((a, c) => u.reduce((s, k) => s + scores[k]![c]!, 0) / u.length - (titled.has(a) ? ALREADY_TITLED_COST : 0)));
    const switchCosts = units.map((u, k) => (k === 0 ? 0 : lines[members[u[0]!]!]!.group === lines[members[units[k - 1]!.at(-1)!]!]!.group ? SWITCH_IN_GROUP_COST : SWITCH_COST));
    const path = viterbi(unitScore, switchCosts);
    const blockHasEvidence = scores.some((row) => row.some((v) => v > 0));
    units.forEach((u, k) => {
      for (const m of u) result[members[m]!] = blockHasEvidence ? candidates[path[k]!]! : -1;
    });
    if (blockHasEvidence) for (const c of path) titled.add(candidates[c]!);
  }
  return result;
}

/**
 * Groups assigned headline lines into decks: a deck ends at a blank line, where the owner changes, after a kicker
 * line (…强调——) and before a subtitle line (——市领导调研…).
 */
export function decksOf(lines: HeadlineLine[], owners: number[]): { deck: Deck; owner: number }[] {
  const out: { deck: Deck; owner: number }[] = [];
  lines.forEach((l, i) => {
    const previous = i > 0 ? lines[i - 1]! : null;
    const last = out.at(-1);
    const continues =
      last && previous && previous.group === l.group && owners[i - 1] === owners[i] && !KICKER_END.test(previous.line.text) && !SUBTITLE_START.test(l.line.text);
    if (continues) last.deck.lines.push(l.line);
    else out.push({ deck: { lines: [l.line], block: l.block }, owner: owners[i]! });
  });
  return out;
}

/** How sure a deck's assignment is: its owner's affinity over the best other candidate's, and which that is. */
export function deckMargin(deck: Deck, owner: number, bodies: number, grams: BodyGrams): { margin: number; runnerUp: number | null } {
  const candidates = candidatesOf(deck.block, bodies);
  if (candidates.length < 2 || owner < 0) return { margin: 1, runnerUp: null };
  const scores = affinityTo(deckText(deck), candidates, grams);
  const own = scores[candidates.indexOf(owner)] ?? 0;
  let runnerUp: number | null = null;
  let best = -Infinity;
  candidates.forEach((a, c) => {
    if (a !== owner && scores[c]! > best) [best, runnerUp] = [scores[c]!, a];
  });
  return { margin: own - best, runnerUp };
}

/** The best path through per-step emissions, paying `switchCosts[t]` to change state between steps t-1 and t. */
function viterbi(emissions: number[][], switchCosts: number[]): number[] {
  if (emissions.length === 0) return [];
  const states = emissions[0]!.length;
  let best = emissions[0]!.slice();
  const back: number[][] = [];
  for (let t = 1; t < emissions.length; t++) {
    const next: number[] = [];
    const from: number[] = [];
    // Staying costs nothing and any switch costs the same, so the best way into a state is either from itself or
    // from the best state of the step before: linear in the states.
    const top = best.indexOf(Math.max(...best));
    for (let s = 0; s < states; s++) {
      const switched = best[top]! - switchCosts[t]!;
      const [arg, value] = switched > best[s]! ? [top, switched] : [s, best[s]!];
      next.push(value + emissions[t]![s]!);
      from.push(arg);
    }
    back.push(from);
    best = next;
  }
  let state = best.indexOf(Math.max(...best));
  const path = [state];
  for (let t = back.length - 1; t >= 0; t--) {
    state = back[t]![state]!;
    path.unshift(state);
  }
  return path;
}

/**
 * Names the parts of one article's headline from its decks in print order. The deck before the main title is the
 * kicker (引题), whether or not it ends in —— or 强调; a deck after the title is the subtitle (副题), as is a
 * second deck that opens with ——. A lone deck is the title.
 */
export function classifyDecks(decks: Deck[]): HeadlineParts {
  const texts = decks.map(deckText);
  if (texts.length === 0) return { kicker: null, title: null, subtitle: null };
  if (texts.length === 1) return { kicker: null, title: texts[0]!, subtitle: null };
  if (SUBTITLE_START.test(texts[1]!) && !KICKER_END.test(texts[0]!)) {
    return { kicker: null, title: texts[0]!, subtitle: texts.slice(1).join(' ') };
  }
  return { kicker: texts[0]!, title: texts[1]!, subtitle: texts.length > 2 ? texts.slice(2).join(' ') : null };
}
