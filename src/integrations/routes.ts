import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildScope } from '../lib/site/parts';

const ROUTES = {
  /** A part's pages: its articles, issues, page views, page files, calendar year and data file. */
  part: fileURLToPath(new URL('../part-routes/', import.meta.url)),
  /** The pages that span the archive: home, papers, calendar, 历史上的今天, people, reporters, search, feeds. */
  archive: fileURLToPath(new URL('../archive-routes/', import.meta.url)),
};

/** The URL pattern of a route file, as Astro reads src/pages: `issues/[issue]/index.astro` → `/issues/[issue]`. */
export function patternOf(file: string): string {
  const path = file
    .replace(/\.(astro|ts)$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\/$/, '');
  return `/${path}`;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(astro|ts)$/.test(f))
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'))
    .sort();
}

/**
 * The site's routes, injected by build scope (lib/site/parts.ts) instead of read from src/pages: a part's build
 * renders only the part's routes, the archive's build only the archive-wide ones, a whole build both.
 */
export default function routes(scope: BuildScope): AstroIntegration {
  const families: (keyof typeof ROUTES)[] =
    scope.kind === 'whole' ? ['part', 'archive'] : scope.kind === 'part' ? ['part'] : ['archive'];
  return {
    name: 'archive-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const family of families)
          for (const file of routeFiles(ROUTES[family]))
            injectRoute({ pattern: patternOf(file), entrypoint: join(ROUTES[family], file) });
      },
    },
  };
}
