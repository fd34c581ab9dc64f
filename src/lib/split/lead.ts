/** What opens an article: the agency or 本报 marker, optional reporters, and the dateline. */
export interface Lead {
  /** The marker as printed, without the dateline: 本报讯, 本报讯（记者 张三）, 新华社北京3月5日电（记者 李四）. */
  marker: string;
  /** The date phrase as printed (2月17日, 昨天, 4月8日—9日), or null when the lead has none. */
  dateline: string | null;
  /** Reporters named inside the lead (本报记者 张三, （记者 张三 通讯员 李四）). */
  reporters: string[];
}

const HAN_NAME = '(?:[\\u4e00-\\u9fff]{1,8}(?:·[\\u4e00-\\u9fff]{1,8}){1,2}|[\\u4e00-\\u9fff·]{2,5})';

/**
 * The roles a credit names, as papers print them: 记者, 通讯员 and 评论员 with the qualifiers papers put before them
 * (全媒体记者, 融媒记者, 见习记者, 首席记者, 特约通讯员, 特约评论员, 摄影记者), and 实习生. One list for every credit
 * reading (leads, credit lines, bylines), longest first so a qualified role is never read as a name (特约|丁雅婷).
 */
const ROLE_QUALIFIERS = ['全媒体', '融媒体', '融媒', '特约', '见习', '实习', '首席', '驻站', '特派', '摄影', '学生'];
const QUALIFIER = `(?:${ROLE_QUALIFIERS.join('|')})`;
const ROLE_WORDS: readonly string[] = [
  ...['记者', '通讯员', '评论员'].flatMap((noun) => ['', ...ROLE_QUALIFIERS].map((q) => q + noun)),
  '实习生',
]
  .flatMap((role) => [role, `本报${role}`, ...(role.endsWith('记者') ? [`新华社${role}`, `中新社${role}`] : [])])
  .sort((a, b) => b.length - a.length || a.localeCompare(b));
/** Any role word, as a regular expression source (longest first). */
const ROLE = `(?:${ROLE_WORDS.join('|')})`;
/** A role of the paper's staff printed without 本报 (首席记者 张三, 记者 李四): a credit only as a line of its own. */
const STAFF_ROLE = `${QUALIFIER}?(?:记者|通讯员|实习生)`;
/**
 * A paper's own name (长沙晚报, 桐乡报) as evening and city papers print it in credits (长沙晚报全媒体记者 张三) and
 * leads (长沙晚报6月11日讯) — never text run into 本报 (民生新闻本报讯 is a label over 本报讯).
 */
const PAPER_NAME = '(?:(?!报)[\\u4e00-\\u9fff]){1,6}(?:(?:日|晚|快|商|晨|早|时|都市)报|(?<!本)报)';
/** The paper naming itself: 本报, or its own name, maybe as its website or app (扬子晚报网, 北京日报客户端). */
const PAPER_SELF = `(?:本报|${PAPER_NAME}(?:网|客户端)?)`;
/**
 * A role of the paper's own staff at the start of a credit line: 本报记者, 本报融媒记者, 本报驻柏林记者, 长沙晚报全媒体记者,
 * the paper's name maybe carrying its news app's (贵州日报天眼新闻记者) or following it (潮新闻·钱江晚报记者).
 */
const OWN_ROLE = `(?:本报(?:驻[\\u4e00-\\u9fff]{1,6}?(?=${STAFF_ROLE}))?|(?:[\\u4e00-\\u9fff]{2,6}[·・])?${PAPER_NAME}(?:[/／]?[\\u4e00-\\u9fff]{2,4}?(?=${STAFF_ROLE}))?)${STAFF_ROLE}`;
/** A role whose credit names nobody: the paper's or an agency's commentary (本报评论员, 本报特约评论员). */
const COMMENTARY_ROLE = '(?:本报|新华社|人民日报)(?:特约)?评论员';
/**
 * A picture credited to no person after the writer's credit (文／本报记者 张三 图／受访者提供, 图/资料图片): dropped
 * from the names.
 */
const PICTURE_SOURCE = /[ \u3000]+图[/／][ \u3000]*(?:[\u4e00-\u9fff]{0,8}(?:提供|供图)|资料图片|资料照片|网络图片)$/;

