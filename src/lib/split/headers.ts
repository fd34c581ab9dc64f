/**
 * Lines a page carries that belong to no article: mastheads, running headers and page furniture. They are
 * reported as leftovers, never dropped. Only whole lines of these shapes match, so body text is never taken.
 */
const STRAY_HEADER = [
  /^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+$/, // romanised masthead: Jiang Nan Wan Bao
  /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天](?:\s*.{0,20})?$/, // 2023年2月18日 星期六 …
  /^(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:\s*[\u4e00-\u9fff·]{2,8})?$/, // 第1版 / A01版 要闻
  /^[A-Z]\d{1,3}(?:\s+[\u4e00-\u9fff·]{2,8})?$/, // A01 要闻
  /^(?:责任编辑|版面编辑|美术编辑|校对|组版|编辑|责编|美编|视觉)[\s：:]*[\u4e00-\u9fff·]{2,4}(?:\s+\S.*)?$/,
  /^(?:国内统一连续出版物号|CN\s*\d{2}-\d{4}|邮发代号).*$/,
];

export function isStrayHeader(text: string): boolean {
  return STRAY_HEADER.some((re) => re.test(text));
}
