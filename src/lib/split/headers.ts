import { foldDigits, opensWithCompoundSurname } from './lead';
import type { SourceLine } from './lines';

/**
 * Lines a page carries that belong to no article: mastheads, running headers and page furniture. They are
 * reported as leftovers, never dropped. Only whole lines of these shapes match, so body text is never taken.
 */
const WEEKDAY = '(?:星期|周)[一二三四五六日天]';
const PRINTED_DATE = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
/** 2023年2月18日 星期六 …, 星期六 2023年2月18日: a date printed as a page header. */
/** A masthead may print the paper's name before the date on the same line (南通日报 2017年10月16日 星期一). */
const MASTHEAD = '(?:[\\u4e00-\\u9fff]{2,8}\\s+)?';
const DATE_HEADER = [
  new RegExp(`^${MASTHEAD}${PRINTED_DATE}\\s*${WEEKDAY}(?:\\s*.{0,20})?$`),
  new RegExp(`^${MASTHEAD}${WEEKDAY}\\s*${PRINTED_DATE}(?:\\s*.{0,20})?$`),
];
/** 第1版, A01版, 第三版: a Chinese numeral only after 第, so a headline such as 三版规划出台 stays a headline. */
const PAGE_NUMBER = '(?:第\\s*(?:[A-Z]?\\d{1,3}|[一二三四五六七八九十]{1,3})|[A-Z]?\\d{1,3})';

/** The mark over an advertisement (广告, 【公益广告】): the advert's text, down to the next blank line, is no article's. */
const ADVERT_MARK = /^[（(【[]?\s*(?:公益|分类)?广告\s*[）)】\]]?$/;

/**
 * A label over a column of briefs (镇街快讯, 海事快讯, 简讯; marked, any short word of news: ■影讯, ■警讯 — never a
 * name under the mark): the first brief opens under it.
 */
const BRIEFS_LABEL = [
  /^(?:[■□●◆▲★]\s*)?[\u4e00-\u9fff]{0,6}(?:快讯|快报|简讯|短讯|简报|速递|速览|动态|资讯)$/,
  /^[■□●◆▲★]\s*[\u4e00-\u9fff]{1,3}讯$/,
];

export function isBriefsLabel(text: string): boolean {
  return BRIEFS_LABEL.some((re) => re.test(text.trim()));
}

/**
 * A column's label over a commentary or a picture (南太湖时评, 短评, 仙居声音, 社论, 图片新闻): it heads no one
 * article's text, and where it stands a new article begins.
 */
const COLUMN_LABEL = [
  /^[\u4e00-\u9fff]{0,5}(?:时评|短评|快评|锐评|热评|微评|声音|杂谈|随笔|言论|图片新闻|新闻图片|图片报道|读者来信)$/,
  /^(?:以案说法|以案释法|致富经|社论)$/,
  /^[■□●◆]?\s*(?:来信追踪|来信回音|读者来信)$/,
];

export function isColumnLabel(text: string): boolean {
  return COLUMN_LABEL.some((re) => re.test(text.trim()));
}

/**
 * A short marked name (■本报追踪, □书香越地): a column's label when it stands over a headline it touches. Three
 * letters or a two-letter surname's four are an author's byline (□ 陆文渊, □欧阳明远).
 */
const MARKED_LABEL = /^[■□●◆▲★]\s*([\u4e00-\u9fff]{4,6})$/;
function isMarkedLabel(text: string): boolean {
  const name = MARKED_LABEL.exec(text.trim())?.[1];
  return name !== undefined && !(name.length === 4 && opensWithCompoundSurname(name));
}

/** A contents box's label: 今日导读, 本期导读, 要闻导读, 导读, 今日要目, 要目. */
const CONTENTS_LABEL = /^[\u4e00-\u9fff]{0,5}(?:今日导读|本期导读|要闻导读|导读|今日要目|要目)$/;

/**
 * A marked column label: apart from the text above it and touching a headline under it — a line neither indented
 * nor paused by a comma. A marked subhead (■ 聚焦民生福祉) inside an article stands apart from the paragraph under
 * it, or over one that is indented or pauses (■ 聚焦产业强市 / 报告提出，今年将…).
 */
export function isMarkedColumnLabel(
  above: SourceLine | undefined,
  line: SourceLine,
  below: SourceLine | undefined,
): boolean {
  return (
    (above === undefined || above.text === '') &&
    isMarkedLabel(line.text) &&
    below !== undefined &&
    below.text !== '' &&
    !below.indented &&
    !/[，,。；;：:]/.test(below.text)
  );
}

