/**
 * Partial renders: when RENDER_ONLY names a selection file (written by scripts/build.ts for a small change), each
 * dynamic route renders only the entries the change touches. Pages without parameters (home, indexes, feeds)
 * always render: they summarise the whole archive.
 */
import { settings } from '../settings';
import { readFileSync } from 'node:fs';

export interface RenderSelection {
  articles: string[];
  issues: string[];
  people: string[];
  reporters: string[];
  years: string[];
  monthDays: string[];
}

const selection: Record<keyof RenderSelection, Set<string>> | null = (() => {
  const file = settings().RENDER_ONLY;
  if (!file) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as RenderSelection;
  return Object.fromEntries(Object.entries(parsed).map(([family, keys]) => [family, new Set(keys)])) as Record<
    keyof RenderSelection,
    Set<string>
  >;
})();

/** The paths of a dynamic route that this build renders: all of them, or those whose key the selection names. */
export function selectPaths<T>(family: keyof RenderSelection, paths: T[], keyOf: (path: T) => string): T[] {
  if (!selection) return paths;
  const wanted = selection[family];
  return paths.filter((p) => wanted.has(keyOf(p)));
}
