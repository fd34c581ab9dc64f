/**
 * npm run bench -- --articles N [--seed S] [--stock-limit 10000] [--no-incremental] [--work DIR] [--store FILE]
 *   [--no-report] [--resume]
 * generate → split → the build in parts (summarize, render the parts, render the archive-wide pages, assemble and
 * index; ARCHIVE_PART_BY=month for a part a month), each stage in its own process, timed (wall clock and peak
 * memory of its process group); stock Pagefind (one index, defaults) over the same site where it fits; queries in headless
 * Chromium; a one-page change rebuilt. Results accumulate in docs/bench-results.json; docs/benchmarks.md and the
 * SVG charts are regenerated from all of them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser';
import { serveStatic } from './lib/server';
import { ours, stock, type Measure } from './lib/measure';
import { lineChart } from './lib/svg-chart';
import { settings } from '../src/lib/settings';

interface Stage {
  name: string;
  seconds: number;
  peakMB: number;
  outputMB: number;
  articlesPerSecond: number;
}

interface QueryResult {
  label: string;
  query: string;
  year?: string;
  sort?: string;
  /** firstMs/firstBytes: until the first page was on screen (older runs did not measure it). */
  ours: Omit<Measure, 'urls' | 'count'> & { results: number; firstMs?: number; firstBytes?: number };
  stock: (Omit<Measure, 'urls' | 'count'> & { results: number }) | null;
}

interface RunResult {
  articles: number;
  pages: number;
  date: string;
  stages: Stage[];
  stock: Stage | null;
  shards: number;
  /** How the build cut the archive (npm run build:parts): a part a year or a month; absent for runs of npm run build. */
  partBy?: 'year' | 'month';
  parts?: number;
  endToEndArticlesPerSecond: number;
  queries: QueryResult[];
  incremental: { seconds: number; fullSeconds: number; stages: Stage[] } | null;
}

/**
 * What a run has done so far, in the work folder: the stages it finished and the one under way (its time and peak
 * so far, rewritten every few seconds). A run that outlasts a sitting is started again with --resume: finished
 * stages are not run again, the interrupted one runs again over the caches it left (parts, split pages, shards) and
 * its time is the sum of both attempts, so the report adds up every second the machine spent.
 */
interface Journal {
  articles: number;
  seed: string;
  stages: Stage[];
  underWay: { name: string; seconds: number; peakMB: number } | null;
}

/** The OCR fix the one-page change makes: a word of the page corrected. */
const CHANGED_WORD = ['会议', '会商'] as const;

const TSX = ['--import', 'tsx'];
const NODE = process.execPath;

function sizeMB(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (stat.isFile()) return stat.size / 1e6;
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(path, f));
    return s.isFile() ? sum + s.size / 1e6 : sum;
  }, 0);
}

/** Sum of the resident memory of every process in a process group, in KB (ps reads /proc). */
function groupRssKB(pgid: number): number {
  try {
    return execFileSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' })
      .split('\n')
      .reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
  } catch {
    return 0;
  }
}

/**
 * Runs one stage as a child process in a process group of its own, sampling the group's total resident memory
 * every 100 ms: the peak covers helpers the stage starts (Pagefind's indexer binary, worker processes).
 */
