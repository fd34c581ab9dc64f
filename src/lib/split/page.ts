import { matchByline, photoCredits, closingCreditLine, type Byline } from './byline';
import { applyTextFixes, describeCorrection, type Correction, type PageCorrections } from './corrections';
import { SeedError, SeedErrors } from './errors';
import {
  affinityTo,
  assignWithMargins,
  bodyGramsOf,
  BRIEF_BULLET,
  classifyDecks,
  deckText,
  decksOf,
  type BodyGrams,
  type Deck,
  type HeadlineLine,
  marksKicker,
  SUBTITLE_START,
} from './headlines';
import {
  dateOfHeader,
  isAdvertMark,
  isContentsLabel,
  isQrPrompt,
  isBriefsLabel,
  isColumnLabel,
  isMarkedColumnLabel,
  isPageReference,
  isSectionUnderLabel,
  isStrayHeader,
  runningHeaderOf,
} from './headers';
import { matchJump, type JumpMarker } from './jumps';
import {
  CREDIT_CONTINUATION,
  CREDIT_ENDS_IN_ROLE,
  creditBeforeDateline,
  CREDIT_LINE,
  creditNames,
  isPictureSourceLine,
  isReporterLead,
  markedNameCredit,
  matchDatelineAtStart,
  matchLead,
  AGENCY,
  PAPER_NEWS,
  resolveDateline,
  type Lead,
} from './lead';
import { countableChars, normalizeLines, splitLines, type SourceLine } from './lines';
import { joinParagraphs } from './paragraphs';
import { endsSentence, median, printedWidth } from './sentences';

export interface PageMeta {
  paper: string;
  paperSlug: string;
  year: number;
  issueDate: string | null;
  page: string;
  /** The page's scan and PDF, as the manifest names them (paths inside the seeds folder). */
  image?: string;
  pdf?: string;
}

export interface Leftover {
  line: number;
  text: string;
  reason: 'before-first-article' | 'page-furniture' | 'jump-marker' | 'unattributed-text' | 'unmatched-headline';
}

/** A place on a page that a person should look at: what the split was unsure of, most doubtful first. */
export interface ReviewItem {
  kind:
    | 'no-lead'
    | 'unmarked-start'
    | 'unassigned-line'
    | 'headline-margin'
    | 'derived-title'
    | 'unmatched-jump'
    | 'inferred-date'
    | 'date-conflict'
    | 'unresolved-date'
    | 'correction';
  line: number;
  /** 1-based order of the article on its page, when the item is about one. */
  article: number | null;
  text: string;
  detail: string;
  /** 0 (a note) to 1 (surely wrong or lost): the report lists the highest first. */
  doubt: number;
}

export interface DraftArticle {
  order: number;
  lead: Lead;
  date: string | null;
  dateEnd: string | null;
  paragraphs: string[];
  byline: Byline | null;
  bylineLine: number | null;
  bodyStart: number;
  bodyEnd: number;
  decks: Deck[];
  title: string;
  titleSource: 'headline' | 'derived' | 'corrected';
  kicker: string | null;
  subtitle: string | null;
  /** The page a jump line sends the article on to (（下转第2版）), as printed; null when it ends here. */
  jumpTo: string | null;
  /** The page this text continues from (（上接第1版）); such a part has no lead of its own. */
  jumpFrom: string | null;
  /** Reporters a correction sets, in place of those the lead and byline give; null when none does. */
  reporters: string[] | null;
  /** Photographers credited under a picture inside the text (（张三 摄）). */
  photographers: string[];
  /** The corrections applied to this article, as descriptions. */
  corrections: string[];
}

export interface Accounting {
  source: string;
  total: number;
  body: number;
  headlines: number;
  bylines: number;
  leftovers: number;
  invisibleRemoved: number;
}

export interface ParsedPage {
  source: string;
  /** The page's lines as printed: decoded, before normalising and before corrections (the 原文 view shows these). */
  printed: string[];
  /** The manifest's facts, with the issue date a page header gives when the manifest has none. */
  meta: PageMeta;
  /** Where meta.issueDate came from. */
  issueDateSource: 'manifest' | 'page-header' | null;
  articles: DraftArticle[];
  leftovers: Leftover[];
  review: ReviewItem[];
  accounting: Accounting;
}

/** Widest a headline line is printed; anything wider is running text. */
const MAX_HEADLINE_WIDTH = 40;

/** A line that may be headline: not too wide, no finished sentence at its end, no 。 or ； inside it. */
function looksLikeHeadline(line: SourceLine): boolean {
  return (
    printedWidth(line.text) <= MAX_HEADLINE_WIDTH &&
    !endsSentence(line.text) &&
    !/[。；;]/.test(line.text) &&
    !CONTACT_LINE.test(line.text)
  );
}
/**
 * A title that asks or exclaims (夏玉米播种有啥讲究？, 个税汇算怎么办？): one phrase with no pause inside, closed by
 * its ？ or ！ — unlike a line of running text, which a column cuts wherever it falls.
 */
const ASKING_TITLE = /^[^，,、；;：:。…\s]{5,30}[？！?!][”’」』]?$/;
/** A line closed by ？ or ！ (and a closing quote): a question or an exclamation, in a title or in text. */
const ENDS_ASKING = /[？！?!][”’」』]?$/;
function asksAsTitle(line: SourceLine): boolean {
  return !line.indented && ASKING_TITLE.test(line.text) && printedWidth(line.text) <= MAX_HEADLINE_WIDTH;
}

/**
 * Whether line k stands where an asking title does: a paragraph of its own after a finished sentence, a credit or
 * another headline (or at the start), maybe under a kicker touching it (专家支招 / 夏玉米播种有啥讲究？). The last
 * line of a paragraph that asks (…该注意哪些问题？) follows the lines it wraps from, never a blank line.
 */
function standsAsAskingTitle(lines: SourceLine[], k: number): boolean {
  if (!asksAsTitle(lines[k]!)) return false;
  let j = k - 1;
  // A kicker over it is a phrase too; a line with a pause in it (依托大通道、大平台， / 注重问题导向！) is a
  // sentence the column cut.
  for (let touching = 0; j >= 0 && lines[j]!.text !== ''; j--, touching++) {
    const line = lines[j]!;
    if (touching >= 2 || !looksLikeHeadline(line) || /[，,、；;]/.test(line.text) || WRAPPED_AT_WORD.test(line.text))
      return false;
  }
  const above = lines[lastTextIndexBefore(lines, j + 1)];
  // (A headline above has no pause in it: …的人才培养体系， / 行政寄主应急！ is one sentence over a blank line.)
  const headlineAbove = above !== undefined && looksLikeHeadline(above) && !/[，,、；;：:]/.test(above.text);
  return above === undefined || endsSentence(above.text) || /[）)]$/.test(above.text) || headlineAbove;
}
/** A line that may be headline, or an asking title: headline lines once the text around them is read. */
function headlineLine(line: SourceLine): boolean {
  return looksLikeHeadline(line) || asksAsTitle(line);
}

/** A line that ends in a telephone number (公共法律服务热线：12348, 咨询电话 0551-6234567) is never a headline. */
const CONTACT_LINE = /(?:热线|电话|专线|传真)[\s：:]*[\d\-－—()（）\s]{5,}$/;
/** What giving a headline to a continued part (（上接第1版）…) costs in the assignment. */
const CONTINUATION_COST = 0.3;
/**
 * A headline whose block scores less than this worse when it goes to another article is listed for review: on the
 * layout corpus a quarter of the articles listed have a wrong headline, against one in ten of the rest.
 */
export const LOW_MARGIN = 0.15;

const NO_LEAD: Lead = { marker: '', dateline: null, reporters: [] };

interface PageFurniture {
  content: SourceLine[];
  leftovers: Leftover[];
  headerDates: { line: number; date: string }[];
  /** Jump lines by the index (in content) of the line they stood on. */
  jumps: Map<number, JumpMarker>;
  /** The first lines (in content) under a column's label (社论, 短评): a new article begins there. */
  columnStarts: Set<number>;
}

/**
 * Takes page furniture out of the text before articles are read: whole lines that are headers, labels or editor
 * lines, and the jump markers inside lines. Each goes to the leftovers, so the accounting still sees it.
 */
