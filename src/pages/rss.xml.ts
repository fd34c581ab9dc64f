import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articleEntries, openingOf } from '../lib/site/collection';
import { fullTitle } from '../lib/site/archive';
import { sortDateOf } from '../lib/article-dates';
import { urls } from '../lib/site/urls';

export async function GET(context: APIContext) {
  const entries = (await articleEntries()).slice(0, 50);
  return rss({
    title: '报纸档案',
    description: '最新收录的报纸文章',
    site: context.site!,
    trailingSlash: true,
    items: entries.map((e) => ({
      title: fullTitle(e.data),
      link: urls.article(e.data.id),
      pubDate: new Date(`${sortDateOf(e.data)}T00:00:00+08:00`),
      description: openingOf(e, 200),
      author: e.data.reporters.join('、') || undefined,
      categories: [e.data.paper, ...e.data.people.map((p) => p.name)],
    })),
    customData: '<language>zh-cn</language>',
  });
}
