import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/lib/browser';
import { CLASSES_SITE_DIR } from './global-setup';
import { serveStatic } from '../../tools/lib/server';
import { exportedArticles } from '../../tools/lib/built-site';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveStatic(CLASSES_SITE_DIR);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('an article printed across two pages', () => {
  it('reads as one article that names both pages and shows both parts of the original text', async () => {
    const jumped = exportedArticles(CLASSES_SITE_DIR).filter((a) => a.pages.length > 1);
    expect(jumped.length).toBeGreaterThanOrEqual(3);
    const page = await browser.newPage();
    for (const a of jumped) {
      await page.goto(`${site.url}articles/${a.id}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(a.title);
      const meta = ((await page.locator('header .meta dl').textContent()) ?? '').replace(/\s+/g, '');
      expect(meta).toContain(`${a.pages.map((p) => `第${p}版`).join('、')}（跨版）`);
      // The continuation's last sentence is in the article's body, and its source lines under 原文.
      const last = a.paragraphs.at(-1)!.slice(-12);
      expect(await page.locator('[data-article-body]').textContent()).toContain(last);
      const parts = await page.locator('[data-source-continued]').allTextContents();
      expect(parts).toEqual(
        a.lines.continued.map((c) => `续第${c.page}版（${c.file} 第${c.startLine}–${c.endLine}行）：`),
      );
      expect(await page.locator('[data-article-body]').textContent()).not.toMatch(/[下上]转第|上接第/);
    }
    await page.close();
  });
});
