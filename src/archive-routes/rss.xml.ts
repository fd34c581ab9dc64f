import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allArticles } from '../lib/site/collection';
import { openingOf } from '../lib/site/summary';
import { fullTitle } from '../lib/site/archive';
import { sortDateOf } from '../lib/article-dates';
import { urls } from '../lib/site/urls';
import { FEED_DESCRIPTION, SITE_NAME } from '../lib/site/site-info';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function GET(context: APIContext) {
  const articles = (await allArticles()).slice(0, 50);
  return rss({
    title: SITE_NAME,
    description: FEED_DESCRIPTION,
    // The channel links to the archive's home, under its base path.
    site: new URL(import.meta.env.BASE_URL, context.site!).href,
    trailingSlash: true,
    items: articles.map((a) => ({
      title: fullTitle(a),
      link: urls.article(a.id),
      pubDate: new Date(`${sortDateOf(a)}T00:00:00+08:00`),
      // RSS readers render a description as HTML: the text is escaped for HTML here, and again for XML by the
      // feed writer, so <img …> in an article reaches the reader as text.
      description: escapeHtml(openingOf(a, 200)),
      author: a.reporters.join('、') || undefined,
      categories: [a.paper, ...a.people.map((p) => p.name)],
    })),
    customData: '<language>zh-cn</language>',
  });
}