/** A picture credited to no person printed on a line of its own under the writer's credit (图/受访者提供). */
export function isPictureSourceLine(line: string): boolean {
  return PICTURE_SOURCE.test(` ${line.trim()}`);
}
/** Whose words and whose picture, before a role: 文/记者 张三 图/通讯员 李四. */
const SLASH = '(?:(?:文|图|图文)[/／])?';
/** One letter of a name the OCR or the typesetter spaced out (孟　涛), standing alone between spaces. */
const SPACED_LETTER = '[\\u4e00-\\u9fff](?=[ \\u3000]|$)';
/** Marks some papers print before a byline (■ 本报记者 …). */
/** The marks themselves, as a character class: one list for every reading of a marked credit. */
const MARK = '[■□●○◆◇▲△★☆▼▽◎]';
const BYLINE_MARK = `(?:${MARK}\\s*)?`;
/** Every mark in a credit, wherever it stands. */
const MARKS = new RegExp(MARK, 'g');
// OCR may put a space around the digits (6 月 8 日).
const DAY = '(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日';
const RANGE_TAIL = '(?:\\s*(?:—{1,2}|－|-|–|~|～|至|到)\\s*(?:(\\d{1,2})月)?(\\d{1,2})日)?';
const RELATIVE = '昨天|昨日|今天|今日|前天|前日|日前|近日|近期|连日来|本周|上周|月初|月底';
/**
 * A day without its month (本报讯 6日，…, 本月18日): the issue's month, or the month before for a day after the
 * issue's.
 */
const BARE_DAY = '(?:本月)?(\\d{1,2})日(?:\\s*(?:—{1,2}|－|-|–|~|～|至|到)\\s*(\\d{1,2})日)?';
/** A day of the issue's week or the week before (本周一, 上周五). */
const WEEKDAY_DAY = '(本周|上周)([一二三四五六日天])';
const DATELINE = new RegExp(
  `^(?:当地时间)?(?:${DAY}${RANGE_TAIL}|(${RELATIVE.replace('本周|上周', '[本上]周(?![一二三四五六日天])')})|${BARE_DAY}|${WEEKDAY_DAY})`,
);

/** The agencies and central media whose wire stories a paper reprints. */
export const AGENCY = '(?:新华社|中新社|中新网|新华网|人民网|央广网|光明网|人民日报|新华日报|央视新闻|中央广电总台)';
/** An agency's reporters credited on a line of their own over a feature (新华社记者 张三 李四). */
const AGENCY_STAFF = `(?:新华社|中新社)${QUALIFIER}?记者`;

const IN_PARENS = '(?:（|\\()[^）)（(]{1,60}(?:）|\\))';
const CREDIT_PARENS = `(${IN_PARENS})?`;
/** A paper's own lead word: 本报讯, or the paper's name with 讯 (扬子晚报讯, 现代快报讯, 晚报讯). */
export const PAPER_NEWS =
  '(?:本\\s?报\\s?|(?:(?!报)[\\u4e00-\\u9fff]){0,6}(?:日报|晚报|快报|商报|晨报|早报|时报|都市报)|(?:(?!报)[\\u4e00-\\u9fff]){1,6}(?<!本)报)讯';
/** A credit printed without brackets after 本报讯, closed by 报道: 本报讯 记者张三 通讯员李四报道 (or 记者张三、实习生李四报道). */
const CREDIT_REPORTED = `(?<reported>(?:[ \\u3000、]*${ROLE}(?:[ \\u3000]*(?!${RELATIVE}|报道)[\\u4e00-\\u9fff·]{1,5})+)+)[ \\u3000]*报道[：:]?`;
/**
 * The same without 报道, each name glued to its role and spaced from the next part, up to the date the text opens
 * with: 本报杭州12月2日讯　记者范天娇　通讯员郑晖　今天，….
 */
const CREDIT_SPACED = `(?<spaced>(?:[ \\u3000]*${ROLE}(?!${RELATIVE})[\\u4e00-\\u9fff·]{2,5})+)(?=[ \\u3000]+(?:\\d{1,2}月|${RELATIVE}))`;
const OWN_LEAD = new RegExp(
  `^(?<marker>${PAPER_NEWS}|本报(?:综合消息|综合报道)|本报[\\u4e00-\\u9fff]{2,4}(?<date>\\d{1,2}月\\d{1,2}日)?[电讯]|${PAPER_SELF}(?<ownDate>(?:\\d{1,2}月)?\\d{1,2}日)讯)\\s*(?:(?<parens>${IN_PARENS})|${CREDIT_REPORTED}|${CREDIT_SPACED})?\\s*`,
);
/**
 * 本报记者 张三 李四 (or 本报通讯员 …, 本报记者 张三 通讯员 李四): names separated by spaces, never a date word; never
 * a picture's credit (本报记者 张三 摄), which closes a caption.
 */
