import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/lib/browser';
import { HOSTILE_SITE_DIR, SITE_DIR, SUB_BASE, SUB_SITE_DIR } from './global-setup';
import { serveStatic } from '../../tools/lib/server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
const sites: Record<string, Awaited<ReturnType<typeof serveStatic>>> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  sites.root = await serveStatic(SITE_DIR);
  sites.sub = await serveStatic(SUB_SITE_DIR, SUB_BASE);
  sites.hostile = await serveStatic(HOSTILE_SITE_DIR);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((s) => s.close()));
});

/** A page that fails the test on any script error, failed request or dialog. */
async function strictPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/no/such/')) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('404')) problems.push(`console: ${m.text()}`);
  });
  return { page, problems };
}

describe('a reader browsing the archive', () => {
  it('goes home → issue → article → person → another article, and back', async () => {
    const { page, problems } = await strictPage();
    await page.goto(sites.root!.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('报纸档案');
    await expect(page.locator('.stats').textContent()).resolves.toContain('15');
    // Newest issue first.
    const firstIssue = page.locator('main h3 a').first();
    await expect(firstIssue.textContent()).resolves.toContain('2024年9月4日');
    await firstIssue.click();
    await page.waitForURL(/\/issues\/2024-09-04-wxrb\/$/);
    await page.locator('.card-title').first().click();
    await page.waitForURL(/\/articles\/2024-09-04-wxrb-p1-01\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('市委常委会召开第120次会议');
    await expect(page.locator('.derived').first().isVisible()).resolves.toBe(true);
    await page.locator('a', { hasText: '杜小刚' }).first().click();
    await page.waitForURL(/\/people\/%E6%9D%9C%E5%B0%8F%E5%88%9A\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('杜小刚');
    const count = await page.locator('.card-list > li').count();
    expect(count).toBeGreaterThanOrEqual(10);
    await page.locator('.card-title', { hasText: '深入实施创新驱动核心战略' }).click();
    await page.waitForURL(/\/articles\/2020-03-19-jnwb-p1-01\/$/);
    await expect(page.locator('.kicker').first().textContent()).resolves.toBe('杜小刚在调研科技创新工作时强调——');
    await page.goBack();
    await page.waitForURL(/\/people\//);
    await page.goBack();
    await page.waitForURL(/\/articles\/2024-09-04-wxrb-p1-01\/$/);
    expect(problems).toEqual([]);
  });

  it('moves to the neighbouring article of the same issue', async () => {
    const { page } = await strictPage();
    await page.goto(`${sites.root!.url}articles/2024-07-26-wxrb-p1-02/`);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/p1-03\/$/);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(/p1-02\/$/);
  });

  it('opens the folded 原文 with the seed file and line numbers', async () => {
    const { page } = await strictPage();
    await page.goto(`${sites.root!.url}articles/2023-02-17-wxrb-p1-01/`);
    const details = page.locator('details[data-source]');
    await expect(details.getAttribute('open')).resolves.toBeNull();
    await expect(details.locator('li').first().isVisible()).resolves.toBe(false);
    await details.locator('summary').click();
    await expect(details.locator('li').first().isVisible()).resolves.toBe(true);
    await expect(details.locator('summary').textContent()).resolves.toContain('000_e3c3e6c4ffc0f32c.txt 第1–45行');
    await expect(details.locator('li').first().getAttribute('value')).resolves.toBe('1');
    await expect(details.locator('li').first().textContent()).resolves.toBe(' 本报讯 2月17日，市委审计委'); // as printed, leading space and all
    await expect(details.locator('ol').first().locator('li').last().textContent()).resolves.toBe('（惠晓婧）');
    await expect(details.locator('ol').last().locator('li').textContent()).resolves.toBe('市委审计委员会召开会议');
  });

  it('copies the GB/T 7714 citation', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${sites.root!.url}articles/2023-02-17-wxrb-p1-01/`);
    await page.locator('[data-copy-citation]').click();
    // The clipboard answers asynchronously: wait for the status to say what happened, then check what it says.
    await page.waitForFunction(() => (document.querySelector('[data-copy-status]')?.textContent ?? '') !== '');
    await expect(page.locator('[data-copy-status]').textContent()).resolves.toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('惠晓婧. 市委审计委员会召开会议[N]. 无锡日报, 2023-02-17(1).');
    await context.close();
  });

  it('works under a sub-path: every link and asset stays inside it', async () => {
    const { page, problems } = await strictPage();
    await page.goto(sites.sub!.url);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => h.startsWith('/') && !h.startsWith(SUB_BASE))).toEqual([]);
    await page.locator('main h3 a').first().click();
    await page.locator('.card-title').first().click();
    await page.locator('a', { hasText: '杜小刚' }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe('杜小刚');
    await page.goto(`${sites.sub!.url}search/?q=杜小刚`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const results = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((h) => h.startsWith(`${SUB_BASE}articles/`))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('keeps a page of hostile text inert: it renders as text and runs nothing', async () => {
    const { page, problems } = await strictPage();
    await page.goto(sites.hostile!.url);
    await page.locator('main h3 + ul a').first().click();
    await page.waitForURL(/\/articles\//);
    const body = await page.locator('[data-article-body]').textContent();
    expect(body).toContain('<script>alert(1)</script>');
    expect(body).toContain('<img src=x onerror=alert(2)>');
    expect(body).toContain('[链接](javascript:alert(3))');
    expect(
      await page
        .locator(
          'main script:not([src]), [data-article-body] img, main a[href^="javascript"], [data-article-body] b, [data-article-body] h1',
        )
        .count(),
    ).toBe(0);
    await expect(page.locator('h1').textContent()).resolves.toBe('<b>市长张三谈</b>安全"防护"');
    expect(problems).toEqual([]);
  });

  it('sends unknown addresses to the 404 page', async () => {
    const { page } = await strictPage();
    const response = await page.goto(`${sites.root!.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
  });
});

describe('accessibility', () => {
  for (const [name, path] of Object.entries({
    home: '',
    article: 'articles/2024-04-09-wxrb-p1-02/',
    person: 'people/赵建军/',
    search: 'search/?q=赵建军',
    notFound: '404.html',
    issue: 'issues/2024-07-26-wxrb/',
    pageView: 'issues/2024-07-26-wxrb/p1/',
    paper: 'papers/wxrb/',
    papers: 'papers/',
    onThisDay: 'on-this-day/',
  })) {
    it(`axe-core finds no serious or critical violation on the ${name} page`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(sites.root!.url + path);
        if (name === 'search') await page.waitForSelector('[data-search-state="done"]', { state: 'attached' });
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
            }
          ).axe;
          const result = await axe.run();
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations, `${name} in ${scheme}`).toEqual([]);
        await context.close();
      }
    });
  }
});
