/**
 * Every environment variable the project reads, in one place, checked and typed. Read when asked (never at
 * import), so a test or a child process can set them first. The README's table of variables is this list.
 */
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';

const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && v !== '' && v !== '0');
const positive = (fallback: number) => z.coerce.number().positive().default(fallback);

const schema = z.object({
  /** Where the page files and manifest are. */
  SEEDS_DIR: z.string().default('seeds'),
  /** Where the split writes articles; page entries go to its folder `_pages`. */
  ARTICLES_DIR: z.string().default('src/content/articles'),
  /** A sub-path the site is served under, e.g. /archive/. */
  BASE_PATH: z.string().default('/'),
  /** The site's absolute origin, for feeds, the sitemap and citations. */
  SITE_URL: z.string().url().optional(),
  /** Render every page and trust no cache (also: npm run build -- --no-cache). */
  FULL_BUILD: flag,
  /** SPLIT_CACHE=none: parse every page again. */
  SPLIT_CACHE: z.enum(['none', 'on']).default('on'),
  SPLIT_CACHE_DIR: z.string().default(join('node_modules', '.cache', 'archive-split')),
  /** The largest page file the split takes, in MB. */
  SPLIT_MAX_PAGE_MB: positive(2),
  /** SEARCH_INDEX=none: build no search index (the benchmark indexes as a stage of its own). */
  SEARCH_INDEX: z.enum(['none', 'all']).default('all'),
  SEARCH_CACHE_DIR: z.string().default(join('node_modules', '.cache', 'archive-pagefind')),
  /** Article pages per index shard. */
  SEARCH_SHARD_PAGES: positive(4000),
  /**
   * How many of the archive's most frequent words get a prepared answer (search/prepared.ts): each costs a search
   * of every shard per build (of the changed shards after one), ~0.1–0.3 s a shard for a word in most articles.
   */
  PREPARED_TERMS: z.coerce.number().int().min(0).default(20),
  BUILD_STATE_DIR: z.string().default(join('node_modules', '.cache', 'archive-build')),
  /**
   * The render's JavaScript heap, in MB: Node's default (~4.3 GB) is too small for Astro at ~100k articles of a
   * real paper's density, so the build gives it half the machine's memory unless told otherwise.
   */
  RENDER_HEAP_MB: positive(Math.floor(totalmem() / 2 / 1024 / 1024)),
  /**
   * How many child processes a build runs side by side: Astro renders of parts (npm run build:parts, each given an
   * equal share of RENDER_HEAP_MB) and index shards. One per core, as many as there are 4 GB of memory for (a month
   * part peaks at 1–1.4 GB, a shard of 4,000 pages at ~1 GB).
   */
  BUILD_JOBS: z.coerce
    .number()
    .int()
    .positive()
    .default(Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / 4 / 1024 ** 3)))),
  /** Cache entries unused for longer than this are pruned. */
  CACHE_MAX_AGE_DAYS: positive(14),
  /** Set by scripts/build.ts for its own children: no cache is trusted (FULL_BUILD or --no-cache). */
  ARCHIVE_NO_CACHE: flag,
  /** Set by scripts/build.ts for Astro: the build indexes, checks and records the site itself. */
  ARCHIVE_STAGED: flag,
  /**
   * What an Astro build renders (lib/site/parts.ts): unset, the whole archive; a part's name (a year or a month),
   * that part's pages (its articles, issues, page views); `archive`, the archive-wide pages from the summaries.
   */
  ARCHIVE_PART: z
    .string()
    .regex(/^(\d{4}(-\d{2})?|archive)$/, 'a year (2024), a month (2024-03) or archive')
    .optional(),
  /**
   * How the archive is cut into parts: a month each (measured at a real paper's density: a month of ~2,400
   * articles renders in ~14 s at 1 GB, a year of 28k in 158 s at 2.8 GB, and a one-page change renders its part),
   * or a year each for a thin archive.
   */
  ARCHIVE_PART_BY: z.enum(['year', 'month']).default('month'),
  /** Where the build in parts keeps each part's summary and site and the archive's outline (npm run build:parts). */
  PARTS_DIR: z.string().default('dist-parts'),
  /** Set by scripts/build.ts: the file naming the pages a partial render makes. */
  RENDER_ONLY: z.string().optional(),
});

export type Settings = z.infer<typeof schema>;

/** The settings from the environment; a bad value is an error naming the variable. */
export function settings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `environment variable ${issue.path.join('.')}: ${issue.message} (see the README's table of variables)`,
    );
  }
  return parsed.data;
}

/**
 * The folder of page entries that goes with an articles folder: inside it (articles are its *.md files), so two
 * splits into folders side by side never share one.
 */
export function pagesDirFor(articlesDir: string): string {
  return join(articlesDir, '_pages');
}
