import { describe, expect, it } from 'vitest';
import { parse } from '../helpers';

/**
 * A lead wraps wherever the column ends. Each case is printed with the break at every position inside its lead
 * (and one line further on), so the class is tested, not one example.
 */
const REST = '市交通运输局召开城乡公交一体化推进会。会上通报了今年以来的进展。';

function pageWithLead(lead: string, at: number, width = 14): string {
  const text = [...(lead + REST)];
  const first = text.slice(0, at).join('');
  const rest = text.slice(at);
  const lines = [first];
  for (let i = 0; i < rest.length; i += width) lines.push(rest.slice(i, i + width).join(''));
  return `${lines.join('\n')}\n\n公交一体化推进会召开\n`;
}

const CASES: { lead: string; dateline: string; date: string; reporters: string[] }[] = [
  {
    lead: '本报讯（记者 顾晓岚 通讯员 蒋一鸣）4月12日，',
    dateline: '4月12日',
    date: '2022-04-12',
    reporters: ['顾晓岚', '蒋一鸣'],
  },
  {
    lead: '本报讯（通讯员 蒋一鸣 记者 顾晓岚）4月12日，',
    dateline: '4月12日',
    date: '2022-04-12',
    reporters: ['蒋一鸣', '顾晓岚'],
  },
  {
    lead: '本报讯（记者顾晓岚 通讯员蒋一鸣）4月12日，',
    dateline: '4月12日',
    date: '2022-04-12',
    reporters: ['顾晓岚', '蒋一鸣'],
  },
  {
    lead: '本报讯（实习生 钟敏 记者 华思远 柏青）4月12日，',
    dateline: '4月12日',
    date: '2022-04-12',
    reporters: ['钟敏', '华思远', '柏青'],
  },
  { lead: '新华社南京4月12日电（记者 邵文涛）', dateline: '4月12日', date: '2022-04-12', reporters: ['邵文涛'] },
  { lead: '本报讯 ４月１２日，', dateline: '４月１２日', date: '2022-04-12', reporters: [] },
  { lead: '本报讯 4月12日至13日，', dateline: '4月12日至13日', date: '2022-04-12', reporters: [] },
];

