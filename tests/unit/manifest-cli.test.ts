import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES_DIR } from '../helpers';

/**
 * npm run split as a user runs it, on a folder with one mistake at a time: the command fails with exit 1, names
 * the file and the field or line, prints no stack trace, and writes nothing.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = readFileSync(join(FIXTURE_PAGES_DIR, 'evening-mixed.txt'), 'utf8');
const ENTRY = { paper: '江南晚报', year: 2024, issueDate: '2024-03-06', page: 'A1', evidence: 'test page' };

function split(
  files: Record<string, string | Uint8Array>,
  manifest: unknown,
): { status: number | null; stderr: string; stdout: string; written: string[] } {
  const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
  const out = mkdtempSync(join(tmpdir(), 'out-'));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(seeds, name, '..'), { recursive: true });
    writeFileSync(join(seeds, name), bytes);
  }
  if (manifest !== undefined)
    writeFileSync(
      join(seeds, 'manifest.json'),
      typeof manifest === 'string' || manifest instanceof Uint8Array ? manifest : JSON.stringify(manifest, null, 2),
    );
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(ROOT, 'scripts', 'split.ts'),
      '--seeds',
      seeds,
      '--out',
      out,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, SPLIT_CACHE: 'none' },
    },
  );
  return { status: run.status, stderr: run.stderr, stdout: run.stdout, written: readdirSync(out) };
}

function expectInputError(run: ReturnType<typeof split>, ...messages: (string | RegExp)[]) {
  expect(run.status).toBe(1);
  for (const m of messages) expect(run.stderr).toMatch(m);
  expect(run.stderr).not.toMatch(/\n\s+at .*\(|node:internal|SeedError/);
  expect(run.written).toEqual([]);
}

// Each case runs the command in a process of its own (about half a second each on an idle machine).
describe('npm run split on a manifest with mistakes', { timeout: 30_000 }, () => {
  it('rejects an impossible issue date, naming the field and its line', () => {
    expectInputError(
      split({ 'a.txt': PAGE }, { pages: { 'a.txt': { ...ENTRY, issueDate: '2024-02-30' } } }),
      /manifest\.json:\d+: pages\.a\.txt\.issueDate: "2024-02-30" must be a real day/,
    );
  });
  it('rejects a misspelt field and names the field it meant', () => {
    const { issueDate, ...rest } = ENTRY;
    expectInputError(
      split({ 'a.txt': PAGE }, { pages: { 'a.txt': { ...rest, isueDate: issueDate } } }),
      'pages.a.txt.isueDate: unknown field; did you mean "issueDate"?',
    );
  });
  it('rejects an entry without its page label', () => {
    const { page, ...rest } = ENTRY;
    void page;
    expectInputError(split({ 'a.txt': PAGE }, { pages: { 'a.txt': rest } }), 'pages.a.txt.page: missing');
  });
  it('rejects a year outside the issue date and a year that is no year', () => {
    expectInputError(
      split(
        { 'a.txt': PAGE, 'b.txt': PAGE },
        { pages: { 'a.txt': { ...ENTRY, year: 2023 }, 'b.txt': { ...ENTRY, year: 24 } } },
      ),
      'pages.a.txt.issueDate: 2024-03-06 is not in year 2023',
      'pages.b.txt.year: 24 must be a whole year',
    );
  });
  it('reports an entry for a file that is not there, with the file it may mean', () => {
    expectInputError(
      split({ 'page-1.txt': PAGE }, { pages: { 'page-1.txt': ENTRY, 'page-2.txt': { ...ENTRY, page: 'A2' } } }),
      'pages.page-2.txt: no such file in the seeds folder; did you mean "page-1.txt"?',
    );
  });
  it('takes a page named *.TXT and insists the manifest names it exactly', () => {
    expectInputError(
      split({ 'A.TXT': PAGE }, { pages: { 'a.txt': ENTRY } }),
      'A.TXT: not described in manifest.json',
      'pages.a.txt: no such file',
    );
    const ok = split({ 'A.TXT': PAGE }, { pages: { 'A.TXT': ENTRY } });
    expect(ok.status).toBe(0);
    expect(ok.written.filter((n) => n.endsWith('.md'))).toHaveLength(3);
  });
  it('suggests paperSlug when two papers get the same short name', () => {
    expectInputError(
      split(
        { 'a.txt': PAGE, 'b.txt': PAGE },
        { pages: { 'a.txt': { ...ENTRY, paper: '常州日报' }, 'b.txt': { ...ENTRY, paper: '滁州日报' } } },
      ),
      /常州日报.*both get the short name "czrb": give one of them its own "paperSlug"/,
    );
  });
  it('reports every problem of one run, not only the first', () => {
    const run = split(
      { 'a.txt': PAGE, 'b.txt': PAGE, 'c.txt': PAGE },
      { pages: { 'a.txt': { ...ENTRY, issueDate: '2024-13-01' }, 'b.txt': { ...ENTRY, pgae: '2' } } },
    );
    expectInputError(
      run,
      'pages.a.txt.issueDate',
      'pages.b.txt.pgae: unknown field; did you mean "page"?',
      'c.txt: not described in manifest.json',
    );
    expect(run.stderr).toMatch(/^split: \d+ problem\(s\) in the input; nothing was written:/);
  });
  it('reads a manifest saved as GBK or with a byte-order mark like one saved as UTF-8', () => {
    const manifest = JSON.stringify({ pages: { 'a.txt': ENTRY } });
    for (const bytes of [
      iconv.encode(manifest, 'gbk'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(manifest)]),
    ]) {
      const run = split({ 'a.txt': PAGE }, bytes);
      expect(run.status, run.stderr).toBe(0);
      const article = readdirSync(mkdtempSync(join(tmpdir(), 'x-'))).length;
      void article;
      expect(run.stdout).toContain('3 articles from 1 pages');
    }
  });
  it('names the line of a manifest that is not JSON', () => {
    expectInputError(
      split({ 'a.txt': PAGE }, '{\n  "pages": {\n    "a.txt": { "paper": "江南晚报", }\n  }\n}\n'),
      /manifest\.json:3: not valid JSON/,
    );
  });

  it('applies a corrections file beside the pages and records it, and refuses one for a page that is not there', () => {
    const ok = split(
      {
        'a.txt': PAGE,
        'corrections/a.yaml':
          'corrections:\n  - { line: 3, replace: 王建, with: 王建 }\n  - { article: 1, title: 王建国调研城市更新 }\n',
      },
      { pages: { 'a.txt': ENTRY } },
    );
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('3 articles from 1 pages');
    const stray = split({ 'a.txt': PAGE, 'corrections/b.yaml': 'corrections: []\n' }, { pages: { 'a.txt': ENTRY } });
    expectInputError(stray, 'corrections/b.yaml: corrects no page: there is no b.txt in the seeds folder');
    const stale = split(
      { 'a.txt': PAGE, 'corrections/a.yaml': 'corrections:\n  - { line: 3, replace: 不在这一行, with: 字 }\n' },
      { pages: { 'a.txt': ENTRY } },
    );
    expectInputError(stale, 'corrections/a.yaml: line 3: “不在这一行” → “字”: line 3 of the page does not contain');
  });

  it('refuses a page file larger than a printed page can be, naming it', () => {
    const huge = PAGE.repeat(Math.ceil((2.2 * 1024 * 1024) / Buffer.byteLength(PAGE)));
    expectInputError(
      split({ 'a.txt': huge }, { pages: { 'a.txt': ENTRY } }),
      /a\.txt: the file is 2\.\d MB, over the 2\.0 MB a page may have/,
    );
  });

  it('copies a page’s scan named in the manifest beside the page entries, and names a scan that is not there', () => {
    const ok = split(
      { 'a.txt': PAGE, 'scans/a.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      { pages: { 'a.txt': { ...ENTRY, image: 'scans/a.png' } } },
    );
    expect(ok.status, ok.stderr).toBe(0);
    expectInputError(
      split({ 'a.txt': PAGE }, { pages: { 'a.txt': { ...ENTRY, image: 'scans/a.png' } } }),
      'manifest.json: pages.a.txt.image: no file scans/a.png in the seeds folder',
    );
    expectInputError(
      split({ 'a.txt': PAGE }, { pages: { 'a.txt': { ...ENTRY, image: '../secret.png' } } }),
      'pages.a.txt.image: "../secret.png" must be a path inside the seeds folder',
    );
  });
});