function takeFurniture(lines: SourceLine[], paper: string): PageFurniture {
  const leftovers: Leftover[] = [];
  const headerDates: { line: number; date: string }[] = [];
  const jumps = new Map<number, JumpMarker>();
  const content: SourceLine[] = [];
  const isRunningHeader = runningHeaderOf(paper);
  let inAdvert = false;
  // Under a contents box's label, its entries to the next blank line (●玉树：虫草采挖季 / “护草队”进山巡护（3版））.
  let inContents = false;
  // The line above, when it was taken for a page label: a section name under it is furniture too (A06 / 西安新闻).
  let labelAbove: string | null = null;
  const columnStarts = new Set<number>();
  let columnAbove = false;
  // Whether any text has gone to the content yet: a page's top is what comes before.
  let textTaken = false;
  for (const [at, line] of lines.entries()) {
    inAdvert = line.text !== '' && (inAdvert || isAdvertMark(line.text));
    inContents = line.text !== '' && (inContents || isContentsLabel(line.text));
    // A QR prompt (扫描二维码 / 看新学期新变化): the short unpunctuated line it wraps onto goes with it.
    const qrPrompt =
      line.text !== '' &&
      (isQrPrompt(line.text) ||
        (at > 0 &&
          isQrPrompt(lines[at - 1]!.text) &&
          /[\u4e00-\u9fff]$/.test(lines[at - 1]!.text) &&
          printedWidth(line.text) <= 12 &&
          !/[，。；！？]/.test(line.text)));
    // A contents entry is furniture with the page it names on the line under it (…新天地 / （2版））.
    const stray =
      line.text !== '' &&
      (isStrayHeader(line.text) || isPageReference(line.text) || isPageReference(lines[at + 1]?.text ?? ''));
    // A bare number over a section name at the top of the page is its label (2 / 要闻): alone, it may be text.
    const topLabel = !textTaken && isSectionUnderLabel(line.text, lines[at + 1]?.text ?? '');
    const sectionName = labelAbove !== null && isSectionUnderLabel(labelAbove, line.text);
    labelAbove = line.text !== '' && (topLabel || stray) ? line.text : null;
    const markedLabel = isMarkedColumnLabel(lines[at - 1], line, lines[at + 1]);
    // The paper's name alone on a line is its masthead.
    if (
      line.text !== '' &&
      (inAdvert ||
        inContents ||
        qrPrompt ||
        stray ||
        line.text.replace(/\s/g, '') === paper ||
        isRunningHeader(line.text) ||
        topLabel ||
        sectionName ||
        markedLabel)
    ) {
      leftovers.push({ line: line.no, text: line.text, reason: 'page-furniture' });
      columnAbove ||= markedLabel || isColumnLabel(line.text) || isBriefsLabel(line.text);
      const date = dateOfHeader(line.text);
      if (date) headerDates.push({ line: line.no, date });
      continue;
    }
    const jump = line.text === '' ? null : matchJump(line.text);
    if (jump) {
      leftovers.push({ line: line.no, text: jump.marker.text, reason: 'jump-marker' });
      jumps.set(content.length, jump.marker);
      content.push({
        ...line,
        text: jump.rest,
        indented: jump.rest !== '' && line.indented && jump.marker.direction === 'to',
      });
      continue;
    }
    if (columnAbove && line.text !== '') {
      columnStarts.add(content.length);
      columnAbove = false;
    }
    textTaken ||= line.text !== '';
    content.push(line);
  }
  const { lines: split, origin } = splitRunInLeads(content);
  // The markers were found on whole lines; a line split at a run-in lead holds a 上接 marker in its first part
  // and a 下转 marker in its last.
  const jumpsInSplit = new Map<number, JumpMarker>();
  for (const [at, marker] of jumps)
    jumpsInSplit.set(marker.direction === 'to' ? origin.lastIndexOf(at) : origin.indexOf(at), marker);
  return {
    content: split,
    leftovers,
    headerDates,
    jumps: jumpsInSplit,
    columnStarts: new Set([...columnStarts].map((at) => origin.indexOf(at))),
  };
}

/** Where a lead may start inside a line: right after a finished sentence or a byline's closing bracket. */
const RUN_IN_AT = /[。！？!?…”’）)]/;

/**
 * Splits a line where an article's lead starts after the end of the previous one on the same line (…高地。本报讯
 * 3月5日，… or （张三）本报讯 …), even when the lead itself wraps onto the next line (…。本报 / 讯 …). Only the
 * strong leads count (本报讯, 新华社…电, and a 本报记者 credit followed by its dateline — in running text 本报记者
 * is followed by what they learnt): the two parts keep the line's number. `origin` gives, per line out, the
 * index of the line it came from.
 */
function splitRunInLeads(lines: SourceLine[]): { lines: SourceLine[]; origin: number[] } {
  const out: SourceLine[] = [];
  const origin: number[] = [];
  lines.forEach((line, i) => {
    let rest = line;
    const bracketEnd = bracketTitleEnd(lines, i);
    const titleEnd = bracketEnd > 0 ? bracketEnd : runInTitleEnd(lines, i);
    if (titleEnd > 0) {
      out.push({ ...line, text: line.text.slice(0, titleEnd).trimEnd() });
      origin.push(i);
      rest = { ...line, text: line.text.slice(titleEnd).trimStart(), indented: false };
    }
    for (let p = 1; p < rest.text.length; p++) {
      if (!/[\u4e00-\u9fff]/.test(rest.text[p]!)) continue;
      const before = rest.text.slice(0, p).trimEnd();
      if (before === '' || !RUN_IN_AT.test(before.at(-1)!)) continue;
      const following = lines
        .slice(i + 1, i + 4)
        .filter((l) => l.text !== '')
        .map((l) => l.text);
      const lead = matchLead([rest.text.slice(p), ...following].join(''));
      const opens =
        (lead !== null && lead.marker !== '' && (!isReporterLead(lead.marker) || lead.dateline !== null)) ||
        creditBeforeDateline([rest.text.slice(p), ...following]) !== null;
      if (!opens) continue;
      out.push({ ...rest, text: before });
      origin.push(i);
      rest = { ...rest, text: rest.text.slice(p), indented: false };
      p = 0;
    }
    out.push(rest);
    origin.push(i);
  });
  return { lines: out, origin };
}

/**
 * The date line i opens with, also when the column wrapped it (5月19 / 日，城西…): the date as it reads.
 */
function openingDateline(lines: SourceLine[], i: number): string | null {
  const text = lines[i]!.text;
  const own = matchDatelineAtStart(text);
  if (own !== null || !/[\d０-９月]$/.test(text)) return own;
  const joined = matchDatelineAtStart(text + (lines[i + 1]?.text ?? ''));
  return joined !== null && joined.length > text.length ? joined : null;
}

/**
 * Where a brief's title in 【】 run into its lead ends on line i (　　【城北菜场开业】本报讯 …), the title maybe wrapped
 * inside its brackets from the line above: just after 】. -1 otherwise — a bracketed label opening a part of a body
 * (【法官说法】法院审理认为…) is followed by no lead.
 */
function bracketTitleEnd(lines: SourceLine[], i: number): number {
  const text = lines[i]!.text;
  const opensHere = text.startsWith('【');
  const above = lines[i - 1]?.text ?? '';
  if (!opensHere && !(above.startsWith('【') && !above.includes('】'))) return -1;
  const close = text.indexOf('】');
  if (close < 0 || text.slice(1, close).includes('【')) return -1;
  const rest = text.slice(close + 1).trimStart();
  if (rest === '') return -1;
  const following = lines
    .slice(i + 1, i + 4)
    .filter((l) => l.text !== '')
    .map((l) => l.text);
  const lead = matchLead([rest, ...following].join(''));
  return lead !== null && lead.marker !== '' ? close + 1 : -1;
}

/** A pause or a sentence's end: a brief's run-in title has none. */
const PAUSE_OR_STOP = /[，,、；;：:。！？!?（）()]/;

/**
 * Where a brief's run-in title ends on line i: a paragraph opening with a title set off by a space from its text,
 * which opens with its date or its lead (　　白鹤滩—浙江特高压工程送电破千亿 / 千瓦时　11月21日，记者从…, 市区新增口袋
 * 公园12处　本报讯), the title maybe wrapped from the paragraph's first line. -1 when the line holds none — a lead's
 * credit before its date (…报道　11月1日) is no title, nor a title line that merely holds a date (春季樱花节 3月22日
 * 盛大开幕).
 */
function runInTitleEnd(lines: SourceLine[], i: number): number {
  const line = lines[i]!;
  const gap = /[ \u3000]+/.exec(line.text);
  if (gap === null || gap.index === 0) return -1;
  // (The date may wrap too: 县城首座立体停车库投用　5月19 / 日，….)
  const after = line.text.slice(gap.index + gap[0].length) + (lines[i + 1]?.text ?? '');
  const dateline = matchDatelineAtStart(after);
  // (Or a lead: 市区新增口袋公园12处　本报讯 / 近日，….)
  const opens = (dateline !== null && /^[，,]/.test(after.slice(dateline.length))) || STRONG_START.test(after);
  if (!opens) return -1;
  const before = line.text.slice(0, gap.index);
  const above = lines[i - 1];
  // The title opens a paragraph: indented, or flush where the item above closed (…实现。（记者 韦玮）).
  const opensParagraph =
    line.indented || above === undefined || above.text === '' || endsSentence(above.text) || /[）)]$/.test(above.text);
  const title = opensParagraph
    ? before
    : above !== undefined && above.indented && !PAUSE_OR_STOP.test(above.text)
      ? above.text + before
      : null;
  if (title === null || PAUSE_OR_STOP.test(title) || printedWidth(title) < 6 || printedWidth(title) > 40) return -1;
  if (matchLead(title) !== null || STRONG_START.test(title) || /(?:报道|讯|电)$/.test(title)) return -1;
  return gap.index;
}