async function stage(
  name: string,
  command: string[],
  env: Record<string, string>,
  output: string,
  articles: number,
  journal?: { state: Journal; path: string },
): Promise<Stage> {
  const done = journal?.state.stages.find((s) => s.name === name);
  if (done) {
    console.log(`${name}: done in an earlier sitting (${done.seconds}s)`);
    return done;
  }
  const earlier = journal?.state.underWay?.name === name ? journal.state.underWay : null;
  if (earlier) console.log(`${name}: resumed (${earlier.seconds}s spent in an earlier sitting)`);
  const started = performance.now() - (earlier?.seconds ?? 0) * 1000;
  const child = spawn(command[0]!, command.slice(1), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
    detached: true,
  });
  let peakKB = (earlier?.peakMB ?? 0) * 1024;
  const timer = setInterval(() => (peakKB = Math.max(peakKB, groupRssKB(child.pid!))), 100);
  const note = (state: Journal) => {
    state.underWay = { name, seconds: (performance.now() - started) / 1000, peakMB: Math.round(peakKB / 1024) };
    writeFileSync(journal!.path, JSON.stringify(state));
  };
  const heartbeat = journal ? setInterval(() => note(journal.state), 5000) : undefined;
  const code: number = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
  clearInterval(timer);
  clearInterval(heartbeat);
  if (code !== 0) throw new Error(`${name} failed with exit code ${code}: ${command.join(' ')}`);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const result = {
    name,
    seconds,
    peakMB: Math.round(peakKB / 1024),
    outputMB: Math.round(sizeMB(output) * 10) / 10,
    articlesPerSecond: Math.round(articles / Math.max(seconds, 0.01)),
  };
  console.log(
    `${name}: ${result.seconds}s, peak ${result.peakMB} MB, output ${result.outputMB} MB, ${result.articlesPerSecond} articles/s`,
  );
  if (journal) {
    journal.state.stages.push(result);
    journal.state.underWay = null;
    writeFileSync(journal.path, JSON.stringify(journal.state));
  }
  return result;
}

function topNames(truth: Record<string, { people: string[]; date: string }[]>): {
  name: string;
  pair: [string, string];
  year: string;
} {
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const articles of Object.values(truth)) {
    for (const a of articles) {
      for (const p of a.people) counts.set(p, (counts.get(p) ?? 0) + 1);
      const [x, y] = a.people;
      if (x && y) pairs.set([x, y].sort().join(' '), (pairs.get([x, y].sort().join(' ')) ?? 0) + 1);
    }
  }
  const best = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const name = best(counts);
  // The newest year the name appears in: the archive's newest year may be a few weeks the person missed.
  const year = Object.values(truth)
    .flat()
    .filter((a) => a.people.includes(name))
    .map((a) => a.date.slice(0, 4))
    .sort()
    .at(-1)!;
  return { name, pair: best(pairs).split(' ') as [string, string], year };
}

/** The fixed query set: the most mentioned person, the most frequent pair, a common word, a filtered name. */
function queriesFor(
  truth: Record<string, { people: string[]; date: string }[]>,
): { label: string; query: string; year?: string; sort?: string }[] {
  const { name, pair, year } = topNames(truth);
  return [
    { label: 'name', query: name },
    { label: 'common word', query: '会议' },
    { label: 'common word, newest first', query: '会议', sort: 'date' },
    { label: 'two terms', query: `${pair[0]} ${pair[1]}` },
    { label: 'filtered', query: name, year },
  ];
}

