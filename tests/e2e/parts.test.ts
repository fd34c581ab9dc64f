import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './global-setup';
import { filesOf, isolatedBuild } from '../../tools/lib/built-site';

/** npm run build:parts with the given steps, in the project, with a build's own folders. */
function buildParts(env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-parts.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p)?.equals(b.get(p) ?? Buffer.alloc(0)) || !b.has(p)).sort();
}

describe('the archive built in parts', () => {
  const one = isolatedBuild(join(ROOT, 'seeds'), 'parts-one-');
  // One run renders its parts one after another; the matrix jobs below two at a time: both ways give the same site.
  const oneEnv = { ...one.env, PARTS_DIR: join(one.work, 'parts'), BUILD_JOBS: '1' };
  const oneSite = join(one.work, 'site');

  it(
    'is the same site byte for byte whether every part is built in one run or each in its own clean job',
    { timeout: 300_000 },
    () => {
      const log = buildParts(oneEnv, '--outDir', oneSite);
      // The seeds' five issues fall in five months: a part each.
      expect(log).toMatch(/summarize: 5 part\(s\)/);
      expect(log.match(/part \d{4}-\d{2}: rendered/g)?.length).toBe(5);

      // The CI matrix: one job splits and summarizes; a job per part gets the articles and the summaries and
      // nothing else; the last job gets the summaries and every part's site, renders the archive-wide pages and
      // assembles. No job shares a cache with another or with the run above.
      const first = isolatedBuild(join(ROOT, 'seeds'), 'parts-split-');
      const firstParts = join(first.work, 'parts');
      buildParts({ ...first.env, PARTS_DIR: firstParts }, 'split');
      buildParts({ ...first.env, PARTS_DIR: firstParts }, 'summarize');
      const last = isolatedBuild(join(ROOT, 'seeds'), 'parts-assemble-');
      const lastParts = join(last.work, 'parts');
      cpSync(firstParts, lastParts, { recursive: true });
      // Two matrix jobs, each rendering every other part (--batch i/2), as the workflow's jobs do.
      for (const batch of ['1/2', '2/2']) {
        const job = isolatedBuild(join(ROOT, 'seeds'), `parts-batch-${batch[0]}-`);
        const jobParts = join(job.work, 'parts');
        cpSync(first.env.ARTICLES_DIR, job.env.ARTICLES_DIR, { recursive: true });
        cpSync(firstParts, jobParts, { recursive: true });
        const jobLog = buildParts({ ...job.env, PARTS_DIR: jobParts, BUILD_JOBS: '2' }, 'part', '--batch', batch);
        const rendered = [...jobLog.matchAll(/part (\d{4}-\d{2}): rendered/g)].map((m) => m[1]!);
        expect(rendered.length).toBe(batch === '1/2' ? 3 : 2);
        for (const part of rendered) {
          const site = readdirSync(join(jobParts, part)).find((n) => n.startsWith('site-'))!;
          cpSync(join(jobParts, part, site), join(lastParts, part, site), { recursive: true });
        }
      }
      // The last job has no articles: the archive-wide pages come from the summaries alone.
      rmSync(last.env.ARTICLES_DIR, { recursive: true, force: true });
      const lastEnv = { ...last.env, PARTS_DIR: lastParts };
      buildParts(lastEnv, 'archive');
      const matrixSite = join(last.work, 'site');
      buildParts(lastEnv, 'assemble', '--outDir', matrixSite);

      expect(differences(filesOf(oneSite), filesOf(matrixSite))).toEqual([]);
      const sitemaps = readFileSync(join(oneSite, 'sitemap-index.xml'), 'utf8');
      for (const scope of ['2020-03', '2023-02', '2024-04', '2024-07', '2024-09', 'archive'])
        expect(sitemaps).toContain(`sitemap-${scope}-0.xml`);
    },
  );

  it(
    'renders again only the part an edit touches and the archive-wide pages, and equals a fresh build',
    { timeout: 300_000 },
    () => {
      const page = join(one.seeds, '001_6619c5c4ce064df3.txt');
      const text = readFileSync(page, 'utf8');
      expect(text).toContain('会议');
      writeFileSync(page, text.replace('会议', '会商'));
      const log = buildParts(oneEnv, '--outDir', oneSite);
      const rendered = [...log.matchAll(/part (\d{4}-\d{2}): rendered/g)].map((m) => m[1]);
      const kept = [...log.matchAll(/part (\d{4}-\d{2}): unchanged, kept/g)].map((m) => m[1]);
      expect(rendered).toHaveLength(1);
      expect(kept).toHaveLength(4);
      // The edited article's people and reporters are rendered again; everyone else's pages are kept.
      const names = /archive-wide pages: (\d+) of (\d+) people and (\d+) of (\d+) reporters changed/.exec(log);
      expect(names, log).not.toBeNull();
      const [people, allPeople, reporters, allReporters] = names!.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
      ];
      expect(people + reporters).toBeGreaterThan(0);
      expect(people).toBeLessThan(allPeople);
      expect(reporters).toBeLessThan(allReporters);
      expect(log).toMatch(/archive-wide pages: rendered \(the changed names\)/);

      const fresh = isolatedBuild(one.seeds, 'parts-fresh-');
      const freshSite = join(fresh.work, 'site');
      buildParts({ ...fresh.env, PARTS_DIR: join(fresh.work, 'parts') }, '--outDir', freshSite);
      expect(differences(filesOf(oneSite), filesOf(freshSite))).toEqual([]);
    },
  );

  it('renders a part again when its kept pages are damaged, and refuses to assemble without a part', () => {
    const partsDir = oneEnv.PARTS_DIR;
    const site = readdirSync(join(partsDir, '2023-02')).find((n) => n.startsWith('site-'))!;
    const article = readdirSync(join(partsDir, '2023-02', site, 'articles'))[0]!;
    writeFileSync(join(partsDir, '2023-02', site, 'articles', article, 'index.html'), '<p>damaged</p>');
    const log = buildParts(oneEnv, '--outDir', oneSite);
    expect(log).toMatch(/part 2023-02: rendered/);
    expect(readFileSync(join(oneSite, 'articles', article, 'index.html'), 'utf8')).not.toContain('damaged');

    // A summary cut short is made again, not trusted for its key; the pages made from it are kept.
    const summary = join(partsDir, '2024-04', 'summary.json');
    writeFileSync(summary, readFileSync(summary, 'utf8').slice(0, 100));
    const again = buildParts(oneEnv, '--outDir', oneSite);
    expect(again).toMatch(/2024-04\/summary\.json is damaged; made again/);
    expect(again).toMatch(/part 2024-04: unchanged, kept/);
    expect(again).toMatch(/archive-wide pages: unchanged, kept/);
    // The archive-wide pages' record cut short: read as none, so the next change renders them all, and rightly.
    const record = join(partsDir, 'archive', 'record.json');
    writeFileSync(record, readFileSync(record, 'utf8').slice(0, 80));
    const page = join(one.seeds, '001_6619c5c4ce064df3.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('会商', '会议'));
    const renderedAll = buildParts(oneEnv, '--outDir', oneSite);
    expect(renderedAll).toMatch(/archive-wide pages: rendered in/);
    expect(renderedAll).not.toMatch(/people and \d+ of \d+ reporters changed/);

    rmSync(join(partsDir, '2020-03'), { recursive: true });
    mkdirSync(join(partsDir, '2020-03'));
    let message = '';
    try {
      buildParts(oneEnv, 'assemble', '--outDir', oneSite);
    } catch (error) {
      message = String((error as { stderr?: string }).stderr);
    }
    expect(message).toMatch(
      /2020-03: no whole rendered site \(render it: npm run build:parts -- part --part 2020-03\)/,
    );
    expect(message).not.toMatch(/\n\s+at /);
    // The site built before is left as it was.
    expect(readdirSync(oneSite)).toContain('index.html');
  });
});
