import { pinyin } from 'pinyin-pro';
import { z } from 'astro/zod';
import { isoDate } from '../../schemas/article';
import { SeedError } from './errors';
import type { PageMeta } from './page';

const manifestEntry = z.object({
  paper: z.string().min(1),
  /** Short Latin name used in ids and URLs; derived from the paper's pinyin initials when absent (无锡日报 → wxrb). */
  paperSlug: z.string().regex(/^[a-z0-9]+$/).optional(),
  year: z.number().int().min(1800).max(2200),
  issueDate: isoDate.nullable().default(null),
  page: z.string().regex(/^[A-Za-z0-9]+$/).default('1'),
  evidence: z.string().min(1),
});

const manifestSchema = z.object({
  pages: z.record(z.string(), manifestEntry),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const line = at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length;
    throw new SeedError(file, `not valid JSON: ${(error as Error).message}`, line);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SeedError(file, `${issue.path.join('.')}: ${issue.message}`);
  }
  for (const [seed, entry] of Object.entries(parsed.data.pages)) {
    if (entry.issueDate && !entry.issueDate.startsWith(String(entry.year))) {
      throw new SeedError(file, `pages.${seed}: issueDate ${entry.issueDate} is not in year ${entry.year}`);
    }
  }
  return parsed.data;
}

export function paperSlugOf(paper: string): string {
  return pinyin(paper, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The manifest's facts about one seed file; a file the manifest does not describe is an error, never a guess. */
export function pageMetaFor(manifest: Manifest, seed: string, manifestFile: string): PageMeta {
  const entry = manifest.pages[seed];
  if (!entry) throw new SeedError(seed, `not described in ${manifestFile}: add its paper, year, page and the evidence for the year`);
  return {
    paper: entry.paper,
    paperSlug: entry.paperSlug ?? paperSlugOf(entry.paper),
    year: entry.year,
    issueDate: entry.issueDate,
    page: entry.page,
  };
}
