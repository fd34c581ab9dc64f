import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../tools/synth/random';
import { ROOT } from './global-setup';
import { filesOf, isolatedBuild } from '../../tools/lib/built-site';

/**
 * Fault injection: builds killed at points drawn from a seeded schedule (during the split, the render, the index
 * and the swap), and caches damaged in every way a kill or a disk can damage them. After each kill the site is a
 * complete one — the previous, untouched, or (killed after the swap) the new one — and the next build makes exactly
 * the site a clean build makes.
 * FAULT_KILLS raises the number of kills (CI: 20), FAULT_SEED changes the schedule.
 */
const KILLS = Number(process.env.FAULT_KILLS ?? 20);
const SEED = Number(process.env.FAULT_SEED ?? 7);
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const PAGE = 'evening-mixed.txt';

/** A site as a fingerprint: each file's path and checksum. */
function fingerprint(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    [...filesOf(dir)].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex').slice(0, 16)]),
  );
}

/** A folder with the seeds, its own caches and its own build record, so nothing is shared with other tests. */
function workspace() {
  const { work, seeds, env } = isolatedBuild(join(ROOT, 'tests', 'fixtures', 'pages'), 'faults-');
  const original = readFileSync(join(seeds, PAGE), 'utf8');
  const site = join(work, 'site');
  const args = [TSX, join(ROOT, 'scripts', 'build.ts'), '--outDir', site];
  return {
    work,
    site,
    env,
    /** Input A is the page as written, B the same with one OCR fix (an edit in place). */
    use(input: 'A' | 'B') {
      writeFileSync(join(seeds, PAGE), input === 'A' ? original : original.replace('老旧小区改造', '老旧小区更新'));
    },
    build(): string {
      return execFileSync(process.execPath, args, {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    },
    /** Starts a build and kills its whole process tree after `ms`; says whether it was still running then. */
    killedBuild(ms: number, signal: NodeJS.Signals): Promise<boolean> {
      const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore', detached: true });
      return new Promise((done) => {
        let finished = false;
        child.on('exit', () => {
          finished = true;
        });
        setTimeout(() => {
          const running = !finished;
          if (running) process.kill(-child.pid!, signal);
          child.on('close', () => done(running));
          if (!running) done(false);
        }, ms);
      });
    },
  };
}

function cacheFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile());
}

function flipByte(path: string): void {
  const bytes = readFileSync(path);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0x5a;
  writeFileSync(path, bytes);
}

describe('a build that is killed or finds its caches damaged', () => {
  // The truth: each input built once, from nothing.
  const clean: Record<'A' | 'B', Record<string, string>> = { A: {}, B: {} };
  let fullBuildMs = 0;
  for (const input of ['A', 'B'] as const) {
    const w = workspace();
    w.use(input);
    const started = performance.now();
    w.build();
    fullBuildMs = Math.max(fullBuildMs, performance.now() - started);
    clean[input] = fingerprint(w.site);
    rmSync(w.work, { recursive: true, force: true });
  }

  it(
    `leaves the previous site whole when killed at ${KILLS} points, and the next build makes the clean site`,
    { timeout: 60_000 + KILLS * 40_000 },
    async () => {
      expect(Object.keys(clean.A).length).toBeGreaterThan(10);
      expect(clean.A).not.toEqual(clean.B);
      const w = workspace();
      w.use('A');
      w.build();
      expect(fingerprint(w.site)).toEqual(clean.A);
      const random = rng(SEED);
      let landed = 0;
      let current: 'A' | 'B' = 'A';
      for (let attempt = 0; landed < KILLS && attempt < KILLS * 3; attempt++) {
        const next: 'A' | 'B' = current === 'A' ? 'B' : 'A';
        // Every other kill is of a build that renders everything, the others of an incremental one.
        if (attempt % 2 === 0) rmSync(join(w.work, 'build-state'), { recursive: true, force: true });
        w.use(next);
        const signal = attempt % 3 === 2 ? 'SIGINT' : 'SIGKILL';
        const wasRunning = await w.killedBuild(Math.round(random.next() * fullBuildMs), signal);
        if (wasRunning) {
          landed++;
          // Killed before the swap: the previous site, untouched; killed after it: the new one, whole.
          expect([clean[current], clean[next]], `after kill ${landed} (${signal})`).toContainEqual(fingerprint(w.site));
        }
        w.build();
        expect(fingerprint(w.site), `the build after kill ${landed}`).toEqual(clean[next]);
        expect(
          existsSync(`${w.site}.staging`) || existsSync(`${w.site}.old`) || existsSync(join(w.site, '.prerender')),
        ).toBe(false);
        current = next;
      }
      expect(landed).toBe(KILLS);
      rmSync(w.work, { recursive: true, force: true });
    },
  );

  const damages: [string, (w: ReturnType<typeof workspace>) => void][] = [
    [
      'a split cache entry cut short',
      (w) => cacheFiles(w.env.SPLIT_CACHE_DIR).forEach((p) => truncateSync(p, Math.floor(statSync(p).size / 2))),
    ],
    ['a split cache entry with flipped bytes', (w) => cacheFiles(w.env.SPLIT_CACHE_DIR).forEach(flipByte)],
    [
      'half of an index cache entry deleted',
      (w) =>
        cacheFiles(w.env.SEARCH_CACHE_DIR)
          .filter((_, i) => i % 2 === 0)
          .forEach((p) => rmSync(p)),
    ],
    [
      'an index cache file with flipped bytes',
      (w) =>
        cacheFiles(w.env.SEARCH_CACHE_DIR)
          .filter((p) => !p.endsWith('.json'))
          .forEach(flipByte),
    ],
    ['the build record cut short', (w) => cacheFiles(w.env.BUILD_STATE_DIR).forEach((p) => truncateSync(p, 10))],
  ];
  for (const [what, damage] of damages) {
    it(`treats ${what} as missing and builds the clean site`, { timeout: 120_000 }, () => {
      const w = workspace();
      w.use('B');
      w.build();
      w.use('A');
      w.build();
      damage(w);
      // The damaged entries are A's; B's are damaged too where the damage reached every entry.
      w.use('B');
      w.build();
      expect(fingerprint(w.site)).toEqual(clean.B);
      w.use('A');
      w.build();
      expect(fingerprint(w.site)).toEqual(clean.A);
      rmSync(w.work, { recursive: true, force: true });
    });
  }
});
