import { pinyin } from 'pinyin-pro';
import { isRealDay } from '../article-dates';
import { SeedError, SeedErrors } from './errors';
import type { PageMeta } from './page';

/**
 * The manifest: one entry per page file, with what the text itself does not say. Every field is checked, an
 * unknown one is an error naming the nearest known field, and every problem of the file is reported in one run.
 */
export interface ManifestEntry {
  paper: string;
  /** Short Latin name used in ids and URLs; derived from the paper's pinyin initials when absent (无锡日报 → wxrb). */
  paperSlug?: string;
  year: number;
  issueDate: string | null;
  page: string;
  evidence: string;
  /** The page's scan (JPEG, PNG or WebP), a path inside the seeds folder; shown beside the page's text. */
  image?: string;
  /** The page as a PDF, a path inside the seeds folder; linked from the page view. */
  pdf?: string;
}

export interface Manifest {
  pages: Record<string, ManifestEntry>;
}

/** The fields of an entry, each with its check; the README's manifest table documents the same. */
const FIELDS: Record<keyof ManifestEntry, { required: boolean; check: (value: unknown) => string | null }> = {
  paper: {
    required: true,
    check: (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must be the paper\'s name, e.g. "无锡日报"'),
  },
  paperSlug: {
    required: false,
    check: (v) =>
      typeof v === 'string' && /^[a-z0-9]+$/.test(v) ? null : 'must be lower-case letters and digits, e.g. "wxrb"',
  },
  year: {
    required: true,
    check: (v) =>
      Number.isInteger(v) && (v as number) >= 1800 && (v as number) <= 2200
        ? null
        : 'must be a whole year between 1800 and 2200, e.g. 2024',
  },
  issueDate: {
    required: false,
    check: (v) =>
      v === null
        ? null
        : typeof v === 'string' && isRealDay(v)
          ? null
          : 'must be a real day as "YYYY-MM-DD", or null when the page does not show it',
  },
  page: {
    required: true,
    check: (v) =>
      typeof v === 'string' && /^[A-Za-z0-9]+$/.test(v)
        ? null
        : 'must be the page label as a string of letters and digits, e.g. "1" or "A3"',
  },
  image: {
    required: false,
    check: (v) =>
      typeof v === 'string' && /^[^/\\][^\\]*\.(?:jpe?g|png|webp)$/i.test(v) && !v.split('/').includes('..')
        ? null
        : 'must be a path inside the seeds folder to a .jpg, .png or .webp file',
  },
  pdf: {
    required: false,
    check: (v) =>
      typeof v === 'string' && /^[^/\\][^\\]*\.pdf$/i.test(v) && !v.split('/').includes('..')
        ? null
        : 'must be a path inside the seeds folder to a .pdf file',
  },
  evidence: {
    required: true,
    check: (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must say how the year is known (a sentence)'),
  },
};
const TOP_LEVEL = new Set(['pages', '$comment']);

/** Edit distance, for suggesting the field a misspelt key meant (isueDate → issueDate). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function nearest(key: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let score = Infinity;
  for (const k of known) {
    const d = distance(key, k);
    if (d < score) [best, score] = [k, d];
  }
  return best !== null && score <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

/** The line of the JSON text where a page entry's key (and, within it, a field) is written, for error messages. */
function lineOf(text: string, seed: string, field?: string): number | undefined {
  const at = text.indexOf(JSON.stringify(seed));
  if (at < 0) return undefined;
  let pos = at;
  if (field !== undefined) {
    const close = text.indexOf('}', at);
    const f = text.indexOf(JSON.stringify(field), at);
    if (f >= 0 && (close < 0 || f < close)) pos = f;
  }
  return text.slice(0, pos).split('\n').length;
}

export function parseManifest(text: string, file: string): Manifest {
  const checked = checkManifest(text, file);
  if (checked.errors.length) throw new SeedErrors(checked.errors);
  return checked.manifest;
}

/**
 * The manifest's valid entries, every problem found in it, and every file it names (valid entry or not), so a
 * run can report the manifest's problems and the pages it does not name together.
 */
export function checkManifest(
  text: string,
  file: string,
): { manifest: Manifest; errors: SeedError[]; named: Set<string> } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const line = at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length;
    return {
      manifest: { pages: {} },
      errors: [new SeedError(file, `not valid JSON: ${(error as Error).message}`, line)],
      named: new Set(),
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      manifest: { pages: {} },
      errors: [new SeedError(file, 'must be a JSON object with a "pages" object')],
      named: new Set(),
    };
  const errors: SeedError[] = [];
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL.has(key)) {
      const near = nearest(key, TOP_LEVEL);
      errors.push(
        new SeedError(
          file,
          `unknown key "${key}"${near ? `: did you mean "${near}"?` : ' (known: pages, $comment)'}`,
          text.slice(0, text.indexOf(JSON.stringify(key))).split('\n').length,
        ),
      );
    }
  }
  const pages = (data as { pages?: unknown }).pages;
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) {
    errors.push(new SeedError(file, '"pages" must be an object with one entry per page file'));
    return { manifest: { pages: {} }, errors, named: new Set() };
  }
  const out: Record<string, ManifestEntry> = {};
  for (const [seed, entry] of Object.entries(pages)) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      errors.push(
        new SeedError(
          file,
          `pages.${seed}: must be an object with paper, year, issueDate, page and evidence`,
          lineOf(text, seed),
        ),
      );
      continue;
    }
    const record = entry as Record<string, unknown>;
    let ok = true;
    for (const key of Object.keys(record)) {
      if (key in FIELDS) continue;
      ok = false;
      const near = nearest(key, Object.keys(FIELDS));
      errors.push(
        new SeedError(
          file,
          `pages.${seed}.${key}: unknown field${near ? `; did you mean "${near}"?` : ` (known: ${Object.keys(FIELDS).join(', ')})`}`,
          lineOf(text, seed, key),
        ),
      );
    }
    for (const [key, rule] of Object.entries(FIELDS)) {
      if (!(key in record)) {
        if (rule.required) {
          ok = false;
          errors.push(
            new SeedError(
              file,
              `pages.${seed}.${key}: missing; it ${rule.check(undefined)!.replace(/^must be/, 'is')}`,
              lineOf(text, seed),
            ),
          );
        }
        continue;
      }
      const problem = rule.check(record[key]);
      if (problem) {
        ok = false;
        errors.push(
          new SeedError(
            file,
            `pages.${seed}.${key}: ${JSON.stringify(record[key])} ${problem}`,
            lineOf(text, seed, key),
          ),
        );
      }
    }
    if (!ok) continue;
    const checked = { issueDate: null, ...record } as unknown as ManifestEntry;
    if (checked.issueDate && !checked.issueDate.startsWith(String(checked.year))) {
      errors.push(
        new SeedError(
          file,
          `pages.${seed}.issueDate: ${checked.issueDate} is not in year ${checked.year}`,
          lineOf(text, seed, 'issueDate'),
        ),
      );
      continue;
    }
    out[seed] = checked;
  }
  errors.push(...slugClashes(out, text, file));
  return { manifest: { pages: out }, errors, named: new Set(Object.keys(pages)) };
}