/** The issue date to use, and what the page's date headers say about it. */
function issueDateOf(
  meta: PageMeta,
  headerDates: { line: number; date: string }[],
): { issueDate: string | null; source: ParsedPage['issueDateSource']; review: ReviewItem[] } {
  const review: ReviewItem[] = [];
  const printed = [...new Set(headerDates.map((h) => h.date))];
  for (const h of headerDates) {
    const other = meta.issueDate ?? (printed.length > 1 ? printed[0]! : null);
    if (other !== null && h.date !== other) {
      review.push({
        kind: 'date-conflict',
        line: h.line,
        article: null,
        text: h.date,
        detail: `the page prints ${h.date}, the manifest says ${meta.issueDate ?? 'nothing'}${printed.length > 1 ? ` (headers disagree: ${printed.join(', ')})` : ''}`,
        doubt: 0.95,
      });
    } else if (meta.issueDate === null && !h.date.startsWith(String(meta.year))) {
      review.push({
        kind: 'date-conflict',
        line: h.line,
        article: null,
        text: h.date,
        detail: `the page prints ${h.date}, the manifest's year is ${meta.year}`,
        doubt: 0.95,
      });
    }
  }
  if (meta.issueDate !== null) return { issueDate: meta.issueDate, source: 'manifest', review };
  if (printed.length === 1 && printed[0]!.startsWith(String(meta.year))) {
    review.push({
      kind: 'inferred-date',
      line: headerDates[0]!.line,
      article: null,
      text: printed[0]!,
      detail: `issue date taken from the page header (the manifest gives none)`,
      doubt: 0.3,
    });
    return { issueDate: printed[0]!, source: 'page-header', review };
  }
  return { issueDate: null, source: null, review };
}

/**
 * Splits one OCR'd page into articles. Pure: text in, structure out. Only text that cannot be read at all (a
 * control character, no text) throws; every layout it does not understand still yields articles or leftovers,
 * each listed in `review`. Throws SeedError when a character would be lost (a bug, never a layout).
 */
export function parsePage(
  printed: string,
  source: string,
  manifestMeta: PageMeta,
  corrections?: PageCorrections,
): ParsedPage {
  const text = applyTextFixes(printed, corrections);
  const { lines, removedInvisible, controlAt } = normalizeLines(text);
  if (controlAt !== null) throw new SeedError(source, 'control character in text (is this a binary file?)', controlAt);
  if (!lines.some((l) => l.text !== '')) throw new SeedError(source, 'the file has no text');

  const { content, leftovers, headerDates, jumps, columnStarts } = takeFurniture(lines, manifestMeta.paper);
  const dated = issueDateOf(manifestMeta, headerDates);
  const meta: PageMeta = { ...manifestMeta, issueDate: dated.issueDate };
  const review: ReviewItem[] = [...dated.review];

  const leads = findLeads(content, jumps, columnStarts);
  const firstText = leads.length ? leads[0]!.index : content.length;
  const preLead = content.slice(0, firstText);
  if (leads.length === 0) {
    const first = content.find((l) => l.text !== '');
    review.push({
      kind: 'no-lead',
      line: first?.no ?? 1,
      article: null,
      text: first?.text.slice(0, 20) ?? '',
      detail: 'no article lead (本报讯, 本报记者, 新华社…电) on the page: all its text is left over',
      doubt: 1,
    });
  }

  let candidates: HeadlineLine[] = [];
  const drafts = leads.map(({ index, lead, jumpFrom, creditLines }, k) => {
    const end = k + 1 < leads.length ? leads[k + 1]!.index : content.length;
    const span = content.slice(index, end);
    const jumpAt = [...jumps.entries()].find(([at, m]) => m.direction === 'to' && at >= index && at < end);
    const titledAsNotice = content.slice(Math.max(0, index - 4), index).some((l) => isNoticeTitle(l.text));
    const { body, signature, byline, bylineLine, after } = splitSpan(
      span,
      jumpAt ? jumpAt[0] - index : null,
      titledAsNotice,
    );
    groups(after).forEach((group) => {
      if (group.every(headlineLine)) {
        const id = candidates.length ? candidates.at(-1)!.group + 1 : 0;
        for (const line of group) candidates.push({ line, block: k, group: id });
      } else for (const l of group) leftovers.push({ line: l.no, text: l.text, reason: 'unattributed-text' });
    });
    const paragraphs = [...joinParagraphs(body, creditLines), ...signature.map((l) => l.text)];
    const { date, dateEnd } = resolveDateline(lead.dateline, meta.year, meta.issueDate);
    const bodyLines = body.filter((l) => l.text !== '');
    return {
      order: k + 1,
      lead,
      date,
      dateEnd,
      paragraphs,
      byline,
      bylineLine,
      bodyStart: bodyLines[0]?.no ?? span[0]!.no,
      bodyEnd: bylineLine ?? bodyLines.at(-1)?.no ?? span[0]!.no,
      decks: [] as Deck[],
      jumpTo: jumpAt ? jumpAt[1].page : null,
      jumpFrom,
      reporters: null as string[] | null,
      photographers: photoCredits(paragraphs.join('\n')),
      corrections: [] as string[],
    };
  });

  const bodies = drafts.map((d) => d.paragraphs.join(''));
  const grams = bodyGramsOf(bodies);
  // Papers print headlines after their articles (the seed pages) or over them; a page keeps one layout, and its
  // blocks' words tell which (see headlinesPrintedAbove). Over them, the headline lines right above the first lead
  // (headlineOverFirst) are its headline, and every later block is read as printed before the article below it (block k+1)
  // rather than after the one above it. (A line over the first article that shares nothing with it — an advert, a
  // masthead — stays over.)
  const top = headlineOverFirst(preLead, grams);
  const topGroups = top.groups;
  const topHeadline = drafts.length > 0 && top.evidence;
  // Without a headline over the first article (it has none, or the page opens with a continuation), the words of
  // the page's headline lines decide.
  const readAbove = (lines: HeadlineLine[], over: SourceLine[][]): HeadlineLine[] => [
    ...over.flatMap((group, g) => group.map((line) => ({ line, block: 0, group: g }))),
    ...lines.map((c) => ({ ...c, block: c.block + 1, group: c.group + over.length })),
  ];
  const jumpCosts = drafts.map((d) => (d.jumpFrom === null ? 0 : CONTINUATION_COST));
  const headlinesAbove =
    topHeadline || headlinesPrintedAbove(candidates, readAbove(candidates, []), bodies, grams, jumpCosts);
  if (headlinesAbove) candidates = readAbove(candidates, topGroups);
  for (const line of preLead) {
    if (line.text !== '' && !(headlinesAbove && topGroups.some((g) => g.includes(line))))
      leftovers.push({
        line: line.no,
        text: line.text,
        reason: leads.length ? 'before-first-article' : 'unattributed-text',
      });
  }
  // A continuation's headline was printed with its first part: one here is a reprint, less likely than another's.
  const { owners, margins } = assignWithMargins(candidates, bodies, grams, jumpCosts, {
    overArticles: headlinesAbove,
  });
  const fixes = correctionsOf(corrections, drafts.length, candidates, owners);
  review.push(...fixes.review);
  for (const { deck, owner } of decksOf(candidates, owners)) {
    if (owner < 0) {
      for (const l of deck.lines) leftovers.push({ line: l.no, text: l.text, reason: 'unmatched-headline' });
      continue;
    }
    drafts[owner]!.decks.push(deck);
    // The whole headline's evidence: a kicker without words of its body is sure enough when its title has some.
    const headline = candidates.filter((c, k) => c.block === deck.block && owners[k] === owner);
    const evidence = affinityTo(headline.map((c) => c.line.text).join(''), [owner], grams)[0]!;
    const sure = margins[candidates.findIndex((c) => c.line === deck.lines[0])] ?? null;
    if (evidence === 0) {
      review.push({
        kind: 'headline-margin',
        line: deck.lines[0]!.no,
        article: owner + 1,
        text: deckText(deck),
        detail: `shares no words with article ${owner + 1} (${excerpt(bodies[owner]!)}): given to it by its place on the page`,
        doubt: 0.45,
      });
    } else if (sure !== null && sure.margin < LOW_MARGIN) {
      review.push({
        kind: 'headline-margin',
        line: deck.lines[0]!.no,
        article: owner + 1,
        text: deckText(deck),
        detail: `given to article ${owner + 1} (${excerpt(bodies[owner]!)}) by a margin of ${sure.margin.toFixed(2)} over article ${sure.runnerUp + 1} (${excerpt(bodies[sure.runnerUp]!)})`,
        doubt: Math.min(0.9, 0.6 + (LOW_MARGIN - sure.margin)),
      });
    }
  }

  const articles: DraftArticle[] = drafts.map((draft) => {
    const sorted = [...draft.decks].sort((a, b) => a.lines[0]!.no - b.lines[0]!.no);
    const parts = classifyDecks(sorted);
    const title = parts.title ?? deriveTitle(draft.paragraphs, draft.lead);
    const article: DraftArticle = {
      ...draft,
      decks: sorted,
      title,
      titleSource: parts.title ? 'headline' : 'derived',
      kicker: parts.kicker,
      subtitle: parts.subtitle,
    };
    for (const c of fixes.byArticle.get(draft.order) ?? []) {
      if ('title' in c) [article.title, article.titleSource] = [c.title, 'corrected'];
      if ('reporters' in c) article.reporters = c.reporters;
      article.corrections.push(describeCorrection(c));
    }
    return article;
  });
  for (const a of articles) {
    if (a.lead.marker === '' && a.jumpFrom === null)
      review.push({
        kind: 'unmarked-start',
        line: a.bodyStart,
        article: a.order,
        text: excerpt(a.paragraphs.join('')),
        detail:
          'an article without a lead (本报讯, a credit), opened where the layout shows one: after the article above ended with a sentence or a credit',
        doubt: 0.35,
      });
    if (a.titleSource === 'derived' && a.jumpFrom === null) {
      review.push({
        kind: 'derived-title',
        line: a.bodyStart,
        article: a.order,
        text: a.title,
        detail: 'no headline line went to this article: its title is taken from the lead',
        doubt: 0.5,
      });
    }
    if (a.date === null && a.lead.dateline !== null && /\d|[０-９]|昨|今|前天/.test(a.lead.dateline)) {
      review.push({
        kind: 'unresolved-date',
        line: a.bodyStart,
        article: a.order,
        text: a.lead.dateline,
        detail: meta.issueDate
          ? 'the dateline names no real day'
          : 'the dateline needs the issue date, which neither the manifest nor a page header gives',
        doubt: 0.4,
      });
    }
  }
  for (const l of leftovers) {
    if (l.reason === 'unattributed-text' || l.reason === 'unmatched-headline') {
      review.push({
        kind: 'unassigned-line',
        line: l.line,
        article: null,
        text: l.text,
        detail:
          l.reason === 'unmatched-headline'
            ? 'a headline line that shares nothing with any article above it'
            : 'text that fits no article',
        doubt: 0.8,
      });
    }
  }

  leftovers.sort((a, b) => a.line - b.line);
  review.sort((a, b) => b.doubt - a.doubt || a.line - b.line);
  const accounting = account(source, lines, articles, leftovers, removedInvisible);
  return {
    source,
    printed: splitLines(printed),
    meta,
    issueDateSource: dated.source,
    articles,
    leftovers,
    review,
    accounting,
  };
}

