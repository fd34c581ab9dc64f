/**
 * npm run accuracy [-- --articles N --seed S]
 * Generates a layout corpus (tools/synth/layouts.ts: every layout class with its truth), splits it as
 * npm run split would, and writes the per-class accuracy to docs/splitter-accuracy.md. Prints the misses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSources } from './generate';
import { splitSeeds } from '../src/lib/split/run';
import { generateLayoutCorpus, type LayoutPage } from './synth/layouts';
import { scoreSplit, scoreTable, type Score } from './lib/score-split';

export function corpusManifest(pages: LayoutPage[]): string {
  return JSON.stringify({
    pages: Object.fromEntries(
      pages.map((p) => [
        p.name,
        { paper: p.paper, year: p.year, issueDate: p.issueDate, page: p.page, evidence: 'synthetic layout corpus' },
      ]),
    ),
  });
}

/** Splits a generated layout corpus and scores it against its truth. */
export function measureLayouts(
  articles: number,
  seed: number,
): { score: Score; pages: number; articles: number; review: number; ms: number } {
  const corpus = [...generateLayoutCorpus(articles, seed, loadSources())];
  const started = performance.now();
  const result = splitSeeds(
    corpus.map((p) => ({ name: p.name, bytes: Buffer.from(p.text) })),
    corpusManifest(corpus),
  );
  const ms = performance.now() - started;
  const truth = Object.fromEntries(corpus.map((p) => [p.name, p.articles]));
  const furniture = Object.fromEntries(corpus.map((p) => [p.name, p.furniture]));
  const score = scoreSplit(truth, result.records, result.pages, furniture);
  return {
    score,
    pages: corpus.length,
    articles: corpus.reduce((n, p) => n + p.articles.length, 0),
    review: result.review.filter((r) => r.kind !== 'correction').length,
    ms,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: join('docs', 'splitter-accuracy.md') },
    },
  });
  const m = measureLayouts(Number(values.articles), Number(values.seed));
  for (const miss of m.score.misses.slice(0, 60))
    console.log(
      `${miss.file} ${miss.field} [${miss.classes.join(',')}]\n  want ${JSON.stringify(miss.want)}\n  got  ${JSON.stringify(miss.got)}`,
    );
  const table = scoreTable(m.score);
  console.log(table);
  console.log(
    `${m.articles} articles on ${m.pages} pages split in ${(m.ms / 1000).toFixed(1)} s; ${m.score.misses.length} field misses; ${m.score.furnitureMissed.length} furniture lines not left over; ${m.review} review items`,
  );
  if (values.out !== 'none') {
    writeFileSync(
      values.out!,
      `# Splitter accuracy by layout class

Measured with \`npm run accuracy -- --articles ${values.articles} --seed ${values.seed}\` on a generated corpus (\`tools/synth/layouts.ts\`, written
without reading the splitter): ${m.articles} articles on ${m.pages} pages, split in ${(m.ms / 1000).toFixed(1)} s. An article counts
under every class it shows; a field is right only when it equals the truth exactly (bodies and headlines
compared without white space, reporters as a set, the date with its range end, every page the article spans).

${table}

Field misses: ${m.score.misses.length}. Furniture lines (page labels, date headers, editor lines) not left over: ${m.score.furnitureMissed.length}.
Review items the split listed for a person: ${m.review} (${((100 * m.review) / m.articles).toFixed(1)} per 100 articles).

The hand-written pages in \`tests/fixtures/classes/\` (49 articles, written by someone who had not read the splitter) are
checked field by field in \`tests/unit/classes.test.ts\`.
`,
    );
  }
}
