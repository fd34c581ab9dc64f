import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './global-setup';
import { filesOf } from './site';

describe('incremental build', () => {
  const work = mkdtempSync(join(tmpdir(), 'incremental-'));
  const seeds = join(work, 'seeds');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  const env = { ...process.env, SEEDS_DIR: seeds, ARTICLES_DIR: join(work, 'articles'), SPLIT_CACHE_DIR: join(work, 'split-cache'), SEARCH_CACHE_DIR: join(work, 'index-cache') };
  const build = (outDir: string, extra: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outDir', outDir], { cwd: ROOT, env: { ...env, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const edit = (name: string, from: string, to: string) => {
    const path = join(seeds, name);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  const site = join(work, 'site');

  it('renders only what a one-page edit touches, and the site equals a full build byte for byte', { timeout: 300_000 }, () => {
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
  });

  it('renders everything, leaving nothing stale, when an edit reshapes the archive (a person is renamed)', { timeout: 300_000 }, () => {
    expect(existsSync(join(site, 'people', '唐均君', 'index.html'))).toBe(true);
    edit('001_6619c5c4ce064df3.txt', '总裁唐均君', '总裁唐均明');
    expect(build(site)).toContain('rendering every page (people: a name appeared or disappeared)');
    expect(existsSync(join(site, 'people', '唐均明', 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'people', '唐均君', 'index.html'))).toBe(false);
  });
});
