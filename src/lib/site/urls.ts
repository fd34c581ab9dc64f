/** Every internal link goes through here, so the site works under any base path. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function href(path = ''): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

export const urls = {
  home: () => href(),
  article: (id: string) => href(`articles/${id}/`),
  issue: (key: string) => href(`issues/${key}/`),
  issuePage: (key: string, page: string) => href(`issues/${key}/p${page.toLowerCase()}/`),
  paper: (slug: string) => href(`papers/${slug}/`),
  papers: () => href('papers/'),
  pageFile: (name: string) => href(`page-files/${name}`),
  onThisDayIndex: () => href('on-this-day/'),
  person: (name: string) => href(`people/${encodeURIComponent(name)}/`),
  reporter: (name: string) => href(`reporters/${encodeURIComponent(name)}/`),
  onThisDay: (monthDay: string) => href(`on-this-day/${monthDay}/`),
  dates: () => href('dates/'),
  datesOf: (year: string) => href(`dates/${year}/`),
  people: () => href('people/'),
  peopleByPinyin: () => href('people/by-pinyin/'),
  reporters: () => href('reporters/'),
  reportersByPinyin: () => href('reporters/by-pinyin/'),
  feed: () => href('rss.xml'),
  sitemap: () => href('sitemap-index.xml'),
  favicon: () => href('favicon.svg'),
  dataExport: () => href('articles.json'),
  dataOfPart: (part: string) => href(`data/${part}.json`),
  searchData: () => href('search-data.json'),
  shards: () => href('pagefind/shards.json'),
  preparedAnswer: (index: number) => href(`pagefind/prepared/${index}.json`),
  personHits: (name: string, year: string) => href(`search-people/${encodeURIComponent(name)}/hits/${year}.json`),
  personFacets: (name: string) => href(`search-people/${encodeURIComponent(name)}/facets.json`),
  personCards: (name: string, file: number) => href(`search-people/${encodeURIComponent(name)}/cards/${file}.json`),
  search: (q?: string) => href(q ? `search/?q=${encodeURIComponent(q)}` : 'search/'),
};
