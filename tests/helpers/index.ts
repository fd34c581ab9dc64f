import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceLine } from '../../src/lib/split/lines';
import { normalizeLines } from '../../src/lib/split/lines';
import { parsePage, type PageMeta } from '../../src/lib/split/page';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
export const FIXTURE_PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');
/** Hand-written pages, one or two per layout class, with truth.json written by someone who did not read the splitter. */
export const CLASS_PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'classes');
/** Hand-written pages of the same classes by six more writers who had not read the splitter either. */
export const HOLDOUT_PAGES_DIRS = ['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6'].map(
  (dir) => join(import.meta.dirname, '..', 'fixtures', dir),
);
/** A whole hand-written issue by a seventh writer, measured after the fixes the sets above led to. */
export const HOLDOUT_ISSUE_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-7');
/** Pages of three more papers by an eighth writer, in forms none of the sets above shows. */
export const HOLDOUT_SET_8_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-8');
/** Ordinary pages of three more papers, every headline over its article, by a ninth writer. */
export const HOLDOUT_SET_9_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-9');
/** Pages of six more papers by a tenth writer: leads naming the paper, credits and bylines of new shapes, articles without a lead. */
export const HOLDOUT_SET_10_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-10');
/** Pages of six more papers by an eleventh writer, measured after the fixes holdout-10 led to. */
export const HOLDOUT_SET_11_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-11');
/** Pages of six more papers by a twelfth writer, measured after the fixes holdout-11 led to. */
export const HOLDOUT_SET_12_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-12');
/** Pages of five more papers by a thirteenth writer, measured after the fixes holdout-12 led to. */
export const HOLDOUT_SET_13_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-13');
export const HOLDOUT_SET_14_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-14');
export const HOLDOUT_SET_15_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-15');
export const HOLDOUT_SET_16_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-16');
export const HOLDOUT_SET_17_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-17');
export const HOLDOUT_SET_18_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-18');
export const HOLDOUT_SET_19_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-19');
export const HOLDOUT_SET_20_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-20');
export const HOLDOUT_SET_21_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-21');
export const HOLDOUT_SET_22_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-22');
export const HOLDOUT_SET_23_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-23');
export const HOLDOUT_SET_24_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-24');
export const HOLDOUT_SET_25_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-25');
export const HOLDOUT_SET_26_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-26');
export const HOLDOUT_SET_27_DIR = join(import.meta.dirname, '..', 'fixtures', 'holdout-27');

export function seedNames(dir = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

export function readSeeds(dir = SEEDS_DIR): { name: string; bytes: Uint8Array }[] {
  return seedNames(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

export const META: PageMeta = { paper: '无锡日报', paperSlug: 'wxrb', year: 2024, issueDate: null, page: '1' };

/** Lines as the parser sees them, from a template literal. */
export function linesOf(text: string): SourceLine[] {
  return normalizeLines(text).lines;
}

export function parse(text: string, meta: Partial<PageMeta> = {}) {
  return parsePage(text, 'test.txt', { ...META, ...meta });
}