async function measureQueries(
  siteDir: string,
  queries: { label: string; query: string; year?: string; sort?: string }[],
  withStock: boolean,
): Promise<QueryResult[]> {
  const browser = await launchBrowser();
  const site = await serveStatic(resolve(siteDir));
  const origin = new URL(site.url).origin;
  const out: QueryResult[] = [];
  try {
    for (const q of queries) {
      const context = await browser.newContext();
      const params = `${q.year ? `&year=${q.year}` : ''}${q.sort ? `&sort=${q.sort}` : ''}`;
      const o = await ours(await context.newPage(), site.url, q.query, params, false);
      await context.close();
      let s: QueryResult['stock'] = null;
      if (withStock) {
        const c2 = await browser.newContext();
        const sort: Record<string, 'asc' | 'desc'> = q.sort === 'date' ? { date: 'desc' } : {};
        const m = await stock(await c2.newPage(), origin, '/', q.query, q.year ? { year: q.year } : {}, sort);
        await c2.close();
        s = {
          coldBytes: m.coldBytes,
          coldMs: m.coldMs,
          warmBytes: m.warmBytes,
          warmMs: m.warmMs,
          results: m.urls.length,
        };
      }
      out.push({
        ...q,
        ours: {
          coldBytes: o.coldBytes,
          coldMs: o.coldMs,
          warmBytes: o.warmBytes,
          warmMs: o.warmMs,
          results: o.count,
          firstMs: o.firstMs,
          firstBytes: o.firstBytes,
        },
        stock: s,
      });
      console.log(
        `query ${q.label}: ours ${o.count} results, ${o.coldBytes} B cold, ${Math.round(o.coldMs)} ms${s ? `; stock ${s.results} results, ${s.coldBytes} B, ${Math.round(s.coldMs)} ms` : ''}`,
      );
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

function writeReport(results: RunResult[]): void {
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  const stageNames = [...new Set(sorted.flatMap((r) => r.stages.map((s) => s.name)))];
  const series = (pick: (s: Stage) => number) =>
    [
      ...stageNames.map((name) => ({
        name,
        points: sorted.flatMap((r) =>
          r.stages.filter((s) => s.name === name).map((s) => ({ x: r.articles, y: pick(s) })),
        ),
      })),
      { name: 'stock index', points: sorted.flatMap((r) => (r.stock ? [{ x: r.articles, y: pick(r.stock) }] : [])) },
    ].filter((s) => s.points.length);
  writeFileSync(
    'docs/bench-time.svg',
    lineChart(
      'Wall time per stage',
      'seconds',
      series((s) => s.seconds),
    ),
  );
  writeFileSync(
    'docs/bench-memory.svg',
    lineChart(
      'Peak memory per stage',
      'MB',
      series((s) => s.peakMB),
    ),
  );
  const lines = [
    '# Archive-scale benchmark',
    '',
    `Generated by \`npm run bench -- --articles N\` (synthetic archive, seed 1). Machine: ${machine()}. The archive is built as \`npm run build:parts\` builds it, a step a stage (runs made before the build in parts used one Astro build; the build column says which). Each stage runs in its own process group; peak memory is the largest sum of resident memory over the group's processes, sampled every 100 ms (it includes Pagefind's indexer binary). Stock = one Pagefind index over the whole site with default settings, built only up to the size where it fits.`,
    '',
    '![time](bench-time.svg) ![memory](bench-memory.svg)',
    '',
    '| articles | pages | stage | wall s | peak MB | output MB | articles/s |',
    '|---|---|---|---|---|---|---|',
    ...sorted.flatMap((r) =>
      [...r.stages, ...(r.stock ? [{ ...r.stock, name: 'stock index (comparison)' }] : [])].map(
        (s) =>
          `| ${r.articles} | ${r.pages} | ${s.name} | ${s.seconds} | ${s.peakMB} | ${s.outputMB} | ${s.articlesPerSecond} |`,
      ),
    ),
    '',
    '| articles | build | shards | end to end articles/s | one-page change s | full build s | ratio |',
    '|---|---|---|---|---|---|---|',
    ...sorted.map(
      (r) =>
        `| ${r.articles} | ${r.partBy ? `in parts, a ${r.partBy} each (${r.parts})` : 'one Astro build'} | ${r.shards} | ${r.endToEndArticlesPerSecond} | ${r.incremental?.seconds ?? '—'} | ${r.incremental?.fullSeconds ?? '—'} | ${r.incremental ? (r.incremental.seconds / r.incremental.fullSeconds).toFixed(2) : '—'} |`,
    ),
    '',
    '## Queries (headless Chromium, cold = new browser context, warm = same query again)',
    '',
    'First page: until the first ten results were on screen (a date-ordered search over several shards shows them before it has searched every shard); cold: until the total and every count were in.',
    '',
    '| articles | query | results ours | results stock | first page KB ours | first page ms ours | cold KB ours | cold KB stock | cold ms ours | cold ms stock | warm KB ours | warm ms ours |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...sorted.flatMap((r) =>
      r.queries.map(
        (q) =>
          `| ${r.articles} | ${q.label}: \`${q.query}${q.year ? ` year=${q.year}` : ''}${q.sort ? ` sort=${q.sort}` : ''}\` | ${q.ours.results} | ${q.stock?.results ?? '—'} | ${q.ours.firstBytes === undefined ? '—' : Math.round(q.ours.firstBytes / 1024)} | ${q.ours.firstMs ?? '—'} | ${Math.round(q.ours.coldBytes / 1024)} | ${q.stock ? Math.round(q.stock.coldBytes / 1024) : '—'} | ${Math.round(q.ours.coldMs)} | ${q.stock ? Math.round(q.stock.coldMs) : '—'} | ${Math.round(q.ours.warmBytes / 1024)} | ${Math.round(q.ours.warmMs)} |`,
      ),
    ),
    '',
  ];
  writeFileSync('docs/benchmarks.md', lines.join('\n'));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      'stock-limit': { type: 'string', default: '10000' },
      'no-incremental': { type: 'boolean', default: false },
      'queries-only': { type: 'boolean', default: false },
      work: { type: 'string' },
      store: { type: 'string', default: 'docs/bench-results.json' },
      'no-report': { type: 'boolean', default: false },
      resume: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.articles);
  const work = resolve(values.work ?? join('bench-out', String(n)));
  mkdirSync(work, { recursive: true });
  const seeds = join(work, 'seeds');
  const articles = join(work, 'articles');
  const dist = join(work, 'dist');
  const store = values.store!;
  // The docs are regenerated from every run in the store, unless only this run is wanted (as the test wants it).
  const report = values['no-report'] ? () => {} : writeReport;
  const all: RunResult[] = existsSync(store) ? JSON.parse(readFileSync(store, 'utf8')) : [];

  // Measures the queries again on the site an earlier run built (after a change to the search page or the
  // benchmark's queries), keeping that run's stage figures.
  if (values['queries-only']) {
    const earlier = all.find((r) => r.articles === n);
    if (!earlier || !existsSync(join(dist, 'index.html')))
      throw new Error(`no earlier ${n}-article run with a built site in ${dist}`);
    earlier.queries = await measureQueries(
      dist,
      queriesFor(JSON.parse(readFileSync(join(seeds, 'truth.json'), 'utf8'))),
      earlier.stock !== null && existsSync(join(dist, 'pagefind-stock')),
    );
    writeFileSync(store, `${JSON.stringify(all, null, 1)}\n`);
    report(all);
    return;
  }
  const journalPath = join(work, 'bench-progress.json');
  const resumed: Journal | null =
    values.resume && existsSync(journalPath) ? JSON.parse(readFileSync(journalPath, 'utf8')) : null;
  if (resumed && (resumed.articles !== n || resumed.seed !== values.seed))
    throw new Error(
      `${journalPath} is a run of ${resumed.articles} articles, seed ${resumed.seed}: resume it with those, or start afresh without --resume`,
    );
  if (!resumed) {
    // A cold start: shards, parts and split pages cached by an earlier run would make their stages look free.
    for (const cache of ['index-cache', 'split-cache', 'parts'])
      rmSync(join(work, cache), { recursive: true, force: true });
  }
  const journal = {
    path: journalPath,
    state: resumed ?? { articles: n, seed: values.seed!, stages: [], underWay: null },
  };
  writeFileSync(journalPath, JSON.stringify(journal.state));
  const partBy = settings().ARCHIVE_PART_BY;
  const env = {
    SEEDS_DIR: seeds,
    ARTICLES_DIR: articles,
    PARTS_DIR: join(work, 'parts'),
    ARCHIVE_PART_BY: partBy,
    SEARCH_CACHE_DIR: join(work, 'index-cache'),
    SPLIT_CACHE_DIR: join(work, 'split-cache'),
  };
  // The archive is built as npm run build:parts builds it, a step a stage; the render gets the heap a user's build
  // gives it (RENDER_HEAP_MB).
  const parts = (step: string, ...rest: string[]) => [NODE, ...TSX, 'scripts/build-parts.ts', step, ...rest];

  const stages = [
    await stage(
      'generate',
      [NODE, ...TSX, 'tools/generate.ts', '--articles', String(n), '--seed', values.seed!, '--out', seeds],
      env,
      seeds,
      n,
      journal,
    ),
    await stage(
      'split',
      [NODE, ...TSX, 'scripts/split.ts', '--seeds', seeds, '--out', articles],
      env,
      articles,
      n,
      journal,
    ),
    await stage('summarize', parts('summarize'), env, join(work, 'parts'), n, journal),
    await stage(`render parts (a ${partBy} each)`, parts('part'), env, join(work, 'parts'), n, journal),
    await stage('render archive-wide pages', parts('archive'), env, join(work, 'parts', 'archive'), n, journal),
    await stage('assemble + index (shards)', parts('assemble', '--outDir', dist), env, dist, n, journal),
  ];
  const pages = readdirSync(seeds).filter((f) => f.endsWith('.txt')).length;
  const shards = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')).shards.length;
  const withStock = n <= Number(values['stock-limit']);
  const stockStage = withStock
    ? await stage(
        'stock index',
        [NODE, ...TSX, 'tools/index-stock.ts', dist, join(dist, 'pagefind-stock')],
        env,
        join(dist, 'pagefind-stock'),
        n,
        journal,
      )
    : null;

  const queries = await measureQueries(
    dist,
    queriesFor(JSON.parse(readFileSync(join(seeds, 'truth.json'), 'utf8'))),
    withStock,
  );

  let incremental: RunResult['incremental'] = null;
  if (!values['no-incremental']) {
    // One page changes: a character of its text is corrected, as an OCR fix would.
    // The first page from the middle on that holds the word: a page without it would make the rebuild a no-op.
    const pageFiles = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const middle = Math.floor(pages / 2);
    const target = [...pageFiles.slice(middle), ...pageFiles.slice(0, middle)].find((f) =>
      readFileSync(join(seeds, f), 'utf8').includes(CHANGED_WORD[0]),
    );
    if (target === undefined) throw new Error(`bench: no page holds ${CHANGED_WORD[0]}, so no page can be changed`);
    const rebuild = 'rebuild (one page changed)';
    // A resumed run made its change before it stopped: a second would edit another word.
    const changed = journal.state.underWay?.name === rebuild || journal.state.stages.some((s) => s.name === rebuild);
    const text = readFileSync(join(seeds, target), 'utf8');
    if (!changed) writeFileSync(join(seeds, target), text.replace(...CHANGED_WORD));
    // The rebuild a reader of the docs would run: split (page cache), summarize, render the parts whose inputs
    // changed and the archive-wide pages, assemble, re-index the shards whose pages changed.
    const again = [
      await stage(rebuild, [NODE, ...TSX, 'scripts/build-parts.ts', '--outDir', dist], env, dist, n, journal),
    ];
    const full = stages.slice(1).reduce((s, x) => s + x.seconds, 0);
    incremental = { seconds: again[0]!.seconds, fullSeconds: Math.round(full * 10) / 10, stages: again };
  }

  // End to end is the pipeline a real archive runs: split, render, index (the generator stands in for OCR).
  const total = stages.slice(1).reduce((s, x) => s + x.seconds, 0);
  const result: RunResult = {
    articles: n,
    pages,
    date: new Date().toISOString().slice(0, 10),
    stages,
    stock: stockStage,
    shards,
    partBy,
    parts: JSON.parse(readFileSync(join(work, 'parts', 'outline.json'), 'utf8')).parts.length,
    endToEndArticlesPerSecond: Math.round(n / total),
    queries,
    incremental,
  };
  writeFileSync(
    store,
    `${JSON.stringify(
      [...all.filter((r) => r.articles !== n), result].sort((a, b) => a.articles - b.articles),
      null,
      1,
    )}\n`,
  );
  report(JSON.parse(readFileSync(store, 'utf8')));
  console.log(
    `end to end: ${result.endToEndArticlesPerSecond} articles/s; results in ${store}${values['no-report'] ? '' : ' and docs/benchmarks.md'}`,
  );
}

await main().catch((error: Error) => {
  // A stage's own output already says what went wrong in it; this names the stage or the bad argument.
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
