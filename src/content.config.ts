import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pagesDirFor, settings } from './lib/settings';
import { articleSchema } from './schemas/article';
import { pageSchema } from './schemas/page';

// ARTICLES_DIR lets a test build a site from another split (a page of hostile text) without touching this one; the
// page entries are the folder `pages` beside it.
const articlesDir = settings().ARTICLES_DIR;

export const collections = {
  articles: defineCollection({
    loader: glob({ base: articlesDir, pattern: '**/*.md' }),
    schema: articleSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: pagesDirFor(articlesDir), pattern: '**/*.json' }),
    schema: pageSchema,
  }),
};
