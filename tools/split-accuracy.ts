/**
 * npm run accuracy [-- --articles N --seed S]
 * Generates a layout corpus (tools/synth/layouts.ts: every layout class with its truth), splits it as
 * npm run split would, and writes the per-class accuracy to docs/splitter-accuracy.md. Prints the misses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSources } from './generate';
import { splitSeeds } from '../src/lib/split/run';
import { generateLayoutCorpus, type LayoutPage } from './synth/layouts';
import { scoreSplit, scoreTable, type Score } from './lib/score-split';
import { affinityTo, bodyGramsOf } from '../src/lib/split/headlines';

export function corpusManifest(pages: LayoutPage[]): string {
  return JSON.stringify({
    pages: Object.fromEntries(
      pages.map((p) => [
        p.name,
        { paper: p.paper, year: p.year, issueDate: p.issueDate, page: p.page, evidence: 'synthetic layout corpus' },
      ]),
    ),
  });
}

/** Splits a generated layout corpus and scores it against its truth. */
export function measureLayouts(
  articles: number,
  seed: number,
): {
  score: Score;
  pages: number;
  articles: number;
  review: number;
  ms: number;
  reviewReach: ReviewReach;
  titlesWithoutEvidence: { titled: number; none: number };
} {
  const corpus = [...generateLayoutCorpus(articles, seed, loadSources())];
  const started = performance.now();
  const result = splitSeeds(
    corpus.map((p) => ({ name: p.name, bytes: Buffer.from(p.text) })),
    corpusManifest(corpus),
  );
  const ms = performance.now() - started;
  const truth = Object.fromEntries(corpus.map((p) => [p.name, p.articles]));
  const furniture = Object.fromEntries(corpus.map((p) => [p.name, p.furniture]));
  const score = scoreSplit(truth, result.records, result.pages, furniture);
  return {
    score,
    pages: corpus.length,
    articles: corpus.reduce((n, p) => n + p.articles.length, 0),
    review: result.review.filter((r) => r.kind !== 'correction').length,
    ms,
    reviewReach: reviewReach(score, result.review),
    titlesWithoutEvidence: titlesWithoutEvidence(corpus),
  };
}

/** How well the review points at the wrong headlines: articles it lists, and how many of those are wrong. */
interface ReviewReach {
  listed: number;
  listedWrong: number;
  wrong: number;
}

function reviewReach(score: Score, review: { file: string; article: number | null }[]): ReviewReach {
  const key = (file: string, order: number | null) => `${file}#${order}`;
  const listed = new Set(review.filter((r) => r.article !== null).map((r) => key(r.file, r.article)));
  const wrong = new Set(score.misses.filter((m) => m.field === 'headline').map((m) => key(m.file, m.order)));
  return { listed: listed.size, listedWrong: [...listed].filter((k) => wrong.has(k)).length, wrong: wrong.size };
}

