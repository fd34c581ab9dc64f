/**
 * npm run bench:search [-- --rebuild]
 * Runs a query set generated from the archive in headless Chromium, against our search page and against stock
 * Pagefind (the same index, the query passed unquoted, as its default UI does), and prints precision and recall
 * against exact substring truth, bytes fetched and time, cold and warm. Writes docs/search-benchmark.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nodejieba from 'nodejieba';
import * as OpenCC from 'opencc-js';
import { launchBrowser } from './lib/browser';
import { ours, SHOWN, stock } from './lib/measure';
import { serveStatic } from './lib/server';
import { exportedArticles, searchableText, type ExportedArticle } from './lib/built-site';

const SITE = 'dist';

interface Query {
  kind: 'name' | 'pair' | 'word' | 'phrase' | 'traditional' | 'pinyin' | 'nothing';
  q: string;
  /** Terms as the truth reads them (simplified, unquoted). */
  terms: string[];
}

/** The fixed query set, generated from the archive so it follows the data. */
export function querySet(
  articles: ExportedArticle[],
  people: { name: string; pinyin: string; initials: string }[],
): Query[] {
  const texts = articles.map(searchableText);
  const has = (t: string) => texts.some((x) => x.includes(t));
  const queries: Query[] = people.map((p) => ({ kind: 'name', q: p.name, terms: [p.name] }));

  const together = new Map<string, number>();
  for (const a of articles) {
    const names = a.people.map((p) => p.name).sort();
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++)
        together.set(`${names[i]} ${names[j]}`, (together.get(`${names[i]} ${names[j]}`) ?? 0) + 1);
  }
  const pairs = [...together.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([pair]) => pair);
  const apart = people
    .slice(0, 12)
    .flatMap((a, i) => people.slice(i + 1, 12).map((b) => `${a.name} ${b.name}`))
    .filter((pair) => !together.has(pair.split(' ').sort().join(' ')))
    .slice(0, 3);
  for (const pair of [...pairs, ...apart]) queries.push({ kind: 'pair', q: pair, terms: pair.split(' ') });

  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of new Set(nodejieba.cut(text)))
      if (/^[\u4e00-\u9fff]{2,}$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const words = [...new Set([...['会议', '党建'].filter(has), ...common.slice(0, 4)])];
  for (const w of words) queries.push({ kind: 'word', q: w, terms: [w] });
  queries.push({ kind: 'word', q: `${words[0]} ${words.at(-1)}`, terms: [words[0]!, words.at(-1)!] });

  const titles = articles.map((a) => a.title.replace(/\s/g, '')).filter((t) => t.length >= 8);
  for (const t of titles.slice(0, 3)) {
    const phrase = t.slice(2, 8);
    queries.push({ kind: 'phrase', q: `"${phrase}"`, terms: [phrase] });
  }

  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const traditional = [...people.map((p) => p.name), ...words]
    .map((s) => [s, toTraditional(s)] as const)
    .filter(([s, t]) => s !== t)
    .slice(0, 5);
  for (const [s, t] of traditional) queries.push({ kind: 'traditional', q: t, terms: [s] });

  for (const p of people.slice(0, 3)) {
    queries.push({ kind: 'pinyin', q: p.pinyin, terms: [p.name] });
    queries.push({ kind: 'pinyin', q: p.initials, terms: [p.name] });
  }
  const nothing = ['量子纠缠', '火星基地', '恐龙化石'].find((w) => !has(w))!;
  queries.push({ kind: 'nothing', q: nothing, terms: [nothing] });
  return queries;
}