describe('a lead wrapped by the column', () => {
  for (const c of CASES) {
    it(`keeps the dateline and reporters of ${c.lead} wherever the line breaks`, () => {
      for (let at = 1; at < [...c.lead].length; at++) {
        const page = parse(pageWithLead(c.lead, at), { year: 2022 });
        expect(page.articles, `break after ${[...c.lead].slice(0, at).join('')}`).toHaveLength(1);
        const [article] = page.articles;
        expect(
          [article!.lead.dateline, article!.date, article!.lead.reporters],
          `break after ${[...c.lead].slice(0, at).join('')}`,
        ).toEqual([c.dateline, c.date, c.reporters]);
        expect(article!.paragraphs.join('').replace(/\s/g, '')).toBe((c.lead + REST).replace(/\s/g, ''));
        expect(page.leftovers).toEqual([]);
      }
    });
  }

  it('reads an ideographic space between 本报讯 and the dateline', () => {
    const page = parse('本报讯\u3000３月５日，市气象台发布\n寒潮蓝色预警。\n\n寒潮来袭\n', { year: 2021 });
    expect(page.articles[0]!.date).toBe('2021-03-05');
  });

  it('does not take a 本报 that a wrap put at a line start inside running text for a lead', () => {
    const page = parse('本报讯 5月6日，市体育局发布消息，\n据本\n报讯员介绍，赛事筹备顺利。\n\n赛事筹备顺利\n', {
      year: 2022,
    });
    expect(page.articles).toHaveLength(1);
  });

  it('reads 本报记者 with names alone on a line, and a date word after them on the same line', () => {
    const alone = parse('本报记者 吕方舟 葛雯\n昨天，全市植树节活动举行。\n\n植树节活动举行\n', {
      year: 2022,
      issueDate: '2022-03-13',
    });
    expect([alone.articles[0]!.lead.reporters, alone.articles[0]!.date]).toEqual([['吕方舟', '葛雯'], '2022-03-12']);
    const inline = parse('本报记者 吕方舟 昨天，全市植树节活动举行。\n\n植树节活动举行\n', {
      year: 2022,
      issueDate: '2022-03-13',
    });
    expect([inline.articles[0]!.lead.reporters, inline.articles[0]!.date]).toEqual([['吕方舟'], '2022-03-12']);
  });

  it('reads a credit printed alone, wrapped at any character, up to the line its dateline opens', () => {
    const credits: [string, string[]][] = [
      ['本报记者 吕方舟 通讯员 葛雯', ['吕方舟', '葛雯']],
      ['本报通讯员 葛雯 记者 吕方舟', ['葛雯', '吕方舟']],
      ['本报实习生 严可 记者 吕方舟 葛雯', ['严可', '吕方舟', '葛雯']],
    ];
    for (const [credit, reporters] of credits) {
      const chars = [...credit];
      for (let at = 1; at < chars.length; at++) {
        const [first, second] = [chars.slice(0, at).join('').trim(), chars.slice(at).join('').trim()];
        const page = parse(`${first}\n${second}\n6月3日，全市植树节活动在江\n心洲举行。\n\n植树节活动举行\n`, {
          year: 2022,
        });
        const where = `${first} / ${second}`;
        expect(page.articles, where).toHaveLength(1);
        expect([page.articles[0]!.lead.reporters, page.articles[0]!.date], where).toEqual([reporters, '2022-06-03']);
      }
    }
  });

  it.each([
    [['本报通讯员 葛雯 记', '者 吕方', '舟'], '6月3日', ['葛雯', '吕方舟']],
    [['本报记者', '吕方舟 葛雯'], '昨日', ['吕方舟', '葛雯']],
  ])('opens an article at a credit run in after the byline of the one before: %j', (credit, dateline, reporters) => {
    const [first, ...more] = credit;
    const page = parse(
      [
        '本报讯 6月2日，市区首座口袋公园开',
        `放。（郑岩） ${first}`,
        ...more,
        `${dateline}，全市植树节活动在江心洲举行。`,
        '',
        '口袋公园开放',
        '',
        '植树节活动举行',
        '',
      ].join('\n'),
      { year: 2022, issueDate: '2022-06-04' },
    );
    expect(page.articles.map((a) => [a.title, a.lead.reporters, a.date])).toEqual([
      ['口袋公园开放', [], '2022-06-02'],
      ['植树节活动举行', reporters, '2022-06-03'],
    ]);
  });

  it('never reads 本报记者 in running text as a credit, even before a line that opens with a date', () => {
    const page = parse(
      '本报讯 6月2日，市区首座口袋公园开放。\n本报记者从市园林局获悉\n6月3日起，全市公园延长开放。\n\n口袋公园开放\n',
      {
        year: 2022,
      },
    );
    expect(page.articles).toHaveLength(1);
  });

  it('reads a credit over two lines, one role each, as one lead', () => {
    const page = parse('本报记者 柯明远\n本报通讯员 易晓禾\n近日，市图书馆启用24小时自助借阅区。\n\n自助借阅区启用\n', {
      year: 2023,
    });
    expect(page.articles.map((a) => [a.title, a.lead.reporters])).toEqual([['自助借阅区启用', ['柯明远', '易晓禾']]]);
  });

  it('knows 全媒体记者 and 融媒体记者 as roles, never as names', () => {
    for (const role of ['全媒体记者', '融媒体记者', '本报全媒体记者']) {
      const page = parse(`本报讯（${role} 柯明远 通讯员 易晓禾）5月8日，市图书馆启用自助借阅区。\n\n自助借阅区启用\n`, {
        year: 2023,
      });
      expect(page.articles[0]!.lead.reporters, role).toEqual(['柯明远', '易晓禾']);
    }
  });
});
