import { describe, expect, it } from 'vitest';
import {
  plainText,
  rememberingSearch,
  runSearch,
  stateFromParams,
  statusOf,
  type PagefindApi,
  type PagefindResponse,
  type SearchIO,
  type SearchState,
} from '../../src/lib/search/engine';
import {
  CARDS_PER_FILE,
  encodeHits,
  personFacets,
  yearStartsOf,
  type PersonHits,
  type ResultCard,
} from '../../src/lib/search/person-hits';
import { FILTER_KEYS, type PagefindFilter, type SearchData } from '../../src/lib/search/plan';
import { answerInShard, joinShardAnswers } from '../../src/lib/search/prepared';
import type { Article } from '../../src/schemas/article';
import { article } from '../helpers/article';

/**
 * The search engine against fakes: a fake Pagefind that, like the real one on Chinese, matches an unquoted query
 * by its characters anywhere and a quoted one by the whole sequence — except where told to miss it, as the real
 * one misses phrases its index segmented differently — and people's hits and cards built by the site's own code.
 */
interface Doc {
  article: Article;
  content: string;
  /** The quoted search misses this document (a segmentation the browser and the index disagree on). */
  missedByQuote?: boolean;
}

/** Pagefind's filter language (a filter's values any/all of them; filters joined by all/any) over a document. */
function passes(filter: PagefindFilter | Record<string, never>, values: Record<string, string[]>): boolean {
  return Object.entries(filter).every(
    ([key, want]: [string, PagefindFilter[] | { any: string[] } | { all: string[] }]) => {
      if (Array.isArray(want))
        return key === 'all' ? want.every((f) => passes(f, values)) : want.some((f) => passes(f, values));
      const has = values[key] ?? [];
      return 'any' in want ? want.any.some((v) => has.includes(v)) : want.all.every((v) => has.includes(v));
    },
  );
}

