import type { SourceLine } from './lines';
import { endsSentence, median, printedWidth } from './sentences';

/**
 * Rebuilds paragraphs from hard-wrapped column lines (blank lines included, as they stand in the source).
 * Lines join with nothing between them. A paragraph ends after a finished sentence when a blank line follows
 * (a blank after an unfinished sentence is a column break), when the line is visibly short of the column width
 * (the last line of a printed paragraph), or when the next line carries a printed indent. A lead that is only a
 * credit (本报记者 钱七 孙八), over `creditLines` lines, is a paragraph of its own.
 */
export function joinParagraphs(lines: SourceLine[], creditLines = 0): string[] {
  const textLines = lines.filter((l) => l.text !== '');
  const column = median(textLines.map((l) => printedWidth(l.text)));
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    if (line.indented && current !== '') {
      paragraphs.push(current);
      current = '';
    }
    current += line.text;
    const next = lines[i + 1];
    const blankFollows = next !== undefined && next.text === '';
    const short = printedWidth(line.text) <= column - 1.5;
    const aloneLead = creditLines > 0 && paragraphs.length === 0 && textLinesSoFar(lines, i) === creditLines;
    if (aloneLead || (endsSentence(line.text) && (blankFollows || short))) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** How many text lines there are up to and including index `i`. */
function textLinesSoFar(lines: SourceLine[], i: number): number {
  let n = 0;
  for (let k = 0; k <= i; k++) if (lines[k]!.text !== '') n++;
  return n;
}
