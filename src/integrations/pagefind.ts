import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/indexer';
import { currentBuildState, saveBuildState } from '../lib/site/build-state';

/**
 * Indexes the built site with Pagefind once Astro has written dist/, in shards (see lib/search/shards.ts), and
 * records what a full build was made from, so that the next build can render only what changed
 * (lib/site/build-plan.ts). SEARCH_INDEX=none skips the index, for a benchmark that indexes as a stage of its own.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (process.env.SEARCH_INDEX !== 'none') {
          const report = buildSearchIndex(outDir);
          logger.info(`indexed ${report.pages} article pages in ${report.shards.length} shard(s): ${report.shards.map((s) => `${s.key} ${s.pages} pages ${s.reused ? 'reused' : `${s.ms} ms`}`).join(', ')}`);
        }
        // A partial render is recorded by scripts/build.ts once it has been copied into the site.
        if (!process.env.RENDER_ONLY) saveBuildState(outDir, currentBuildState(process.env.ARTICLES_DIR ?? './src/content/articles'));
      },
    },
  };
}
