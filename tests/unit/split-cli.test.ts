import iconv from 'iconv-lite';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { runSplit } from '../../scripts/split';
import { unescapeMarkdown } from '../../src/lib/text/markdown';
import { FIXTURE_PAGES_DIR, SEEDS_DIR } from '../helpers';

const FIXTURE = 'evening-mixed.txt';

function seedFolder(pages: Record<string, Uint8Array | string>, manifestPages = Object.keys(pages)): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  const template = JSON.parse(readFileSync(join(FIXTURE_PAGES_DIR, 'manifest.json'), 'utf8')).pages[FIXTURE];
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ pages: Object.fromEntries(manifestPages.map((n, i) => [n, { ...template, page: `A${i + 1}` }])) }),
  );
  for (const [name, bytes] of Object.entries(pages)) writeFileSync(join(dir, name), bytes);
  return dir;
}

function outputOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}

const fixtureText = readFileSync(join(FIXTURE_PAGES_DIR, FIXTURE), 'utf8');

describe('npm run split', () => {
  it('writes the same articles from UTF-8, GB18030 with CRLF, and UTF-16 with BOM', () => {
    const outputs = [
      fixtureText,
      iconv.encode(fixtureText.replace(/\n/g, '\r\n'), 'gb18030'),
      iconv.encode(fixtureText, 'utf-16le', { addBOM: true }),
    ].map((bytes) => {
      const out = mkdtempSync(join(tmpdir(), 'out-'));
      runSplit(seedFolder({ [FIXTURE]: bytes }), out);
      return outputOf(out);
    });
    expect(Object.keys(outputs[0]!)).toHaveLength(3);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  it('refuses a page the manifest does not describe, naming it', () => {
    const dir = seedFolder({ [FIXTURE]: fixtureText, 'stranger.txt': fixtureText }, [FIXTURE]);
    expect(() => runSplit(dir, mkdtempSync(join(tmpdir(), 'out-')))).toThrow(
      'stranger.txt: not described in manifest.json',
    );
  });

  it('leaves good output untouched when a page is bad', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    runSplit(seedFolder({ [FIXTURE]: fixtureText }), out);
    const before = outputOf(out);
    const broken = seedFolder({ [FIXTURE]: fixtureText, 'zz-broken.txt': Buffer.from([0x41, 0x00, 0x42]) });
    expect(() => runSplit(broken, out)).toThrow('zz-broken.txt:1: binary data');
    expect(outputOf(out)).toEqual(before);
  });

  it('removes articles whose page is gone and keeps two runs byte-identical', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const dir = seedFolder({ [FIXTURE]: fixtureText });
    runSplit(dir, out);
    const first = outputOf(out);
    writeFileSync(join(out, 'stale-article.md'), '---\nid: stale\n---\n');
    runSplit(dir, out);
    expect(outputOf(out)).toEqual(first);
  });

  it('reuses unchanged pages from its cache and writes exactly what a run without it writes', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const cache = mkdtempSync(join(tmpdir(), 'split-cache-'));
    const cached = mkdtempSync(join(tmpdir(), 'out-'));
    expect(runSplit(seeds, cached, cache)).toContain('(0 parsed pages reused)');
    expect(runSplit(seeds, cached, cache)).toMatch(/\(5 parsed pages reused\) .*; files written: 0/);
    const edit = (name: string, from: string, to: string) => {
      const path = join(seeds, name);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
    };
    const fresh = () => {
      const out = mkdtempSync(join(tmpdir(), 'out-'));
      runSplit(seeds, out, null);
      return outputOf(out);
    };
    // An OCR fix that teaches no new name: one page parsed again, its article and its page entry rewritten.
    edit('001_6619c5c4ce064df3.txt', '会议', '会商');
    expect(runSplit(seeds, cached, cache)).toMatch(/\(4 parsed pages reused\) .*; files written: 2;/);
    expect(outputOf(cached)).toEqual(fresh());
    // A fix to a name after a role changes the learned names: every page's mentions are found again.
    const before = JSON.stringify(outputOf(cached));
    edit('004_07f53b5d844ba0a0.txt', '副市长高亚光', '副市长高亚明');
    runSplit(seeds, cached, cache);
    expect(outputOf(cached)).toEqual(fresh());
    expect(JSON.stringify(outputOf(cached))).toContain('高亚明');
    expect(before).toContain('name: 高亚光');
  });

  it('escapes source text so that no Markdown or HTML can come of it', () => {
    const hostile = fixtureText.replace(
      '国带队调研城市更新工作。',
      '国带队<script>alert(1)</script>调研*城市*[更新](x)工作。',
    );
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    runSplit(seedFolder({ [FIXTURE]: hostile }), out);
    const file = Object.values(outputOf(out)).find((t) => t.includes('alert'))!;
    const body = matter(file).content;
    expect(body).not.toMatch(/(?<!\\)[<*[]/);
    expect(unescapeMarkdown(body)).toContain('国带队<script>alert(1)</script>调研*城市*[更新](x)工作。');
  });

  it('copies the seeds untouched from the shared originals', () => {
    const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
    let names: string[];
    try {
      names = readdirSync(shared);
    } catch {
      return; // shared/ is not beside this checkout
    }
    const dir = mkdtempSync(join(tmpdir(), 'copy-'));
    for (const n of names) copyFileSync(join(shared, n), join(dir, n));
    for (const n of names)
      expect(readFileSync(join(import.meta.dirname, '..', '..', 'seeds', n))).toEqual(readFileSync(join(dir, n)));
  });
});
