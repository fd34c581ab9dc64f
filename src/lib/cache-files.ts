/**
 * Files that survive a kill: everything a build keeps between runs (caches, the build record) is written under a
 * temporary name and renamed into place, and carries its own checksum, so a half-written or damaged entry reads
 * as missing — never as a crash or a silent hole. Node-only.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

let serial = 0;

/** A name beside `path` that no other writer uses. */
export function temporaryNameFor(path: string): string {
  return `${path}.tmp-${process.pid}-${Date.now().toString(36)}-${serial++}`;
}

/** Writes a file whole or not at all: a kill leaves the old file or none, never half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryNameFor(path);
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Writes text with its checksum on the first line (see readChecked). */
export function writeChecked(path: string, text: string): void {
  writeFileAtomic(path, `${sha256(text)}\n${text}`);
}

/** The text writeChecked wrote, or null when the file is missing, cut short or damaged. */
export function readChecked(path: string): string | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const newline = raw.indexOf('\n');
  if (newline !== 64) return null;
  const text = raw.slice(newline + 1);
  return sha256(text) === raw.slice(0, newline) ? text : null;
}

const SEAL = '.sealed.json';

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => p !== SEAL && statSync(join(dir, p)).isFile())
    .sort();
}

/** Lists a finished folder's files with their sizes and checksums, so a later reader can tell it is whole. */
export function sealFolder(dir: string): void {
  const files = filesUnder(dir).map((p) => ({
    path: p,
    size: statSync(join(dir, p)).size,
    sha256: sha256(readFileSync(join(dir, p))),
  }));
  writeFileAtomic(join(dir, SEAL), JSON.stringify(files));
}

/** Whether a folder holds exactly the files its seal lists, each with its size and checksum. */
export function isSealedWhole(dir: string): boolean {
  const listed = sealedFiles(dir);
  if (!listed) return false;
  const present = filesUnder(dir);
  if (present.length !== listed.length || present.some((p, i) => p !== listed[i]!.path)) return false;
  return listed.every((f) => {
    const path = join(dir, f.path);
    return statSync(path).size === f.size && sha256(readFileSync(path)) === f.sha256;
  });
}

/** The files a folder's seal lists, with their sizes and checksums (sha256, hex), or null without a readable seal. */
export function sealedFiles(dir: string): { path: string; size: number; sha256: string }[] | null {
  try {
    return JSON.parse(readFileSync(join(dir, SEAL), 'utf8'));
  } catch {
    return null;
  }
}

/** The files of a sealed folder, without the seal: what is copied out of a cache. */
export function isSeal(path: string): boolean {
  return path.endsWith(`/${SEAL}`) || path === SEAL;
}

/**
 * Fills a folder in a temporary place (the fill may run a child process), seals it and renames it into `path`: a
 * kill leaves no folder at `path` or the whole one, and a fill that throws leaves none.
 */
export async function writeFolderAtomic(path: string, fill: (dir: string) => Promise<void>): Promise<void> {
  const temporary = temporaryNameFor(path);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  try {
    await fill(temporary);
    sealFolder(temporary);
    rmSync(path, { recursive: true, force: true });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Marks a cache entry as used now, so pruning keeps it. */
export function touch(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // A missing entry has nothing to keep.
  }
}

/**
 * Removes the entries of a cache folder not used for `maxAgeDays` (by modification time), and leftovers of
 * writers that were killed (temporary names); returns how many went.
 */
export function pruneCache(dir: string, maxAgeDays: number): number {
  if (!existsSync(dir)) return 0;
  const cutoff = Date.now() - maxAgeDays * 86_400_000;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stale = /\.tmp-\d+-/.test(name)
      ? statSync(path).mtimeMs < Date.now() - 3_600_000
      : statSync(path).mtimeMs < cutoff;
    if (stale) {
      rmSync(path, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
