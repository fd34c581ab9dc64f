import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, ROOT } from './global-setup';

/**
 * The benchmark at its smallest size, so that it keeps working between the runs made by hand at 10k–1M: every
 * stage runs and is measured, the queries find what stock Pagefind finds, and the docs are left alone.
 */
describe('the archive benchmark, smallest size', () => {
  it('runs every stage, measures every query, and writes only its own results', () => {
    const work = join(OUTPUT_DIR, 'bench');
    const store = join(work, 'results.json');
    rmSync(work, { recursive: true, force: true });
    const docs = statSync(join(ROOT, 'docs', 'benchmarks.md')).mtimeMs;
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tools/bench.ts', '--articles', '300', '--work', work, '--store', store, '--no-report'],
      { cwd: ROOT, stdio: 'pipe', timeout: 240_000 },
    );
    const [run] = JSON.parse(readFileSync(store, 'utf8')) as {
      articles: number;
      stages: { name: string; seconds: number; peakMB: number }[];
      stock: { seconds: number } | null;
      queries: {
        label: string;
        ours: { results: number; firstMs: number; coldMs: number };
        stock: { results: number };
      }[];
      incremental: { seconds: number; fullSeconds: number } | null;
    }[];
    expect(run!.articles).toBe(300);
    expect(run!.stages.map((s) => s.name)).toEqual([
      'generate',
      'split',
      'summarize',
      'render parts (a month each)',
      'render archive-wide pages',
      'assemble + index (shards)',
    ]);
    expect(run!.stages.every((s) => s.seconds > 0 && s.peakMB > 0)).toBe(true);
    expect(run!.stock).not.toBeNull();
    expect(run!.queries.map((q) => q.label)).toContain('common word, newest first');
    for (const q of run!.queries) {
      expect(q.ours.results, q.label).toBeGreaterThan(0);
      expect(q.ours.firstMs, q.label).toBeLessThanOrEqual(q.ours.coldMs);
    }
    // A common word is spelled out on a page as it is indexed: both find every article holding it.
    const word = run!.queries.find((q) => q.label === 'common word')!;
    expect(word.ours.results).toBe(word.stock.results);
    expect(run!.incremental!.seconds).toBeGreaterThan(0);
    expect(statSync(join(ROOT, 'docs', 'benchmarks.md')).mtimeMs).toBe(docs);

    // A run stopped during its assembly and resumed: the finished stages are not run again, the interrupted one
    // runs over its caches and is charged both sittings.
    const journalPath = join(work, 'bench-progress.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
      stages: { name: string; seconds: number }[];
      underWay: { name: string; seconds: number; peakMB: number } | null;
    };
    const cut = journal.stages.findIndex((s) => s.name === 'assemble + index (shards)');
    const before = journal.stages.slice(0, cut);
    journal.stages = before;
    journal.underWay = { name: 'assemble + index (shards)', seconds: 500, peakMB: 1 };
    writeFileSync(journalPath, JSON.stringify(journal));
    execFileSync(
      process.execPath,
      [
        ...['--import', 'tsx', 'tools/bench.ts', '--articles', '300', '--work', work, '--store', store],
        ...['--no-report', '--no-incremental', '--resume'],
      ],
      { cwd: ROOT, stdio: 'pipe', timeout: 240_000 },
    );
    const [again] = JSON.parse(readFileSync(store, 'utf8')) as { stages: { name: string; seconds: number }[] }[];
    expect(again!.stages.slice(0, cut)).toEqual(before);
    expect(again!.stages[cut]!.name).toBe('assemble + index (shards)');
    expect(again!.stages[cut]!.seconds).toBeGreaterThan(500);
    expect(() =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'tools/bench.ts', '--articles', '301', '--work', work, '--store', store, '--resume'],
        { cwd: ROOT, stdio: 'pipe' },
      ),
    ).toThrow(/a run of 300 articles/);
  }, 300_000);
});