/**
 * Checks a page's corrections against what the split found and applies the headline moves to `owners` in place.
 * A correction naming an article the page does not have, or a line that is no headline line, no longer matches
 * the page: an error naming it.
 */
function correctionsOf(
  corrections: PageCorrections | undefined,
  articles: number,
  candidates: HeadlineLine[],
  owners: number[],
): { byArticle: Map<number, Correction[]>; review: ReviewItem[] } {
  const byArticle = new Map<number, Correction[]>();
  const review: ReviewItem[] = [];
  if (!corrections) return { byArticle, review };
  const errors: SeedError[] = [];
  for (const c of corrections.entries) {
    const line = 'line' in c ? c.line : 0;
    if ('replace' in c) {
      review.push({ kind: 'correction', line, article: null, text: c.with, detail: describeCorrection(c), doubt: 0 });
      continue;
    }
    if (c.article > articles) {
      errors.push(new SeedError(corrections.file, `${describeCorrection(c)}: the page has ${articles} article(s)`));
      continue;
    }
    if ('line' in c) {
      const at = candidates.findIndex((h) => h.line.no === c.line);
      if (at < 0) {
        errors.push(
          new SeedError(
            corrections.file,
            `${describeCorrection(c)}: line ${c.line} of the page is not a headline line`,
          ),
        );
        continue;
      }
      owners[at] = c.article - 1;
    }
    byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
    review.push({ kind: 'correction', line, article: c.article, text: '', detail: describeCorrection(c), doubt: 0 });
  }
  if (errors.length) throw new SeedErrors(errors);
  return { byArticle, review };
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 14 ? `${chars.slice(0, 14).join('')}…` : text;
}

/** How much of a line's text a lead reading takes: its marker and dateline. */
function leadLength(lead: Lead): number {
  return lead.marker.length + (lead.dateline?.length ?? 0);
}

/** A line start that opens an article wherever it stands: 本报讯, 扬子晚报讯, 新华社…, 中新社…. */
const STRONG_START = new RegExp(`^(?:据?${AGENCY}|${PAPER_NEWS})`);

/** How many column lines a lead may wrap over. */
const LEAD_LINES = 4;

/** Marks that open a subhead or a list item inside a body (一、 （二） 3. ■), never a headline over an article. */
const SUBHEAD_MARK =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]|[■□●○◆◇▲△★☆▼▽◎])/;
/** What closes the date opening an article without a lead: a comma or space, maybe after the time of day (昨天下午，). */
const DATE_CLOSE = /^(?:[上下中]午|早上|早间|清晨|凌晨|一早|傍晚|晚上|晚间|夜间)?[，,\s]/;
/** What follows 记者 and the date in a lead that names its source: 从…获悉, 在…了解到. */
const LEARNT_FROM = /^(?:[上下中]午|早上|晚间)?[从在]/;
/** A line ending in a word that wants the next (…新修订的, …研究和): running text cut by a column, no title. */
const WRAPPED_AT_WORD = /[的和与及或把被]$/;
/** The title of a notice printed among articles (征稿启事, 招聘启事, 公告, 声明), never a subhead. */
const NOTICE_TITLE = /^[\u4e00-\u9fff“”（）()]{0,16}(?:启事|公告|通告|通知|声明|讣告|倡议书|公开信|的一封信)$|^更正$/;
/** Whom a letter or notice addresses, alone on its line: 各位家长朋友：, 尊敬的广大市民：. */
const SALUTATION = /^[\u4e00-\u9fff、“”]{2,16}[：:]$/;

/** A notice's title, also letter-spaced as papers set a short one (招　领　启　事). */
function isNoticeTitle(text: string): boolean {
  return NOTICE_TITLE.test(text.replace(/\s+/g, ''));
}
/** How many headline lines (with the blank lines between them) may stand between an article's end and the next. */
const MAX_HEADLINE_RUN = 8;

/**
 * Whether line i opens an article printed without a lead (a brief, a photo's caption, a commentary or feature
 * signed at its end), the article above having ended:
 * - a line opening with its date (11月1日，近日，) under headline lines over a finished sentence or a closing
 *   credit, or right under a closing credit (a column of briefs, each signed (张三 李四));
 * - a paragraph of text under headline lines (a title, a column's label) over a closing credit (（本报记者 张三）,
 *   本报记者 李四 摄); touching its title, it opens at the first line as wide as the column, under one that is not;
 * - after a finished sentence, text that closes with a credit naming none of those the article above named in its
 *   lead — one article is not credited twice to different people: dated, right after it (headlines printed after
 *   a run of articles leave nothing between); undated, under a headline set apart by blank lines.
 * Running text that happens to start a line with a date has no headline-like line over it after a finished
 * sentence; a subhead inside a body is marked (一、 ■) or follows no credit. `column` is the page's usual line
 * width; `leadReporters` those the article above named.
 */
