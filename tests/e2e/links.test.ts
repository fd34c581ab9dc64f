import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, SUB_BASE, SUB_SITE_DIR } from './global-setup';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** Every internal href/src in the built HTML, and whether it names a file the site has. */
function brokenLinks(siteDir: string, base: string): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
      const link = m[1]!.replace(/&amp;/g, '&');
      if (!link || /^[a-z]+:/i.test(link) || link.startsWith('//')) continue;
      if (!link.startsWith('/')) {
        broken.push(`${relative(siteDir, file)}: relative link ${link}`);
        continue;
      }
      if (!link.startsWith(base)) {
        broken.push(`${relative(siteDir, file)}: ${link} is outside ${base}`);
        continue;
      }
      const target = join(siteDir, decodeURIComponent(link.slice(base.length)));
      const ok = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
      if (!ok) broken.push(`${relative(siteDir, file)}: ${link}`);
    }
  }
  return broken;
}

describe('links in the built site', () => {
  it('all resolve at the root', () => {
    expect(htmlFiles(SITE_DIR).length).toBeGreaterThan(50);
    expect(brokenLinks(SITE_DIR, '/')).toEqual([]);
  });
  it('all resolve under a sub-path', () => {
    expect(brokenLinks(SUB_SITE_DIR, SUB_BASE)).toEqual([]);
  });
  it('include the feed, the sitemap and the data export', () => {
    for (const dir of [SITE_DIR, SUB_SITE_DIR]) {
      for (const f of ['rss.xml', 'sitemap-index.xml', 'articles.json', '404.html'])
        expect(existsSync(join(dir, f)), f).toBe(true);
    }
    const rss = readFileSync(join(SUB_SITE_DIR, 'rss.xml'), 'utf8');
    expect(rss).toContain(`${SUB_BASE}articles/`);
    const sitemap = readdirSync(SUB_SITE_DIR)
      .filter((f) => f.startsWith('sitemap-') && f !== 'sitemap-index.xml')
      .map((f) => readFileSync(join(SUB_SITE_DIR, f), 'utf8'))
      .join('');
    expect(sitemap).toContain(`${SUB_BASE}articles/`);
    // The sub-path site is built in parts (a month each): its sitemap index lists every part's and the archive's.
    const listed = [...readFileSync(join(SUB_SITE_DIR, 'sitemap-index.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)];
    expect(listed.map((m) => new URL(m[1]!).pathname)).toEqual(
      ['2020-03', '2023-02', '2024-04', '2024-07', '2024-09', 'archive'].map(
        (scope) => `${SUB_BASE}sitemap-${scope}-0.xml`,
      ),
    );
  });
});
