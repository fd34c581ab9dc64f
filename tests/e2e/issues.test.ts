import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/lib/browser';
import { exportedArticles } from '../../tools/lib/built-site';
import { serveStatic } from '../../tools/lib/server';
import { CLASSES_SITE_DIR, SITE_DIR } from './global-setup';

/** The paper's own structure: 报纸 → 期 → 版 → 文章, as a reader of the e-edition moves through it. */
let browser: Browser;
const sites: Record<string, Awaited<ReturnType<typeof serveStatic>>> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  sites.root = await serveStatic(SITE_DIR);
  sites.classes = await serveStatic(CLASSES_SITE_DIR);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((s) => s.close()));
});

async function strictPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  return { page, problems };
}

describe('issues and pages', () => {
  it('goes issue → page view → next page → back to the issue → the next issue of the same paper', async () => {
    const { page, problems } = await strictPage();
    // 常州日报 2021-10-12 has two pages (a jump from page 1 to page 2).
    await page.goto(`${sites.classes!.url}issues/2021-10-12-czrb/`);
    const pages = await page.locator('nav[aria-label="版面导航"] a').allTextContents();
    expect(pages).toEqual(['第1版', '第2版']);
    await page.locator('nav[aria-label="版面导航"] a', { hasText: '第1版' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('第1版');
    expect(await page.locator('nav[aria-label="版面导航"] [aria-current="page"]').textContent()).toBe('第1版');
    // The page's own text as printed is on its page view.
    expect(await page.locator('[data-page-source] li').count()).toBeGreaterThan(10);
    await page.locator('nav[aria-label="同期前后版面"] a[rel="next"]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('第2版');
    // The article continued here from page 1 is listed as such.
    expect(await page.locator('[data-page-articles]').textContent()).toContain('续第1版');
    await page.locator('main p.meta a', { hasText: '2021年10月12日' }).click();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^常州日报\s*2021年10月12日$/);
    const next = page.locator('nav[aria-label="同一报纸的前后各期"] a[rel="next"]');
    const prev = page.locator('nav[aria-label="同一报纸的前后各期"] a[rel="prev"]');
    expect((await next.count()) + (await prev.count())).toBeGreaterThan(0);
    const target = (await next.count()) ? next : prev;
    const label = (await target.textContent()) ?? '';
    await target.click();
    await expect(page.locator('h1').textContent()).resolves.toContain(
      label
        .replace(/^.*期\s*/, '')
        .replace(/\s*[→←]\s*$/, '')
        .trim(),
    );
    expect(problems).toEqual([]);
  });

  it('shows the page’s scan, lazily and responsively, linking to the full file', async () => {
    const { page, problems } = await strictPage();
    await page.goto(`${sites.classes!.url}issues/2021-10-12-czrb/p1/`);
    const img = page.locator('[data-page-scan] img');
    await expect(img.getAttribute('loading')).resolves.toBe('lazy');
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => (document.querySelector('[data-page-scan] img') as HTMLImageElement | null)?.complete,
    );
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(40);
    const full = await page.locator('[data-page-scan] figcaption a').first().getAttribute('href');
    expect((await page.request.get(`${sites.classes!.url}${full!.slice(1)}`)).headers()['content-type']).toBe(
      'image/png',
    );
    expect(problems).toEqual([]);
  });

  it('shows a paper’s run as a calendar with every issue day linked, and nothing else linked', async () => {
    const { page, problems } = await strictPage();
    await page.goto(`${sites.root!.url}papers/wxrb/`);
    const articles = exportedArticles(SITE_DIR).filter((a) => a.paperSlug === 'wxrb');
    const issueDays = [...new Set(articles.map((a) => a.issue))];
    const linked = await page
      .locator('table.month a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(linked.map((h) => h.replace(/^\/issues\/|\/$/g, '')).sort()).toEqual(issueDays.sort());
    expect(await page.locator('[data-paper-summary]').textContent()).toContain(
      `共 ${issueDays.length} 期、${articles.length} 篇`,
    );
    // Every article names its paper with a link to this page.
    await page.goto(`${sites.root!.url}articles/${articles[0]!.id}/`);
    expect(await page.locator('header .meta a[href="/papers/wxrb/"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('has 历史上的今天 without a date: every day of the year, those with articles linked', async () => {
    const { page, problems } = await strictPage();
    await page.goto(`${sites.root!.url}on-this-day/`);
    expect(await page.locator('[data-month-day]').count()).toBe(366);
    const linked = await page
      .locator('[data-month-day] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked)
      expect((await page.request.get(`${sites.root!.url}${href.slice(1)}`)).status()).toBe(200);
    expect(problems).toEqual([]);
  });

  it('gives a person a dated role timeline, a chart of articles per year and the people they appear with', async () => {
    const { page, problems } = await strictPage();
    await page.goto(`${sites.root!.url}people/杜小刚/`);
    const roles = await page.locator('[data-role-timeline] li').allTextContents();
    expect(roles.length).toBeGreaterThanOrEqual(2);
    for (const r of roles) expect(r).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    const mentions = exportedArticles(SITE_DIR).filter((a) => a.people.some((p) => p.name === '杜小刚'));
    const years = [...new Set(mentions.map((a) => (a.date ?? a.issue).slice(0, 4)))].sort();
    const bars = await page.locator('[data-year-chart] svg rect').count();
    expect(bars).toBe(Number(years.at(-1)) - Number(years[0]) + 1);
    expect(await page.locator('[data-appears-with] a').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('writes no placeholder address into citations when SITE_URL is not set', () => {
    const html = readFileSync(join(SITE_DIR, 'articles', exportedArticles(SITE_DIR)[0]!.id, 'index.html'), 'utf8');
    expect(html).not.toContain('archive.example.org');
  });
});