function opensUnmarked(
  lines: SourceLine[],
  i: number,
  after: number,
  column: number,
  leadReporters: readonly string[],
  jumpsAway: (k: number) => boolean,
  startsColumn: (k: number) => boolean,
): boolean {
  const text = lines[i]!.text;
  // A telephone line (体育热线：0595-…) under the last article is the page's, never an article of its own; a
  // notice's title (…的通告) is its headline, and the notice opens under it.
  if (CONTACT_LINE.test(text) || isNoticeTitle(text)) return false;
  // A letter's or notice's salutation right under its title opens it (致…的一封信 / 各位家长朋友：).
  if (SALUTATION.test(text) && i > 0 && isNoticeTitle(lines[i - 1]!.text)) return true;
  // A paragraph printed indented under a line that is not: the page's own paragraph mark, as good as a blank line.
  const indentedUnder = lines[i]!.indented && lines[i - 1] !== undefined && !lines[i - 1]!.indented;
  const opening = openingDateline(lines, i);
  // 记者昨天从市气象台获悉，…: the reporter named before the date, as many papers open.
  const learnt =
    opening !== null && text.startsWith(`记者${opening}`) && LEARNT_FROM.test(text.slice(2 + opening.length));
  const reads = opening !== null && opening.length > text.length ? text + lines[i + 1]!.text : text;
  const dated =
    opening !== null && (learnt || (reads.startsWith(opening) && DATE_CLOSE.test(reads.slice(opening.length))));
  // A short line that asks or exclaims over text touching it (“村里的路灯，是谁修好的？” / 今年开春，…) is that
  // text's title: the line under it opens.
  const asksOverText =
    ENDS_ASKING.test(text) &&
    !lines[i]!.indented &&
    printedWidth(text) < column - 1 &&
    (lines[i + 1]?.text ?? '') !== '';
  if (!dated && asksOverText) return false;
  if (!dated) {
    if (!opensParagraphOfText(lines, i)) return false;
    const above = lines[i - 1];
    const fullWidth = (line: SourceLine) => Math.abs(printedWidth(line.text) - column) <= 1;
    // A title as wide as the column may touch its text where a credit closed the article above (…（本报记者 张三）
    // / 鹿特丹港前三季度集装箱吞吐量下降6.2% / 据荷兰…): running text never goes on past its credit. A picture's
    // credit (记者 张三 摄) closes a caption, and the text may go on under it.
    const titleAfterCredit = (k: number) => {
      const at = lastTextIndexBefore(lines, k);
      const credit = at >= 0 && lines[k - 1]?.text === '' ? creditClosing(lines, at) : null;
      return looksLikeHeadline(lines[k]!) && credit !== null && !/摄/.test(credit.text);
    };
    if (
      above !== undefined &&
      above.text !== '' &&
      !indentedUnder &&
      // (The line that opens may run past the column with its closing quote, …城里。”, as punctuation hangs.)
      !(printedWidth(lines[i]!.text) >= column - 1 && (!fullWidth(above) || titleAfterCredit(i - 1)))
    )
      return false;
  }
  let k = i - 1;
  if (k >= 0 && lines[k]!.text === '') k--;
  // A dated brief's title may carry a bullet (◆《雾港迷踪》定档 / 日前，…) where it heads a column of briefs under a
  // label, or follows a brief whose title, over one or two lines, carried the same one; elsewhere a marked line is a
  // subhead of its body.
  const bulletAbove = [lines[after - 1], lines[after - 2]]
    .map((l) => BRIEF_BULLET.exec(l?.text ?? '')?.[0])
    .find((b) => b !== undefined);
  const isHeadline = (at: number) =>
    (looksLikeHeadline(lines[at]!) || standsAsAskingTitle(lines, at)) &&
    (!SUBHEAD_MARK.test(lines[at]!.text) ||
      (dated &&
        BRIEF_BULLET.test(lines[at]!.text) &&
        (startsColumn(at) || (bulletAbove !== undefined && lines[at]!.text.startsWith(bulletAbove)))));
  // At the top of the page a date opens an article by itself (a page of briefs under a label).
  if (k < 0) return dated;
  // A line cut inside a date (截至11 / 月底，…) is running text, not a headline over one.
  if (/[\d０-９]$/.test(lines[k]!.text)) return false;
  let headlines = 0;
  let setApart = false;
  // A line that asks or exclaims with a pause in it (退休后，该不该 / 给儿女带孩子？) may be a title or the end of the
  // text above: read on as a title, and only a credit closing the text above, a jump or the page's top confirm it;
  // anything else answers as that line would have as text (`asText`).
  let asText: boolean | null = null;
  for (let run = 0; k >= 0 && run < MAX_HEADLINE_RUN; k--, run++) {
    const line = lines[k]!;
    // A lead's own lines (本报讯（记者 张三）１１月２ / ２日，…) are no headline over an article.
    if (k <= after) return false;
    // Where the article above jumps to another page (…（下转第5版）) it has ended, sentence or not.
    if (jumpsAway(k)) return headlines > 0;
    if (line.text === '') continue;
    // A credit line (本报记者 李四 摄) is short enough to pass for a headline: it is read first. Right over an
    // undated line, it closes the article that line goes on with (a title touching its body is no body).
    if (creditClosing(lines, k) !== null || sourceClosing(lines, k)) return headlines > 0 || dated;
    if (!isHeadline(k)) {
      const ended = endsSentence(line.text) || /[）)]$/.test(line.text);
      if (!ended) return asText ?? false;
      // After a finished sentence, only text closed by another's credit (see above); an undated one's headline is
      // set apart by blank lines and reads as a title (no comma, no indent, no word cut by the column).
      const answer = dated
        ? headlines > 0 || closesWithOtherCredit(lines, i, leadReporters)
        : setApart && closesWithOtherCredit(lines, i, leadReporters);
      const asks = ENDS_ASKING.test(line.text) && !line.indented && printedWidth(line.text) <= column;
      if (!asks || asText !== null) return asText ?? answer;
      asText = answer;
      setApart = false;
      headlines++;
      continue;
    }
    // A notice's title (征稿启事, 公告) heads a notice of its own, whatever ended above it.
    if (!dated && isNoticeTitle(line.text)) return true;
    // (On a page without indents, a short line with no mark at its end over a line as wide as the column is set
    // apart as well: running text fills its column up to a paragraph's last line, which ends with a mark.)
    if (headlines === 0)
      setApart =
        lines[i - 1]?.text === '' ||
        indentedUnder ||
        (!lines[i]!.indented &&
          printedWidth(lines[i]!.text) >= column - 1 &&
          printedWidth(line.text) < column - 2 &&
          /[\u4e00-\u9fff\w]$/.test(line.text));
    // (An asking title's closing ？ is no pause inside it. Over a paragraph the page indents, a title may hold a
    // comma, 文明养犬，拴住的是责任: a sentence running on into that paragraph would not be indented.)
    const inside = asksAsTitle(line) ? line.text.slice(0, -1) : line.text;
    const paused = /[，,、；;：:！!？?]/.test(inside) && !indentedUnder;
    if (paused || WRAPPED_AT_WORD.test(line.text) || line.indented) setApart = false;
    // Set apart above too — unless the page's paragraph indent sets it apart from the text below (a headline
    // printed after its article, touching it: …哈力木说。 / 口岸经济持续升温 / … / blank / 　　天刚亮，…; one
    // printed over its article, touching the one above: …应对气候变化。 / 智利南部暴雨致 / 数千人撤离 / 　　受…).
    const apartBelow = lines[i]!.indented && (lines[i - 1]?.text === '' || indentedUnder);
    if (k > 0 && lines[k - 1]!.text !== '' && !isHeadline(k - 1) && !apartBelow) setApart = false;
    headlines++;
    // A headline under a column's label (社论 / 扛牢责任 / …) heads a column of its own.
    if (startsColumn(k)) return true;
  }
  // At the page's top, under its headline: the first article of a page printed without leads (a digest, letters),
  // opening where a paragraph does (indented, or as wide as the column), not inside its headline (——副题).
  if (k < 0)
    return headlines > 0 && !SUBTITLE_START.test(text) && (lines[i]!.indented || printedWidth(text) >= column - 1);
  return asText ?? false;
}

/**
 * Whether the text from line i on closes (before any lead) with a credit naming none of `leadReporters` — not a
 * picture's credit, which an article may print for someone else — or with a source (（据路透社）) where the article
 * above credited its own people.
 */
function closesWithOtherCredit(lines: SourceLine[], i: number, leadReporters: readonly string[]): boolean {
  if (leadReporters.length === 0) return false;
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (text === '') continue;
    if (matchLead(text) !== null || STRONG_START.test(text)) return false;
    if (sourceClosing(lines, j)) return true;
    const byline = creditClosing(lines, j);
    if (byline === null || /摄/.test(byline.text)) continue;
    return byline.names.length > 0 && byline.names.every((name) => !leadReporters.includes(name));
  }
  return false;
}

/**
 * Whether line i opens a paragraph of running text: its lines reach a finished sentence before a blank line, and
 * none of them opens with a lead (a title touching its 本报讯 is that article's headline).
 */
function opensParagraphOfText(lines: SourceLine[], i: number): boolean {
  for (let k = i; k < lines.length && lines[k]!.text !== ''; k++) {
    if (k > i && (matchLead(lines[k]!.text) !== null || STRONG_START.test(lines[k]!.text))) return false;
    if (!looksLikeHeadline(lines[k]!) && !standsAsAskingTitle(lines, k)) return true;
  }
  return false;
}

