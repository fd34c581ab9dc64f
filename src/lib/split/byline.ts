import { parseCreditNames, photoCreditLineNames } from './lead';
import { endsSentence } from './sentences';

export interface Byline {
  /** Text of the line before the byline, trimmed ('' when the byline stands alone). */
  before: string;
  /** The byline as printed, with its parentheses. */
  text: string;
  names: string[];
}

const TRAILING_PARENS = /[（(]([^（）()]{2,40})[）)]$/;

/**
 * The reporters' credit closing a body: （惠晓婧） alone on a line, or right after the last sentence on the line,
 * or a picture's credit line under its caption (本报记者 张三 摄).
 * A parenthesis that follows no finished sentence (市（县）区, 《方案（2023-2025）》) is body text.
 * `previousEndsSentence` tells whether the line before a lone parenthesis finished a sentence.
 */
export function matchByline(line: string, previousEndsSentence: boolean): Byline | null {
  const photographers = previousEndsSentence ? photoCreditLineNames(line) : null;
  if (photographers) return { before: '', text: line.trim(), names: photographers };
  const m = TRAILING_PARENS.exec(line);
  if (!m) return null;
  const before = line.slice(0, m.index).trimEnd();
  if (before === '' ? !previousEndsSentence : !endsSentence(before)) return null;
  const names = parseCreditNames(m[1]!);
  return names ? { before, text: m[0], names } : null;
}

/**
 * Photographers credited inside an article's text, under a picture's caption: （笪俊熙 摄）, 记者 武皓宸 摄. They
 * count among its reporters, as a byline's names do.
 */
export function photoCredits(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/[（(]\s*((?:[\u4e00-\u9fff·]{2,5}[\s、]*)+?)\s*摄\s*[）)]/g))
    names.push(...m[1]!.split(/[\s、]+/).filter(Boolean));
  for (const m of text.matchAll(/(?:^|[。！？\s])(?:本报|特约|见习|实习)?记者\s*([\u4e00-\u9fff·]{2,5})\s*摄/g))
    names.push(m[1]!);
  return names;
}