const REPORTER_LEAD = new RegExp(
  `^(?!.*[\\s/／]摄(?:影)?\\s*$)(${BYLINE_MARK}${SLASH}(?:${OWN_ROLE}|${AGENCY_STAFF})((?:[ \\u3000]+(?!${RELATIVE}|${ROLE})(?:${HAN_NAME}|${SPACED_LETTER}))+))\\s*`,
);
/** A credit line with the name glued to the role (本报记者邓立桂), whole: an article opens with it only when a dateline follows. */
const GLUED_REPORTER_LEAD = new RegExp(`^(${BYLINE_MARK}${OWN_ROLE}((?!${RELATIVE})${HAN_NAME}))$`);
/** 首席记者 张三 通讯员 李四 as a whole line: names spaced from their roles, nothing else on it (记者 张三 摄 is a picture's). */
const STAFF_CREDIT_LEAD = new RegExp(
  `^(?!.*摄\\s*$)(${BYLINE_MARK}${SLASH}${STAFF_ROLE}((?:[ \\u3000]+(?:${SLASH}${ROLE}|(?!${RELATIVE})[\\u4e00-\\u9fff·]{1,5}))+))$`,
);
/** 本报评论员 alone on its line, or with the commentator's name (本报评论员 龚立新): a commentary's credit. */
const COMMENTARY_LEAD = new RegExp(
  `^(${BYLINE_MARK}${COMMENTARY_ROLE}((?:[ \\u3000]+(?!${RELATIVE})${HAN_NAME}){0,2}))$`,
);
/**
 * A whole line that is nothing but a credit of the paper's staff or an agency's: roles and names (names cut by a
 * wrap or spaced out by the OCR may be one character: 黎　明), or a commentary's credit alone.
 */
export const CREDIT_LINE = new RegExp(
  `^${BYLINE_MARK}(?:(?:${SLASH}(?:${OWN_ROLE}|${AGENCY_STAFF})|${SLASH}${STAFF_ROLE}(?=[ \\u3000]))(?:[ \\u3000]*(?:${SLASH}${ROLE}|文\\/图|(?!${RELATIVE})[\\u4e00-\\u9fff·]{1,5}))+(?:${PICTURE_SOURCE.source})?|${COMMENTARY_ROLE}(?:[ \\u3000]+(?!${RELATIVE})${HAN_NAME}){0,2})$`,
);
const REPORTER_MARKER = new RegExp(
  `^${BYLINE_MARK}(?:${SLASH}(?:${OWN_ROLE}|${AGENCY_STAFF})|${COMMENTARY_ROLE}|${SLASH}${STAFF_ROLE}[ \\u3000])`,
);
/** Whether a lead is a credit line of names (本报记者 张三, 新华社记者 李四, 本报评论员) rather than a 讯 or 电 lead. */
export function isReporterLead(marker: string): boolean {
  return REPORTER_MARKER.test(marker);
}
/**
 * 新华社北京3月5日电（记者 …）, and the undated wire forms 据新华社电, 新华社北京电, 据央视新闻报道, 据央视新闻客户端消息
 * (no dateline then).
 */
const AGENCY_LEAD = new RegExp(
  `^(据?${AGENCY}[\\u4e00-\\u9fff]{0,12}?(\\d{1,2}月\\d{1,2}日)?电|据${AGENCY}(?:报道|(?:客户端|微博|微信公众号)?消息))\\s*${CREDIT_PARENS}\\s*`,
);

/**
 * Full-width digits read as ASCII ones, one character for one, so positions found in the folded text hold in the
 * printed one (本报讯 ３月５日 has a dateline like 本报讯 3月5日).
 */
export function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The date phrase opening a text, if any (for a dateline printed on the line after the credit). */
export function matchDatelineAtStart(text: string): string | null {
  const m = DATELINE.exec(foldDigits(text));
  if (m) return text.slice(0, m[0].length);
  // 记者昨日从…获悉 under its credit line: the reporter named again before the date.
  const again = /^记者/.test(text) ? DATELINE.exec(foldDigits(text.slice(2))) : null;
  return again ? text.slice(2, 2 + again[0].length) : null;
}

