import { describe, expect, it } from 'vitest';
import { patternOf } from '../../src/integrations/routes';
import { partOfArticleFile, partOfDay } from '../../src/lib/site/parts';
import { hanCharsOf, openingOf, paragraphsOfBody, summarize } from '../../src/lib/site/summary';
import { articleSummarySchema, OPENING_CHARS } from '../../src/schemas/summary';
import { article } from '../helpers/article';

describe('parts of the archive', () => {
  it('files an article under its issue day’s year, or month', () => {
    expect(partOfDay('2024-03-09-wxrb', 'year')).toBe('2024');
    expect(partOfDay('2024-03-09-wxrb', 'month')).toBe('2024-03');
    expect(partOfArticleFile('2019-12-31-jnwb-p2-03.md')).toBe('2019');
    expect(() => partOfArticleFile('notes.md')).toThrow(
      /notes\.md: an article file's name begins with its issue's day/,
    );
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
