import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './global-setup';
import { filesOf, isolatedBuild } from '../../tools/lib/built-site';

describe('incremental build', () => {
  const { work, seeds, env } = isolatedBuild(join(ROOT, 'seeds'), 'incremental-');
  const build = (outDir: string, extra: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...env, ...extra },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const edit = (name: string, from: string, to: string) => {
    const path = join(seeds, name);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  const site = join(work, 'site');

  it(
    'renders only what a one-page edit touches, and the site equals a full build byte for byte',
    { timeout: 300_000 },
    () => {
      expect(build(site)).toContain('rendering every page (no earlier build to update)');
      const pagesBefore = filesOf(site).size;
      expect(build(site)).toContain('no article changed');

      edit('001_6619c5c4ce064df3.txt', '会议', '会商');
      const log = build(site);
      expect(log).toMatch(/build: 1 article\(s\) changed/);
      const rendered = Number(/(\d+) page\(s\) built/.exec(log)?.[1]);
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(pagesBefore / 3);

      const fresh = join(work, 'fresh');
      expect(build(fresh, { FULL_BUILD: '1' })).toContain('rendering every page (FULL_BUILD is set)');
      const [a, b] = [filesOf(site), filesOf(fresh)];
      expect([...a.keys()]).toEqual([...b.keys()]);
      const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
      expect(differing).toEqual([]);
      expect(readFileSync(join(site, 'search-data.json'), 'utf8')).toContain('"count"');
    },
  );

  it(
    'renders everything, leaving nothing stale, when an edit reshapes the archive (a person is renamed)',
    { timeout: 300_000 },
    () => {
      expect(existsSync(join(site, 'people', '唐均君', 'index.html'))).toBe(true);
      edit('001_6619c5c4ce064df3.txt', '总裁唐均君', '总裁唐均明');
      expect(build(site)).toContain('rendering every page (people: a name appeared or disappeared)');
      expect(existsSync(join(site, 'people', '唐均明', 'index.html'))).toBe(true);
      expect(existsSync(join(site, 'people', '唐均君', 'index.html'))).toBe(false);
    },
  );

  it(
    'shows an edit to a page header inside an article in its 原文, though no article file changes',
    { timeout: 300_000 },
    () => {
      const work2 = mkdtempSync(join(tmpdir(), 'incremental-header-'));
      const seeds2 = join(work2, 'seeds');
      cpSync(join(ROOT, 'tests', 'fixtures', 'classes'), seeds2, { recursive: true });
      const env2 = {
        ...env,
        SEEDS_DIR: seeds2,
        ARTICLES_DIR: join(work2, 'articles'),
        SPLIT_CACHE_DIR: join(work2, 'split-cache'),
        SEARCH_CACHE_DIR: join(work2, 'index-cache'),
      };
      const site2 = join(work2, 'site');
      const build2 = () =>
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outDir', site2], {
          cwd: ROOT,
          env: env2,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      build2();
      const article = readdirSync(join(work2, 'articles')).find(
        (n) =>
          n.endsWith('.md') &&
          /source: furniture-b\.txt[\s\S]*order: 1\n/.test(readFileSync(join(work2, 'articles', n), 'utf8')),
      )!;
      const before = readFileSync(join(work2, 'articles', article), 'utf8');
      const page = join(seeds2, 'furniture-b.txt');
      const text = readFileSync(page, 'utf8');
      expect(text).toContain('\n2021年9月16日 星期四\n');
      writeFileSync(page, text.replace('\n2021年9月16日 星期四\n', '\n2021年9月16日 星期四 农历八月初十\n'));
      const log = build2();
      expect(readFileSync(join(work2, 'articles', article), 'utf8')).toBe(before);
      // The article whose lines hold the header renders again (its 原文 comes from the page entry), nothing else.
      expect(log).toContain('build: 1 article(s) changed');
      const html = readFileSync(join(site2, 'articles', article.slice(0, -3), 'index.html'), 'utf8');
      expect(html).toContain('2021年9月16日 星期四 农历八月初十');
    },
  );
});