/**
 * The credit line k closes an article with, alone, set right (　　　　本报记者 张三) or wrapped from the line above
 * (（本报记者 / 张三）), or null.
 */
function creditClosing(lines: SourceLine[], k: number): Byline | null {
  const text = lines[k]!.text;
  const at = lastTextIndexBefore(lines, k);
  const above = lines[at]?.text ?? '';
  const alone = matchByline(text, endsSentence(above)) ?? closingCreditLine(lines[k]!, lines[at], lines[k + 1]);
  if (alone !== null) return alone;
  if (!/[）)]$/.test(text) || /[（(]/.test(text) || !/[（(][^）)]*$/.test(above)) return null;
  const afterSentence = endsSentence(lines[lastTextIndexBefore(lines, at)]?.text ?? '');
  // (Read joined, or with the space the wrap took: （许　婷 / 摄）.)
  return matchByline(above + text, afterSentence) ?? matchByline(`${above} ${text}`, afterSentence);
}

/**
 * A commentary's author signed under its last sentence with a mark and the name alone (…共同的公园。 / □ 苏砚秋),
 * the paragraph ending there. Under a headline, or over the text it opens, the same line is the article's byline.
 */
function signatureUnderText(
  line: SourceLine,
  previous: SourceLine | undefined,
  next: SourceLine | undefined,
): Byline | null {
  if (previous === undefined || !endsSentence(previous.text) || (next !== undefined && next.text !== '')) return null;
  const names = markedNameCredit(line.text);
  return names && { before: '', text: line.text, names };
}

/**
 * A source or note closing an article that names no person: （据路透社）, （来源：人民网）, （摘自《半月谈》）, who the
 * author is (（作者单位：…学院）, （作者系…副教授）), when and where it was written (（二〇二五年八月，于沪西寓所）), the
 * book a review is of (（《…》，…著，…出版社2025年7月版，定价68.00元）).
 */
const SOURCE_CLOSING = new RegExp(
  [
    '[（(](?:',
    '(?:据|(?:数据|信息|图片)?来源[：:]|摘自|转自|选自|(?:本文)?作者单位[：:]|作者(?:系|为|是))[^（）()]{1,40}',
    '|[^（）()]{2,30}(?:供稿|供图|提供)',
    '|(?:[〇零一二三四五六七八九十]{4}|\\d{4})年[^（）()]{0,30}',
    '|《[^》]{1,30}》[，,][^（）()]{2,60}',
    ')[）)]$',
  ].join(''),
);

/**
 * Whether line k closes an article with its source, after a finished sentence on it or on the line above — or on a
 * line of its own with a blank line under it, as under a table whose rows end in no sentence (鸡蛋 每500克4.90元).
 */
function sourceClosing(lines: SourceLine[], k: number): boolean {
  const text = lines[k]!.text;
  // An author's affiliation over their name (…（作者单位：…小学） / 钟　黎) is part of the signature under the text.
  const above = lines[lastTextIndexBefore(lines, k)]?.text ?? '';
  if (
    /作者单位[^）)]*$/.test(above + text.replace(/[）)]$/, '')) &&
    /^[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}$/.test(lines[k + 1]?.text ?? '')
  )
    return false;
  // Wrapped over two lines, its bracket opened on the line above, alone or after the last sentence
  // (（农业农村部全国农业技术 / 推广服务中心供稿）, …化石40余件。（据新华 / 社）).
  const at = lastTextIndexBefore(lines, k);
  const opened = at >= 0 ? /[（(][^（）()]*$/.exec(lines[at]!.text) : null;
  if (/^[^（()）]*[）)]$/.test(text) && opened !== null) {
    const before = lines[at]!.text.slice(0, opened.index).trim();
    const closed =
      before === '' ? endsSentence(lines[lastTextIndexBefore(lines, at)]?.text ?? '') : endsSentence(before);
    return closed && SOURCE_CLOSING.test(opened[0] + text);
  }
  const m = SOURCE_CLOSING.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index).trim();
  if (before !== '') return endsSentence(before);
  return endsSentence(lines[lastTextIndexBefore(lines, k)]?.text ?? '') || (lines[k + 1]?.text ?? '') === '';
}

/**
 * Where an editor's note printed over an article's lead begins (编者按：即日起，本报推出…): the article opens there,
 * the note being the first words printed under its headline. Null when the paragraph above is no such note.
 */
function editorsNoteAbove(lines: SourceLine[], i: number): number | null {
  let start = lastTextIndexBefore(lines, i);
  if (start < 0) return null;
  while (start > 0 && lines[start - 1]!.text !== '') start--;
  return /^编者按/.test(lines[start]!.text) ? start : null;
}