/**
 * Recognises the lead at the start of a text; null when the text does not open an article. The text may be
 * several column lines joined (a lead wraps anywhere: inside its credit, between 本报 and 讯, inside the
 * dateline); marker and dateline come back as printed, full-width digits included.
 */
export function matchLead(text: string, lineBreaks: readonly number[] = []): Lead | null {
  const folded = foldDigits(text);
  const printed = (from: number, to: number) => text.slice(from, to);
  /** The credit with the column breaks inside it marked, so a break can part two names the wrap left unspaced. */
  const namesInCredit = (credit: string, at: number) =>
    creditNames(
      credit,
      lineBreaks.filter((b) => b > at && b < at + credit.length).map((b) => b - at),
    );
  const agency = AGENCY_LEAD.exec(folded);
  if (agency) {
    const markerEnd = agency[1]!.length;
    const credit = agency[3] ?? '';
    const creditAt = credit ? folded.indexOf(credit, markerEnd) : markerEnd;
    const dateAt = agency[2] ? agency[1]!.lastIndexOf(agency[2]) : -1;
    return {
      marker: printed(0, markerEnd) + printed(creditAt, creditAt + credit.length),
      dateline: dateAt < 0 ? null : printed(dateAt, dateAt + agency[2]!.length),
      reporters: namesInCredit(credit, creditAt),
    };
  }
  const own = OWN_LEAD.exec(folded);
  if (own) {
    const marker = own.groups!.marker!;
    const unbracketed = own.groups!.reported ?? own.groups!.spaced;
    const credit = (own.groups!.parens ?? unbracketed ?? '').trim();
    const creditAt = credit ? folded.indexOf(credit, marker.length) : marker.length;
    // 本报福州5月8日讯 dates itself, as a wire's dateline does; 本报讯 is followed by its date.
    const ownDate = own.groups!.date ?? own.groups!.ownDate;
    const dateAt = ownDate ? marker.lastIndexOf(ownDate) : -1;
    // 本报讯 记者昨日从…获悉: the reporter named before the date, as many papers write it.
    const tail = folded.slice(own[0].length);
    const skip = /^记者/.test(tail) && DATELINE.test(tail.slice(2)) ? 2 : 0;
    const dateline = dateAt < 0 ? DATELINE.exec(tail.slice(skip)) : null;
    return {
      // An unbracketed credit is printed as it stands (本报讯 记者张三 通讯员李四), a bracketed one kept to its brackets.
      marker: unbracketed
        ? printed(0, creditAt + credit.length)
        : printed(0, marker.length) + printed(creditAt, creditAt + credit.length),
      dateline:
        dateAt >= 0
          ? printed(dateAt, dateAt + ownDate!.length)
          : dateline
            ? printed(own[0].length + skip, own[0].length + skip + dateline[0].length)
            : null,
      reporters: namesInCredit(credit, creditAt),
    };
  }
  const commentary = COMMENTARY_LEAD.exec(folded);
  if (commentary)
    return { marker: printed(0, commentary[1]!.length), dateline: null, reporters: creditNames(commentary[2]!.trim()) };
  const byReporter = REPORTER_LEAD.exec(folded) ?? GLUED_REPORTER_LEAD.exec(folded) ?? STAFF_CREDIT_LEAD.exec(folded);
  if (byReporter) {
    const dateline = DATELINE.exec(folded.slice(byReporter[0].length));
    return {
      marker: printed(0, byReporter[1]!.length),
      dateline: dateline ? printed(byReporter[0].length, byReporter[0].length + dateline[0].length) : null,
      reporters: namesInCredit(byReporter[2]!, byReporter[1]!.length - byReporter[2]!.length),
    };
  }
  return null;
}

/** Words of a credit that are not names: they stand alone (记者 张三, 李四 摄) or open a name (记者张三). */
const CREDIT_WORD = new RegExp(`^(?:${ROLE}|摄影|摄|文|图|文\\/图|报道|整理|综合|编译|编辑)$`);
/**
 * Role words of two or more characters that separate names even when printed glued to them (记者张三通讯员李四) or
 * when a column wrap removed the space (记者 张三 / 通讯员 李四 joined). One-character words (文, 图, 摄) are
 * never split out: they stand inside names (白文永).
 */
