import { describe, expect, it } from 'vitest';
import { patternOf } from '../../src/integrations/routes';
import { archiveRecord, changedNames } from '../../src/lib/site/archive-plan';
import { partOfArticleFile, partOfDay, partsToRender } from '../../src/lib/site/parts';
import { hanCharsOf, openingOf, paragraphsOfBody, summarize } from '../../src/lib/site/summary';
import { articleSummarySchema, OPENING_CHARS } from '../../src/schemas/summary';
import { article } from '../helpers/article';

describe('parts of the archive', () => {
  it('files an article under its issue day’s year, or month', () => {
    expect(partOfDay('2024-03-09-wxrb', 'year')).toBe('2024');
    expect(partOfDay('2024-03-09-wxrb', 'month')).toBe('2024-03');
    // A month each unless ARCHIVE_PART_BY says a year.
    expect(partOfArticleFile('2019-12-31-jnwb-p2-03.md')).toBe('2019-12');
    expect(() => partOfArticleFile('notes.md')).toThrow(
      /notes\.md: an article file's name begins with its issue's day/,
    );
  });

  it('gives a render step one part, a CI job’s share, or all', () => {
    const parts = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'];
    expect(partsToRender(parts, '2024-03', null)).toEqual(['2024-03']);
    expect(partsToRender(parts, null, '1/2')).toEqual(['2024-01', '2024-03', '2024-05']);
    expect(partsToRender(parts, null, '2/2')).toEqual(['2024-02', '2024-04']);
    expect(partsToRender(parts, null, '3/3')).toEqual(['2024-03']);
    expect(partsToRender(parts, null, null)).toEqual(parts);
    expect(() => partsToRender(parts, '2023-12', null)).toThrow(/--part 2023-12: the archive has no such part/);
    expect(() => partsToRender(parts, null, '4/3')).toThrow(/--batch 4\/3: expected i\/n/);
  });

  it('reads a route file’s URL pattern as Astro reads src/pages', () => {
    expect(patternOf('index.astro')).toBe('/');
    expect(patternOf('dates/index.astro')).toBe('/dates');
    expect(patternOf('issues/[issue]/[page].astro')).toBe('/issues/[issue]/[page]');
    expect(patternOf('people/[name]/[...page].astro')).toBe('/people/[name]/[...page]');
    expect(patternOf('search-people/[name]/cards/[file].json.ts')).toBe('/search-people/[name]/cards/[file].json');
    expect(patternOf('rss.xml.ts')).toBe('/rss.xml');
  });
});

describe('an article’s summary', () => {
  const text = `市委书记杜小刚${'调研'.repeat(150)}。`;
  const data = article('2024-03-09-01', { people: [{ name: '杜小刚', role: '市委书记' }] });
  const summary = summarize(data, [text.slice(0, 100), text.slice(100)]);

  it('keeps enough of the text for every opening the pages show, and no more', () => {
    expect(articleSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.opening).toHaveLength(OPENING_CHARS + 1);
    expect(openingOf(summary, 80)).toBe(`${text.slice(0, 80)}…`);
    expect(openingOf(summary, OPENING_CHARS)).toBe(`${text.slice(0, OPENING_CHARS)}…`);
    const short = summarize(data, ['一句话。']);
    expect(openingOf(short, 80)).toBe('一句话。');
    expect(() => openingOf(summary, OPENING_CHARS + 1)).toThrow(/at most/);
  });

  it('carries each named person’s card excerpt and the Han characters search folds', () => {
    expect(summary.excerpts['杜小刚']).toMatch(/^市委书记杜小刚调研/);
    expect(hanCharsOf(['调研杜小刚 abc', '小刚。'])).toBe([...'调研杜小刚'].sort().join(''));
  });

  it('reads paragraphs from the Markdown body as the article page does', () => {
    expect(paragraphsOfBody('\n第一段\\*\n\n\n  第二段  \n')).toEqual(['第一段*', '第二段']);
  });
});

describe('which archive-wide pages a change touches', () => {
  const summaryOf = (id: string, people: string[], reporters: string[], text = '正文。') =>
    summarize(article(id, { people: people.map((name) => ({ name, role: null })), reporters }), [text]);
  const archive = [
    summaryOf('2024-03-09-02', ['杜小刚', '赵建军'], ['惠晓婧']),
    summaryOf('2024-03-09-01', ['杜小刚'], ['朱冬梅']),
    summaryOf('2024-03-08-01', ['黄钦'], ['惠晓婧']),
  ];
  const before = archiveRecord(archive);

  it('names the people and reporters of an edited article, and only them', () => {
    const edited = [archive[0]!, summaryOf('2024-03-09-01', ['杜小刚'], ['朱冬梅'], '改过的正文。'), archive[2]!];
    expect(changedNames(before, archiveRecord(edited))).toEqual({ people: ['杜小刚'], reporters: ['朱冬梅'] });
    expect(changedNames(before, archiveRecord(archive))).toEqual({ people: [], reporters: [] });
  });

  it('renders everything when there is no record or the archive changed shape', () => {
    expect(changedNames(null, before)).toBeNull();
    const renamed = [archive[0]!, summaryOf('2024-03-09-01', ['杜晓刚'], ['朱冬梅']), archive[2]!];
    expect(changedNames(before, archiveRecord(renamed))).toBeNull();
    // 黄钦's one article moved to 2023: his hits' year file is another, so the set of files changed.
    const moved = [archive[0]!, archive[1]!, summaryOf('2023-03-08-01', ['黄钦'], ['惠晓婧'])];
    expect(archiveRecord(moved).shape).not.toBe(before.shape);
    expect(changedNames(before, archiveRecord(moved))).toBeNull();
  });

  it('names everyone whose articles moved in the archive’s order when an article is added at its head', () => {
    const added = [summaryOf('2024-03-10-01', ['黄钦'], ['朱冬梅']), ...archive];
    const grown = archiveRecord(added);
    // 黄钦 and 朱冬梅 gain an article (a new shape only when a page or card file is gained); the ordinals of every
    // hit move, so every person's search files change.
    const changed = changedNames({ ...before, shape: grown.shape }, grown);
    expect(changed!.people).toEqual(['杜小刚', '赵建军', '黄钦'].sort());
    expect(changed!.reporters).toEqual(['朱冬梅']);
  });
});