/** The index of the last line before k that holds text, or -1. */
function lastTextIndexBefore(lines: SourceLine[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (lines[j]!.text !== '') return j;
  return -1;
}

/**
 * Lines that open an article: a lead at the start of a line that stands at the top of the page, after a blank
 * line, or after a finished sentence or a byline — never a 本报 that a column wrap happened to put first. A lead
 * may wrap over the next lines (the column is narrow), so each line is read joined with the few after it. A
 * continuation (（上接第1版）) opens a part of its own, without a lead.
 */
interface FoundLead {
  index: number;
  lead: Lead;
  jumpFrom: string | null;
  /** Lines of a credit printed alone (本报记者 钱七 孙八): a paragraph of its own; 0 when the lead runs into text. */
  creditLines: number;
}

function findLeads(lines: SourceLine[], jumps: Map<number, JumpMarker>, columnStarts: Set<number>): FoundLead[] {
  const found: FoundLead[] = [];
  const column = median(lines.filter((l) => l.text !== '').map((l) => printedWidth(l.text)));
  let previous: SourceLine | null = null;
  let blankBefore = true;
  let continuation: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const jump = jumps.get(i);
    if (jump?.direction === 'from') continuation = jump.page;
    if (line.text === '') {
      blankBefore = true;
      continue;
    }
    // A credit set right, or one for words and pictures, under a finished sentence closes the article above.
    if (closingCreditLine(line, previous ?? undefined, lines[i + 1])) {
      previous = line;
      blankBefore = false;
      continue;
    }
    const following = lines
      .slice(i + 1, i + 1 + LEAD_LINES * 2)
      .filter((l) => l.text !== '')
      .slice(0, LEAD_LINES - 1);
    let lead = matchLead(line.text);
    // Only the bracketed and agency leads are read across lines: the 本报记者 张三 form ends where its line ends,
    // or its names would run into the text after them. The joined reading wins when it reads more of the lead (a
    // credit or a range's end on the next line).
    const parts = [line.text, ...following.map((l) => l.text)];
    const breaks = parts.slice(0, -1).map((_, k) => parts.slice(0, k + 1).join('').length);
    const joined = following.length ? matchLead(parts.join(''), breaks) : null;
    const wrapped = joined && !isReporterLead(joined.marker) ? joined : null;
    // A lead completed only by the lines after it must stand where an article can start.
    // (Or under a brief's title in brackets: 【三亚直航开通】本报 / 三亚4月8日讯….)
    const atBreak = blankBefore || previous === null || endsSentence(previous.text) || /[）)】]$/.test(previous.text);
    // (本报讯 or 新华社 whole on the line is enough: 新华社合肥３月５日 / 电（记者 …）.)
    const strongStart = STRONG_START.test(line.text);
    if (wrapped && (lead !== null || atBreak || strongStart) && leadLength(wrapped) > (lead ? leadLength(lead) : 0))
      lead = wrapped;
    // 本报讯 and 新华社…电 at a line start open an article wherever they stand (a masthead may sit right above);
    // the weaker 本报记者 张三 form must also follow a break, so a wrapped sentence is not taken for a lead.
    let strong = lead !== null && !isReporterLead(lead.marker);
    let creditLines = 0;
    if (lead && lead.dateline === null && isReporterLead(lead.marker) && CREDIT_LINE.test(line.text)) {
      // The credit stands alone on its line (本报记者 钱七 孙八), maybe going on over the next lines (本报实习生
      // 尹超红 记者 / 卢燕 彭明诚); the dateline opens the line after it.
      let credit = line.text;
      const breaks: number[] = [];
      creditLines = 1;
      for (const [k, next] of following.entries()) {
        // (A picture credited to no one, on its own line under the credit, goes with it: 图/受访者提供.)
        if (isPictureSourceLine(next.text)) {
          credit += ` ${next.text}`;
          creditLines++;
          continue;
        }
        // The rest of a name the wrap cut (钱辉 / 瑞, 龙 / 辉昊) goes on the credit when a dateline follows it.
        // So does the rest of a name before more names (阿依古丽·买买 / 提 王建军): body text is never spaced so.
        const cutName =
          (/^[\u4e00-\u9fff]{1,3}$/.test(next.text) &&
            following[k + 1] !== undefined &&
            matchDatelineAtStart(following[k + 1]!.text) !== null) ||
          (/[\u4e00-\u9fff]$/.test(credit) &&
            /^[\u4e00-\u9fff]{1,2}[ \u3000]+\S/.test(next.text) &&
            CREDIT_CONTINUATION.test(next.text.replace(/^[\u4e00-\u9fff]{1,2}[ \u3000]+/, '')));
        if (
          !cutName &&
          (!CREDIT_CONTINUATION.test(next.text) || !(CREDIT_ENDS_IN_ROLE.test(credit) || /\s/.test(next.text)))
        )
          break;
        breaks.push(credit.length);
        credit += next.text;
        creditLines++;
      }
      const after = following[creditLines - 1];
      lead = {
        ...lead,
        marker: credit,
        reporters: creditNames(credit, breaks),
        dateline: after ? matchDatelineAtStart(after.text) : null,
      };
      // 本报记者邓立桂 with the name glued to the role is a credit only when a dateline follows it; a spaced credit
      // line or a commentary's (本报评论员) opens its article as it stands.
      if (lead.dateline === null && !/\s/.test(credit) && lead.reporters.length > 0) lead = null;
    }
    if (lead === null || lead.dateline === null) {
      // The credit wrapped at any character (本报记 / 者 万平 / 4月18日，…): read up to the line its dateline opens.
      const spanned = creditBeforeDateline([line.text, ...following.map((l) => l.text)]);
      if (spanned) {
        lead = { marker: spanned.credit, reporters: spanned.reporters, dateline: spanned.dateline };
        creditLines = spanned.lines;
      }
    }
    // A credit alone on its line (spaced names, a commentary's credit, or any followed by a dateline) opens an
    // article even right after a headline line: running text never wraps into a line of nothing but a credit.
    if (lead && creditLines > 0) strong = true;
    // A credit on the line under an unclosed bracket (本报讯（记者 张三 / 通讯员 李四 王五 实 / 习生 赵六）) is that
    // bracket's, never a credit line of its own.
    if (lead && isReporterLead(lead.marker) && previous !== null && /[（(][^）)]*$/.test(previous.text)) lead = null;
    // □ 陈思远 under a headline or a column's label is a commentary's byline; after a finished sentence the same
    // shape is a marked subhead (■ 强化担当).
    const markedCredit =
      lead === null && (previous === null || headlineLine(previous)) ? markedNameCredit(line.text) : null;
    // A credit line over a 讯 or 电 lead (本报驻柏林记者 郑嘉禾 / 本报柏林7月1日电 …) is that lead's: one article.
    const creditAbove = found.at(-1);
    if (
      lead &&
      !isReporterLead(lead.marker) &&
      creditAbove !== undefined &&
      creditAbove.creditLines > 0 &&
      creditAbove.lead.dateline === null &&
      lastTextIndexBefore(lines, i) === creditAbove.index + creditAbove.creditLines - 1
    ) {
      creditAbove.lead = {
        marker: creditAbove.lead.marker,
        dateline: lead.dateline,
        reporters: [...new Set([...creditAbove.lead.reporters, ...lead.reporters])],
      };
    } else if (lead && (strong || atBreak)) {
      // An editor's note over the lead opens the article; read as an article of its own, it is the same one.
      const note = editorsNoteAbove(lines, i);
      if (note !== null && found.at(-1)?.index === note && found.at(-1)!.lead.marker === '') found.pop();
      const opensAt = note !== null && note > (found.at(-1)?.index ?? -1) ? note : i;
      found.push({ index: opensAt, lead, jumpFrom: null, creditLines });
      continuation = null;
      // The credit's other lines (本报记者 贺知秋 / 本报通讯员 黄泽宇) are this lead's, not leads of their own.
      if (creditLines > 1) {
        const last = following[creditLines - 2]!;
        previous = last;
        blankBefore = false;
        i = lines.indexOf(last, i + 1);
        continue;
      }
    } else if (markedCredit) {
      found.push({
        index: i,
        lead: { marker: line.text, dateline: null, reporters: markedCredit },
        jumpFrom: null,
        creditLines: 1,
      });
      continuation = null;
    } else if (continuation !== null) {
      found.push({ index: i, lead: NO_LEAD, jumpFrom: continuation, creditLines: 0 });
      continuation = null;
    } else if (
      lead === null &&
      opensUnmarked(
        lines,
        i,
        found.at(-1)?.index ?? -1,
        column,
        found.at(-1)?.lead.reporters ?? [],
        (k) => jumps.get(k)?.direction === 'to',
        (k) => columnStarts.has(k),
      )
    ) {
      found.push({
        index: i,
        lead: { ...NO_LEAD, dateline: openingDateline(lines, i) },
        jumpFrom: null,
        creditLines: 0,
      });
    }
    previous = line;
    blankBefore = false;
  }
  return found;
}

/**
 * Whether a page's headlines were printed over their articles, by their words: the page's headline lines are cut
 * and given to articles both ways — each block after the articles above it, and each over the article below it —
 * and the reading whose headlines share more with their articles wins, by a margin. Judged as whole assignments
 * rather than line by line, each article takes one headline, so a line that also fits an untitled article higher
 * up no longer votes for the wrong layout. Measured on the layout corpus (npm run accuracy, 3,000 articles, seeds
 * 1–4): a line-by-line vote gave 341, 324, 350, 343 field misses; whole assignments with a margin of 0.1 give 296,
 * 251, 277, 263 (margin 0: 308, 263, 286, 269; 0.2: 291, 252, 282, 258; 0.4: 313, 267, 300, 270).
 */
const CLEARLY_BELOW = 0.1;

function headlinesPrintedAbove(
  after: HeadlineLine[],
  above: HeadlineLine[],
  bodies: string[],
  grams: BodyGrams,
  costs: number[],
): boolean {
  const scoreAfter = assignWithMargins(after, bodies, grams, costs, { margins: false }).score;
  const scoreAbove = assignWithMargins(above, bodies, grams, costs, {
    margins: false,
    overArticles: true,
  }).score;
  return scoreAbove > scoreAfter + CLEARLY_BELOW;
}

/**
 * Splits an article's lines into body and what follows it. The body ends at the byline; without one, it ends at
 * the last finished sentence, and the trailing groups of unfinished lines are headline material.
 */
