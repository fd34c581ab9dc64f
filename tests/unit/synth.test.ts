import { describe, expect, it } from 'vitest';
import { renderArticleFile } from '../../src/lib/split/render';
import { splitSeeds } from '../../src/lib/split/run';
import { generateArchive } from '../../tools/synth/generate';
import { planShards, yearOfArticlePath } from '../../src/lib/search/shards';
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
  it('groups consecutive years, newest first, up to the page limit', () => {
    const shards = planShards(
      new Map([
        ['2020', 300],
        ['2021', 300],
        ['2022', 500],
        ['2023', 100],
      ]),
      700,
    );
    expect(shards.map((s) => [s.key, s.pages])).toEqual([
      ['2022-2023', 600],
      ['2020-2021', 600],
    ]);
  });
  it('keeps a year larger than the limit whole, in a shard of its own', () => {
    expect(
      planShards(
        new Map([
          ['2020', 9000],
          ['2021', 10],
        ]),
        4000,
      ).map((s) => s.key),
    ).toEqual(['2021', '2020']);
  });
  it('reads the year from an article page path only', () => {
    expect(yearOfArticlePath('articles/2023-02-17-wxrb-p1-01/index.html')).toBe('2023');
    expect(yearOfArticlePath('people/2023/index.html')).toBeNull();
  });
});
