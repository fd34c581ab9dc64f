import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeSeed } from '../split/decode';
import { splitLines } from '../split/lines';

/** Where the build reads seed pages for the 原文 view: the folder the split read (SEEDS_DIR), else seeds/. */
const SEEDS_DIR = resolve(process.env.SEEDS_DIR ?? 'seeds');
const cache = new Map<string, string[]>();

/** The source lines from..to (1-based, inclusive) of a seed file, as printed. */
export function sourceLines(file: string, from: number, to: number): { no: number; text: string }[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = splitLines(decodeSeed(readFileSync(join(SEEDS_DIR, file)), file).text);
    cache.set(file, lines);
  }
  if (from < 1 || to > lines.length || from > to) throw new Error(`${file}: lines ${from}–${to} cited, but the page has ${lines.length} lines (re-run npm run split)`);
  return lines.slice(from - 1, to).map((text, i) => ({ no: from + i, text }));
}
