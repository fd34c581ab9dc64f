import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagesDirFor, settings } from './lib/settings';
import { buildScope, readPartSummary } from './lib/site/parts';
import { articleSchema } from './schemas/article';
import { pageIdOf, pageSchema } from './schemas/page';

// ARTICLES_DIR lets a test build a site from another split (a page of hostile text) without touching this one; the
// page entries are the folder `pages` beside it.
const { ARTICLES_DIR: articlesDir, PARTS_DIR } = settings();
const scope = buildScope();

/** The archive-wide pages' build reads summaries, never an article's body or a page's lines. */
const nothing: Loader = { name: 'archive-none', load: async ({ store }) => store.clear() };

/** A part's page entries: those its articles, and their continuations, were split from. */
function pagesOfPart(part: string): Loader {
  return {
    name: 'archive-part-pages',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const sources = new Set(
        readPartSummary(PARTS_DIR, part).articles.flatMap((a) => [a.source, ...a.lines.continued.map((c) => c.file)]),
      );
      for (const source of [...sources].sort()) {
        const id = pageIdOf(source);
        const text = readFileSync(join(pagesDirFor(articlesDir), `${id}.json`), 'utf8');
        store.set({ id, data: await parseData({ id, data: JSON.parse(text) }), digest: generateDigest(text) });
      }
    },
  };
}

export const collections = {
  articles: defineCollection({
    loader:
      scope.kind === 'archive'
        ? nothing
        : glob({ base: articlesDir, pattern: scope.kind === 'part' ? `${scope.part}-*.md` : '**/*.md' }),
    schema: articleSchema,
  }),
  pages: defineCollection({
    loader:
      scope.kind === 'archive'
        ? nothing
        : scope.kind === 'part'
          ? pagesOfPart(scope.part)
          : glob({ base: pagesDirFor(articlesDir), pattern: '**/*.json' }),
    schema: pageSchema,
  }),
};
