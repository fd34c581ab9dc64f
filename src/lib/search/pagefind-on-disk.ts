/**
 * Pagefind's browser search over an index folder on disk, in Node: the build asks an index what the search page
 * would, with the same code. Pagefind's script fetches its files relative to its folder's address, so this process's
 * fetch answers a private origin from the disk. For build processes only: it replaces the process's fetch.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from './engine';
import { SEARCH_LANGUAGE } from './shards';

const ORIGIN = 'http://pagefind.on-disk';

/** The folders fetch answers from, by their address's first path segment. */
const roots = new Map<string, string>();

function answerFromDisk(): void {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), `${ORIGIN}/`);
    if (url.origin !== ORIGIN) return networkFetch(input, init);
    const [, root, ...rest] = decodeURIComponent(url.pathname).split('/');
    const dir = roots.get(root ?? '');
    if (!dir || rest.includes('..')) return new Response(null, { status: 404 });
    try {
      return new Response(await readFile(join(dir, ...rest)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

interface PagefindModule {
  createInstance: (o: { basePath: string; baseUrl: string; language: string }) => PagefindApi & {
    init: () => Promise<void>;
  };
}

/**
 * A Pagefind instance over the index in `dir`, its results' URLs under `/`. In `language`: the browser's Pagefind
 * takes the page's (its html lang), and segments a Chinese query into words by it, which changes the scores.
 */
export async function pagefindOnDisk(dir: string, language = SEARCH_LANGUAGE): Promise<PagefindApi> {
  if (!roots.size) answerFromDisk();
  // Pagefind takes the language of a new instance from the page's <html lang> alone: this process shows it one.
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => language } : null),
    },
  });
  const root = String(roots.size);
  roots.set(root, dir);
  // A query string of its own: each folder's script is a module of its own, with its own state.
  const module = (await import(`${pathToFileURL(join(dir, 'pagefind.js')).href}?${root}`)) as PagefindModule;
  const instance = module.createInstance({ basePath: `${ORIGIN}/${root}/`, baseUrl: '/', language });
  await instance.init();
  return instance;
}
