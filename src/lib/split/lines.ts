/** One line of a seed file after normalisation, with its 1-based line number in the file. */
export interface SourceLine {
  no: number;
  /** Trimmed text; '' for a blank line. */
  text: string;
  /** The line began with a full-width space or two or more spaces: a printed paragraph indent. */
  indented: boolean;
  /**
   * The line began with four or more full-width spaces (or eight spaces): set toward the column's right, as a
   * signature or a credit under an article's last sentence is, never a paragraph or a headline.
   */
  pushedRight?: boolean;
}

export interface NormalizedPage {
  lines: SourceLine[];
  /** Zero-width and byte-order characters removed: counted so the accounting can report them. */
  removedInvisible: number;
}

/**
 * Zero-width characters and bidirectional controls (U+202A–E, U+2066–9, LRM, RLM, ALM): no printed page has them,
 * and an unclosed U+202E would reverse every title, feed entry and result card it reaches.
 */
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|\u200d/g;
/** Spaces that OCR and word processors leave: NBSP, thin/figure spaces, ideographic space, tabs. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\t\v\f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** Every line ending the splitter knows: the one definition used by whatever numbers lines (split, 原文, corrections). */
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * Splits text into numbered lines on any line ending (LF, CRLF, CR, U+2028/9), removes invisible characters and
 * folds exotic spaces, keeping the full-width space apart because at a line start it marks a paragraph indent.
 * Returns the index of the first line holding a control character, so the caller can name it.
 */
export function normalizeLines(text: string): NormalizedPage & { controlAt: number | null } {
  let removedInvisible = 0;
  let controlAt: number | null = null;
  const lines = splitLines(text).map((raw, index): SourceLine => {
    const visible = raw.replace(INVISIBLE, () => {
      removedInvisible++;
      return '';
    });
    if (controlAt === null && CONTROL.test(visible)) controlAt = index + 1;
    const spaced = visible.replace(ODD_SPACE, ' ');
    const indented = /^(?:\u3000| {2,})/.test(spaced);
    const pushedRight = /^(?:(?:\u3000| {2}){4,})/.test(spaced);
    const text = spaced.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(/\u3000/g, ' ');
    return {
      no: index + 1,
      text,
      indented: indented && text !== '',
      ...(pushedRight && text !== '' && { pushedRight }),
    };
  });
  return { lines, removedInvisible, controlAt };
}

/** Characters that count in the accounting: everything but white space. */
export function countableChars(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}