// A flat list of words, longest first: CREDIT_ROLE_ACROSS_BREAKS splits it at each |.
const CREDIT_ROLE = new RegExp([...ROLE_WORDS, '摄影'].join('|'), 'g');
const CREDIT_PREFIX = new RegExp(`^${ROLE}(?=[\\u4e00-\\u9fff]{2})`);
/** The paper's name left over in front of a role split out of a credit (长沙晚报|全媒体记者): never a name. */
const PAPER_BEFORE_ROLE = new RegExp(
  `^(?:本报(?:驻[\\u4e00-\\u9fff]{1,6})?|(?:[\\u4e00-\\u9fff]{2,6}[·・])?${PAPER_NAME}(?:[/／]?[\\u4e00-\\u9fff]{0,4}))$`,
);

/**
 * Names in a credit such as （记者 张三 通讯员 李四）, 高美梅、惠晓婧 or 张三/文 李四/摄; null when any part is not a
 * name, which is how text in parentheses (（草案）, （2023-2025）) is told apart from a byline. Credit words are
 * removed only as whole tokens, never from inside a name (白文永 keeps its 文).
 */
export function parseCreditNames(credit: string): string[] | null {
  // A column break inside a token is first read as inside one name (施|雅琴); when that leaves a part that is no
  // name, as a space the wrap took (乔　楠|马思远: 乔楠 and 马思远).
  return creditNamesWith(credit, false) ?? (credit.includes(BREAK) ? creditNamesWith(credit, true) : null);
}

/** An author's note closing a column: 作者系眉山市东坡区人民法院法官 许静怡 — who they are, then the name. */
const AUTHOR_NOTE =
  /^作者(?:系|为|是)[^\s\u3000]{2,40}[\s\u3000]+([\u4e00-\u9fff·](?:[\s\u3000]?[\u4e00-\u9fff·]){1,7})$/;

/** Where a digest's item was taken from, before its author (摘自《半月谈》 作者：方若琳): no name of a person. */
const TAKEN_FROM = /^(?:摘自|转自|选自|原载)[《〈][^》〉]{1,20}[》〉][\s\u3000]*(?:作者[：:][\s\u3000]*)?/;

/**
 * 报道 glued to the last name right after its role, closing a credit printed without brackets (通讯员 夏露报道) — not
 * after a place (通讯员 邱彤 济南报道), which another reading of the lead takes apart.
 */
const NAME_REPORTED = new RegExp(`(?<=${ROLE}[ \\u3000]*[\\u4e00-\\u9fff·]{2,5})报道[：:]?$`);

function creditNamesWith(credit: string, breakIsSpace: boolean): string[] | null {
  const bare = credit
    .replace(/^[（(]|[）)]$/g, '')
    .replace(PICTURE_SOURCE, '')
    .replace(NAME_REPORTED, '');
  const unbroken = bare.replaceAll(BREAK, '');
  if (TAKEN_FROM.test(unbroken)) {
    const rest = unbroken.replace(TAKEN_FROM, '');
    return rest === '' ? null : creditNamesWith(rest, breakIsSpace);
  }
  const authorName = AUTHOR_NOTE.exec(unbroken)?.[1]!.replace(/[\s\u3000]/g, '');
  if (authorName !== undefined) return isPersonName(authorName) ? [authorName] : null;
  const inner = bare
    // (A mark opens each line of a credit printed over several, □ 本报记者 罗莎 / □ 本报通讯员 吴晓楠.)
    .replace(MARKS, ' ')
    .replace(CREDIT_ROLE_ACROSS_BREAKS, (role) => ` ${role.replaceAll(BREAK, '')} `);
  // A role word between spaced-out letters parts two names (记者 王 琦 通讯员 张 晓): it stays as a mark.
  const parts = inner
    .split(/[、，,\s]+/)
    .flatMap((token) =>
      breakIsSpace ? token.split(BREAK).flatMap((side, k) => (k > 0 ? [BREAK, side] : [side])) : splitAtBreak(token),
    )
    .map((p) =>
      p
        // (Whose words and picture, standing alone after the names: 通讯员 柯　蓝　文/图.)
        .replace(/^(?:文[/／]图|图[/／]文)$/, PART)
        .replace(/\/(?:文|图|摄|文\/图)$/, '')
        // (摄 glued to the last letter of a name, where the wrap took the space: 欧阳　青 / 摄.)
        .replace(/(?<=[\u4e00-\u9fff])摄(?:影)?$/, '')
        .replace(SLASHED_ROLE, '')
        .replace(CREDIT_PREFIX, '')
        .replace(PAPER_BEFORE_ROLE, '')
        .replace(SIGNED_AS_BEFORE_NAME, ''),
    )
    // 文 or 图 after a lone letter is that spaced name's second letter (记者 尚　文 摄), not the word for text by.
    .map((p, k, all) =>
      (CREDIT_WORD.test(p) && !(/^[文图]$/.test(p) && /^[\u4e00-\u9fff]$/.test(all[k - 1] ?? ''))) || SIGNED_AS.test(p)
        ? PART
        : p,
    )
    .filter(Boolean);
  const names = joinSpacedLetters(parts);
  if (names.length === 0) return null;
  return names.every(isPersonName) ? names : null;
}

