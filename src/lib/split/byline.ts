import { CREDIT_LINE, creditNames, markedNameCredit, parseCreditNames, photoCreditLineNames } from './lead';
import type { SourceLine } from './lines';
import { endsSentence } from './sentences';

export interface Byline {
  /** Text of the line before the byline, trimmed ('' when the byline stands alone). */
  before: string;
  /** The byline as printed, with its parentheses. */
  text: string;
  names: string[];
}

const TRAILING_PARENS = /[（(]([^（）()]{2,40})[）)]$/;
const PHOTO_RUN_ON = /^(.*[。！？”])[ \u3000]+(\S.{0,30}摄(?:影)?)$/;

/**
 * The reporters' credit closing a body: （惠晓婧） alone on a line, or right after the last sentence on the line,
 * or a picture's credit line under its caption (本报记者 张三 摄).
 * A parenthesis that follows no finished sentence (市（县）区, 《方案（2023-2025）》) is body text.
 * `previousEndsSentence` tells whether the line before a lone parenthesis finished a sentence.
 */
export function matchByline(line: string, previousEndsSentence: boolean): Byline | null {
  const photographers = previousEndsSentence ? photoCreditLineNames(line) : null;
  if (photographers) return { before: '', text: line.trim(), names: photographers };
  // A picture's credit run on after the caption's last sentence, set off by a space (…增长两成。　龙涛　摄).
  const runOn = PHOTO_RUN_ON.exec(line.trim());
  const runOnNames = runOn ? photoCreditLineNames(runOn[2]!) : null;
  if (runOn && runOnNames) return { before: runOn[1]!, text: runOn[2]!, names: runOnNames };
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

/** A body that signs a notice or a column rather than a person: 市教育局, 县委宣传部, 书画报社. */
const ORGANIZATION_END = /(?:部|局|委|办|社|会|院|所|厅|处|司|队|站|馆|中心|公司|集团|政府|学校|小学|中学|大学|医院)$/;

/** Words and pictures by the same hand (文/图 全媒体记者 邬清): a credit that closes its story, under its last sentence. */
const WORDS_AND_PICTURE = /^(?:文[/／]图|图[/／]文)[ \u3000]*/;

/**
 * A credit on a line of its own under an article's last sentence that closes that article and is never a lead or a
 * headline of the next: one set toward the column's right — the reporter's (本报记者 陶可欣), a commentary's author
 * with a mark (◎尉迟青禾) or without (贺明川) — or one for words and pictures (文/图 全媒体记者 邬清), wherever it
 * stands. An issuer (温岭市自来水有限公司) or a date set right is no person's.
 */
export function closingCreditLine(
  line: SourceLine,
  previous: SourceLine | undefined,
  next: SourceLine | undefined,
): Byline | null {
  if (previous === undefined || !endsSentence(previous.text)) return null;
  const text = line.text;
  if (WORDS_AND_PICTURE.test(text)) {
    const names = parseCreditNames(text.replace(WORDS_AND_PICTURE, ''));
    return names && names.length > 0 ? { before: '', text, names } : null;
  }
  if (!line.pushedRight) return null;
  const names = CREDIT_LINE.test(text)
    ? creditNames(text)
    : (markedNameCredit(text) ??
      // (A bare name stands apart from running text under it: a short line set right over an indented paragraph
      // or a line with a pause in it is no signature; over a blank line or the next headline it is one.)
      (/^[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,5}$/.test(text) &&
      !ORGANIZATION_END.test(text) &&
      (next === undefined || next.text === '' || (!next.indented && !/[，,。；;！？!?]/.test(next.text)))
        ? parseCreditNames(text)
        : null));
  return names && names.length > 0 ? { before: '', text, names } : null;
}
