import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachAtMost, removeStaleScratch, runChild } from '../../src/lib/jobs';

describe('work side by side', () => {
  it('runs every item, never more than the jobs allowed at once, the next as soon as one ends', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await eachAtMost([30, 5, 5, 5, 20, 1], 2, async (ms) => {
      started.push(ms);
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
    });
    expect(started.sort()).toEqual([1, 20, 30, 5, 5, 5].sort());
    expect(most).toBe(2);
    // One job at a time, and more jobs than items.
    const order: number[] = [];
    await eachAtMost([3, 1, 2], 1, async (n) => void order.push(n));
    expect(order).toEqual([3, 1, 2]);
    await eachAtMost([1], 8, async (n) => void order.push(n));
    expect(order).toEqual([3, 1, 2, 1]);
  });

  it('says how a child process ended', async () => {
    expect(await runChild(process.execPath, ['-e', 'process.exit(3)'])).toBe(3);
    expect(await runChild(process.execPath, ['-e', ''])).toBe(0);
    await expect(runChild('/no/such/program', [])).rejects.toThrow();
  });

  it('removes the scratch folders of builds no longer running and keeps a running one’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scratch-'));
    // No process has the largest id Linux gives (4194304); this one is running.
    for (const name of ['2024-03-4194304', `2024-04-${process.pid}`, 'stray']) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'index.html'), '<p>half a render</p>');
    }
    removeStaleScratch(dir);
    expect(readdirSync(dir)).toEqual([`2024-04-${process.pid}`]);
    removeStaleScratch(join(dir, 'missing'));
  });
});
