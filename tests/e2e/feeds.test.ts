import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/lib/browser';
import { HOSTILE_SITE_DIR, SUB_BASE, SUB_SITE_DIR } from './global-setup';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a feed reader shows of each item: it parses the XML, then renders the description as HTML. */
async function readFeed(xml: string) {
  const page = await browser.newPage();
  const result = await page.evaluate((source) => {
    const feed = new DOMParser().parseFromString(source, 'text/xml');
    const items = [...feed.querySelectorAll('item')].map((item) => {
      const shown = new DOMParser().parseFromString(item.querySelector('description')?.textContent ?? '', 'text/html');
      return {
        text: shown.body.textContent ?? '',
        elements: shown.body.querySelectorAll('*').length,
        title: item.querySelector('title')?.textContent ?? '',
      };
    });
    return { channelLink: feed.querySelector('channel > link')?.textContent ?? '', items };
  }, xml);
  await page.close();
  return result;
}

describe('the feed', () => {
  it('gives a reader the text of hostile articles as text, never as markup', async () => {
    const feed = await readFeed(readFileSync(join(HOSTILE_SITE_DIR, 'rss.xml'), 'utf8'));
    expect(feed.items.length).toBeGreaterThan(0);
    const all = feed.items.map((i) => i.text).join('\n');
    expect(all).toContain('<img src=x onerror=alert(2)>');
    expect(all).toContain('<script>alert(1)</script>');
    expect(feed.items.every((i) => i.elements === 0)).toBe(true);
  });

  it('links its channel to the archive under its base path', async () => {
    const feed = await readFeed(readFileSync(join(SUB_SITE_DIR, 'rss.xml'), 'utf8'));
    expect(new URL(feed.channelLink).pathname).toBe(SUB_BASE);
  });
});
