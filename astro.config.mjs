// @ts-check
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import routes from './src/integrations/routes.ts';
import { settings } from './src/lib/settings.ts';
import { buildScope } from './src/lib/site/parts.ts';

const { BASE_PATH, SITE_URL, PARTS_DIR } = settings();
if (!SITE_URL) {
  console.warn(
    'SITE_URL is not set: citations will carry no address, and the feed and sitemap use a placeholder origin. Set SITE_URL=https://your.host to publish.',
  );
}

/** The site is built for the root unless BASE_PATH names a sub-path (e.g. BASE_PATH=/archive/). */
const base = `/${BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const scope = buildScope();
// A part's build (or the archive-wide one) has its own cache and its own sitemap, which the assembly lists in
// sitemap-index.xml (scripts/build-parts.ts).
const name = scope.kind === 'part' ? scope.part : scope.kind;

export default defineConfig({
  site: SITE_URL ?? 'https://archive.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  ...(scope.kind === 'whole' ? {} : { cacheDir: join(PARTS_DIR, name, 'astro-cache') }),
  integrations: [routes(scope), sitemap(scope.kind === 'whole' ? {} : { filenameBase: `sitemap-${name}` }), pagefind()],
});