/** Two papers that would share a short name (常州日报 and 滁州日报 → czrb) would share ids and URLs. */
function slugClashes(pages: Record<string, ManifestEntry>, text: string, file: string): SeedError[] {
  const bySlug = new Map<string, { paper: string; seed: string; explicit: boolean }>();
  const errors: SeedError[] = [];
  for (const [seed, entry] of Object.entries(pages)) {
    const slug = entry.paperSlug ?? paperSlugOf(entry.paper);
    const other = bySlug.get(slug);
    if (!other) bySlug.set(slug, { paper: entry.paper, seed, explicit: entry.paperSlug !== undefined });
    else if (other.paper !== entry.paper) {
      errors.push(
        new SeedError(
          file,
          `pages.${seed}: ${entry.paper} and ${other.paper} (${other.seed}) both get the short name "${slug}": give one of them its own "paperSlug" (e.g. "${slug}${entry.paperSlug ? '' : '2'}") in every entry of that paper`,
          lineOf(text, seed, entry.paperSlug ? 'paperSlug' : 'paper'),
        ),
      );
    }
  }
  return errors;
}

export function paperSlugOf(paper: string): string {
  return pinyin(paper, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Entries that name no file of the folder: each is an error, since the page they describe would be missing. */
export function entriesWithoutFiles(
  manifest: Manifest,
  files: readonly string[],
  manifestFile: string,
  text = '',
): SeedError[] {
  const present = new Set(files);
  return Object.keys(manifest.pages)
    .filter((seed) => !present.has(seed))
    .map((seed) => {
      const near = nearest(seed, files);
      return new SeedError(
        manifestFile,
        `pages.${seed}: no such file in the seeds folder${near ? `; did you mean "${near}"?` : ''}`,
        text ? lineOf(text, seed) : undefined,
      );
    });
}

/** The manifest's facts about one seed file; a file the manifest does not describe is an error, never a guess. */
export function pageMetaFor(manifest: Manifest, seed: string, manifestFile: string): PageMeta {
  const entry = manifest.pages[seed];
  if (!entry) {
    const near = nearest(seed, Object.keys(manifest.pages));
    throw new SeedError(
      seed,
      `not described in ${manifestFile}: add its paper, year, issueDate, page and the evidence for the year${near ? ` (an entry names "${near}": is that this file?)` : ''}`,
    );
  }
  return {
    paper: entry.paper,
    paperSlug: entry.paperSlug ?? paperSlugOf(entry.paper),
    year: entry.year,
    issueDate: entry.issueDate,
    page: entry.page,
    ...(entry.image ? { image: entry.image } : {}),
    ...(entry.pdf ? { pdf: entry.pdf } : {}),
  };
}