const STRAY_HEADER = [
  /^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+$/, // romanised masthead: Jiang Nan Wan Bao
  ...DATE_HEADER,
  new RegExp(`^${PAGE_NUMBER}\\s*版(?:\\s*[：:·]?\\s*[\\u4e00-\\u9fff·]{2,8})?$`), // 第1版 / A01版 要闻 / 第B03版：经济
  // A01 要闻, B02：城事, 3 综合: the section name stands apart from the label (S2线进入试运行 is a headline)
  /^[A-Z]?\d{1,3}(?:\s+|\s*[：:·｜|丨]\s*)[\u4e00-\u9fff·]{2,6}$/,
  /^[A-Z]\d{1,3}$/,
  // 责任编辑：王敏 美术编辑：刘洋 / 本版编辑 赵丽 / 校对 李华
  // (a name may be spaced out to the width of three: 张　蕾)
  /^(?:本版)?(?:责任编辑|版面编辑|美术编辑|图片编辑|责任校对|校对|组版|编辑|责编|美编|视觉|版式|排版|制图)[\s：:]*[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}(?:\s+\S.*)?$/,
  /^(?:国内统一连续出版物号|CN\s*\d{2}-\d{4}|邮发代号).*$/,
  // The paper's own particulars: 中共福建省委机关报, 交通运输部主管 中国水运报社主办, 农历甲辰年四月初二, 总第8345期 今日8版.
  /^中共[\u4e00-\u9fff]{1,12}委(?:员会)?机关报$/,
  /^[\u4e00-\u9fff]{2,24}主管\s*[\u4e00-\u9fff]{2,24}主办$/,
  /^农历[\u4e00-\u9fff]{2}年闰?[正一二三四五六七八九十冬腊]{1,2}月(?:初|十|廿|二十|卅|三十)[一二三四五六七八九十]?$/,
  /^(?:(?:总第\s*\d+\s*期|第\s*\d+\s*期|今日\s*\d{1,3}\s*版|本期\s*\d{1,3}\s*版)\s*)+$/,
  // How to reach the paper (never an article's 咨询电话: only the paper's own desks): 新闻热线：…, 本版邮箱：…, 社址：…
  // (maybe after the paper's name: 北京晚报新闻热线, 校报编辑部电话), and who prints it (四川日报社出版).
  // The desk's telephone and address alone, with its e-mail (电话：010-… E-mail:…, 电子信箱：…@…).
  /^(?=.*@)(?:(?:电话|传真|电子信箱|电子邮箱|邮箱|信箱|E-?mail|邮编|网址)[\s：:]*[\w.@\-－()（）/]+\s*)+$/i,
  /^(?:[\u4e00-\u9fff]{2,8}?)?(?:本报|本版|新闻|新闻部|报料|爆料|编辑部|总编室|广告|发行|订报|订阅|投稿|读者来信|读者)(?:热线电话|热线|电话|邮箱|信箱|传真)[\s：:].*$/,
  /^(?:新闻)?(?:报料|爆料)[\s：:]+[\d\-－ ]{5,}$/, // 新闻爆料：0531-85196110
  /^(?:投稿|报料|爆料|订报)请(?:登录|拨打|发送|发至|关注|联系)\S{2,20}$/, // 投稿请登录萧山发布客户端
  /^社址[\s：:].*$/,
  /^[\u4e00-\u9fff]{2,12}社出版(?:\s+\S.*)?$/,
  // A weather box: its label and one line per place (成都 阴转小雨 12℃～17℃).
  /^(?:今日|明日)?天气(?:预报)?$/,
  /^(?:今日|明日)?天气(?:预报)?[\s：:].*\d℃.*$/, // 今日天气：长春 晴转多云 －6℃～8℃
  /^[\u4e00-\u9fff]{1,8}(?:\s+[\u4e00-\u9fff]{1,8})?\s+-?\d{1,2}℃?\s*[～~\-—－至/]\s*-?\d{1,2}℃$/, // 多云转阴 7℃～13℃
  // …and its wind, humidity and air quality (东北风3-4级 相对湿度60%-85%, 空气质量：良 AQI 62).
  /^[东南西北]{1,2}风\s*\d{1,2}(?:\s*[-～~至到]\s*\d{1,2})?\s*级(?:\s+相对湿度.*%)?$/,
  /^相对湿度\s*\d{1,3}%(?:\s*[-～~至到]\s*\d{1,3}%)?$/,
  /^空气质量[\s：:]+[\u4e00-\u9fff]{1,4}(?:\s*AQI\s*\d{1,3})?$/,
  // A label over a column of briefs (镇街快讯, 海事快讯, 简讯, ■影讯) or of small notices (分类信息): it heads no one article.
  ...BRIEFS_LABEL,
  /^(?:分类信息|分类广告|信息窗|公告栏)$/,
  /^(?:零售价|定价|每份)[：:]?\s*[\d.]+\s*元$/,
  ADVERT_MARK,
  ...COLUMN_LABEL,
  // A contents box (今日导读) and its entries, each naming its page (南浔古镇上线 第2版).
  CONTENTS_LABEL,
  new RegExp(`^\\S.{1,30}?[ \\u3000]+${PAGE_NUMBER}\\s*版$`),
];

