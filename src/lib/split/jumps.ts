/**
 * Jump lines: an article printed on one page and continued on another says so (（下转第2版）at the end of its first
 * part, （上接第1版） opening the continuation). They are page furniture, never article text: the split takes them
 * out of the line and joins the parts.
 */
export interface JumpMarker {
  /** 'to': the article goes on at `page`; 'from': this text goes on from `page`. */
  direction: 'to' | 'from';
  /** The other page as printed (2, A3, 一): compare with samePage. */
  page: string;
  /** The marker as printed, brackets included. */
  text: string;
}

const PAGE = '([A-Za-z]?\\s*\\d{1,3}|[一二三四五六七八九十]{1,3})';
/** A jump onwards closes a line: …推进项目（下转第2版）, 下转第A3版, （转第2版）. */
const TO_MARKER = new RegExp(`(?:[（(]\\s*)?(?:下转|转)\\s*第?\\s*${PAGE}\\s*版\\s*(?:[）)])?$`);
/** A continuation opens a line: （上接第1版）要加快…, 上接第一版, （接第1版）. */
const FROM_MARKER = new RegExp(`^(?:[（(]\\s*)?(?:上接|接)\\s*第?\\s*${PAGE}\\s*版\\s*(?:[）)])?`);

/**
 * Finds a jump marker in a line and returns it with the rest of the line. A marker must be bracketed, or stand at
 * the very end (onwards) or start (continuation) of the line with 版 — 转第2版 inside running text is text.
 */
export function matchJump(text: string): { marker: JumpMarker; rest: string } | null {
  const to = TO_MARKER.exec(text);
  if (
    to &&
    (isBracketed(to[0]) || to.index === 0 || /^(?:下转)/.test(to[0]) || /[。！？”]$/.test(text.slice(0, to.index)))
  ) {
    return {
      marker: { direction: 'to', page: to[1]!.replace(/\s+/g, ''), text: to[0] },
      rest: text.slice(0, to.index).trimEnd(),
    };
  }
  const from = FROM_MARKER.exec(text);
  if (from && (isBracketed(from[0]) || /^上接/.test(from[0]) || from[0].length === text.length)) {
    return {
      marker: { direction: 'from', page: from[1]!.replace(/\s+/g, ''), text: from[0] },
      rest: text.slice(from[0].length).trimStart(),
    };
  }
  return null;
}

function isBracketed(marker: string): boolean {
  return /^[（(]/.test(marker) && /[）)]$/.test(marker);
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A page label in one form for comparing: 第一版 = 1, A03 = a3, B2 = b2. */
export function pageKey(label: string): string {
  const han = /^[一二三四五六七八九十]+$/.test(label)
    ? String(
        [...label].reduce(
          (n, ch, i, all) =>
            ch === '十' ? (i === 0 ? 10 : n * 10) : all[i - 1] === '十' ? n + NUMERALS[ch]! : n * 10 + NUMERALS[ch]!,
          0,
        ),
      )
    : label;
  const m = /^([A-Za-z]?)0*(\d+)$/.exec(han);
  return m ? `${m[1]!.toLowerCase()}${m[2]}` : han.toLowerCase();
}

/**
 * Whether a jump's page names this page. A bare number also names a lettered page of the same number (第3版 for
 * A3) only when the lettered sections are not told apart in the jump itself.
 */
export function samePage(jumpPage: string, page: string): boolean {
  const a = pageKey(jumpPage);
  const b = pageKey(page);
  return a === b || (/^\d+$/.test(a) && b.replace(/^[a-z]/, '') === a);
}
