import { articleEntries, paragraphsOf } from '../lib/site/collection';
import { jsonResponse } from '../lib/site/json-response';

/** Every article with its front matter and text, for people who want the data. */
export async function GET() {
  const entries = await articleEntries();
  const articles = entries.map((e) => ({ ...e.data, paragraphs: paragraphsOf(e) }));
  return jsonResponse({ count: articles.length, articles }, 1);
}
