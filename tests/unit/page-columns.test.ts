import { describe, expect, it } from 'vitest';
import { encodePageLines, pageLines, pageLinesSchema, type PageLine } from '../../src/schemas/page';

describe('a page entry’s lines in columns', () => {
  it('gives back every line as it went in: text, kind, owners and reason', () => {
    const lines: PageLine[] = [
      { no: 1, text: '第A01版：要闻', kind: 'leftover', articles: [], reason: 'page-furniture' },
      { no: 2, text: '本报讯 会议指出，', kind: 'body', articles: ['a-01'], reason: null },
      { no: 3, text: '要抓好落实。（张三） 本报讯 3月5日，', kind: 'body', articles: ['a-01', 'a-02'], reason: null },
      { no: 4, text: '', kind: 'blank', articles: [], reason: null },
      { no: 5, text: '（李四）', kind: 'byline', articles: ['a-02'], reason: null },
      { no: 6, text: '市委召开会议', kind: 'headline', articles: ['a-01'], reason: null },
      { no: 7, text: '（下转第2版）', kind: 'leftover', articles: ['a-02'], reason: 'jump-marker' },
    ];
    const columns = pageLinesSchema.parse(encodePageLines(lines));
    expect(columns.articles).toEqual(['a-01', 'a-02']);
    expect(pageLines(columns)).toEqual(lines);
  });

  it('holds a page of one empty line', () => {
    const lines: PageLine[] = [{ no: 1, text: '', kind: 'blank', articles: [], reason: null }];
    expect(pageLines(encodePageLines(lines))).toEqual(lines);
  });
});
