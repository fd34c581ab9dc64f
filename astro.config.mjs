// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

/** The site is built for the root unless BASE_PATH names a sub-path (e.g. BASE_PATH=/archive/). */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [sitemap(), pagefind()],
});
