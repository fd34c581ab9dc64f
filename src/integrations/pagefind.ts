import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/indexer';
import { frequentTerms, seenText } from '../lib/search/prepared';
import { readArticleSummaries } from '../lib/site/article-file';
import { settings } from '../lib/settings';
import { currentBuildState, saveBuildState } from '../lib/site/build-state';
import { buildScope } from '../lib/site/parts';

/**
 * For `astro build` run directly: indexes the built site with Pagefind once Astro has written it, in shards (see
 * lib/search/shards.ts), and records what it was made from, so that the next build can render only what changed
 * (lib/site/build-plan.ts). SEARCH_INDEX=none skips the index. scripts/build.ts (npm run build) does both itself,
 * after checking the whole site, and sets ARCHIVE_STAGED.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // scripts/build.ts indexes, checks and records the site itself once it is whole (ARCHIVE_STAGED).
        const { ARCHIVE_STAGED, SEARCH_INDEX, ARTICLES_DIR } = settings();
        // A part's or the archive-wide pages' build is indexed by scripts/build-parts.ts once the parts are laid out.
        if (ARCHIVE_STAGED || buildScope().kind !== 'whole') return;
        if (SEARCH_INDEX !== 'none') {
          const terms = frequentTerms(readArticleSummaries(ARTICLES_DIR).map(seenText), settings().PREPARED_TERMS);
          const report = await buildSearchIndex(outDir, { terms });
          logger.info(
            `indexed ${report.pages} article pages in ${report.shards.length} shard(s): ${report.shards.map((s) => `${s.key} ${s.pages} pages ${s.reused ? 'reused' : `${s.ms} ms`}`).join(', ')}`,
          );
        }
        saveBuildState(outDir, currentBuildState(ARTICLES_DIR));
      },
    },
  };
}
