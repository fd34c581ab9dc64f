import { articleEntries, paragraphsOf } from '../lib/site/collection';
import { peopleOf, reportersOf } from '../lib/site/archive';
import { buildFoldTable } from '../lib/search/fold-table';

/**
 * What the search page needs besides the Pagefind index: the people (for exact name filters and pinyin
 * suggestions) and the traditional → simplified table for this archive's characters.
 */
export async function GET() {
  const entries = await articleEntries();
  const articles = entries.map((e) => e.data);
  const texts = entries.flatMap((e) => [...paragraphsOf(e), e.data.title, ...e.data.headlines]);
  const people = peopleOf(articles).map((p) => ({ name: p.name, pinyin: p.pinyin, initials: p.initials, count: p.articles.length, role: p.roles[0] ?? null }));
  const reporters = reportersOf(articles).map((p) => ({ name: p.name, pinyin: p.pinyin, initials: p.initials, count: p.articles.length }));
  return new Response(JSON.stringify({ people, reporters, fold: buildFoldTable(texts) }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
