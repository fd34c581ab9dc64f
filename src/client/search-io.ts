/**
 * The search engine's I/O in the browser: the archive's JSON files fetched once per page view, and Pagefind over
 * the index shards a query needs (the shards holding its years, or every shard), newest first, merged.
 */
import type { PagefindApi, SearchIO } from '../lib/search/engine';
import type { PersonHits, ResultCard } from '../lib/search/person-hits';
import type { SearchData } from '../lib/search/plan';
import type { ShardManifest } from '../lib/search/shards';
import { href, urls } from '../lib/site/urls';

/** An instance of Pagefind over one index and the indexes merged into it, as far as loading it goes. */
interface PagefindInstance extends PagefindApi {
  mergeIndex: (url: string, o?: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}
/**
 * The module pagefind.js exports. Its own functions drive one instance per module, and a module is loaded once
 * per URL, so every set of shards gets an instance of its own (createInstance, in Pagefind since 1.5) — merging a
 * second set into the first would search shards twice.
 */
interface PagefindModule {
  createInstance: (o: { basePath: string; baseUrl: string }) => PagefindInstance;
}

/** A new query or filter over the same names costs no request; a failed request is not kept. */
function fetchOnceCache(): <T>(url: string) => Promise<T> {
  const fetched = new Map<string, Promise<unknown>>();
  return <T>(url: string) => {
    let loading = fetched.get(url);
    if (!loading) {
      loading = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json();
      });
      loading.catch(() => fetched.delete(url));
      fetched.set(url, loading);
    }
    return loading as Promise<T>;
  };
}

export function browserSearchIO(): SearchIO {
  const fetchOnce = fetchOnceCache();
  const base = href();
  const pagefinds = new Map<string, Promise<PagefindApi>>();
  const loadPagefind = (years: string[] | undefined): Promise<PagefindApi> => {
    const key = years ? [...years].sort().join(',') : '*';
    let loading = pagefinds.get(key);
    if (!loading) {
      loading = (async () => {
        const manifest = await fetchOnce<ShardManifest>(urls.shards());
        const shards = years ? manifest.shards.filter((s) => s.years.some((y) => years.includes(y))) : manifest.shards;
        const [primary, ...rest] = shards.length ? shards : manifest.shards;
        const module = (await import(/* @vite-ignore */ href(`${primary!.path}pagefind.js`))) as PagefindModule;
        const instance = module.createInstance({ basePath: href(primary!.path), baseUrl: base });
        for (const shard of rest) await instance.mergeIndex(href(shard.path), { baseUrl: base });
        await instance.init();
        // Loads every filter's values up front: Pagefind reports counts only for filters it has loaded.
        await instance.filters();
        return instance;
      })();
      loading.catch(() => pagefinds.delete(key));
      pagefinds.set(key, loading);
    }
    return loading;
  };
  return {
    data: () => fetchOnce<SearchData>(urls.searchData()),
    personHits: (name) => fetchOnce<PersonHits>(urls.personHits(name)),
    personCards: (name, file) => fetchOnce<ResultCard[]>(urls.personCards(name, file)),
    pagefind: loadPagefind,
    articleUrl: urls.article,
  };
}
