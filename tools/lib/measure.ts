/** Measures one query in headless Chromium: our search page, and stock Pagefind called as its default UI calls it. */
import type { Page, Response } from 'playwright-core';

/** Results whose fragments both sides load, as a results page shows them. */
export const SHOWN = 10;

export interface Measure {
  urls: string[];
  /** How many results the search reported. */
  count: number;
  coldBytes: number;
  coldMs: number;
  warmBytes: number;
  warmMs: number;
}

export function isSearchAsset(url: string): boolean {
  return (
    /\/pagefind(?:-stock)?\/(?:.*\/)?(?!pagefind-(?:component-|modular-)?ui|pagefind-highlight)[^/]+$/.test(url) ||
    url.endsWith('/search-data.json') ||
    url.includes('/search-people/')
  );
}

/**
 * Bytes of the search requests (Pagefind's files, its worker's included, and our search data) a page makes while
 * `action` runs; with `until`, only those answered before that moment (Date.now()) count.
 */
async function bytesDuring(page: Page, action: () => Promise<void>, until?: () => number | null): Promise<number> {
  const sizes: { at: number; size: Promise<number> }[] = [];
  const listener = (r: Response) => {
    if (isSearchAsset(r.url()))
      sizes.push({
        at: Date.now(),
        size: r.body().then(
          (b) => b.length,
          () => 0,
        ),
      });
  };
  page.on('response', listener);
  await action();
  page.off('response', listener);
  const limit = until?.() ?? Infinity;
  const counted = await Promise.all(sizes.filter((s) => s.at <= limit).map((s) => s.size));
  return counted.reduce((a, b) => a + b, 0);
}

/** Says the search page's first-page mark on the console the moment it is made, so its time can be told. */
async function announceFirstPage(page: Page): Promise<() => number | null> {
  let at: number | null = null;
  page.on('console', (m) => {
    if (m.text() === 'bench: first page' && at === null) at = Date.now();
  });
  // As source text: tsx names the functions it compiles, with a helper the page does not have.
  await page.addInitScript(`{
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === 'archive-search:first-page') console.log('bench: first page');
      return mark(name, options);
    };
  }`);
  return () => at;
}

export async function ours(
  page: Page,
  base: string,
  q: string,
  extraParams = '',
  collectAll = true,
): Promise<Measure & { firstMs: number; firstBytes: number }> {
  let coldMs = 0;
  let firstMs = 0;
  const firstShown = await announceFirstPage(page);
  const load = async () => {
    await page.goto(`${base}search/?q=${encodeURIComponent(q)}${extraParams}`);
    // At archive scale the complete answer (total and counts) may take far longer than the first page.
    await page.waitForSelector('[data-search-results][data-search-state="done"]', {
      state: 'attached',
      timeout: 180_000,
    });
    // Measured from outside the product: its performance marks when results are on the page, from navigation
    // start: the first page (shown early by a date-ordered search over many shards) and all of them.
    [coldMs, firstMs] = await page.evaluate(`(() => {
      const done = performance.getEntriesByName('archive-search:done').at(-1).startTime;
      const first = performance.getEntriesByName('archive-search:first-page').at(-1)?.startTime ?? done;
      return [Math.round(done), Math.round(first)];
    })()`);
  };
  let firstBytes = 0;
  const coldBytes = await bytesDuring(page, async () => {
    firstBytes = await bytesDuring(page, load, firstShown);
  });
  let warmMs = 0;
  const warmBytes = await bytesDuring(page, async () => {
    await page.evaluate(() => {
      document.querySelector('[data-search-results]')!.setAttribute('data-search-state', 'again');
      performance.mark('bench:submit');
    });
    await page.locator('[data-search-form] button[type="submit"]').click();
    await page.waitForSelector('[data-search-results][data-search-state="done"]', {
      state: 'attached',
      timeout: 180_000,
    });
    warmMs = await page.evaluate(() =>
      Math.round(
        performance.getEntriesByName('archive-search:done').at(-1)!.startTime -
          performance.getEntriesByName('bench:submit').at(-1)!.startTime,
      ),
    );
  });
  // At archive scale a common word has tens of thousands of results: the count says how many, without paging.
  while (collectAll && (await page.locator('[data-search-more]').isVisible())) {
    await page.locator('[data-search-more]').click();
    await page.waitForSelector('[data-search-results][data-search-state="done"]', {
      state: 'attached',
      timeout: 180_000,
    });
  }
  const urls = await page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const count = Number(await page.locator('[data-search-count]').textContent());
  return { urls, count, coldBytes, coldMs, warmBytes, warmMs, firstMs, firstBytes };
}

export async function stock(
  page: Page,
  origin: string,
  base: string,
  q: string,
  filters: Record<string, string> = {},
  sort: Record<string, 'asc' | 'desc'> = {},
): Promise<Measure> {
  await page.goto(`${origin}${base}404.html`);
  const run = `(async (q) => {
    const t0 = performance.now();
    window.__pf ??= await import('${base}pagefind-stock/pagefind.js');
    await window.__pf.init();
    const search = await window.__pf.search(q, { filters: ${JSON.stringify(filters)}, sort: ${JSON.stringify(sort)} });
    await Promise.all(search.results.slice(0, ${SHOWN}).map((r) => r.data()));
    window.__last = search;
    return performance.now() - t0;
  })`;
  let coldMs = 0;
  const coldBytes = await bytesDuring(page, async () => {
    coldMs = await page.evaluate(`${run}(${JSON.stringify(q)})`);
  });
  let warmMs = 0;
  const warmBytes = await bytesDuring(page, async () => {
    warmMs = await page.evaluate(`${run}(${JSON.stringify(q)})`);
  });
  const urls: string[] = await page.evaluate(
    `Promise.all(window.__last.results.map((r) => r.data().then((d) => d.url)))`,
  );
  return { urls, count: urls.length, coldBytes, coldMs, warmBytes, warmMs };
}
