/**
 * A line that ends a sentence: 。！？… possibly followed by closing quotes or brackets; also a line of nothing
 * but closing quotes, which a column wrap pushed after the sentence's 。 (…84.6项。 / ”).
 */
export function endsSentence(text: string): boolean {
  return /[。！？!?…][”’」』）)》]*$/.test(text) || /^[”’」』]+$/.test(text);
}

/**
 * Printed width in em: CJK characters and full-width punctuation take one, ASCII letters and digits half.
 * Column widths are measured in this unit because digits and Latin letters are typeset half-width.
 */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 && !/[“”‘’—…·]/.test(ch) ? 0.5 : 1;
  return width;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
