/**
 * Content hashes of files and folders, for the caches that decide what a build may reuse (the split stamp, the
 * splitter's version, the site's code). Node-only.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

type Skip = (path: string, isDirectory: boolean) => boolean;

/** Adds every file under `path` (or the file itself), by path and bytes in name order, unless `skip` says so. */
function addTree(hash: Hash, path: string, skip: Skip): void {
  if (!existsSync(path)) return;
  const isDirectory = statSync(path).isDirectory();
  if (skip(path, isDirectory)) return;
  if (!isDirectory) {
    hash.update(path).update('\0').update(readFileSync(path));
    return;
  }
  for (const name of readdirSync(path).sort()) addTree(hash, join(path, name), skip);
}

/** One hex digest of the given files and folders (missing ones count as empty). */
export function hashFiles(paths: string[], skip: Skip = () => false): string {
  const hash = createHash('sha256');
  for (const path of paths) addTree(hash, path, skip);
  return hash.digest('hex');
}
