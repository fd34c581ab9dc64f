import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: './src/content/articles', pattern: '**/*.md' }),
    schema: articleSchema,
  }),
};
