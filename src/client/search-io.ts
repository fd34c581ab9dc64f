/**
 * The search engine's I/O in the browser: the archive's JSON files fetched once per page view, and Pagefind over
 * the index shards a query needs, merged into one instance that grows as a date-ordered search reaches further.
 */
import type { PagefindApi, PreparedAnswer, SearchIO } from '../lib/search/engine';
import type { PersonFacets, PersonHits, ResultCard } from '../lib/search/person-hits';
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
  const shards = () => fetchOnce<ShardManifest>(urls.shards());
  // Per first shard, one instance and the shards merged into it after it, in the order they were asked for.
  const instances = new Map<string, { instance: Promise<PagefindInstance>; merged: string[] }>();
  const pathOf = async (key: string) => {
    const shard = (await shards()).shards.find((s) => s.key === key);
    if (!shard) throw new Error(`no search index shard ${key}`);
    return href(shard.path);
  };
  const loadPagefind = async (asked: string[] | undefined): Promise<PagefindApi> => {
    const keys = asked?.length ? asked : (await shards()).shards.map((s) => s.key);
    const [primary, ...rest] = keys;
    let entry = instances.get(primary!);
    // An instance serves any run of shards that starts like its own (holding more is harmless: results are
    // filtered, and a date-ordered search only needs the near end complete); one that diverges starts afresh.
    const agrees = (merged: string[]) => merged.every((k, i) => i >= rest.length || rest[i] === k);
    if (!entry || !agrees(entry.merged)) {
      const path = await pathOf(primary!);
      const instance = (async () => {
        const module = (await import(/* @vite-ignore */ `${path}pagefind.js`)) as PagefindModule;
        const created = module.createInstance({ basePath: path, baseUrl: base });
        await created.init();
        return created;
      })();
      instance.catch(() => instances.delete(primary!));
      entry = { instance, merged: [] };
      instances.set(primary!, entry);
    }
    const missing = rest.slice(entry.merged.length);
    if (missing.length) {
      entry.merged.push(...missing);
      // Chained on the instance, so a search asking meanwhile waits for the merge too.
      entry.instance = entry.instance.then(async (instance) => {
        for (const key of missing) await instance.mergeIndex(await pathOf(key), { baseUrl: base });
        return instance;
      });
      entry.instance.catch(() => instances.delete(primary!));
    }
    return entry.instance;
  };
  return {
    data: () => fetchOnce<SearchData>(urls.searchData()),
    personHits: (name, year) => fetchOnce<PersonHits>(urls.personHits(name, year)),
    personFacets: (name) => fetchOnce<PersonFacets>(urls.personFacets(name)),
    personCards: (name, file) => fetchOnce<ResultCard[]>(urls.personCards(name, file)),
    shards,
    pagefind: loadPagefind,
    prepared: (index) => fetchOnce<PreparedAnswer>(urls.preparedAnswer(index)),
    articleUrl: urls.article,
  };
}
