/**
 * npm run generate -- --articles N [--seed S] --out DIR [--layouts]
 * Writes a synthetic archive: pages, the manifest the split needs, and truth.json saying what was generated.
 * With --layouts, writes the layout corpus instead (tools/synth/layouts.ts): pages in many layout classes,
 * the manifest, and truth.json keyed by file name with each page's articles and furniture lines.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive, sourcesFromPages } from './synth/generate';
import { generateLayoutCorpus, LAYOUT_CLASSES, type LayoutClass } from './synth/layouts';

export function loadSources(seedsDir = 'seeds') {
  const pages = readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(join(seedsDir, n), 'utf8'));
  const jieba = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
  return sourcesFromPages(pages, readFileSync(join(jieba, 'submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8'));
}

export function writeArchive(articles: number, seed: number, out: string): { pages: number; articles: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest: Record<string, unknown> = {};
  const truth: Record<string, unknown> = {};
  let pages = 0;
  let count = 0;
  for (const page of generateArchive(articles, seed, loadSources())) {
    writeFileSync(join(out, page.name), page.text);
    manifest[page.name] = {
      paper: page.paper,
      year: page.year,
      issueDate: page.issueDate,
      page: page.page,
      evidence: `synthetic, seed ${seed}`,
    };
    truth[page.name] = page.articles;
    pages++;
    count += page.articles.length;
  }
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ pages: manifest }));
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth));
  return { pages, articles: count };
}

export function writeLayoutCorpus(
  articles: number,
  seed: number,
  out: string,
): { pages: number; articles: number; classes: Record<LayoutClass, number> } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest: Record<string, unknown> = {};
  const truth: Record<string, unknown> = {};
  const classes = Object.fromEntries(LAYOUT_CLASSES.map((c) => [c, 0])) as Record<LayoutClass, number>;
  let pages = 0;
  let count = 0;
  for (const page of generateLayoutCorpus(articles, seed, loadSources())) {
    writeFileSync(join(out, page.name), page.text);
    const evidence = page.issueDate
      ? `synthetic layout corpus, seed ${seed}`
      : `synthetic layout corpus, seed ${seed}; the issue date is printed only in the page's date header`;
    manifest[page.name] = { paper: page.paper, year: page.year, issueDate: page.issueDate, page: page.page, evidence };
    truth[page.name] = { articles: page.articles, furniture: page.furniture };
    for (const a of page.articles) for (const c of a.classes) classes[c]++;
    pages++;
    count += page.articles.length;
  }
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ pages: manifest }));
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth));
  return { pages, articles: count, classes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      layouts: { type: 'boolean', default: false },
    },
  });
  const [articles, seed] = [Number(values.articles), Number(values.seed)];
  if (values.layouts) console.log(writeLayoutCorpus(articles, seed, values.out ?? 'bench-out/layouts'));
  else console.log(writeArchive(articles, seed, values.out ?? 'bench-out/seeds'));
}
