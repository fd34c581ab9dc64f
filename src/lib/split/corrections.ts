import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { SeedError, SeedErrors } from './errors';
import { LINE_BREAK, splitLines } from './lines';

/**
 * Corrections an archivist keeps beside the pages (seeds/corrections/<page>.yaml), so the page file stays as
 * printed. Each entry does one thing: fix an OCR typo in a line, give a headline line to another article, set an
 * article's title, or set its reporters. Articles are named by their order on the page (1, 2, …).
 */
const note = z.string().optional();
const textFix = z
  .object({ line: z.number().int().positive(), replace: z.string().min(1), with: z.string(), note })
  .strict();
const headlineMove = z
  .object({ line: z.number().int().positive(), article: z.number().int().positive(), note })
  .strict();
const titleFix = z.object({ article: z.number().int().positive(), title: z.string().min(1), note }).strict();
const reportersFix = z
  .object({ article: z.number().int().positive(), reporters: z.array(z.string().min(2)), note })
  .strict();
const correction = z.union([textFix, headlineMove, titleFix, reportersFix]);
const correctionsFile = z.object({ corrections: z.array(correction) }).strict();

export type Correction = z.infer<typeof correction>;

export interface PageCorrections {
  file: string;
  entries: Correction[];
}

export const CORRECTIONS_DIR = 'corrections';

/** Where a page's corrections are kept, relative to the seeds folder: corrections/000_page.yaml for 000_page.txt. */
export function correctionsPathFor(page: string): string {
  return `${CORRECTIONS_DIR}/${page.replace(/\.txt$/i, '')}.yaml`;
}

/** Reads and checks a corrections file; every malformed entry is reported, naming the file and entry. */
export function parseCorrections(text: string, file: string): PageCorrections {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new SeedError(
      file,
      `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      mark?.line === undefined ? undefined : mark.line + 1,
    );
  }
  const shape = z
    .object({ corrections: z.array(z.unknown()) })
    .strict()
    .safeParse(data);
  if (!shape.success)
    throw new SeedError(
      file,
      'must hold one list, "corrections:", of entries such as { line: 12, replace: 杜小钢, with: 杜小刚 }',
    );
  const errors: SeedError[] = [];
  shape.data.corrections.forEach((entry, i) => {
    if (!correction.safeParse(entry).success) {
      errors.push(
        new SeedError(
          file,
          `corrections[${i}]: ${JSON.stringify(entry)} is none of { line, replace, with } (an OCR fix), { line, article } (a headline line's article), { article, title } or { article, reporters }`,
        ),
      );
    }
  });
  if (errors.length) throw new SeedErrors(errors);
  return { file, entries: correctionsFile.parse(data).corrections };
}

export function describeCorrection(c: Correction): string {
  if ('replace' in c) return `line ${c.line}: “${c.replace}” → “${c.with}”${c.note ? ` (${c.note})` : ''}`;
  if ('title' in c) return `title set to “${c.title}”${c.note ? ` (${c.note})` : ''}`;
  if ('reporters' in c) return `reporters set to ${c.reporters.join('、') || 'none'}${c.note ? ` (${c.note})` : ''}`;
  return `headline line ${c.line} given to article ${c.article}${c.note ? ` (${c.note})` : ''}`;
}

/**
 * Applies the OCR fixes to a page's text, line by line; a fix whose text is not on its line no longer matches the
 * page and is an error naming it. Line endings are kept, so line numbers stay those of the printed page.
 */
export function applyTextFixes(text: string, corrections: PageCorrections | undefined): string {
  const fixes = corrections?.entries.filter((c): c is z.infer<typeof textFix> => 'replace' in c) ?? [];
  if (fixes.length === 0) return text;
  const breaks = text.match(new RegExp(LINE_BREAK.source, 'g')) ?? [];
  const lines = splitLines(text);
  const errors: SeedError[] = [];
  for (const fix of fixes) {
    const at = fix.line - 1;
    if (at >= lines.length || !lines[at]!.includes(fix.replace)) {
      errors.push(
        new SeedError(
          corrections!.file,
          `${describeCorrection(fix)}: line ${fix.line} of the page does not contain “${fix.replace}” (the page changed?)`,
        ),
      );
      continue;
    }
    lines[at] = lines[at]!.replace(fix.replace, fix.with);
  }
  if (errors.length) throw new SeedErrors(errors);
  return lines.map((line, i) => line + (breaks[i] ?? '')).join('');
}
