import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/lib/browser';
import { ROOT, SITE_DIR } from './global-setup';
import { serveStatic } from '../../tools/lib/server';

const OUT = join(ROOT, 'tests', 'output', 'screenshots');
const PAGES = {
  home: '',
  issue: 'issues/2024-07-26-wxrb/',
  'page-view': 'issues/2024-07-26-wxrb/p1/',
  paper: 'papers/wxrb/',
  'on-this-day': 'on-this-day/',
  article: 'articles/2024-07-26-wxrb-p1-01/',
  person: 'people/杜小刚/',
  people: 'people/',
  dates: 'dates/',
  search: 'search/?q=杜小刚 赵建军',
  'search-word': 'search/?q=会议',
  'not-found': 'no/such/page/',
};

describe('screenshots of the main pages, for a person to look at', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchBrowser();
    site = await serveStatic(SITE_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [width, label] of [
    [390, 'phone'],
    [1280, 'desktop'],
  ] as const) {
    it(`renders every main page at ${label} width without horizontal scrolling`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(site.url + path);
        if (name === 'search') await page.waitForSelector('[data-search-state="done"]', { state: 'attached' });
        await page.screenshot({ path: join(OUT, `${name}-${label}.png`), fullPage: true });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      }
      await page.close();
    });
  }
});