/** A person's name as credits print it: two to five characters, or a name of several parts joined by · (阿迪力·吐尔逊). */
function isPersonName(text: string): boolean {
  if (NO_PERSON.test(text)) return false;
  return /^[\u4e00-\u9fff]{2,5}$/.test(text) || /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}$/.test(text);
}
/** What a picture's or an item's credit may name that is no person: 资料图片, 受访者供图, 新华社发, 据路透社. */
const NO_PERSON =
  /^(?:资料图片|资料照片|资料图|网络图片|.{1,5}供图|(?:新华社|中新社|人民日报|视觉中国)发|据.+|(?:数据)?来源.*|本报.*)$/;
/** Who a letter's writer signs as, before the name (丰台区读者 韩淑芬): a word of the credit, not a name. */
const SIGNED_AS = /^[\u4e00-\u9fff]{0,12}(?:读者|市民|网友)$/;
/** The same, glued to the name where a column wrap took the space (江苏省盐城市读者|许晨阳). */
const SIGNED_AS_BEFORE_NAME = /^[\u4e00-\u9fff]{0,12}(?:读者|市民|网友)(?=[\u4e00-\u9fff]{2,4}$)/;

/**
 * A name the OCR spaced out letter by letter (蔡 雨 涵) is one name: runs of single characters are joined, and a
 * two-character surname takes the single character after it (欧阳 东).
 */
