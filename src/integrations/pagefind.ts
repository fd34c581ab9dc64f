import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/indexer';

/** Indexes the built site with Pagefind's Node API once Astro has written dist/. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} article pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
