import { encodePageLines, pageIdOf, pageSchema, type PageEntryData, type PageLine } from '../../schemas/page';
import type { ArticleRecord } from './articles';
import { SeedError } from './errors';
import type { ParsedPage } from './page';

/**
 * One entry per page: its lines as printed, each with the articles (and part: body, headline, byline) or the
 * leftover it went to. Every line an article cites must be on its page: a citation past the page is an error
 * naming it, here in the split and not at render time.
 */
export function pageEntries(
  pages: ParsedPage[],
  records: ArticleRecord[],
  encodings: Record<string, string>,
): PageEntryData[] {
  const owners = new Map<string, Map<number, { kind: PageLine['kind']; articles: Set<string> }>>();
  const mark = (file: string, no: number, kind: PageLine['kind'], id: string) => {
    const lines = owners.get(file) ?? new Map();
    owners.set(file, lines);
    const line = lines.get(no) ?? { kind, articles: new Set<string>() };
    // A byline or headline outranks body on a line the two share (…。（张三）).
    if (kind !== 'body') line.kind = kind;
    line.articles.add(id);
    lines.set(no, line);
  };
  for (const { data } of records) {
    const parts = [
      {
        file: data.source,
        startLine: data.lines.body.startLine,
        endLine: data.lines.body.endLine,
        headlines: data.lines.headlines,
      },
      ...data.lines.continued,
    ];
    for (const part of parts) {
      for (let no = part.startLine; no <= part.endLine; no++) mark(part.file, no, 'body', data.id);
      for (const no of part.headlines) mark(part.file, no, 'headline', data.id);
    }
  }
  const issueOf = new Map(records.map((r) => [r.data.source, r.data.issue]));
  return pages.map((page) => {
    const leftovers = new Map(page.leftovers.map((l) => [l.line, l.reason]));
    const bylines = new Set(page.articles.map((a) => a.bylineLine).filter((n): n is number => n !== null));
    const cited = owners.get(page.source) ?? new Map();
    const past = [...cited.keys()].find((no) => no > page.printed.length);
    if (past !== undefined)
      throw new SeedError(page.source, `an article cites line ${past}, but the page has ${page.printed.length} lines`);
    const lines: PageLine[] = page.printed.map((text, i) => {
      const no = i + 1;
      const owner = cited.get(no);
      // A line inside an article's span that holds furniture (a date header at a column's end) stays a leftover.
      if (leftovers.has(no) && (!owner || owner.kind === 'body'))
        return { no, text, kind: 'leftover', articles: owner ? [...owner.articles] : [], reason: leftovers.get(no)! };
      if (owner)
        return {
          no,
          text,
          kind: bylines.has(no) && owner.kind === 'body' ? 'byline' : owner.kind,
          articles: [...owner.articles],
          reason: null,
        };
      return {
        no,
        text,
        kind: text.trim() === '' ? 'blank' : 'leftover',
        articles: [],
        reason: text.trim() === '' ? null : 'unattributed-text',
      };
    });
    const entry: PageEntryData = {
      id: pageIdOf(page.source),
      source: page.source,
      paper: page.meta.paper,
      paperSlug: page.meta.paperSlug,
      issue: issueOf.get(page.source) ?? null,
      issueDate: page.meta.issueDate,
      page: page.meta.page,
      encoding: encodings[page.source] ?? '',
      // Named by the split once it has read the files (see scripts/split.ts).
      image: null,
      pdf: null,
      lines: encodePageLines(lines),
    };
    return pageSchema.parse(entry);
  });
}
