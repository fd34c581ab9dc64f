import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/lib/browser';
import { ROOT, SITE_DIR } from './global-setup';

/**
 * The site served the way a host serves it: Debian's nginx with the project's own deploy/nginx.conf, on a
 * loopback port. Search must work (WebAssembly type, the index's files), and unknown paths get the 404 page.
 * Skipped where nginx is not installed (.ci/run installs it).
 */
const NGINX = '/usr/sbin/nginx';
const PORT = 4391;
const available = existsSync(NGINX);
let browser: Browser;
let prefix = '';

beforeAll(async () => {
  if (!available) return;
  prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  // The shipped server block, pointed at the built site and a loopback port; the rest is a minimal main config.
  const server = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${PORT};`)
    .replace('root /srv/archive;', `root ${SITE_DIR};`);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1; daemon on; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log;
events {}
http { access_log off; client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
${server}
}`,
  );
  const started = spawnSync(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (available && prefix) spawnSync(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-s', 'stop']);
});

describe.skipIf(!available)('the site behind nginx with deploy/nginx.conf', () => {
  const base = `http://127.0.0.1:${PORT}/`;

  it('serves the index’s WebAssembly and files, caches them for long and revalidates the entry files', async () => {
    const shards = (await (await fetch(`${base}pagefind/shards.json`)).json()) as { shards: { path: string }[] };
    const shard = shards.shards[0]!.path;
    const entry = await fetch(`${base}${shard}pagefind-entry.json`);
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const languages = ((await entry.json()) as { languages: Record<string, { wasm?: string }> }).languages;
    const wasm = await fetch(`${base}${shard}wasm.${Object.values(languages)[0]?.wasm ?? 'unknown'}.pagefind`);
    expect(wasm.status).toBe(200);
    expect((await wasm.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const js = await fetch(`${base}${shard}pagefind.js`);
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a search in the browser and sends unknown paths to the archive’s 404 page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}search/?q=${encodeURIComponent('会议')}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(Number(await page.locator('[data-search-count]').textContent())).toBeGreaterThan(0);
    const missing = await page.goto(`${base}no/such/page/`);
    expect(missing?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
    await page.close();
  });
});
