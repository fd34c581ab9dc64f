import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/lib/browser';
import { SITE_DIR, SUB_BASE, SUB_SITE_DIR } from './global-setup';
import { serveStatic } from '../../tools/lib/server';
import { exportedArticles, searchableText } from '../../tools/lib/built-site';

const articles = exportedArticles(SITE_DIR);
/** The exact answer: articles whose searchable text holds every term as written. */
const truth = (...terms: string[]) =>
  articles
    .filter((a) => terms.every((t) => searchableText(a).includes(t)))
    .map((a) => `/articles/${a.id}/`)
    .sort();

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveStatic(SITE_DIR);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function search(query: string, extra = ''): Promise<{ page: Page; hrefs: string[]; count: string }> {
  const page = await browser.newPage();
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
  while (await page.locator('[data-search-more]').isVisible()) {
    await page.locator('[data-search-more]').click();
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
  }
  const hrefs = await page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const count = (await page.locator('[data-search-count]').textContent()) ?? '';
  return { page, hrefs, count };
}

/** A filter's values as the page shows them: value → count. */
async function facet(page: Page, key: string): Promise<Record<string, number>> {
  const rows = await page
    .locator(`[data-facet="${key}"] li label`)
    .evaluateAll((labels) =>
      labels.map((l) => [(l.querySelector('input') as HTMLInputElement).value, l.querySelector('.n')!.textContent]),
    );
  return Object.fromEntries(rows.map(([v, n]) => [v!, Number(n)]));
}

const dayOfHref = (href: string) => {
  const a = articles.find((x) => `/articles/${x.id}/` === href)!;
  return a.date ?? a.issue.slice(0, 10);
};