/** Titled articles whose headline shares no character pair with their own body: only the layout can place them. */
function titlesWithoutEvidence(corpus: LayoutPage[]): { titled: number; none: number } {
  let titled = 0;
  let none = 0;
  for (const page of corpus) {
    const grams = bodyGramsOf(page.articles.map((a) => a.body));
    page.articles.forEach((a, i) => {
      if (!a.title) return;
      titled++;
      const headline = [a.kicker, a.title, a.subtitle].filter(Boolean).join('');
      if (affinityTo(headline, [i], grams)[0] === 0) none++;
    });
  }
  return { titled, none };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: join('docs', 'splitter-accuracy.md') },
    },
  });
  const m = measureLayouts(Number(values.articles), Number(values.seed));
  for (const miss of m.score.misses.slice(0, 60))
    console.log(
      `${miss.file} ${miss.field} [${miss.classes.join(',')}]\n  want ${JSON.stringify(miss.want)}\n  got  ${JSON.stringify(miss.got)}`,
    );
  const table = scoreTable(m.score);
  console.log(table);
  console.log(
    `${m.articles} articles on ${m.pages} pages split in ${(m.ms / 1000).toFixed(1)} s; ${m.score.misses.length} field misses; ${m.score.furnitureMissed.length} furniture lines not left over; ${m.review} review items`,
  );
  if (values.out !== 'none') {
    writeFileSync(
      values.out!,
      `# Splitter accuracy by layout class

Measured with \`npm run accuracy -- --articles ${values.articles} --seed ${values.seed}\` on a generated corpus (\`tools/synth/layouts.ts\`, written
without reading the splitter): ${m.articles} articles on ${m.pages} pages, split in ${(m.ms / 1000).toFixed(1)} s. An article counts
under every class it shows; a field is right only when it equals the truth exactly (bodies and headlines
compared without white space, reporters as a set, the date with its range end, every page the article spans).

${table}

Field misses: ${m.score.misses.length}. Furniture lines (page labels, date headers, editor lines) not left over: ${m.score.furnitureMissed.length}.
Review items the split listed for a person: ${m.review} (${((100 * m.review) / m.articles).toFixed(1)} per 100 articles). They name
${m.reviewReach.listed} articles, ${m.reviewReach.listedWrong} of which have a wrong headline; ${m.reviewReach.wrong - m.reviewReach.listedWrong} of the
${m.reviewReach.wrong} wrong headlines are on articles the review does not list.

Why headlines fall short of the 99% target: ${m.titlesWithoutEvidence.none} of the ${m.titlesWithoutEvidence.titled} generated headlines
(${((100 * m.titlesWithoutEvidence.none) / m.titlesWithoutEvidence.titled).toFixed(1)}%) share no character pair with their own body, and
many more share more with a neighbour's body. Such a headline can only be placed by where it is printed, and a
block prints its headlines in any order.

The corpus prints 30% of its pages with each headline over its article (\`headline-above\`), as most papers do;
the seed pages print them after. Before the splitter read that layout it placed 0.0% of those headlines right
(every block went to the article above it, and a headline over the first article was left over); at its
introduction 87.5% (3,000 articles, seed 1). On a corpus without such pages (the same generator with that share
set to 0) the change cost 18 headlines: 425 field misses against 407 before.

Headline work of 2026-12-03, as field misses on seeds 1–4 (3,000 articles each; every miss is a headline), with
seeds 5–8 held out (no constant was tuned on them): 341, 324, 350, 343 at the start (held out: 376, 326, 383, 378).
A page's layout judged by both whole assignments, over and after, instead of a line-by-line vote: 296, 251, 277, 263
(\`headline-above\` 91.2% → 95.7% on seed 1). Of articles the words cannot tell apart, a block names the nearer:
265, 237, 264, 255. A series label (…进行时, …观察, 聚焦…, 新春走基层) is a kicker over the title below it: 237, 218,
244, 240. A short line ends its headline at no cost when the touching line below is a kicker: 224, 216, 238, 236.
Words found in the article's first sentence count more: 216, 203, 210, 216. A subtitle opening with —— is never a
series label: 205, 181, 196, 187. A marked kicker under a title opens the next headline: 200, 176, 192, 182 (held
out: 206, 186, 244, 213). Read over their articles, a block claims the article right below it first, not an
untitled one above (found from holdout-15, below): 186, 162, 190, 160 (held out: 196, 174, 229, 192); with the
rules holdout-22 to holdout-27 led to (2026-12-04): 186, 161, 190, 158 (held out: 194, 173, 229, 191). A retuning of the older constants (FRESH_BONUS 0.3, HEADLINE_GAIN 0.1) looked better on
seeds 1–4 (798 misses against 845) and was worse on seeds 5–8 (968 against 939), so it was not kept. The
hand-written sets below split as before. A fourteenth set (\`tests/fixtures/holdout-14/\`, 6 pages of six papers,
34 articles, headlines over their articles on three pages and after them on three, series labels, slogans, untitled
briefs), written after those fixes and measured before any against it: bodies 34, reporters 33, dates 33, headlines
25, pages 34, 3 furniture lines not left over — the same as the splitter at the start of the day. After the general
fixes it led to (a one-line weather report and a section name under a bare page label as furniture, a line ending in
a telephone number never a headline, 记者 尚　文 摄, 记者昨日从…获悉 under a credit line) and two more that the
hand-written sets' remaining misses showed (a short subtitle may go on over the touching line below; a title-wide
whole clause over another title-wide line, read by nodejieba's word classes, is a kicker): every field 34/34 but
headlines 30/34. Over all fourteen sets (447 articles), wrong headlines went from 57 to 33 (87.2% → 92.6% right):
holdout-7 2 → 1, holdout-8 4 → 3, holdout-9 6 → 4, holdout-11 5 → 3, holdout-12 16 → 8, holdout-13 11 → 6,
holdout-14 9 → 4; holdout-13's dates 25 → 26. A fifteenth set (\`tests/fixtures/holdout-15/\`, written by hand after
all of that, 6 pages of five papers, 32 articles; a truth entry set to the convention above: a credit line over
its text is the lead's start), measured before any fix against it: bodies
30, reporters 30, dates 31, headlines 19, pages 31, 7 furniture lines not left over — the splitter at the start of the
day read 16 of its headlines and left 8 furniture lines in. After the general fixes it led to (a bare page number
over its section name at the top of a page, 本报热线电话 and 新闻爆料 lines, 记者昨天从…获悉 opening an article under
a headline, a telephone line opening no article, a block over its articles claiming the article below it first):
every field 32/32 but headlines 27/32, all furniture left over.

Five more sets were written in the next stop, each by a writer who had not read the splitter, each measured before
any fix against it, and each led to general fixes; none of them changed the generated corpus's misses above (seeds
1–8 split exactly as before). \`tests/fixtures/holdout-16/\` (6 pages, 40 articles: interviews, photo news,
commentaries, notices and columns of briefs without leads): bodies 34, reporters 35, dates 35, headlines 30, pages 36,
3 furniture lines in articles; after the fixes (a title that asks, …怎么办？; a title as wide as the column touching
its text after an article closed by its credit; an indented paragraph under a title with a comma; 文/李　航 under a
title; a notice opening under its wrapped title and keeping the lines that sign it; …声音 as a column's label): every
field 40/40 but dates 39 and headlines 32. \`tests/fixtures/holdout-17/\` (6 pages, 36 articles: a jump cut inside a
word, every headline after its article, results lists, small notices stacked without blank lines, half-width
punctuation): bodies 31, reporters 31, dates 33, headlines 23, pages 34, 9 furniture lines in articles; after the fixes
(讣告, 更正 and their signatures and contact lines, a weather box's wind and air lines, 分类信息, a contents entry over
（2版）, two names padded letter by letter, a credit line closed by 文/图, a headline touching the article it follows
when a blank line and an indent part it from the next): every field 36/36 but headlines 28, one furniture line in an
article. \`tests/fixtures/holdout-18/\` (6 pages, 35 articles: a legal paper, tables in a finance story, an
interview and a photo story, a front page jumping to a page not in the set, run-in briefs): bodies 28, reporters 29,
dates 30, headlines 21, pages 31, 10 furniture lines in articles; after the fixes (an article jumping to another page
ends at its jump line; ▶3版 contents entries; 今日要目, 以案说法, 致富经, …快报; 作者系… authors; 本周一; a meeting
headline's second verb, 部署…, going on with its first line): bodies and reporters 33, dates and pages 34, headlines 27,
all furniture left over. \`tests/fixtures/holdout-19/\` (6 pages, 36 articles: a party daily's front page with an
editor's note, a commentary and an editorial, an international page, a digest and a letters page printed without
leads, a county paper's 2-page issue): bodies 17, reporters 18, dates 21, headlines 13, pages 21, 3 furniture lines in
articles; after the fixes (an article at the page's top under its headline without a lead; a title that asks with a
pause in it; 摘自《…》 作者：…; sources closing an article, （据路透社）, that name no one; 资料图片 no person;
本报驻柏林记者 over its 电 lead; 通知, 社论, 来信追踪; a new article under a column's label; an editor's note
opening its article): bodies 34, reporters, dates and pages 36, headlines 28, all furniture left over.
\`tests/fixtures/holdout-20/\` (5 pages, 30 articles: a city news page, a consumer page, a farm feature page, a
culture page with a poem and an essay, a county paper's picture box): bodies 23, reporters 24, dates 25, headlines
20, pages 25, 5 furniture lines in articles; after the fixes (the page's first article opening at a paragraph, not
inside its headline; （数据来源：…）; ■本报追踪 naming no one): bodies 24, reporters 24, dates and pages 26, headlines
21 — a poem and an essay signed with the writer's workplace, and titles touching the text above them on a page
without indents, are left. The earlier sets gained too: holdout-8 bodies 29 → 31, holdout-10 bodies 32 → 34,
holdout-12 bodies 39 → 40 and headlines 32 → 33, holdout-13 bodies 24 → 26 and headlines 21 → 23.
\`tests/fixtures/holdout-21/\` (5 pages, 30 articles: a city daily's page with a signed commentary, run-in briefs, an
interview with a 记者手记 box, a court page, a traffic notice and a weather brief): bodies 27, reporters 26, dates and
pages 28, headlines 17, 3 furniture lines in articles; after the fixes it led to (a short line wrapping at a phrase is
no kicker; a clause's next verb after a time word; a marked name under a commentary's last sentence; the desk's
e-mail line and …动态 as furniture) and those the next set led to: bodies and reporters 28, dates and pages 29,
headlines 23, all furniture left over. \`tests/fixtures/holdout-22/\` (5 pages, 30 articles: a provincial daily's
economy page, an industry paper's page with an interview and run-in briefs, an evening paper's page printed without
indents, a county paper's page with a notice, a calligraphy paper's page): bodies 22, reporters 18, dates and pages
25, headlines 17, all furniture left over; after the fixes (credits set right under a last sentence — 本报记者 X, ◎X,
a bare name — and a 文/图 credit closing their article; 文／本报记者 X 图／受访者提供; a title over its text on a page
without indents; a subject and its verb over the verb's object as one title; a kicker ending in —— printed under its
title; run-in briefs whose title wraps into their text; 报道 glued to a credit's last name; two short lines under a
kicker as one title; a line with a pause under a title wrapped over lines without one as its subtitle): bodies 28,
reporters, dates and pages 30, headlines 28 — the two bodies left end with a source (（据新华社）) that this writer's
truth keeps out of the body and the others' keep in. \`tests/fixtures/holdout-23/\` (5 pages, 33 articles: a party
daily's front page with a contents box, an evening paper's page without indents, a meteorological paper's page with
an interview, briefs and a commentary, a county paper's page with a notice of two issuers, a metro paper's sports and
culture page): bodies 27, reporters 28, dates and pages 30, headlines 22, 3 furniture lines in articles; after the
fixes (a contents box's entries to the blank line as furniture; a bare name set right over the next headline; a
letter-spaced notice title, 招　领　启　事; a subject over the question asked of it): every field 33/33 but headlines
26, all furniture left over (a short whole clause over its next verb read as one title gained one more headline here
and cost six on the generated seeds 3 and 5–8, so it was left out). \`tests/fixtures/holdout-24/\` (5 pages, 33
articles: a city party daily's front page with run-in briefs, a legal daily's page, a farm paper's page with news-site
wire copy, an evening paper's page without indents with an open letter, a district paper printing every headline after
its article): bodies 24, reporters 21, dates 23, headlines 21, pages 27, 2 furniture lines in articles; after the fixes
(a paper's website lead and its app in a credit line; a QR prompt; flush run-in briefs; credit lines under marks; a
credit without brackets up to the date; a photo credit run on after a caption; a wrapped author note; 中新网…电; 本月18日;
a wrapped …供稿 source; an open letter), and a whole clause under a kicker over its subtitle (written meanwhile):
bodies 32, every other field 33 but headlines 30, all furniture left over. \`tests/fixtures/holdout-25/\` (4 pages, 32
articles: an international page of wire copy, a county page of short items, a sports page, a health paper's page
without indents): bodies 27, reporters 28, dates 25, headlines 25, pages 30, one furniture line in an article; after
the fixes (当地时间3月4日; 据央视新闻客户端消息; a source wrapped after the last sentence; ■简讯; a marked name under a
title that asks; a picture's credit run on after a caption and wrapped onto the next line): bodies 31, reporters 31,
dates 28, headlines 28, pages 32, all furniture left over. \`tests/fixtures/holdout-26/\` (5 pages, 35 articles: a
provincial daily's front page, an evening paper's legal page, a county-level city's page, a finance paper's page
without indents, a film weekly's page): bodies 25, reporters 26, dates 25, headlines 22, pages 27, one furniture line
in an article; after the fixes (a news brand before the paper in a credit, 正观新闻·郑州晚报记者; 文/图 after padded
names; an author's affiliation closing a column; briefs titled in 【】 run into their leads; a picture's credit wrapped
inside its brackets; ■影讯 as a label; briefs titled with a bullet, ◆, under a briefs label and after each other):
every body, reporter and page, dates 32, headlines 30, all furniture left over. \`tests/fixtures/holdout-27/\` (5
pages, 34 articles: a provincial daily's economy page, an evening paper's society page, a district paper's page, an
education paper's page, a reading weekly's literary page): bodies 23, reporters 25, dates 25, headlines 13, pages 28,
five furniture lines in articles; after the fixes (QR prompts to download an app or follow an account; a closing note
naming no one — the author's post, when and where it was written, the book reviewed; 新华社发（…摄）; an unbracketed
credit parted by 、 up to 报道; 图/受访者提供 on its own line under a credit): bodies 26, reporters 28, dates 26,
headlines 21, pages 28, all furniture left over; a picture credit over two lines under a caption still keeps the
caption in the article above. Over the twenty-seven sets (883 articles) the headlines left wrong are 98 (88.9% right);
bodies 24, reporters 16, dates 24, pages 12 wrong, 4 furniture lines in articles.
Most wrong headlines left in these sets are two unmarked decks — kicker and title, or title and subtitle — that
only type size tells apart, and the OCR text has none.

Thirteen more sets of hand-written pages, each by a writer who had not read the splitter, were measured before any fix
was made against them. \`tests/fixtures/holdout/\` (10 pages, 39 articles): bodies 38/39, reporters 37/39, dates
38/39, headlines 33/39; the general fixes it led to (credit lines over two roles, 全媒体记者, kickers over wrapped
titles, a kicker after a touching title) came before the second set was measured. \`tests/fixtures/holdout-2/\`
(8 pages, 34 articles): bodies, reporters, dates and pages 33/34, headlines 32/34 — one undated wire lead (据新华社电)
not read as a lead. \`tests/fixtures/holdout-3/\` (8 pages, 37 articles, written to stress headline blocks: shuffled,
touching, long unmarked kickers, paraphrased titles, similar topics side by side): bodies, reporters, dates and pages
37/37, headlines 30/37 — a title that shares no words with its article held to the title above it, and long
kickers over shorter titles read as wrapped titles. \`tests/fixtures/holdout-4/\` (8 pages, 27 articles, evening
papers' own forms): bodies 14/27, reporters 15/27, dates 14/27, headlines 14/27 — leads named after the paper
(扬子晚报讯, 晚报讯), datelines without a month (6日), 据央视新闻报道, photographers credited under pictures, the
paper's name as a masthead line. \`tests/fixtures/holdout-5/\` (7 pages, 28 articles, structure inside long
bodies: numbered and marked subheads, interviews and Q&A, briefs, flush paragraphs), measured after all of the
above: 28/28 in every field. \`tests/fixtures/holdout-6/\` (7 pages, 27 articles, OCR noise: half-width
punctuation, letter-spaced words and names, stray marks, 一一 for ——): bodies 26/27, reporters 25/27, dates 26/27,
headlines 22/27. \`tests/fixtures/holdout-7/\` (a whole 4-page issue, 19 articles), measured after all of the above:
every field 19/19 but headlines 17/19 — two short kickers without —— read as the first line of a two-line title,
a boundary the writer too called a judgement. The first six now split exactly, the seventh keeps that floor, and
\`tests/unit/classes.test.ts\` keeps them so. \`tests/fixtures/holdout-8/\` (8 pages of a provincial party daily, a
county paper and a trade paper, 31 articles, headlines printed over their articles), measured before any fix
against it: bodies 18/31, reporters 15/31, dates 18/31, headlines 4/31, pages 21/31, 6 furniture lines not left
over; after the general fixes it led to (headlines over their articles, 本报福州5月8日讯, credits closed by 报道,
credit lines of agencies and commentaries, one role list, names with ·, the paper's particulars, a byline wrapped
over two lines, 文/图 in a credit line): bodies 23, reporters 24, dates 25, headlines 22, pages 26, all furniture
left over. Articles printed with no lead at all (photo news, a column of briefs without 本报讯), opened since where
the layout shows one, bring it to bodies 29, reporters 28, dates 29, headlines 27, pages 30; the rest are kickers or
subtitles without —— read as a title's second line; the test keeps that floor.
\`tests/fixtures/holdout-9/\` (8 ordinary pages of three papers, 32 articles, every headline over its article, a
whole 4-page issue among them), measured before any fix against it: bodies 30/32, reporters 28/32, dates 28/32,
headlines 25/32, pages 31/32 — where the splitter before holdout-8 read 0/32 headlines (bodies 26, reporters 24,
dates 25, pages 29, 3 furniture lines in articles). After the fixes it led to (a credit line without 本报,
记者昨日从…获悉, 前日, a spaced 报道, a column break read as a lost space between two names): every field 32/32 but
headlines 26/32 — the rest are kickers printed like a title's first line and the reverse.
\`tests/fixtures/holdout-10/\` (8 pages of six papers, 34 articles: a city daily's 3-page issue with a jump, an evening
paper, a legal daily, a rural paper, a prefecture daily dated only by its date header), measured before any fix
against it: bodies 16/34, reporters 16/34, dates 20/34, headlines 14/34, pages 20/34, 4 furniture lines not left
over. After the general fixes it led to (credits and leads naming the paper — 长沙晚报全媒体记者 …, 长沙晚报6月11日讯
—, 本报评论员 with a name, a marked byline □ 陈思远 under a headline, a picture's credit line 本报记者 … 摄 closing its
caption, an article without a lead opened after the article above ended and a headline stands between, 广告 over an
advert): bodies 32, reporters 32, dates 33, headlines 29, pages 33, 2 column labels (短评, 法治时评) read as kickers
(since furniture: headlines 30). \`tests/fixtures/holdout-11/\` (8 pages of six more papers, 38 articles), written after
those fixes and measured before any against it: bodies 27/38, reporters 27/38, dates 30/38, headlines 22/38, pages
31/38, 11 furniture lines not left over (at the start of that session: bodies 16, reporters 17, dates 22, headlines
17, pages 23). After the general fixes it led to (untitled briefs each closed by a credit, a text touching its
title, a dated article closed by another's credit after a finished sentence, 本报11日讯, column labels, a contents
box, an advert under its mark): bodies, reporters and pages 38/38, dates 37/38, headlines 33/38, all furniture left
over. \`tests/fixtures/holdout-12/\` (8 pages of six more papers, 40 articles: a jump marked in Chinese numerals,
half-width punctuation, names spaced to the width of three), measured after those fixes and before any against it:
bodies 23/40, reporters 20/40, dates 29/40, headlines 11/40, pages 30/40, 15 furniture lines not left over. After
the general fixes it led to (spaced names in credits and editor lines, 文/记者 … 图/通讯员 …, photo credits …/摄 and
摄影 …, a closing credit wrapped over two lines, an undated feature under a headline set apart after an article its
lead credited to others, the paper's desk, press and weather lines, a letter signed 丰台区读者 …): bodies 36,
reporters 38, dates 38, headlines
21, pages 38 — most headline misses are subtitles printed without —— read as a title's second line (after
holdout-13's fixes: bodies 38, reporters 39, dates 39, headlines 23, pages 39; with a notice's title — 征稿启事 —
opening a notice: bodies 39, reporters, dates and pages 40, headlines 24). \`tests/fixtures/holdout-13/\` (6 pages
of five more papers, 27 articles), measured after those fixes and before any against it: bodies 18/27, reporters
20/27, dates 22/27, headlines 12/27, pages 22/27; after the fixes it led to (….报讯, a credit naming the paper's news
app, an article's own credit wrapped over two lines): bodies 24, reporters 26, dates 25, headlines 16, pages 26.

The hand-written pages in \`tests/fixtures/classes/\` (49 articles, written by someone who had not read the splitter) are
checked field by field in \`tests/unit/classes.test.ts\`.
`,
    );
  }
}
