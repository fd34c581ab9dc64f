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

/**
 * How strongly each deck points at each body: the share of the deck's character pairs found in the body,
 * weighted by how rare the pair is among the page's bodies, so 召开会议 counts for little and 审计委员会 for much.
 */
export function affinity(decks: Deck[], bodies: string[]): number[][] {
  const bodyGrams = bodies.map((b) => new Set(bigrams(b)));
  const df = new Map<string, number>();
  for (const grams of bodyGrams) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  const n = bodies.length;
  return decks.map((deck) => {
    const grams = [...new Set(bigrams(deckText(deck)))];
    const weight = (g: string) => Math.log(1 + n / Math.max(df.get(g) ?? 0, 0.5));
    const total = grams.reduce((sum, g) => sum + weight(g), 0);
    return bodyGrams.map((set) => (total === 0 ? 0 : grams.reduce((s, g) => s + (set.has(g) ? weight(g) : 0), 0) / total));
  });
}

/** What leaving one article's headline for another's costs, inside one block: headlines of one article are printed together. */
const SWITCH_COST = 0.1;
/** What giving a second headline to an article that already has one costs. */
const ALREADY_TITLED_COST = 0.3;

/**
 * Assigns every deck to a body: per block, the most likely sequence of articles (Viterbi over decks in print order),
 * where a deck's evidence is its affinity and changing article between neighbouring decks has a cost. A deck that
 * leads into the next (a kicker ending in —— or 强调) is bound to the same article as that next deck. A block
 * printed after the k-th body holds headlines of the first k articles only.
 * A deck with no evidence of its own follows its neighbours. Returns, per deck, the index of its body, or -1 when
 * no deck of its block shares a single character pair with any body.
 */
export function assignDecks(decks: Deck[], bodies: string[]): number[] {
  const scores = affinity(decks, bodies);
  const result = new Array<number>(decks.length).fill(-1);
  const blocks = new Map<number, number[]>();
  decks.forEach((d, i) => blocks.set(d.block, [...(blocks.get(d.block) ?? []), i]));
  const titled = new Set<number>();
  for (const [block, members] of [...blocks.entries()].sort((a, b) => a[0] - b[0])) {
    // Bind kickers to the deck after them by summing their evidence into one unit.
    const units: number[][] = [];
    for (const i of members) {
      const last = units.at(-1);
      const previous = last?.at(-1);
      if (last && previous !== undefined && KICKER_END.test(deckText(decks[previous]!))) last.push(i);
      else units.push([i]);
    }
    // Headlines are printed after their bodies: a block can only hold headlines of the articles above it, and an
    // article that already has its headline in an earlier block is an unlikely owner of another.
    const unitScore = units.map((u) =>
      bodies.map((_, a) => (a > block ? -Infinity : u.reduce((s, i) => s + scores[i]![a]!, 0) / u.length - (titled.has(a) ? ALREADY_TITLED_COST : 0))),
    );
    const path = viterbi(unitScore, SWITCH_COST);
    const blockHasEvidence = units.some((u) => u.some((i) => scores[i]!.some((v, a) => a <= block && v > 0)));
    units.forEach((u, k) => {
      for (const i of u) result[i] = blockHasEvidence ? path[k]! : -1;
    });
    for (const k of path) titled.add(k);
  }
  return result;
}

function viterbi(emissions: number[][], switchCost: number): number[] {
  if (emissions.length === 0) return [];
  const states = emissions[0]!.length;
  let best = emissions[0]!.slice();
  const back: number[][] = [];
  for (let t = 1; t < emissions.length; t++) {
    const next: number[] = [];
    const from: number[] = [];
    for (let s = 0; s < states; s++) {
      let arg = s;
      let value = best[s]!;
      for (let p = 0; p < states; p++) {
        const v = best[p]! - (p === s ? 0 : switchCost);
        if (v > value) [arg, value] = [p, v];
      }
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