function splitSpan(
  span: SourceLine[],
  jumpAt: number | null,
  titledAsNotice: boolean,
): {
  body: SourceLine[];
  signature: SourceLine[];
  byline: Byline | null;
  bylineLine: number | null;
  after: SourceLine[];
} {
  // A part that jumps to another page ends at its jump line, finished sentence or not; its byline is printed with
  // the continuation.
  if (jumpAt !== null)
    return {
      body: trimBlank(span.slice(0, jumpAt + 1)),
      signature: [],
      byline: null,
      bylineLine: null,
      after: span.slice(jumpAt + 1),
    };
  for (let i = span.length - 1; i > 0; i--) {
    const line = span[i]!;
    if (line.text === '') continue;
    const previous = [...span.slice(0, i)].reverse().find((l) => l.text !== '');
    const byline =
      matchByline(line.text, previous !== undefined && endsSentence(previous.text)) ??
      signatureUnderText(line, previous, span[i + 1]) ??
      closingCreditLine(line, previous, span[i + 1]);
    // A picture's credit (（张三 摄）) followed by more finished sentences is inside the text, not its close.
    const insideText =
      byline !== null && /摄/.test(byline.text) && span.slice(i + 1).some((l) => /[。！？]/.test(l.text));
    if (byline && !insideText) {
      const body = span.slice(0, i);
      if (byline.before !== '') body.push({ ...line, text: byline.before });
      return { body: trimBlank(body), signature: [], byline, bylineLine: line.no, after: span.slice(i + 1) };
    }
    // A byline wrapped over two column lines (（记者 欧阳东 / 实习生 钟可欣）): its opening bracket on the line above.
    // So may a picture's credit run on after a caption's last sentence (…服务活动。　通讯员　钟离 / 悦　摄).
    const bracketWraps = /[）)]$/.test(line.text) && !/[（(]/.test(line.text);
    const creditWraps = /^[^。！？]{1,12}摄(?:影)?$/.test(line.text);
    if (byline === null && previous && (bracketWraps || creditWraps)) {
      const at = span.lastIndexOf(previous);
      const earlier = [...span.slice(0, at)].reverse().find((l) => l.text !== '');
      // (Read joined, or with the space the wrap took: （作者系西北政法大学副教授 / 东方亦然）.)
      const afterSentence = earlier !== undefined && endsSentence(earlier.text);
      const wrapped =
        (bracketWraps && /[（(][^（）()]*$/.test(previous.text)) ||
        (creditWraps && /[。！？”][ \u3000]/.test(previous.text))
          ? (matchByline(previous.text + line.text, afterSentence) ??
            matchByline(`${previous.text} ${line.text}`, afterSentence))
          : null;
      if (wrapped && wrapped.before.length <= previous.text.length) {
        const body = span.slice(0, at);
        if (wrapped.before !== '') body.push({ ...previous, text: wrapped.before });
        return {
          body: trimBlank(body),
          signature: [],
          byline: wrapped,
          bylineLine: line.no,
          after: span.slice(i + 1),
        };
      }
    }
  }
  // The lead line itself may carry the whole short article and its byline.
  const first = matchByline(span[0]!.text, false);
  if (first && first.before !== '') {
    return {
      body: [{ ...span[0]!, text: first.before }],
      signature: [],
      byline: first,
      bylineLine: span[0]!.no,
      after: span.slice(1),
    };
  }
  // Without a byline the body ends with its last finished sentence, even when headline lines touch it; lines of
  // unfinished text after it are headline material. A body with no finished sentence keeps its first group.
  let last = -1;
  for (let i = span.length - 1; i >= 0; i--) {
    const text = span[i]!.text;
    if (text !== '' && ((endsSentence(text) && !standsAsAskingTitle(span, i)) || sourceClosing(span, i))) {
      last = i;
      break;
    }
  }
  const firstBlank = span.findIndex((l) => l.text === '');
  const end = last >= 0 ? last + 1 : firstBlank > 0 ? firstBlank : span.length;
  const body = trimBlank(span.slice(0, end));
  const notice = titledAsNotice || NOTICE_TEXT.test(body.map((l) => l.text).join(''));
  // A notice's issuer and date sign it wherever they stand; any article's, only when set right as a signature is.
  const signature = signatureAt(span, end, !notice);
  const rest = signature.length ? span.indexOf(signature.at(-1)!) + 1 : end;
  return { body, signature, byline: null, bylineLine: null, after: span.slice(rest) };
}

/** What a notice says of itself: 特此通告, 现将有关事项公告如下. */
const NOTICE_TEXT = /特此(?:通告|公告|声明|通知|告知|函告|启事|更正|讣告)|(?:通告|公告|通知|告知|事项)如下/;
/** A notice's issuer signing it: a body's name (…交通管理支队, …人民政府, …有限公司, 健康报社基层卫生部). */
const ISSUER =
  /^[\u4e00-\u9fff（）()·]{3,30}(?:局|委员会|委|公司|集团|支队|大队|中心|政府|办公室|办|部|院|所|厅|处|站|协会|学会|联合会|社|馆|校|会|小组)$/;
/** The date a notice is signed on: 2024年10月15日, full-width or in characters (二〇二四年十月十五日). */
const SIGNED_ON =
  /^(?:[\d０-９]{4}|[〇零一二三四五六七八九]{4})年[\d０-９一二三四五六七八九十]{1,2}月[\d０-９一二三四五六七八九十]{1,3}日$/;

/** Whom to reach about a notice, on a line of its own: 联系人：王先生, 电话：139…, 举报电话：0576-…, 地址：…. */
const NOTICE_CONTACT = /^(?:联系人|联系地址|地址|邮箱)[：:]\S{1,40}$/;

/**
 * The lines that sign a notice after its last sentence — its issuer, the date, whom to reach — each on a line of
 * its own: they belong to it as printed, though no sentence ends them. `onlySetRight`: only lines set toward the
 * column's right, as any article may be signed.
 */
function signatureAt(span: SourceLine[], end: number, onlySetRight: boolean): SourceLine[] {
  const signature: SourceLine[] = [];
  for (let i = end; i < span.length && signature.length < 4; i++) {
    const text = span[i]!.text.replace(/\s+/g, '');
    if (text === '' && signature.length === 0) continue;
    if (onlySetRight && !span[i]!.pushedRight) break;
    if (!ISSUER.test(text) && !SIGNED_ON.test(text) && !CONTACT_LINE.test(text) && !NOTICE_CONTACT.test(text)) break;
    signature.push(span[i]!);
  }
  return signature;
}

/**
 * The lines over the first article that may be its headline: the group right above its lead, and over it the
 * groups of headline lines marked as a part of a headline — a kicker (…强调, …——) over the rest, a title over a
 * subtitle (——记…) — so a title set apart from its kicker or subtitle by a blank line comes with them. Words
 * shared with the article are not enough to go further up: a page label (3 / 港航·物流) shares them too. What does
 * not qualify, and all above it, stays over the article (an advert, a masthead). `evidence`: whether they look
 * like a headline and share words with the article.
 */
/** How much of a line over the page's first headline must be the first article's words to be that headline's. */
const CUT_OFF_TITLE_AFFINITY = 0.6;

function headlineOverFirst(preLead: SourceLine[], grams: BodyGrams): { groups: SourceLine[][]; evidence: boolean } {
  const all = groups(preLead);
  const sharesWords = (group: SourceLine[]) => affinityTo(group.map((l) => l.text).join(''), [0], grams)[0]! > 0;
  const nearest = all.at(-1);
  if (!nearest) return { groups: [], evidence: false };
  const kept = [nearest];
  for (let g = all.length - 2; g >= 0; g--) {
    const group = all[g]!;
    const marked = marksKicker(group.at(-1)!.text) || SUBTITLE_START.test(kept[0]![0]!.text);
    // A title's first line cut off by a stray blank line (济南东站至遥墙机场 / blank / 公交快线下月加密班次) is made
    // of the first article's own words; a section name over it (济南新闻) shares a word at most.
    const cutOff = group.length === 1 && affinityTo(group[0]!.text, [0], grams)[0]! >= CUT_OFF_TITLE_AFFINITY;
    if ((!marked && !cutOff) || !group.every(headlineLine)) break;
    // (Cut off, it is read with the line it was cut from, as if they touched.)
    if (marked) kept.unshift(group);
    else kept[0] = [...group, ...kept[0]!];
  }
  return { groups: kept, evidence: nearest.every(headlineLine) && kept.some(sharesWords) };
}

function trimBlank(lines: SourceLine[]): SourceLine[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.text === '') end--;
  return lines.slice(0, end);
}

function groups(lines: SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * A title for an article printed without a headline: the first clause after the dateline (市委常委会召开第120次会议).
 * A lead that is only a credit (本报记者 钱七 孙八) or a continuation gives its first text clause; never empty.
 */
export function deriveTitle(paragraphs: string[], lead: Lead): string {
  for (const [i, paragraph] of paragraphs.entries()) {
    let rest = i === 0 ? paragraph.slice(lead.marker.length).trimStart() : paragraph;
    if (lead.dateline && rest.startsWith(lead.dateline)) rest = rest.slice(lead.dateline.length);
    rest = rest.replace(/^[，,、：:\s]+/, '');
    if (rest === '') continue;
    const clause = /^[^，。！？；]{4,}/.exec(rest)?.[0] ?? /^[^。！？]+/.exec(rest)?.[0] ?? rest;
    return clause.length > 40 ? `${clause.slice(0, 40)}…` : clause;
  }
  const all = paragraphs.join('') || lead.marker;
  return all.length > 40 ? `${all.slice(0, 40)}…` : all || '（无题）';
}

export function account(
  source: string,
  lines: SourceLine[],
  articles: DraftArticle[],
  leftovers: Leftover[],
  invisibleRemoved: number,
): Accounting {
  const page = countableChars(lines.map((l) => l.text).join(''));
  const body = articles.map((a) => countableChars(a.paragraphs.join(''))).join('');
  const headlines = articles
    .flatMap((a) => a.decks.flatMap((d) => d.lines.map((l) => countableChars(l.text))))
    .join('');
  const bylines = articles.map((a) => countableChars(a.byline?.text ?? '')).join('');
  const rest = leftovers.map((l) => countableChars(l.text)).join('');
  const missing = subtractChars(page, body + headlines + bylines + rest);
  const extra = subtractChars(body + headlines + bylines + rest, page);
  if (missing || extra) {
    throw new SeedError(
      source,
      `character accounting failed: ${missing ? `lost "${missing.slice(0, 40)}"` : ''}${extra ? ` invented "${extra.slice(0, 40)}"` : ''}`,
    );
  }
  return {
    source,
    total: [...page].length,
    body: [...body].length,
    headlines: [...headlines].length,
    bylines: [...bylines].length,
    leftovers: [...rest].length,
    invisibleRemoved,
  };
}

/** Characters of `a` not matched one-for-one by characters of `b` (a multiset difference). */
function subtractChars(a: string, b: string): string {
  const counts = new Map<string, number>();
  for (const ch of b) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let out = '';
  for (const ch of a) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) counts.set(ch, n - 1);
    else out += ch;
  }
  return out;
}
