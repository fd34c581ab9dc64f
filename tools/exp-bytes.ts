import { serveStatic } from './lib/server';
import { launchBrowser } from './lib/browser';
const site = await serveStatic(process.cwd() + '/' + process.argv[2]);
const browser = await launchBrowser();
for (const q of process.argv.slice(3)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const got: [string, number][] = [];
  page.on('response', async (r) => { try { got.push([new URL(r.url()).pathname, (await r.body()).length]); } catch {} });
  await page.goto(site.url + 'search/?' + q);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached', timeout: 60000 });
  await new Promise((r) => setTimeout(r, 300));
  const cat: Record<string, [number, number]> = {};
  for (const [p, n] of got) {
    const k = p.replace(/\/pagefind\/[^/]+\//, '/pagefind/*/').replace(/\/fragment\/.*/, '/fragment/*').replace(/\/index\/.*/, '/index/*').replace(/\/filter\/.*/, '/filter/*').replace(/_astro\/.*/, '_astro/*').replace(/\.pf_meta$/, '.pf_meta');
    cat[k] = [(cat[k]?.[0] ?? 0) + 1, (cat[k]?.[1] ?? 0) + n];
  }
  console.log('==', q, await page.locator('[role=status]').innerText());
  for (const [k, [c, n]] of Object.entries(cat).sort((a, b) => b[1][1] - a[1][1])) console.log(`  ${k} x${c} ${Math.round(n / 1024)} KB`);
  await context.close();
}
await browser.close(); await site.close();