function score(found: string[], truth: Set<string>): { precision: number; recall: number } {
  const hits = found.filter((u) => truth.has(u)).length;
  return {
    precision: found.length ? hits / found.length : truth.size ? 0 : 1,
    recall: truth.size ? hits / truth.size : found.length ? 0 : 1,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });
  if (values.rebuild || !existsSync(join(SITE, 'search-data.json')))
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['--import', 'tsx', 'tools/index-stock.ts', SITE, join(SITE, 'pagefind-stock')], {
    stdio: 'inherit',
  });
  const articles = exportedArticles(SITE);
  const data = JSON.parse(readFileSync(join(SITE, 'search-data.json'), 'utf8'));
  const queries = querySet(articles, data.people);
  const browser = await launchBrowser();
  const site = await serveStatic(join(process.cwd(), SITE));
  const base = new URL(site.url).pathname;
  const rows: string[][] = [];
  const summary = new Map<string, { ours: number[]; stock: number[]; n: number }>();
  try {
    for (const query of queries) {
      const truth = new Set(
        articles
          .filter((a) => query.terms.every((t) => searchableText(a).includes(t)))
          .map((a) => `${base}articles/${a.id}/`),
      );
      const contextOurs = await browser.newContext();
      const o = await ours(await contextOurs.newPage(), site.url, query.q);
      let oursScore = score(o.urls, truth);
      if (query.kind === 'pinyin') {
        const page = contextOurs.pages()[0]!;
        const suggested = await page.locator('[data-search-suggestions] a').allTextContents();
        oursScore = {
          precision: suggested.length ? suggested.filter((n) => query.terms.includes(n)).length / suggested.length : 0,
          recall: suggested.includes(query.terms[0]!) ? 1 : 0,
        };
      }
      await contextOurs.close();
      const contextStock = await browser.newContext();
      const s = await stock(await contextStock.newPage(), new URL(site.url).origin, base, query.q);
      await contextStock.close();
      const stockScore = query.kind === 'pinyin' ? { precision: NaN, recall: NaN } : score(s.urls, truth);
      const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));
      rows.push([
        query.kind,
        query.q,
        String(truth.size),
        f(oursScore.precision),
        f(oursScore.recall),
        f(stockScore.precision),
        f(stockScore.recall),
        String(o.coldBytes),
        String(s.coldBytes),
        `${Math.round(o.coldMs)}`,
        `${Math.round(s.coldMs)}`,
        String(o.warmBytes),
        String(s.warmBytes),
        `${Math.round(o.warmMs)}`,
        `${Math.round(s.warmMs)}`,
      ]);
      const entry = summary.get(query.kind) ?? { ours: [0, 0, 0], stock: [0, 0, 0], n: 0 };
      entry.ours = [
        entry.ours[0]! + oursScore.precision,
        entry.ours[1]! + oursScore.recall,
        entry.ours[2]! + o.coldBytes,
      ];
      entry.stock = [
        entry.stock[0]! + stockScore.precision,
        entry.stock[1]! + stockScore.recall,
        entry.stock[2]! + s.coldBytes,
      ];
      entry.n++;
      summary.set(query.kind, entry);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const header = [
    'kind',
    'query',
    'truth',
    'P ours',
    'R ours',
    'P stock',
    'R stock',
    'cold B ours',
    'cold B stock',
    'cold ms ours',
    'cold ms stock',
    'warm B ours',
    'warm B stock',
    'warm ms ours',
    'warm ms stock',
  ];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const summaryRows = [...summary.entries()].map(
    ([kind, e]) =>
      `| ${kind} | ${e.n} | ${(e.ours[0]! / e.n).toFixed(2)} | ${(e.ours[1]! / e.n).toFixed(2)} | ${Number.isNaN(e.stock[0]!) ? '—' : (e.stock[0]! / e.n).toFixed(2)} | ${Number.isNaN(e.stock[1]!) ? '—' : (e.stock[1]! / e.n).toFixed(2)} | ${Math.round(e.ours[2]! / e.n)} | ${Math.round(e.stock[2]! / e.n)} |`,
  );
  const summaryTable = [
    '| kind | queries | mean P ours | mean R ours | mean P stock | mean R stock | mean cold B ours | mean cold B stock |',
    '|---|---|---|---|---|---|---|---|',
    ...summaryRows,
  ].join('\n');
  const totalOurs = rows.reduce((s, r) => s + Number(r[7]), 0);
  const totalStock = rows.reduce((s, r) => s + Number(r[8]), 0);
  const report = `# Search benchmark\n\nTimes: ours from the search script's start (cold) or the submit (warm) to results shown; stock from import of pagefind.js (cold) or the call (warm) to its first ${SHOWN} results loaded. Generated by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)} over ${articles.length} articles (${queries.length} queries; ${SHOWN} results' fragments loaded by both, as a results page shows them). Pinyin rows score the suggested people, not articles. Bytes are Pagefind's files plus our search-data.json, as fetched (uncompressed, from a local static host).\n\n${summaryTable}\n\nCold bytes, all queries: ours ${totalOurs}, stock ${totalStock} (ratio ${(totalOurs / totalStock).toFixed(2)}).\n\n${table}\n`;
  writeFileSync('docs/search-benchmark.md', report);
  console.log(report);
}

await main();
