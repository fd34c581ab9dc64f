import { matchByline, type Byline } from './byline';
import { SeedError } from './errors';
import { assignDecks, classifyDecks, KICKER_END, SUBTITLE_START, type Deck } from './headlines';
import { isStrayHeader } from './headers';
import { matchDatelineAtStart, matchLead, resolveDateline, type Lead } from './lead';
import { countableChars, normalizeLines, type SourceLine } from './lines';
import { joinParagraphs } from './paragraphs';
import { endsSentence, printedWidth } from './sentences';

export interface PageMeta {
  paper: string;
  paperSlug: string;
  year: number;
  issueDate: string | null;
  page: string;
}

export interface Leftover {
  line: number;
  text: string;
  reason: 'before-first-article' | 'page-furniture' | 'unattributed-text' | 'unmatched-headline';
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
  titleSource: 'headline' | 'derived';
  kicker: string | null;
  subtitle: string | null;
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
  meta: PageMeta;
  articles: DraftArticle[];
  leftovers: Leftover[];
  accounting: Accounting;
}

/** Widest a headline line is printed; anything wider is running text. */
const MAX_HEADLINE_WIDTH = 40;

/**
 * Splits one OCR'd page into articles. Pure: text in, structure out; throws SeedError naming the file and line
 * when the page cannot be read as articles, or when a character would be lost.
 */
export function parsePage(text: string, source: string, meta: PageMeta): ParsedPage {
  const { lines, removedInvisible, controlAt } = normalizeLines(text);
  if (controlAt !== null) throw new SeedError(source, 'control character in text (is this a binary file?)', controlAt);
  if (!lines.some((l) => l.text !== '')) throw new SeedError(source, 'the file has no text');

  const leftovers: Leftover[] = [];
  const content: SourceLine[] = lines.map((line) => {
    if (line.text !== '' && isStrayHeader(line.text)) {
      leftovers.push({ line: line.no, text: line.text, reason: 'page-furniture' });
      return { ...line, text: '', indented: false };
    }
    return line;
  });

  const leads = findLeads(content);
  if (leads.length === 0) {
    const first = content.find((l) => l.text !== '')!;
    throw new SeedError(source, `no article lead (本报讯, 本报记者, 新华社…电) found; first text line: "${first.text.slice(0, 20)}"`, first.no);
  }
  for (const line of content.slice(0, leads[0]!.index)) {
    if (line.text !== '') leftovers.push({ line: line.no, text: line.text, reason: 'before-first-article' });
  }

  const decks: Deck[] = [];
  const drafts = leads.map(({ index, lead }, k) => {
    const end = k + 1 < leads.length ? leads[k + 1]!.index : content.length;
    const span = content.slice(index, end);
    const { body, byline, bylineLine, after } = splitSpan(span);
    for (const group of groups(after).flatMap(splitDecks)) {
      if (group.every((l) => printedWidth(l.text) <= MAX_HEADLINE_WIDTH && !endsSentence(l.text))) decks.push({ lines: group, block: k });
      else for (const l of group) leftovers.push({ line: l.no, text: l.text, reason: 'unattributed-text' });
    }
    const paragraphs = joinParagraphs(body, span[0]!.text === lead.marker);
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
      bodyStart: bodyLines[0]!.no,
      bodyEnd: bylineLine ?? bodyLines.at(-1)!.no,
      decks: [] as Deck[],
    };
  });

  const owners = assignDecks(decks, drafts.map((d) => d.paragraphs.join('')));
  decks.forEach((deck, i) => {
    const owner = owners[i]!;
    if (owner >= 0) drafts[owner]!.decks.push(deck);
    else for (const l of deck.lines) leftovers.push({ line: l.no, text: l.text, reason: 'unmatched-headline' });
  });

  const articles: DraftArticle[] = drafts.map((draft) => {
    const sorted = [...draft.decks].sort((a, b) => a.lines[0]!.no - b.lines[0]!.no);
    const parts = classifyDecks(sorted);
    return {
      ...draft,
      decks: sorted,
      title: parts.title ?? deriveTitle(draft.paragraphs[0]!, draft.lead),
      titleSource: parts.title ? 'headline' : 'derived',
      kicker: parts.kicker,
      subtitle: parts.subtitle,
    };
  });

  leftovers.sort((a, b) => a.line - b.line);
  const accounting = account(source, lines, articles, leftovers, removedInvisible);
  return { source, meta, articles, leftovers, accounting };
}

/**
 * Lines that open an article: a lead at the start of a line that stands at the top of the page, after a blank
 * line, or after a finished sentence or a byline — never a 本报 that a column wrap happened to put first.
 */