describe('search', () => {
  it('charts the hits of a query per year, and a year’s bar filters to that year', async () => {
    const { page } = await search('会议');
    const bars = page.locator('[data-search-years] button');
    expect(await bars.count()).toBeGreaterThanOrEqual(2);
    const years = await bars.evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.year!));
    expect(years).toEqual([...years].sort());
    const year = years.at(-1)!;
    const inYear = truth('会议').filter((href) => {
      const a = articles.find((x) => `/articles/${x.id}/` === href)!;
      return (a.date ?? a.issue).startsWith(year);
    });
    expect(await bars.last().locator('xpath=preceding-sibling::span[contains(@class, "n")]').textContent()).toBe(
      String(inYear.length),
    );
    await bars.last().click();
    await page.waitForURL(new RegExp(`year=${year}`));
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(Number(await page.locator('[data-search-count]').textContent())).toBe(inYear.length);
  });

  it('runs a person’s pinyin as that person, says so, and offers the letters as typed', async () => {
    const { page, hrefs } = await search('duxiaogang');
    expect(hrefs.sort()).toEqual(truth('杜小刚'));
    await expect(page.locator('[data-search-reading]').textContent()).resolves.toContain('已按人名“杜小刚”检索');
    await page.locator('[data-search-reading] a').click();
    await page.waitForURL(/as=text/);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(await page.locator('[data-search-reading]').isVisible()).toBe(false);
  });

  it('takes a paper’s name as the paper filter', async () => {
    const { page } = await search('江南晚报');
    const expected = articles.filter((a) => a.paper === '江南晚报').length;
    expect(Number(await page.locator('[data-search-count]').textContent())).toBe(expected);
    await expect(page.locator('[data-search-reading]').textContent()).resolves.toContain('已按报纸“江南晚报”筛选');
  });

  it('finds exactly the articles that mention a name', async () => {
    const { page, hrefs, count } = await search('杜小刚');
    expect(hrefs.sort()).toEqual(truth('杜小刚'));
    expect(Number(count)).toBe(truth('杜小刚').length);
    await expect(page.locator('[data-search-total]').textContent()).resolves.toBe(` ${truth('杜小刚').length} 篇`);
    // Dates are written as the rest of the site writes them.
    expect(await page.locator('[data-search-results] .meta').first().textContent()).toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日/,
    );
  });

  it('does not match a short name whose characters are only scattered over a page', async () => {
    const scattered = articles.filter(
      (a) => [...'高飞'].every((c) => searchableText(a).includes(c)) && !searchableText(a).includes('高飞'),
    );
    expect(scattered.length).toBeGreaterThan(0);
    const { hrefs } = await search('高飞');
    expect(hrefs.sort()).toEqual(truth('高飞'));
  });

  it('finds the articles holding both of two names', async () => {
    const { hrefs } = await search('杜小刚 赵建军');
    expect(truth('杜小刚', '赵建军').length).toBeGreaterThan(1);
    expect(hrefs.sort()).toEqual(truth('杜小刚', '赵建军'));
  });

  it('folds traditional characters to simplified', async () => {
    const { hrefs } = await search('杜小剛 會議');
    expect(hrefs.sort()).toEqual(truth('杜小刚', '会议'));
  });

  it('matches a quoted phrase with spaces as one term', async () => {
    const { hrefs } = await search('"集成电路产业"');
    expect(hrefs.sort()).toEqual(truth('集成电路产业'));
  });

  it('suggests people for typed pinyin and initials', async () => {
    for (const typed of ['duxiaogang', 'dxg', 'zhaojian']) {
      const { page } = await search(typed);
      await expect(page.locator('[data-search-suggestions] a').first().textContent()).resolves.toBe(
        typed === 'zhaojian' ? '赵建军' : '杜小刚',
      );
    }
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    await page.locator('[data-search-form] input[name="q"]').pressSequentially('zjj');
    await expect(page.locator('[data-search-suggestions] a', { hasText: '赵建军' }).isVisible()).resolves.toBe(true);
  });

  it('filters by paper and year with counts', async () => {
    const { page, hrefs } = await search('杜小刚', '&paper=江南晚报');
    expect(hrefs).toEqual(
      articles
        .filter((a) => a.paper === '江南晚报' && searchableText(a).includes('杜小刚'))
        .map((a) => `/articles/${a.id}/`),
    );
    expect((await facet(page, 'year'))['2020']).toBe(1);
    // The chosen paper's own counts say what the other paper would add.
    expect((await facet(page, 'paper'))['无锡日报']).toBe(
      articles.filter((a) => a.paper === '无锡日报' && searchableText(a).includes('杜小刚')).length,
    );
    const byYear = await search('杜小刚', '&year=2024');
    expect(byYear.hrefs.sort()).toEqual(
      articles
        .filter((a) => (a.date ?? a.issue).startsWith('2024') && searchableText(a).includes('杜小刚'))
        .map((a) => `/articles/${a.id}/`)
        .sort(),
    );
  });

  it('answers names, filters included, from the people files without fetching any index shard', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}search/?q=${encodeURIComponent('杜小刚 赵建军')}&year=2024&sort=date-asc`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const hrefs = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const expected = articles
      .filter(
        (a) =>
          (a.date ?? a.issue).startsWith('2024') && ['杜小刚', '赵建军'].every((n) => searchableText(a).includes(n)),
      )
      .sort((a, b) => (a.date ?? a.issue).localeCompare(b.date ?? b.issue))
      .map((a) => `/articles/${a.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(hrefs.map((h) => articles.find((a) => `/articles/${a.id}/` === h)!.date ?? '')).toEqual(
      expected.map((h) => articles.find((a) => `/articles/${a.id}/` === h)!.date ?? ''),
    );
    expect([...hrefs].sort()).toEqual([...expected].sort());
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    // A name's hits come a file a year: only 2024's are fetched.
    const hitFiles = fetched.map((p) => decodeURIComponent(p)).filter((p) => p.includes('/hits/'));
    expect(hitFiles.sort()).toEqual(['/search-people/杜小刚/hits/2024.json', '/search-people/赵建军/hits/2024.json']);
    expect((await facet(page, 'year'))['2024']).toBe(expected.length);
    await expect(page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(/杜小刚|赵建军/);
  });

  it('answers a bare name from its counts file and its cards, oldest first when asked, without its hits', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(decodeURIComponent(new URL(r.url()).pathname)));
    await page.goto(`${site.url}search/?q=${encodeURIComponent('赵建军')}&sort=date-asc`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const hrefs = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const expected = truth('赵建军');
    expect(Number(await page.locator('[data-search-count]').textContent())).toBe(expected.length);
    const days = hrefs.map(dayOfHref);
    expect(days).toEqual([...days].sort());
    expect(hrefs.every((h) => expected.includes(h))).toBe(true);
    expect(days[0]).toBe(expected.map(dayOfHref).sort()[0]);
    expect(fetched.some((p) => p.endsWith('/search-people/赵建军/facets.json'))).toBe(true);
    expect(fetched.filter((p) => p.includes('/hits/') || p.includes('/pagefind/'))).toEqual([]);
    const years = await facet(page, 'year');
    for (const [year, n] of Object.entries(years))
      expect(n).toBe(expected.filter((h) => dayOfHref(h).startsWith(year)).length);
  });

  it('filters by a ticked value, keyboard only, and keeps the state in the URL', async () => {
    const { page } = await search('赵建军');
    await page.locator('[data-facet="paper"] input').first().focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/paper=/);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(new URL(page.url()).searchParams.get('q')).toBe('赵建军');
    await page.reload();
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(await page.locator('[data-facet="paper"] input:checked').count()).toBe(1);
  });

  it('takes two values ticked in one filter as either, for words and for names', async () => {
    const both = '&paper=无锡日报&paper=江南晚报';
    expect((await search('会议', both)).hrefs.sort()).toEqual(truth('会议'));
    const { page, hrefs } = await search('', '&person=杜小刚&person=赵建军');
    expect(hrefs.sort()).toEqual([...new Set([...truth('杜小刚'), ...truth('赵建军')])].sort());
    expect(await page.locator('[data-facet="person"] input:checked').count()).toBe(2);
    await expect(page.locator('[data-search-facets] summary').textContent()).resolves.toBe('筛选（已选2项）');
  });

  it('keeps to a date range typed into the form, for words and for names', async () => {
    const { page } = await search('会议');
    await page.locator('input[name="from"]').fill('2024-04-09');
    await page.waitForURL(/from=2024-04-09/);
    await page.locator('input[name="to"]').fill('2024-07-26');
    await page.waitForURL(/to=2024-07-26/);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const within = (href: string) => dayOfHref(href) >= '2024-04-09' && dayOfHref(href) <= '2024-07-26';
    const hrefs = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const expected = truth('会议').filter(within);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(truth('会议').length);
    expect(hrefs.sort()).toEqual(expected);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('2024年4月9日至2024年7月26日');
    const byName = await search('杜小刚', '&from=2024-04-09&to=2024-07-26');
    expect(byName.hrefs.sort()).toEqual(truth('杜小刚').filter(within));
  });

  it('ranks a word by how much an article is about it: many mentions above a single one', async () => {
    const { hrefs } = await search('会议');
    const mentions = hrefs.map((h) => {
      const a = articles.find((x) => `/articles/${x.id}/` === h)!;
      return searchableText(a).split('会议').length - 1;
    });
    expect(mentions.length).toBeGreaterThan(3);
    // No article naming 会议 once ranks above one naming it five times or more.
    const firstSingle = mentions.indexOf(1);
    expect(firstSingle).toBeGreaterThan(-1);
    expect(mentions.slice(firstSingle).every((n) => n < 5)).toBe(true);
    expect(mentions[0]).toBeGreaterThanOrEqual(5);
  });

  it('sorts by date, newest first or oldest first', async () => {
    const dated = (hrefs: string[]) => hrefs.map((h) => articles.find((a) => `/articles/${a.id}/` === h)!.date ?? '');
    const newest = dated((await search('会议', '&sort=date')).hrefs);
    expect(newest.length).toBeGreaterThan(3);
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = dated((await search('会议', '&sort=date-asc')).hrefs);
    expect(oldest).toEqual([...oldest].sort());
  });

  it('says so clearly when nothing matches, with suggestions', async () => {
    const { page, hrefs, count } = await search('量子引力 杜小刚');
    expect(hrefs).toEqual([]);
    expect(count).toBe('0');
    // A miss shows no stray count.
    expect(await page.locator('[data-search-total]').isVisible()).toBe(false);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(
      /^没有找到同时包含“杜小刚”“量子引力”|^没有找到同时包含“量子引力”“杜小刚”/,
    );
  });

  it('keeps a hostile query as text', async () => {
    const { page, hrefs } = await search('<img src=x onerror=alert(1)>');
    expect(hrefs).toEqual([]);
    expect(await page.locator('main img').count()).toBe(0);
    await expect(page.locator('input[name="q"]').first().inputValue()).resolves.toBe('');
    await expect(page.locator('[data-search-form] input[name="q"]').inputValue()).resolves.toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('highlights the searched terms on the article it opens', async () => {
    const { page } = await search('赵建军');
    await page.locator('[data-search-results] a').first().click();
    await page.waitForURL(/\/articles\//);
    const marks = await page.locator('[data-article-body] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['赵建军']));
  });
});

describe('search over an index of many shards, under a sub-path', () => {
  let sub: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    sub = await serveStatic(SUB_SITE_DIR, SUB_BASE);
  });
  afterAll(async () => {
    await sub?.close();
  });
  const open = async (query: string) => {
    const page = await browser.newPage();
    await page.goto(`${sub.url}search/?${query}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const hrefs = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    return { page, hrefs: hrefs.map((h) => h.replace(SUB_BASE, '/')) };
  };

  it('finds a word exactly across every shard, merged', async () => {
    const shards = JSON.parse(readFileSync(join(SUB_SITE_DIR, 'pagefind', 'shards.json'), 'utf8')) as {
      shards: unknown[];
    };
    expect(shards.shards.length).toBeGreaterThanOrEqual(4);
    const { page, hrefs } = await open(`q=${encodeURIComponent('会议')}`);
    expect(Number(await page.locator('[data-search-count]').textContent())).toBe(truth('会议').length);
    expect(hrefs.length).toBe(Math.min(10, truth('会议').length));
    expect(hrefs.every((h) => truth('会议').includes(h))).toBe(true);
  });

  it('answers a frequent word from its prepared answer, reading no shard, as the live search ranks it', async () => {
    const { prepared } = JSON.parse(readFileSync(join(SUB_SITE_DIR, 'pagefind', 'shards.json'), 'utf8')) as {
      prepared: string[];
    };
    const term = prepared.find((t) => truth(t).length > 10);
    if (!term) throw new Error('no prepared word has more than a page of results');
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${sub.url}search/?q=${encodeURIComponent(term)}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(requests.some((u) => u.includes('/pagefind/prepared/'))).toBe(true);
    expect(requests.filter((u) => /\.pf_meta$|pagefind\.js$/.test(u))).toEqual([]);
    expect(Number(await page.locator('[data-search-count]').textContent())).toBe(truth(term).length);
    const first = (
      await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    ).map((h) => h.replace(SUB_BASE, '/'));
    // Every paper chosen narrows nothing but makes the search a live one: the same ranking.
    const papers = [...new Set(articles.map((a) => a.paper))].map((p) => `&paper=${encodeURIComponent(p)}`).join('');
    expect(first).toEqual((await open(`q=${encodeURIComponent(term)}${papers}`)).hrefs);
    // The later pages come from the live search: together, every article with the word, once.
    while (await page.locator('[data-search-more]').isVisible()) {
      await page.locator('[data-search-more]').click();
      await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    }
    const all = (
      await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    ).map((h) => h.replace(SUB_BASE, '/'));
    expect(all.slice(0, first.length)).toEqual(first);
    expect([...all].sort()).toEqual(truth(term));
    // In date order either way too: the prepared first page is the live one.
    for (const sort of ['date', 'date-asc']) {
      const prepared = await open(`q=${encodeURIComponent(term)}&sort=${sort}`);
      expect(prepared.hrefs.length).toBe(10);
      expect(prepared.hrefs).toEqual((await open(`q=${encodeURIComponent(term)}&sort=${sort}${papers}`)).hrefs);
    }
  });

  it('shows a date-ordered first page from the newest shards before it loads the oldest', async () => {
    const page = await browser.newPage();
    // Requests (Pagefind's worker's too) and the first-page mark, in the order they happen.
    const events: string[] = [];
    page.on('request', (r) => events.push(r.url()));
    page.on('console', (m) => events.push(m.text()));
    await page.addInitScript(() => {
      // Said when marked, not when an observer is next told.
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === 'archive-search:first-page') console.log('first page shown');
        return mark(name, options);
      };
    });
    await page.goto(`${sub.url}search/?paper=${encodeURIComponent('无锡日报')}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const hrefs = (
      await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    ).map((h) => h.replace(SUB_BASE, '/'));
    const newest = articles
      .filter((a) => a.paper === '无锡日报')
      .map((a) => `/articles/${a.id}/`)
      .sort((a, b) => dayOfHref(b).localeCompare(dayOfHref(a)));
    expect(newest.length).toBeGreaterThan(10);
    expect(hrefs.map(dayOfHref)).toEqual(newest.slice(0, 10).map(dayOfHref));
    expect(Number(await page.locator('[data-search-count]').textContent())).toBe(newest.length);
    // The next page continues in date order, across the shards.
    await page.locator('[data-search-more]').click();
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const all = (
      await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    ).map((h) => h.replace(SUB_BASE, '/'));
    expect(all.map(dayOfHref)).toEqual(newest.map(dayOfHref));
    // The oldest shard's index was fetched only after the first page was on screen.
    const shown = events.indexOf('first page shown');
    const oldest = events.findIndex((e) => /\/pagefind\/2020-03\/.*\.pf_meta$/.test(e));
    expect(shown).toBeGreaterThan(-1);
    expect(oldest).toBeGreaterThan(shown);
  });
});
