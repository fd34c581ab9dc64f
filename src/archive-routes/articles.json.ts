import { allArticles } from '../lib/site/collection';
import { jsonResponse } from '../lib/site/json-response';
import { partOf } from '../lib/site/parts';
import { urls } from '../lib/site/urls';

/** The data export's index: one file per part (data/<year>.json, or data/<month>.json), newest first, each with its articles' count. */
export async function GET() {
  const articles = await allArticles();
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(partOf(a), (counts.get(partOf(a)) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => (a[0] < b[0] ? 1 : -1));
  return jsonResponse(
    { count: articles.length, parts: parts.map(([part, count]) => ({ part, count, url: urls.dataOfPart(part) })) },
    1,
  );
}
