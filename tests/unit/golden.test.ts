import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticleFile } from '../../src/lib/split/render';
import { MANIFEST_NAME, splitSeeds } from '../../src/lib/split/run';
import { CLASS_PAGES_DIR, FIXTURE_PAGES_DIR, readSeeds, SEEDS_DIR } from '../helpers';

/**
 * Golden outputs, reviewed by hand against the source pages. Regenerate deliberately with `npx vitest -u` and
 * read the diff line by line before committing it.
 */
for (const [name, dir] of [
  ['seeds', SEEDS_DIR],
  ['fixtures', FIXTURE_PAGES_DIR],
  ['classes', CLASS_PAGES_DIR],
] as const) {
  describe(`the ${name} pages`, () => {
    const result = splitSeeds(readSeeds(dir), readFileSync(join(dir, MANIFEST_NAME), 'utf8'));

    for (const page of result.pages) {
      it(`splits ${page.source} as reviewed`, async () => {
        const records = result.records.filter((r) => r.data.source === page.source);
        const golden = {
          accounting: page.accounting,
          leftovers: page.leftovers,
          review: page.review,
          articles: records.map((r) => ({ ...r.data, paragraphs: r.paragraphs })),
        };
        await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot(
          join(import.meta.dirname, '..', 'golden', name, `${page.source}.json`),
        );
      });
    }

    it('writes each article file as reviewed', async () => {
      for (const record of result.records) {
        await expect(renderArticleFile(record)).toMatchFileSnapshot(
          join(import.meta.dirname, '..', 'golden', name, 'articles', `${record.data.id}.md`),
        );
      }
    });
  });
}

describe('the five seed pages', () => {
  const result = splitSeeds(readSeeds(), readFileSync(join(SEEDS_DIR, MANIFEST_NAME), 'utf8'));

  it('hold 15 articles: 3, 3, 4, 3 and 2', () => {
    expect(result.pages.map((p) => p.articles.length)).toEqual([3, 3, 4, 3, 2]);
  });

  it('leave only the masthead lines over', () => {
    expect(result.pages.flatMap((p) => p.leftovers.map((l) => l.text))).toEqual([
      '升学团子 江南易购',
      'Jiang Nan Wan Bao',
    ]);
  });

  it('give every article a body that is exactly its source lines joined', () => {
    for (const page of result.pages) {
      const lines = readFileSync(join(SEEDS_DIR, page.source), 'utf8').split('\n');
      for (const article of page.articles) {
        const source = lines
          .slice(article.bodyStart - 1, article.bodyEnd)
          .join('')
          .replace(/\s+/g, '');
        const expected = article.byline ? source.slice(0, source.length - article.byline.text.length) : source;
        expect(article.paragraphs.join('').replace(/\s+/g, '')).toBe(expected);
      }
    }
  });

  it('title the page without headlines from its leads, marked as derived', () => {
    const page = result.records.filter((r) => r.data.source.startsWith('003_'));
    expect(page.map((r) => [r.data.title, r.data.titleSource])).toEqual([
      ['市委常委会召开第120次会议', 'derived'],
      ['全市经济运行分析会召开', 'derived'],
      ['市委书记杜小刚与北京大学党委书记郝平进行会谈', 'derived'],
    ]);
  });

  it('are deterministic: two runs render byte-identical files', () => {
    const again = splitSeeds(readSeeds(), readFileSync(join(SEEDS_DIR, MANIFEST_NAME), 'utf8'));
    expect(again.records.map(renderArticleFile)).toEqual(result.records.map(renderArticleFile));
  });
});
