import { articleEntries, paragraphsOf } from '../lib/site/collection';

/** Every article with its front matter and text, for people who want the data. */
export async function GET() {
  const entries = await articleEntries();
  const articles = entries.map((e) => ({ ...e.data, paragraphs: paragraphsOf(e) }));
  return new Response(JSON.stringify({ count: articles.length, articles }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