/**
 * A running header naming the paper and the page's section, apart (中国水运报　港航·物流, 经济 福建日报): the space
 * keeps a headline that opens with the paper's name (福建日报社举办…) a headline. Made once per page, used per line.
 */
export function runningHeaderOf(paper: string): (text: string) => boolean {
  if (!paper) return () => false;
  const section = '[\\u4e00-\\u9fff·]{2,8}';
  const name = paper.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const header = new RegExp(`^(?:${name}[\\s　]+${section}|${section}[\\s　]+${name})$`);
  return (text) => header.test(text.trim());
}

/** A page label alone on its line (A06, 第3版), as printed over the page's section name. */
const BARE_PAGE_LABEL = new RegExp(`^${PAGE_NUMBER}\\s*版?$`);
/** A section name (西安新闻, 要闻·综合): the words of a running header, short and unpunctuated. */
const SECTION_NAME = /^[\u4e00-\u9fff·]{2,6}$/;

/** Whether a line is the page's section name printed on the line under its bare page label (A06 / 西安新闻). */
export function isSectionUnderLabel(label: string, text: string): boolean {
  return BARE_PAGE_LABEL.test(foldDigits(label.trim())) && SECTION_NAME.test(text.trim());
}

/**
 * A prompt to scan the page's QR code (扫描二维码, 扫码看视频, 扫码下载…客户端, 扫一扫 关注…), maybe going on over the
 * next line.
 */
const QR_PROMPT = /^(?:扫描|扫码|扫一扫|扫)(?:下方|右侧|左侧|上方|左边|右边)?(?:二维码)?.{0,20}$/;

/** Whether a line prompts the reader to scan the page's QR code: furniture, and so is the short line it wraps onto. */
export function isQrPrompt(text: string): boolean {
  const t = text.trim();
  return (
    (/二维码/.test(t) || /^(?:扫码|扫一扫)[ \u3000]*(?:看|听|阅读|观看|了解|获取|参与|收看|下载|关注|订阅)/.test(t)) &&
    QR_PROMPT.test(t) &&
    !/[，。；：！？、]/.test(t)
  );
}

/** Whether a line is a contents box's label (今日导读, 要目): the lines under it, to a blank line, are its entries. */
export function isContentsLabel(text: string): boolean {
  return CONTENTS_LABEL.test(text.trim());
}

/** A contents entry's page printed on the line under it (今日导读 / 一锅酸汤“熬”出产业新天地 / （2版）, ▶3版). */
const PAGE_REFERENCE = new RegExp(`^(?:[（(]\\s*${PAGE_NUMBER}\\s*版\\s*[）)]|[▶►→]\\s*${PAGE_NUMBER}\\s*版)$`);

export function isPageReference(text: string): boolean {
  return PAGE_REFERENCE.test(foldDigits(text.trim()));
}

export function isAdvertMark(text: string): boolean {
  return ADVERT_MARK.test(text.trim());
}

export function isStrayHeader(text: string): boolean {
  const folded = foldDigits(text);
  return STRAY_HEADER.some((re) => re.test(folded));
}

/** The day a date header prints (2021年3月4日 星期四 → 2021-03-04), or null for any other line or an impossible day. */
export function dateOfHeader(text: string): string | null {
  const folded = foldDigits(text);
  for (const re of DATE_HEADER) {
    const m = re.exec(folded);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
    return d.toISOString().slice(0, 10);
  }
  return null;
}