function fakePagefind(docs: Doc[], log: string[]): PagefindApi {
  const matches = (doc: Doc, query: string | null) => {
    if (query === null) return true;
    const quoted = /^"(.*)"$/.exec(query);
    if (quoted) return !doc.missedByQuote && doc.content.includes(quoted[1]!);
    return [...query].every((ch) => doc.content.includes(ch));
  };
  // A stand-in for Pagefind's relevance: occurrences of the query, a title's counting double, over the length.
  const scoreOf = (doc: Doc, query: string | null) => {
    const text = query?.replace(/"/g, '');
    if (!text || query!.startsWith('"')) return 1;
    const count = (s: string) => s.split(text).length - 1;
    return (count(doc.content) + 2 * count(doc.article.title)) / doc.content.length;
  };
  const filterValues = (doc: Doc): Record<string, string[]> => ({
    paper: [doc.article.paper],
    year: [(doc.article.date ?? '').slice(0, 4)],
    month: [(doc.article.date ?? '').slice(0, 7)],
    day: [doc.article.date ?? ''],
    person: doc.article.people.map((p) => p.name),
    reporter: doc.article.reporters,
  });
  return {
    async search(query, options): Promise<PagefindResponse> {
      log.push(`search ${query ?? '(filters)'}`);
      const matched = docs.filter((d) => matches(d, query) && passes(options.filters ?? {}, filterValues(d)));
      const direction = options.sort?.date;
      // Like Pagefind over merged indexes (one per year here): each index sorts its own results — by date, scored
      // by rank, when asked — and the indexes' results are merged by score, so sorted results interleave.
      const years = [...new Set(matched.map((d) => d.article.date!.slice(0, 4)))];
      const scored = years.flatMap((year) => {
        const own = matched.filter((d) => d.article.date!.startsWith(year));
        if (direction)
          own.sort(
            (a, b) => (direction === 'asc' ? 1 : -1) * (a.article.date ?? '').localeCompare(b.article.date ?? ''),
          );
        return own.map((d, i) => ({ d, score: direction ? 1 - i / own.length : scoreOf(d, query) }));
      });
      const found = scored.sort((a, b) => b.score - a.score).map(({ d }) => d);
      const scoreOfFound = new Map(scored.map(({ d, score }) => [d, score]));
      const filters: PagefindResponse['filters'] = {};
      for (const d of found)
        for (const [key, values] of Object.entries(filterValues(d)))
          for (const v of values) (filters[key] ??= {})[v] = (filters[key]![v] ?? 0) + 1;
      return {
        filters,
        results: found.map((d) => ({
          id: d.article.id,
          score: scoreOfFound.get(d)!,
          data: async () => {
            log.push(`data ${d.article.id}`);
            return {
              url: `/articles/${d.article.id}/`,
              content: d.content,
              meta: { title: d.article.title, date: d.article.date ?? undefined },
              filters: filterValues(d),
            };
          },
        })),
      };
    },
    filters: async () => (log.push('filters loaded'), { paper: { 无锡日报: docs.length } }),
  };
}

const person = (name: string) => ({ name, role: null });
const DOCS: Doc[] = [
  {
    article: article('2024-09-03-wxrb-p1-01', {
      title: '集成电路产业推进会召开',
      people: [person('杜小刚')],
      reporters: ['惠晓婧'],
      date: '2024-09-03',
    }),
    content: '全市集成电路产业推进会召开，杜小刚出席。',
  },
  {
    article: article('2024-09-02-wxrb-p1-01', {
      title: '审计委员会会议',
      people: [person('杜小刚'), person('赵建军')],
      date: '2024-09-02',
    }),
    content: '市委审计委员会召开会议，杜小刚主持，赵建军出席。',
  },
  {
    article: article('2023-02-17-wxrb-p1-01', { title: '电路维修', people: [person('赵建军')], date: '2023-02-17' }),
    content: '集中维修路灯电路，赵建军检查。',
    missedByQuote: false,
  },
  {
    article: article('2023-02-16-wxrb-p1-01', { title: '集成电路', people: [], date: '2023-02-16' }),
    content: '无锡集成电路企业新增三家。',
    missedByQuote: true,
  },
];

function fakeIO(docs: Doc[] = DOCS, failing: Partial<Record<keyof SearchIO, boolean>> = {}, prepared: string[] = []) {
  const log: string[] = [];
  const articles = docs.map((d) => d.article);
  const names = [...new Set(articles.flatMap((a) => a.people.map((p) => p.name)))].sort();
  const papers = [...new Set(articles.map((a) => a.paper))].sort();
  const lookups = { papers, reporters: ['惠晓婧'], people: names };
  const ordinalOf = new Map(articles.map((a, i) => [a.id, i]));
  const data: SearchData = {
    people: names.map((name) => ({
      name,
      pinyin: name,
      initials: name,
      count: articles.filter((a) => a.people.some((p) => p.name === name)).length,
      role: null,
    })),
    reporters: [{ name: '惠晓婧', pinyin: 'huixiaojing', initials: 'hxj', count: 1 }],
    papers: lookups.papers,
    paperCounts: papers.map((p) => articles.filter((a) => a.paper === p).length),
    articles: articles.length,
    yearStarts: yearStartsOf(articles),
    fold: { 剛: '刚' },
  };
  const hitsOf = (name: string, year?: string): PersonHits =>
    encodeHits(
      articles.filter((a) => a.people.some((p) => p.name === name) && (!year || a.date!.startsWith(year))),
      ordinalOf,
      lookups,
    );
  const cardsOf = (name: string, file: number): ResultCard[] =>
    articles
      .filter((a) => a.people.some((p) => p.name === name))
      .slice(file * CARDS_PER_FILE, (file + 1) * CARDS_PER_FILE)
      .map((a) => ({
        ordinal: ordinalOf.get(a.id)!,
        id: a.id,
        title: a.title,
        date: a.date!,
        paper: a.paper,
        excerpt: a.title,
      }));
  const fail = (what: keyof SearchIO) => {
    if (failing[what]) throw new Error(`${what} is down`);
  };
  const io: SearchIO = {
    data: async () => (fail('data'), log.push('data'), data),
    personHits: async (name, year) => (fail('personHits'), log.push(`hits ${name} ${year}`), hitsOf(name, year)),
    personFacets: async (name) => (
      fail('personFacets'),
      log.push(`facets ${name}`),
      personFacets(hitsOf(name), data.yearStarts, lookups)
    ),
    personCards: async (name, file) => (log.push(`cards ${name} ${file}`), cardsOf(name, file)),
    // One shard per year, newest first.
    shards: async () => ({
      shards: [...new Set(articles.map((a) => a.date!.slice(0, 4)))]
        .sort()
        .reverse()
        .map((year) => ({
          key: year,
          years: [year],
          months: [...new Set(articles.map((a) => a.date!.slice(0, 7)).filter((m) => m.startsWith(year)))],
          pages: 0,
          path: `pagefind/${year}/`,
        })),
      ...(prepared.length ? { prepared } : {}),
    }),
    // As the build prepares them: each shard (a year, newest first) asked alone, the answers joined.
    prepared: async (index) => {
      log.push(`prepared ${index}`);
      const years = [...new Set(articles.map((a) => a.date!.slice(0, 4)))].sort().reverse();
      const quiet: string[] = [];
      const inYear = (year: string) =>
        fakePagefind(
          docs.filter((d) => d.article.date!.startsWith(year)),
          quiet,
        );
      return joinShardAnswers(await Promise.all(years.map((year) => answerInShard(inYear(year), prepared[index]!))));
    },
    pagefind: async (keys) => (
      fail('pagefind'),
      log.push(`pagefind ${keys?.join(',') ?? '*'}`),
      fakePagefind(
        docs.filter((d) => !keys || keys.includes(d.article.date!.slice(0, 4))),
        log,
      )
    ),
    articleUrl: (id) => `/articles/${id}/`,
  };
  return { io, log };
}

const search = (q: string, extra: Partial<SearchState> = {}) => ({
  q,
  sort: 'relevance' as const,
  chosen: {},
  ...extra,
});

async function titles(state: SearchState, io = fakeIO().io) {
  const outcome = await runSearch(state, io);
  if (outcome.kind !== 'answer') throw new Error('no answer');
  return (await outcome.answer.slice(0, 10)).map((r) => r.title);
}

describe('the search engine', () => {
  it('answers names only from the people’s files, fetching no index, newest first', async () => {
    const { io, log } = fakeIO();
    const outcome = await runSearch(search('杜小刚'), io);
    expect(outcome.kind === 'answer' && (await outcome.answer.slice(0, 10)).map((r) => r.title)).toEqual([
      '集成电路产业推进会召开',
      '审计委员会会议',
    ]);
    expect(log.some((l) => l.startsWith('pagefind'))).toBe(false);
    expect(outcome.kind === 'answer' && outcome.answer.byDate).toBe(true);
  });

  it('answers a bare name from its facets and cards without its hits file, as the hits would answer it', async () => {
    // 130 articles over three years and two papers, 赵建军 in all but every tenth: three card files of his.
    const docs: Doc[] = Array.from({ length: 130 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 11, 31) - i * 9 * 86_400_000).toISOString().slice(0, 10);
      const names = i % 10 === 0 ? ['杜小刚'] : i % 3 === 0 ? ['赵建军', '杜小刚'] : ['赵建军'];
      return {
        article: article(`${day}-p1-01`, {
          title: `第${i}篇`,
          paper: i % 4 === 0 ? '江南晚报' : '无锡日报',
          people: names.map(person),
          date: day,
        }),
        content: `${names.join('、')}出席。`,
      };
    });
    const bare = fakeIO(docs);
    // Ticking every paper narrows nothing but sends the search through the hits file.
    const everyPaper = { paper: ['无锡日报', '江南晚报'] };
    for (const sort of ['relevance', 'date', 'date-asc'] as const) {
      const fast = await runSearch(search('赵建军', { sort }), bare.io);
      const slow = await runSearch(search('赵建军', { sort, chosen: everyPaper }), fakeIO(docs).io);
      if (fast.kind !== 'answer' || slow.kind !== 'answer') throw new Error('no answer');
      expect(fast.answer.total).toBe(117);
      expect(fast.answer.total).toBe(slow.answer.total);
      expect(fast.answer.counts).toEqual(slow.answer.counts);
      expect(fast.answer.byDate).toBe(slow.answer.byDate);
      // Across the card files' edges (50 and 100), and past the end.
      for (const [from, to] of [
        [0, 10],
        [45, 55],
        [95, 130],
      ] as const)
        expect(await fast.answer.slice(from, to)).toEqual(await slow.answer.slice(from, to));
    }
    expect(bare.log.filter((l) => l.startsWith('hits') || l.startsWith('pagefind'))).toEqual([]);
    expect(bare.log).toContain('facets 赵建军');
    // Ticked alone it is the same search; with another filter it needs the hits.
    const ticked = fakeIO(docs);
    await runSearch(search('', { chosen: { person: ['赵建军'] } }), ticked.io);
    expect(ticked.log.some((l) => l.startsWith('hits'))).toBe(false);
    const narrowed = fakeIO(docs);
    await runSearch(search('赵建军', { chosen: { year: ['2024'] } }), narrowed.io);
    expect(narrowed.log).toContain('hits 赵建军 2024');
  });

  it('fetches a name’s hits only for the years a search reaches, and finds their cards among all of theirs', async () => {
    // Two of every three days name 赵建军, over 2023–2025: his 2024 hits sit after all of 2025's in his cards.
    const docs: Doc[] = Array.from({ length: 150 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 11, 31) - i * 7 * 86_400_000).toISOString().slice(0, 10);
      const names = i % 3 === 2 ? ['杜小刚'] : ['赵建军', '杜小刚'];
      return {
        article: article(`${day}-p1-01`, { title: `第${i}篇`, people: names.map(person), date: day }),
        content: `${names.join('、')}出席。`,
      };
    });
    const expected = (year: string, names: string[]) =>
      docs
        .filter((d) => d.article.date!.startsWith(year) && names.every((n) => d.content.includes(n)))
        .map((d) => d.article.title);
    for (const q of ['赵建军', '赵建军 杜小刚']) {
      const { io, log } = fakeIO(docs);
      const outcome = await runSearch(search(q, { chosen: { year: ['2024'] } }), io);
      if (outcome.kind !== 'answer') throw new Error('no answer');
      const want = expected('2024', q.split(' '));
      expect(want.length).toBeGreaterThan(CARDS_PER_FILE / 2);
      expect(outcome.answer.total).toBe(want.length);
      expect((await outcome.answer.slice(0, want.length)).map((r) => r.title)).toEqual(want);
      expect(log.filter((l) => l.startsWith('hits')).sort()).toEqual(
        q
          .split(' ')
          .map((n) => `hits ${n} 2024`)
          .sort(),
      );
    }
    // Unnarrowed, two names read every year of both.
    const { io, log } = fakeIO(docs);
    const both = await runSearch(search('赵建军 杜小刚'), io);
    expect(both.kind === 'answer' && both.answer.total).toBe(
      ['2023', '2024', '2025'].reduce((n, y) => n + expected(y, ['赵建军', '杜小刚']).length, 0),
    );
    expect(log.filter((l) => l.startsWith('hits')).length).toBe(6);
    // In either date order, the first page comes from the nearest year alone, and is the answer's first page.
    for (const [sort, nearest] of [
      ['date', '2025'],
      ['date-asc', '2023'],
      ['relevance', '2025'],
    ] as const) {
      const { io, log } = fakeIO(docs);
      let early: { titles: string[]; read: string[] } | null = null;
      const outcome = await runSearch(search('赵建军 杜小刚', { sort }), io, (first) => {
        early = { titles: first.map((r) => r.title), read: log.filter((l) => l.startsWith('hits')) };
      });
      if (outcome.kind !== 'answer' || !early) throw new Error('no early first page');
      const { titles, read } = early as { titles: string[]; read: string[] };
      expect(read.sort()).toEqual([`hits 杜小刚 ${nearest}`, `hits 赵建军 ${nearest}`]);
      expect(titles).toEqual((await outcome.answer.slice(0, 10)).map((r) => r.title));
      expect(titles).toHaveLength(10);
    }
  });

  it('intersects two names and counts the facets exactly', async () => {
    const outcome = await runSearch(search('杜小刚 赵建军'), fakeIO().io);
    if (outcome.kind !== 'answer') throw new Error('no answer');
    expect(outcome.answer.total).toBe(1);
    expect(outcome.answer.counts.person).toEqual({ 杜小刚: 1, 赵建军: 1 });
  });

  it('folds traditional characters before planning (杜小剛 is 杜小刚)', async () => {
    expect(await titles(search('杜小剛'))).toEqual(['集成电路产业推进会召开', '审计委员会会议']);
  });

  it('finds a word by its exact sequence only, and recovers what the quoted search missed by rechecking its text', async () => {
    // 电路维修 holds 电 and 路 apart from 集成: the broad search finds it, the recheck throws it out; the fourth
    // article is missed by the quoted search and recovered.
    expect((await titles(search('集成电路'))).sort()).toEqual(['集成电路', '集成电路产业推进会召开'].sort());
  });

  it('gives up completeness, and says so, rather than read too many candidates', async () => {
    const many: Doc[] = Array.from({ length: 60 }, (_, i) => ({
      article: article(`2022-01-${String((i % 28) + 1).padStart(2, '0')}-wxrb-p1-${String(i + 1).padStart(2, '0')}`, {
        title: `文${i}`,
      }),
      content: '集合成员电力道路',
    }));
    const outcome = await runSearch(search('集成电路'), fakeIO(many).io);
    expect(outcome.kind === 'answer' && outcome.answer.complete).toBe(false);
    expect(statusOf(outcome).text).toContain('结果可能不全');
  });

  it('combines a name and a word: the name as an exact person filter on the word’s call', async () => {
    const { io, log } = fakeIO();
    expect(await titles(search('赵建军 会议'), io)).toEqual(['审计委员会会议']);
    expect(log).toContain('search "会议"');
  });

  it('applies chosen filters and loads only the shard of a chosen year', async () => {
    const { io, log } = fakeIO();
    // 集成电路 of 2023 is missed by the quoted search and recovered; it ranks first, 电路 being in its title.
    expect(await titles(search('电路', { chosen: { year: ['2023'] } }), io)).toEqual(['集成电路', '电路维修']);
    expect(log).toContain('pagefind 2023');
  });

  it('ranks by the broad search’s score: more occurrences, in the title, in denser text first', async () => {
    // The quoted search scores every match alike and returns them in index order: one mention first.
    const docs: Doc[] = [
      ['2024-01-01-wxrb-p1-01', '通讯', '会议一次。' + '其他内容'.repeat(20)],
      ['2024-01-02-wxrb-p1-01', '要闻', '会议。'.repeat(6) + '其他内容'.repeat(5)],
      ['2024-01-03-wxrb-p1-01', '常委会召开会议', '会议。' + '其他内容'.repeat(5)],
    ].map(([id, title, content]) => ({ article: article(id!, { title, date: id!.slice(0, 10) }), content: content! }));
    expect(await titles(search('会议'), fakeIO(docs).io)).toEqual(['要闻', '常委会召开会议', '通讯']);
    // Two words: their scores add up, so the first is neither the first by 会议 alone nor by 其他 alone.
    expect(await titles(search('会议 其他'), fakeIO(docs).io)).toEqual(['常委会召开会议', '要闻', '通讯']);
  });

  it('takes values chosen within one filter as alternatives, and counts a chosen filter as if unchosen', async () => {
    const state = search('电路', { chosen: { year: ['2024', '2023'] } });
    expect((await titles(state)).sort()).toEqual(['集成电路', '集成电路产业推进会召开', '电路维修'].sort());
    // People ticked are alternatives: either person's articles, from their hits files alone.
    const { io, log } = fakeIO();
    const either = await runSearch(search('', { chosen: { person: ['杜小刚', '赵建军'] } }), io);
    if (either.kind !== 'answer') throw new Error('no answer');
    expect(either.answer.total).toBe(3);
    expect(log.some((l) => l.startsWith('pagefind'))).toBe(false);
    // With a year chosen, the years' counts still say what another year would add; other counts are narrowed.
    const narrowed = await runSearch(search('赵建军', { chosen: { year: ['2023'] } }), fakeIO().io);
    if (narrowed.kind !== 'answer') throw new Error('no answer');
    expect(narrowed.answer.total).toBe(1);
    expect(narrowed.answer.counts.year).toEqual({ 2024: 1, 2023: 1 });
    expect(narrowed.answer.counts.person).toEqual({ 赵建军: 1 });
    const byText = await runSearch(search('会议', { chosen: { person: ['赵建军'] } }), fakeIO().io);
    if (byText.kind !== 'answer') throw new Error('no answer');
    expect(byText.answer.counts.person).toEqual({ 杜小刚: 1, 赵建军: 1 });
  });

  it('keeps to a date range, by filter values through Pagefind and by reading dates of people’s hits', async () => {
    const range = { from: '2023-02-17', to: '2024-09-02' };
    expect(await titles(search('电路', { range }))).toEqual(['电路维修']);
    const { io, log } = fakeIO();
    expect(await titles(search('赵建军', { range }), io)).toEqual(['审计委员会会议', '电路维修']);
    expect(log.some((l) => l.startsWith('pagefind'))).toBe(false);
    expect(await titles(search('杜小刚', { range: { from: '2024-09-03' } }))).toEqual(['集成电路产业推进会召开']);
    expect(await titles(search('', { range: { to: '2023-02-16' } }))).toEqual(['集成电路']);
    // Only the shards of the years the range reaches are loaded.
    const shards = fakeIO();
    await runSearch(search('电路', { range: { from: '2024-01-01' } }), shards.io);
    expect(shards.log).toContain('pagefind 2024');
  });

  it('in date order, shows a first page from the nearest shards before it searches them all', async () => {
    // Three years of articles, one shard each; twelve mention 会议 in the newest year, three in each older one.
    const docs: Doc[] = ['2024', '2023', '2022'].flatMap((year, y) =>
      Array.from({ length: y === 0 ? 12 : 3 }, (_, i) => {
        const id = `${year}-03-${String(i + 1).padStart(2, '0')}-wxrb-p1-01`;
        return { article: article(id, { title: `会议${year}-${i}` }), content: `召开会议${i}` };
      }),
    );
    for (const sort of ['date', 'date-asc'] as const) {
      const { io, log } = fakeIO(docs);
      const early: string[][] = [];
      const outcome = await runSearch(search('会议', { sort }), io, (first) => {
        early.push(first.map((r) => r.title));
        log.push('first page shown');
      });
      if (outcome.kind !== 'answer') throw new Error('no answer');
      expect(outcome.answer.total).toBe(18);
      const page = (await outcome.answer.slice(0, 10)).map((r) => r.title);
      if (sort === 'date') {
        // The newest year alone fills the page; it is shown before the other shards are loaded.
        expect(early).toEqual([page]);
        expect(log.slice(0, log.indexOf('first page shown')).filter((l) => l.startsWith('pagefind'))).toEqual([
          'pagefind 2024',
        ]);
      } else {
        // Oldest first: 2022 holds three, 2022 and 2023 six; the page needs the third shard.
        expect(early).toEqual([page]);
        expect(log.slice(0, log.indexOf('first page shown')).filter((l) => l.startsWith('pagefind'))).toEqual([
          'pagefind 2022',
          'pagefind 2022,2023',
          'pagefind 2022,2023,2024',
        ]);
        expect(page.slice(0, 3).every((t) => t.startsWith('会议2022'))).toBe(true);
      }
      // Later pages continue in date order across the shards.
      const all = [...page, ...(await outcome.answer.slice(10, 18)).map((r) => r.title)];
      const dated = all.map((t) => docs.find((d) => d.article.title === t)!.article.date!);
      expect(all).toHaveLength(18);
      expect(dated).toEqual(sort === 'date' ? [...dated].sort().reverse() : [...dated].sort());
      // Every filter's values are loaded for the counts only once the first page is shown.
      expect(log.indexOf('filters loaded')).toBeGreaterThan(log.indexOf('first page shown'));
    }
  });

  it('answers a frequent word alone from its prepared answer: the live first page, total and counts, no shard read', async () => {
    // Three years of articles naming 会议 from one to five times, in texts of different lengths: a ranking to get right.
    const docs: Doc[] = Array.from({ length: 27 }, (_, i) => ({
      article: article(`${2022 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}-wxrb-p1-${10 + i}`, {
        title: i % 4 ? `第${i}次工作会` : `第${i}次会议`,
        people: [],
        paper: i % 2 ? '江南晚报' : '无锡日报',
        date: `${2022 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`,
      }),
      content: `${'会议'.repeat(1 + (i % 5))}${'讨论'.repeat(i % 7)}结束。`,
    }));
    const facets = (counts: Record<string, Record<string, number>>) =>
      Object.fromEntries(FILTER_KEYS.map((k) => [k, counts[k] ?? {}]));
    const titlesOf = async (
      answer: { slice: (from: number, to: number) => Promise<{ title: string }[]> },
      from: number,
    ) => (await answer.slice(from, from + 10)).map((r) => r.title);
    for (const sort of ['relevance', 'date', 'date-asc'] as const) {
      const live = await runSearch(search('会议', { sort }), fakeIO(docs).io);
      const ready = fakeIO(docs, {}, ['发展', '会议']);
      let firstPage: string[] = [];
      const fast = await runSearch(
        search('会议', { sort }),
        ready.io,
        (first) => (firstPage = first.map((r) => r.title)),
      );
      if (live.kind !== 'answer' || fast.kind !== 'answer') throw new Error('no answer');
      expect(ready.log).toContain('prepared 1');
      expect(ready.log.some((l) => l.startsWith('pagefind'))).toBe(false);
      const liveFirst = await titlesOf(live.answer, 0);
      expect(firstPage, sort).toEqual(liveFirst);
      expect(await titlesOf(fast.answer, 0), sort).toEqual(liveFirst);
      expect(fast.answer.total).toBe(live.answer.total);
      expect(facets(fast.answer.counts)).toEqual(facets(live.answer.counts));
      expect(fast.answer.byDate).toBe(live.answer.byDate);
      // A later page comes from the live search, in the same order.
      expect(await titlesOf(fast.answer, 10), sort).toEqual(await titlesOf(live.answer, 10));
      expect(ready.log.some((l) => l.startsWith('pagefind'))).toBe(true);
    }
  });

  it('asks the live search for a prepared word narrowed by a filter or a range, or with another word', async () => {
    for (const state of [
      search('会议', { chosen: { paper: ['无锡日报'] } }),
      search('会议', { range: { from: '2024-01-01' } }),
      search('会议 审计'),
    ]) {
      const { io, log } = fakeIO(DOCS, {}, ['会议']);
      await runSearch(state, io);
      expect(log.some((l) => l.startsWith('prepared'))).toBe(false);
      expect(log.some((l) => l.startsWith('pagefind'))).toBe(true);
    }
  });

  it('sorts by date either way', async () => {
    expect(await titles(search('赵建军', { sort: 'date-asc' }))).toEqual(['电路维修', '审计委员会会议']);
    expect(await titles(search('电路', { sort: 'date' }))).toEqual(['集成电路产业推进会召开', '电路维修', '集成电路']);
  });

  it('with no query and no filter, answers nothing but the filters’ values, from the search data alone', async () => {
    const { io, log } = fakeIO();
    const outcome = await runSearch(search(''), io);
    expect(outcome).toEqual({
      kind: 'empty',
      counts: {
        paper: { 无锡日报: 4 },
        year: { 2024: 2, 2023: 2 },
        person: { 杜小刚: 2, 赵建军: 2 },
        reporter: { 惠晓婧: 1 },
      },
    });
    expect(log.some((l) => l.startsWith('pagefind'))).toBe(false);
    expect(statusOf(outcome)).toEqual({ text: '请输入检索词，或选择筛选条件。', showCount: false });
  });

  it('says how to widen a search that finds nothing', async () => {
    const outcome = await runSearch(search('杜小刚 火箭', { chosen: { paper: ['无锡日报'] } }), fakeIO().io);
    expect(statusOf(outcome)).toEqual({
      text: '没有找到同时包含“杜小刚”“火箭”的文章。可以减少检索词、取消筛选条件、检查错别字，或试试人名的拼音以获得提示。',
      showCount: false,
    });
    const single = await runSearch(search('火箭'), fakeIO().io);
    expect(statusOf(single).text).toMatch(/^没有找到包含“火箭”的文章。可以检查错别字/);
  });

  it('counts with 篇 and names a search of filters alone as such', async () => {
    expect(statusOf(await runSearch(search('杜小刚'), fakeIO().io))).toEqual({
      text: '“杜小刚”（按日期从新到旧）共找到',
      showCount: true,
    });
    expect(statusOf(await runSearch(search('', { chosen: { paper: ['无锡日报'] } }), fakeIO().io))).toEqual({
      text: '符合筛选条件的文章（按日期从新到旧）共',
      showCount: true,
    });
  });

  it('says the date range it kept to, in the site’s way of writing dates', async () => {
    const range = { from: '2023-02-17', to: '2024-09-02' };
    expect(statusOf(await runSearch(search('杜小刚', { range }), fakeIO().io)).text).toBe(
      '“杜小刚”（2023年2月17日至2024年9月2日，按日期从新到旧）共找到',
    );
    expect(statusOf(await runSearch(search('火箭', { range: { from: '2024-01-01' } }), fakeIO().io)).text).toBe(
      '2024年1月1日以来，没有找到包含“火箭”的文章。可以取消筛选条件、放宽日期范围、检查错别字，或试试人名的拼音以获得提示。',
    );
  });

  it('fails, never hangs, when a request fails', async () => {
    await expect(runSearch(search('会议'), fakeIO(DOCS, { pagefind: true }).io)).rejects.toThrow('pagefind is down');
    await expect(runSearch(search('杜小刚 赵建军'), fakeIO(DOCS, { personHits: true }).io)).rejects.toThrow(
      'personHits is down',
    );
    await expect(runSearch(search('杜小刚'), fakeIO(DOCS, { personFacets: true }).io)).rejects.toThrow(
      'personFacets is down',
    );
  });

  it('answers a search asked again from the answer it gave, and asks again after a failure', async () => {
    const { io, log } = fakeIO();
    const answer = rememberingSearch(2);
    const first = await answer(search('会议', { chosen: { paper: ['无锡日报', '江南晚报'] } }), io);
    const asked = log.length;
    // The same search, its filter values in another order, fetches nothing more and gives the same answer.
    expect(await answer(search('会议', { chosen: { paper: ['江南晚报', '无锡日报'] } }), io)).toBe(first);
    expect(log).toHaveLength(asked);
    // Another search is its own; past the limit the oldest is forgotten.
    await answer(search('会议', { sort: 'date' }), io);
    await answer(search('杜小刚'), io);
    const before = log.length;
    await answer(search('会议', { chosen: { paper: ['无锡日报', '江南晚报'] } }), io);
    expect(log.length).toBeGreaterThan(before);

    const flaky = fakeIO(DOCS, { pagefind: true });
    const retrying = rememberingSearch();
    await expect(retrying(search('会议'), flaky.io)).rejects.toThrow('pagefind is down');
    await expect(retrying(search('会议'), fakeIO().io)).resolves.toMatchObject({ kind: 'answer' });
  });

  it('reads Pagefind’s block joins between Chinese text as spaces, not Latin full stops', () => {
    expect(plainText('市委召开会议. 本报讯 4月9日，会议指出. 要抓好落实。Mr. Smith said.')).toBe(
      '市委召开会议 本报讯 4月9日，会议指出 要抓好落实。Mr. Smith said.',
    );
  });

  it('reads a person’s pinyin or initials with one match as that person, and a paper’s name as its filter', async () => {
    const { io } = fakeIO();
    const data = await io.data();
    data.people = data.people.map((p) => (p.name === '杜小刚' ? { ...p, pinyin: 'duxiaogang', initials: 'dxg' } : p));
    const pinyin = await runSearch(search('DuXiaogang'), io);
    expect(pinyin.kind === 'answer' && pinyin.reading).toEqual({ person: { typed: 'DuXiaogang', name: '杜小刚' } });
    expect(pinyin.kind === 'answer' && pinyin.answer.total).toBe(2);
    const initials = await runSearch(search('dxg'), io);
    expect(initials.kind === 'answer' && initials.answer.total).toBe(2);
    // Asked to take it as text, the word is searched for as typed.
    const literal = await runSearch({ ...search('dxg'), literal: true }, io);
    expect(literal.kind === 'answer' && literal.reading).toEqual({});
    const paper = await runSearch(search('无锡日报 电路'), io);
    expect(paper.kind === 'answer' && paper.reading).toEqual({ paper: '无锡日报' });
    expect(paper.kind === 'answer' && paper.textTerms.map((t) => t.text)).toEqual(['电路']);
  });

  it('reads its state from the URL, unknown sorts as relevance', () => {
    expect(stateFromParams(new URLSearchParams('q=dxg&as=text')).literal).toBe(true);
    expect(stateFromParams(new URLSearchParams('paper=甲&paper=乙&paper=甲&year=')).chosen).toEqual({
      paper: ['甲', '乙'],
    });
    // A range given the wrong way round is swapped; an end that is no real day is dropped.
    expect(stateFromParams(new URLSearchParams('from=2024-05-01&to=2023-01-31')).range).toEqual({
      from: '2023-01-31',
      to: '2024-05-01',
    });
    expect(stateFromParams(new URLSearchParams('from=2021-02-30&to=2024-05-01')).range).toEqual({ to: '2024-05-01' });
    expect(stateFromParams(new URLSearchParams('from=yesterday')).range).toBeUndefined();
    expect(stateFromParams(new URLSearchParams('q=会议&year=2023&sort=nonsense&colour=red'))).toEqual({
      q: '会议',
      sort: 'relevance',
      chosen: { year: ['2023'] },
    });
  });
});
