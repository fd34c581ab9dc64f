import { describe, expect, it } from 'vitest';
import { renderArticleFile } from '../../src/lib/split/render';
import { splitSeeds } from '../../src/lib/split/run';
import { generateArchive } from '../../tools/synth/generate';
import { monthOfArticlePath, planShards } from '../../src/lib/search/shards';
import { isPagefindUi, monthFilterOf } from '../../src/lib/search/indexer';
import { loadSources } from '../../tools/generate';

const sources = loadSources();

function archive(articles: number, seed: number) {
  return [...generateArchive(articles, seed, sources)];
}

describe('the synthetic archive', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(archive(40, 7).map((p) => p.text)).toEqual(archive(40, 7).map((p) => p.text));
    expect(archive(40, 8).map((p) => p.text)).not.toEqual(archive(40, 7).map((p) => p.text));
  });

  it('splits back into what was generated', () => {
    const pages = archive(200, 3);
    const manifest = {
      pages: Object.fromEntries(
        pages.map((p) => [
          p.name,
          { paper: p.paper, year: p.year, issueDate: p.issueDate, page: p.page, evidence: 'synthetic' },
        ]),
      ),
    };
    const result = splitSeeds(
      pages.map((p) => ({ name: p.name, bytes: Buffer.from(p.text) })),
      JSON.stringify(manifest),
    );
    expect(result.records).toHaveLength(200);
    let titled = 0;
    let titledRight = 0;
    for (const page of result.pages) {
      const truth = pages.find((p) => p.name === page.source)!.articles;
      expect(page.leftovers).toEqual([]);
      page.articles.forEach((article, i) => {
        expect(article.paragraphs.join('').replace(/\s/g, '')).toBe(truth[i]!.body);
        expect(article.byline?.names).toEqual(truth[i]!.reporters);
        expect(article.date).toBe(truth[i]!.date);
        if (truth[i]!.title) {
          titled++;
          if (article.title === truth[i]!.title && article.kicker === truth[i]!.kicker) titledRight++;
        }
      });
    }
    // Headline assignment is a judgement from shared words; it must be right nearly always.
    expect(titled).toBeGreaterThan(150);
    expect(titledRight / titled).toBeGreaterThanOrEqual(0.95);
    expect(result.records.map(renderArticleFile).join('').length).toBeGreaterThan(0);
  });
});

describe('planShards', () => {
  it('groups consecutive months, newest first, up to the page limit, and names their years', () => {
    const shards = planShards(
      new Map([
        ['2020-11', 300],
        ['2020-12', 300],
        ['2021-01', 500],
        ['2021-02', 100],
      ]),
      700,
    );
    expect(shards.map((s) => [s.key, s.pages, s.years])).toEqual([
      ['2021-01-2021-02', 600, ['2021']],
      ['2020-11-2020-12', 600, ['2020']],
    ]);
    expect(
      planShards(
        new Map([
          ['2020-12', 10],
          ['2021-01', 10],
        ]),
      ).map((s) => s.years),
    ).toEqual([['2021', '2020']]);
  });
  it('keeps a month larger than the limit whole, in a shard of its own', () => {
    expect(
      planShards(
        new Map([
          ['2020-05', 9000],
          ['2020-06', 10],
        ]),
        4000,
      ).map((s) => s.key),
    ).toEqual(['2020-06', '2020-05']);
  });
  it('leaves Pagefind’s prebuilt UIs out of a shard, keeping what a search loads', () => {
    for (const kept of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind-entry.json'])
      expect(isPagefindUi(`/x/2024-09/${kept}`)).toBe(false);
    for (const dropped of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js'])
      expect(isPagefindUi(`/x/2024-09/${dropped}`)).toBe(true);
  });
  it('shards an article by the month it is filtered by, which may be before its issue’s', () => {
    expect(monthFilterOf('<span hidden data-pagefind-filter="month:2024-12"></span>')).toBe('2024-12');
    expect(monthFilterOf('<span hidden data-pagefind-filter="year:2024"></span>')).toBeNull();
  });
  it('reads the month from an article page path only', () => {
    expect(monthOfArticlePath('articles/2023-02-17-wxrb-p1-01/index.html')).toBe('2023-02');
    expect(monthOfArticlePath('people/2023/index.html')).toBeNull();
  });
});
