import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/indexer';

/**
 * Indexes the built site with Pagefind once Astro has written dist/, in shards (see lib/search/shards.ts).
 * SEARCH_INDEX=none skips it, for a benchmark that indexes as a stage of its own.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === 'none') return;
        const report = buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${report.pages} article pages in ${report.shards.length} shard(s): ${report.shards.map((s) => `${s.key} ${s.pages} pages ${s.reused ? 'reused' : `${s.ms} ms`}`).join(', ')}`);
      },
    },
  };
}