function findLeads(lines: SourceLine[]): { index: number; lead: Lead }[] {
  const found: { index: number; lead: Lead }[] = [];
  let previous: SourceLine | null = null;
  let blankBefore = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') {
      blankBefore = true;
      continue;
    }
    let lead = matchLead(line.text);
    // 本报讯 and 新华社…电 at a line start open an article wherever they stand (a masthead may sit right above);
    // the weaker 本报记者 张三 form must also follow a break, so a wrapped sentence is not taken for a lead.
    const strong = lead !== null && !lead.marker.startsWith('本报记者') && !lead.marker.startsWith('本报通讯员');
    const opensHere = strong || blankBefore || previous === null || endsSentence(previous.text) || /[）)]$/.test(previous.text);
    if (lead && lead.dateline === null && line.text === lead.marker) {
      // The credit stands alone on its line (本报记者 钱七 孙八); the dateline opens the next line.
      const next = lines.slice(i + 1).find((l) => l.text !== '');
      if (next) lead = { ...lead, dateline: matchDatelineAtStart(next.text) };
    }
    if (lead && opensHere) found.push({ index: i, lead });
    previous = line;
    blankBefore = false;
  }
  return found;
}

/**
 * Splits an article's lines into body and what follows it. The body ends at the byline; without one, it ends at
 * the last finished sentence, and the trailing groups of unfinished lines are headline material.
 */
function splitSpan(span: SourceLine[]): { body: SourceLine[]; byline: Byline | null; bylineLine: number | null; after: SourceLine[] } {
  for (let i = span.length - 1; i > 0; i--) {
    const line = span[i]!;
    if (line.text === '') continue;
    const previous = [...span.slice(0, i)].reverse().find((l) => l.text !== '');
    const byline = matchByline(line.text, previous !== undefined && endsSentence(previous.text));
    if (byline) {
      const body = span.slice(0, i);
      if (byline.before !== '') body.push({ ...line, text: byline.before });
      return { body: trimBlank(body), byline, bylineLine: line.no, after: span.slice(i + 1) };
    }
  }
  // The lead line itself may carry the whole short article and its byline.
  const first = matchByline(span[0]!.text, false);
  if (first && first.before !== '') {
    return { body: [{ ...span[0]!, text: first.before }], byline: first, bylineLine: span[0]!.no, after: span.slice(1) };
  }
  let end = span.length;
  while (end > 1) {
    const tail = lastGroup(span, end);
    if (tail === null) break;
    const lastLine = span[tail.end - 1]!;
    if (endsSentence(lastLine.text) || tail.start === 0) break;
    end = tail.start;
  }
  return { body: trimBlank(span.slice(0, end)), byline: null, bylineLine: null, after: span.slice(end) };
}

/** The last blank-separated group of lines before `end`, as indices. */
function lastGroup(span: SourceLine[], end: number): { start: number; end: number } | null {
  let stop = end;
  while (stop > 0 && span[stop - 1]!.text === '') stop--;
  if (stop === 0) return null;
  let start = stop;
  while (start > 0 && span[start - 1]!.text !== '') start--;
  return { start, end: stop };
}

function trimBlank(lines: SourceLine[]): SourceLine[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.text === '') end--;
  return lines.slice(0, end);
}

/**
 * Splits a group of headline lines printed without a blank between them where a deck visibly ends: after a
 * kicker line (…强调——, …强调) and before a subtitle line (——市领导调研…).
 */
function splitDecks(group: SourceLine[]): SourceLine[][] {
  const decks: SourceLine[][] = [[]];
  group.forEach((line, i) => {
    const previous = group[i - 1];
    if (previous && (KICKER_END.test(previous.text) || SUBTITLE_START.test(line.text))) decks.push([]);
    decks.at(-1)!.push(line);
  });
  return decks;
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

/** A title for an article printed without a headline: the first clause after the dateline (市委常委会召开第120次会议). */
export function deriveTitle(firstParagraph: string, lead: Lead): string {
  let rest = firstParagraph.slice(lead.marker.length).trimStart();
  if (lead.dateline && rest.startsWith(lead.dateline)) rest = rest.slice(lead.dateline.length);
  rest = rest.replace(/^[，,、：:\s]+/, '');
  const clause = /^[^，。！？；]{4,}/.exec(rest)?.[0] ?? /^[^。！？]+/.exec(rest)?.[0] ?? rest;
  return clause.length > 40 ? `${clause.slice(0, 40)}…` : clause;
}

export function account(source: string, lines: SourceLine[], articles: DraftArticle[], leftovers: Leftover[], invisibleRemoved: number): Accounting {
  const page = countableChars(lines.map((l) => l.text).join(''));
  const body = articles.map((a) => countableChars(a.paragraphs.join(''))).join('');
  const headlines = articles.flatMap((a) => a.decks.flatMap((d) => d.lines.map((l) => countableChars(l.text)))).join('');
  const bylines = articles.map((a) => countableChars(a.byline?.text ?? '')).join('');
  const rest = leftovers.map((l) => countableChars(l.text)).join('');
  const missing = subtractChars(page, body + headlines + bylines + rest);
  const extra = subtractChars(body + headlines + bylines + rest, page);
  if (missing || extra) {
    throw new SeedError(source, `character accounting failed: ${missing ? `lost "${missing.slice(0, 40)}"` : ''}${extra ? ` invented "${extra.slice(0, 40)}"` : ''}`);
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

