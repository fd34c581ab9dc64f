import { getEntry } from 'astro:content';
import { pageIdOf, pageLines, type PageEntryData, type PageLine } from '../../schemas/page';

/** A page as the split read it (the content collection `pages`): the 原文 view's only source. */
export async function printedPage(source: string): Promise<PageEntryData> {
  const entry = await getEntry('pages', pageIdOf(source));
  if (!entry) throw new Error(`${source}: no page entry in the content (run npm run split again)`);
  return entry.data;
}

/** Lines from..to (1-based, inclusive) of a page as printed; a citation past the page names it. */
export function linesOf(page: PageEntryData, from: number, to: number): PageLine[] {
  const lines = pageLines(page.lines);
  if (from < 1 || to > lines.length || from > to)
    throw new Error(
      `${page.source}: lines ${from}–${to} cited, but the page has ${lines.length} lines (run npm run split again)`,
    );
  return lines.slice(from - 1, to);
}
