// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { settings } from './src/lib/settings.ts';

const { BASE_PATH, SITE_URL } = settings();
if (!SITE_URL) {
  console.warn(
    'SITE_URL is not set: citations will carry no address, and the feed and sitemap use a placeholder origin. Set SITE_URL=https://your.host to publish.',
  );
}

/** The site is built for the root unless BASE_PATH names a sub-path (e.g. BASE_PATH=/archive/). */
const base = `/${BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  site: SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [sitemap(), pagefind()],
});
