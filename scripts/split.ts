/**
 * npm run split [-- --seeds DIR --out DIR]
 * Reads every *.txt page and the manifest in the seeds folder, writes one Markdown file per article, and prints
 * the character accounting. On any error nothing is written, so good output is never half-replaced.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SeedError } from '../src/lib/split/errors';
import { renderArticleFile } from '../src/lib/split/render';
import { accountingTable, MANIFEST_NAME, splitSeeds } from '../src/lib/split/run';

export const REPORT_NAME = '_split-report.json';

export function runSplit(seedsDir: string, outDir: string): string {
  const names = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new SeedError(seedsDir, 'no .txt pages in this folder');
  const manifestPath = join(seedsDir, MANIFEST_NAME);
  let manifestText: string;
  try {
    manifestText = readFileSync(manifestPath, 'utf8');
  } catch {
    throw new SeedError(manifestPath, 'missing: every seed folder needs a manifest describing its pages');
  }
  const result = splitSeeds(
    names.map((name) => ({ name, bytes: readFileSync(join(seedsDir, name)) })),
    manifestText,
  );

  const files = new Map(result.records.map((r) => [`${r.data.id}.md`, renderArticleFile(r)]));
  const report = {
    pages: result.pages.map((p) => ({ ...p.accounting, encoding: result.encodings[p.source], articles: p.articles.length, leftovers: p.leftovers })),
  };
  files.set(REPORT_NAME, `${JSON.stringify(report, null, 2)}\n`);

  // Write beside the output, then swap in: a failure above or here leaves the previous output whole.
  mkdirSync(outDir, { recursive: true });
  const staging = `${outDir.replace(/\/$/, '')}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, text] of files) writeFileSync(join(staging, name), text);
  for (const old of readdirSync(outDir)) if (old.endsWith('.md') || old === REPORT_NAME) if (!files.has(old)) rmSync(join(outDir, old));
  for (const name of files.keys()) renameSync(join(staging, name), join(outDir, name));
  rmSync(staging, { recursive: true, force: true });

  const leftovers = result.pages.flatMap((p) => p.leftovers.map((l) => `  ${p.source}:${l.line}  ${l.reason}  ${l.text}`));
  return [
    accountingTable(result),
    leftovers.length ? `leftovers:\n${leftovers.join('\n')}` : 'leftovers: none',
    `${result.records.length} articles from ${result.pages.length} pages → ${outDir}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'src/content/articles' } } });
  try {
    console.log(runSplit(resolve(values.seeds!), resolve(values.out!)));
  } catch (error) {
    if (error instanceof SeedError) {
      console.error(`split: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