function joinSpacedLetters(parts: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const letters = [...run];
    // Four letters in a row are two names each padded to the width of three (吴　昊　龙　婧): a longer name is
    // not padded — unless a compound surname opens it (欧 阳 东 方, spaced by the OCR).
    if (letters.length === 4 && !COMPOUND_SURNAME.test(letters.slice(0, 2).join('')))
      out.push(letters.slice(0, 2).join(''), letters.slice(2).join(''));
    else if (run) out.push(run);
    run = '';
  };
  for (const p of parts) {
    // A role word ends a name; a column break ends one only when the letters before it make a name (陶 然 / 葛 亮).
    if (p === PART || (p === BREAK && [...run].length >= 2)) flush();
    else if (p === BREAK) continue;
    else if ([...p].length === 1) {
      if (run === '' && out.length && COMPOUND_SURNAME.test(out.at(-1)!)) out.push(out.pop()! + p);
      else run += p;
    } else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

/** Names of a credit printed over several column lines, `breaks` being where the lines joined (offsets into it). */
export function creditNames(credit: string, breaks: readonly number[] = []): string[] {
  return credit ? (parseCreditNames(markBreaks(credit, breaks)) ?? []) : [];
}

/** A name on a credit's next line: up to four letters, or a name of parts joined by · (热娜·阿不都). */
const CONTINUED_NAME = '(?:[\\u4e00-\\u9fff]{1,8}·[\\u4e00-\\u9fff]{1,8}|[\\u4e00-\\u9fff·]{1,4})';
/**
 * A line that goes on with a 本报记者 credit printed alone on its line: more names, or another role with its
 * names (卢燕 彭明诚, 通讯员 李四), maybe closed by whose words and picture (通讯员 古丽米热 文/图). Never a date word.
 */
export const CREDIT_CONTINUATION = new RegExp(
  `^${BYLINE_MARK}(?:${SLASH}${ROLE}\\s*)?(?!${RELATIVE})${CONTINUED_NAME}(?:\\s+(?:${SLASH}${ROLE}\\s*)?(?!${RELATIVE})${CONTINUED_NAME})*(?:\\s*(?:文[/／]图|图[/／]文))?$`,
);
/** A credit line that ends in a role word wants the names on the next line (本报实习生 尹超红 记者 / 卢燕). */
export const CREDIT_ENDS_IN_ROLE = new RegExp(`${ROLE}$`);

/**
 * A 本报记者 credit printed alone over one or more column lines, wrapped at any character (本报记 / 者 万平, 本报 /
 * 记者 叶娟晨, 本报实习生 叶浩强 记者 李玲 / 嘉　邓立林), read up to the line that opens with its dateline.
 * `texts` are the lead's line and the lines after it. Null unless the lines before the dateline are a credit and
 * nothing else (so 本报记者从市住建局获悉 is never one).
 */
export function creditBeforeDateline(
  texts: readonly string[],
): { credit: string; reporters: string[]; dateline: string; lines: number } | null {
  if (!texts[0]?.startsWith('本')) return null;
  for (let k = 1; k < texts.length; k++) {
    const dateline = matchDatelineAtStart(texts[k]!);
    if (dateline === null) continue;
    const parts = texts.slice(0, k);
    const credit = parts.join('');
    if (!CREDIT_LINE.test(credit.replace(/\s+/g, ' '))) return null;
    const breaks = parts.slice(0, -1).map((_, j) => parts.slice(0, j + 1).join('').length);
    const reporters = creditNames(credit, breaks);
    return reporters.length ? { credit, reporters, dateline, lines: k } : null;
  }
  return null;
}

/** Marks where a column break fell inside a credit (offsets into it). */
const BREAK = '\u0001';
/** Stands for a credit word (记者, 摄) among a credit's parts: it parts the names around it. */
const PART = '\u0002';
/** 文/ or 图/ before a role (文/记者 张三 图/通讯员 李四): whose words and whose picture. */
const SLASHED_ROLE = /^(?:文|图|图文|摄影)[/／]/;

function markBreaks(credit: string, offsets: readonly number[]): string {
  let out = credit;
  for (const at of [...offsets].sort((a, b) => b - a)) out = out.slice(0, at) + BREAK + out.slice(at);
  return out;
}

/** Credit role words even when a column break fell inside them (通讯|员). */
const CREDIT_ROLE_ACROSS_BREAKS = new RegExp(
  CREDIT_ROLE.source
    .split('|')
    .map((word) => [...word].join(`${BREAK}?`))
    .join('|'),
  'g',
);

/**
 * A token with a column break inside: two names when both sides are names (华思远|柏青, the space lost in the
 * wrap), one name broken by the wrap otherwise (施|雅琴).
 */
function splitAtBreak(token: string): string[] {
  if (!token.includes(BREAK)) return [token];
  const sides = token.split(BREAK).filter(Boolean);
  // A name wrapped at its middle dot (阿依古丽· / 买买提) is one name.
  const apart =
    sides.length > 1 &&
    sides.every((side) => [...side].length >= 2 && !side.startsWith('·') && !side.endsWith('·')) &&
    !COMPOUND_SURNAME.test(sides[0]!);
  return apart ? sides : [sides.join('')];
}

/** Two-character surnames: 上官 / 铭蕾 at a column break is one name, 上官铭蕾. */
export function opensWithCompoundSurname(text: string): boolean {
  return COMPOUND_SURNAME.test(text.slice(0, 2));
}
const COMPOUND_SURNAME =
  /^(?:上官|欧阳|司马|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|独孤|南宫|申屠|轩辕|西门|闻人|赫连|澹台|公冶|宗政|濮阳|太史|仲孙|钟离|呼延)$/;

export interface ResolvedDate {
  date: string | null;
  dateEnd: string | null;
}

/**
 * Resolves a dateline with the year the manifest gives. Relative words resolve against the issue date when it is
 * known; 昨天 in an issue of 3月20日 is 3月19日. Words with no single day (近日, 日前) resolve to null.
 */
export function resolveDateline(dateline: string | null, year: number, issueDate: string | null): ResolvedDate {
  if (dateline === null) return { date: null, dateEnd: null };
  const m = DATELINE.exec(foldDigits(dateline));
  if (!m) return { date: null, dateEnd: null };
  if (m[1] && m[2]) {
    // An issue of early January reports late December: a day after the issue date belongs to the year before.
    if (issueDate && `${year}-${String(m[1]).padStart(2, '0')}-${String(m[2]).padStart(2, '0')}` > issueDate) year -= 1;
    const start = isoDay(year, Number(m[1]), Number(m[2]));
    const endMonth = m[3] ? Number(m[3]) : Number(m[1]);
    const end = m[4] ? isoDay(endMonth < Number(m[1]) ? year + 1 : year, endMonth, Number(m[4])) : null;
    return { date: start, dateEnd: end };
  }
  if (m[6]) return issueDate === null ? { date: null, dateEnd: null } : bareDays(Number(m[6]), m[7], issueDate);
  if (m[8] && issueDate !== null) return { date: weekdayOf(m[8], m[9]!, issueDate), dateEnd: null };
  const offset = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 前日: -2 }[m[5] as string];
  if (offset === undefined || issueDate === null) return { date: null, dateEnd: null };
  const day = new Date(`${issueDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return { date: day.toISOString().slice(0, 10), dateEnd: null };
}

/** 6日 (to 8日) in an issue of 5月7日: the issue's month, or the month before when the day is after the issue's. */
function bareDays(day: number, endDay: string | undefined, issueDate: string): ResolvedDate {
  const [year, month, issueDay] = issueDate.split('-').map(Number) as [number, number, number];
  const firstMonth = month - 1 - (day > issueDay ? 1 : 0);
  const dayIn = (monthsLater: number, d: number) => {
    const first = new Date(Date.UTC(year, firstMonth + monthsLater, 1));
    return isoDay(first.getUTCFullYear(), first.getUTCMonth() + 1, d);
  };
  const end = endDay === undefined ? null : dayIn(Number(endDay) < day ? 1 : 0, Number(endDay));
  return { date: dayIn(0, day), dateEnd: end };
}

/** 本周一 in an issue of Thursday 10 April is Monday 7 April; 上周一 the Monday before (weeks start on Monday). */
function weekdayOf(week: string, weekday: string, issueDate: string): string {
  const wanted = '一二三四五六日天'.indexOf(weekday) + 1;
  const day = new Date(`${issueDate}T00:00:00Z`);
  const issueWeekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() - issueWeekday + Math.min(wanted, 7) - (week === '上周' ? 7 : 0));
  return day.toISOString().slice(0, 10);
}

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * A line that is nothing but a picture's credit, closing its caption: 本报记者 张三 摄, 长沙晚报全媒体记者 李四 摄,
 * 王五 赵六 摄, 蒋丹/摄, 摄影 郑磊 — the photographers' names, or null. 摄 stands apart from the names, so 拍摄 in running text is none.
 */
export function photoCreditLineNames(line: string): string[] | null {
  const text = line.trim();
  const m =
    /^(.+?)(?:[ \u3000]+|[ \u3000]*[/／][ \u3000]*)摄(?:影)?$/.exec(text) ??
    /^摄影[ \u3000：:]+(.+)$/.exec(text) ??
    // (An agency's picture with its photographer: 新华社发（田　野　摄）.)
    /^(?:新华社|中新社)发[ \u3000]*[（(](.+?)[ \u3000]*摄(?:影)?[）)]$/.exec(text);
  if (!m || /[，。、；：！？]/.test(m[1]!)) return null;
  return parseCreditNames(m[1]!);
}

/**
 * A commentary's or column's byline printed as a mark and the author's names alone (□ 陈思远, ■ 李 明, 文/李　航,
 * 作者：王 琦): the names, or null. A subhead marked the same way (■ 强化担当) reads the same, so the caller tells them apart by place.
 */
export function markedNameCredit(line: string): string[] | null {
  const m = MARKED_NAMES.exec(line.trim());
  const names = m ? parseCreditNames(m[1]!) : null;
  // 图/新华社 credits a picture to an agency, not a person.
  return names?.some((name) => /[社报台网]$/.test(name)) ? null : names;
}
// A name the OCR spaced out letter by letter (□ 钱 程) is one name.
const NAME_TOKEN = `(?:${HAN_NAME}|[\\u4e00-\\u9fff])`;
const MARKED_NAMES = new RegExp(
  `^(?:${MARK}|文[/／]图|图[/／]文|[文图][/／]|作者[：:])[ \\u3000]*(${NAME_TOKEN}(?:[ \\u3000]+${NAME_TOKEN}){0,3})$`,
);
