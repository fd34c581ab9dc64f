/**
 * Work that runs side by side: a build's Astro renders and index shards are child processes, so BUILD_JOBS of
 * them keep every core busy.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `work` on every item, at most `jobs` at a time, each item started as soon as one finishes. */
export async function eachAtMost<T>(items: T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
}

/** A child process's exit code (null when a signal ended it), its output passed through. */
export function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | null> {
  return new Promise((settle, fail) =>
    spawn(command, args, { stdio: 'inherit', env }).on('error', fail).on('close', settle),
  );
}

/** Whether a process of this id is running (one of another user's counts). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the entries of a scratch folder named `<anything>-<pid>` whose process is no longer running: what a
 * killed build left behind. A running build's entries are kept.
 */
export function removeStaleScratch(dir: string): void {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (!pid || !isRunning(pid)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}
