import type { GetStaticPaths } from 'astro';
import { articleEntries, paragraphsOf, type ArticleEntry } from '../../lib/site/collection';
import { jsonResponse } from '../../lib/site/json-response';
import { partOf } from '../../lib/site/parts';

/** Every article of a part (a year, or a month) with its front matter and text, newest first, for people who want the data. */
export const getStaticPaths = (async () => {
  const byPart = new Map<string, ArticleEntry[]>();
  for (const entry of await articleEntries()) {
    const part = partOf(entry.data);
    const list = byPart.get(part);
    if (list) list.push(entry);
    else byPart.set(part, [entry]);
  }
  return [...byPart].map(([part, entries]) => ({ params: { part }, props: { part, entries } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { part: string; entries: ArticleEntry[] } }) {
  const articles = props.entries.map((e) => ({ ...e.data, paragraphs: paragraphsOf(e) }));
  return jsonResponse({ part: props.part, count: articles.length, articles }, 1);
}
