import nodejieba from 'nodejieba';
import type { PersonMention } from '../../schemas/article';

interface Token {
  word: string;
  tag: string;
}

/** Words that end a title which a person's name may directly follow (市委书记杜小刚, 副市长高亚光). */
const ROLE_END =
  /(?:书记|市长|区长|县长|镇长|省长|州长|主任|主任委员|秘书长|部长|局长|厅长|处长|科长|主席|董事长|总裁|总经理|经理|院长|校长|院士|委员|组长|会长|理事长|行长|社长|主编|总监|检察长|庭长|政委|司令员|大使|总领事|领事|教授|研究员|总工程师|首席执行官|负责人|党组书记|[市省区县]领导)$/;
/** Tokens a role phrase does not reach back past: prepositions, conjunctions, particles, pronouns. */
const ROLE_STOP_TAGS = /^(?:p|c|u|r|d|m|ul|uj|uz|ug|ud|y|e)$/;
/** Verbs of meeting someone that jieba may tag as nouns; a title never reaches back past them. */
const MEETING_VERBS = new Set([
  '会见',
  '会谈',
  '拜访',
  '看望',
  '陪同',
  '接见',
  '慰问',
  '宴请',
  '邀请',
  '带领',
  '率领',
  '见证',
  '同',
]);
/** A verb right before one of these names a body (审计委员会, 监察局), not an action. */
const ORG_WORD = /^(?:委员会|委|局|厅|署|办|办公室|中心|小组|组|部|处|院|所)/;
/** Single characters that may follow a name directly without being part of it. */
const AFTER_NAME = new Set([...'等和与及在也还是就对向为将又都并同到说等一']);
const PUNCT = /^[\p{P}\s]+$/u;
const HAN = /^[\u4e00-\u9fff]+$/;

function isBoundaryAfterName(token: Token | undefined): boolean {
  if (token === undefined) return true;
  if (PUNCT.test(token.word)) return true;
  if (token.word.length >= 2) return true;
  return AFTER_NAME.has(token.word);
}

/**
 * Names that follow a role: 市委书记杜小刚, 市长赵建军, and lists after one (市领导陆志坚、周凤琴、高飞). jieba
 * splits unknown names into single characters, so a name is taken as the 2–3 characters after the role that end
 * on a token boundary, preferring the reading followed by punctuation, a word, or a function character.
 */
export function findRoleNames(text: string): PersonMention[] {
  const tokens: Token[] = nodejieba.tag(text);
  const found: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const roleWord = tokens[i]!.word;
    // 总书记 follows the name (习近平总书记): what comes after it is never a name.
    if (roleWord === '总书记') continue;
    if (!ROLE_END.test(roleWord) && !(i > 0 && ROLE_END.test(tokens[i - 1]!.word + roleWord))) continue;
    let cursor = i + 1;
    let role: string | null = rolePhrase(tokens, i, found);
    for (;;) {
      const name = nameAt(tokens, cursor);
      if (!name) break;
      found.push({ name: name.name, role });
      cursor = name.end;
      // A list after a role shares it: 市领导陆志坚、周凤琴、高飞. After 和 comes someone else, with no role
      // given, and only a name standing alone (followed by punctuation or 等) is taken.
      const sep = tokens[cursor]?.word;
      if (sep === '、') {
        cursor++;
        continue;
      }
      if (sep === '和' || sep === '及') {
        const other = nameAt(tokens, cursor + 1);
        const after = other ? tokens[other.end]?.word : undefined;
        if (other && (after === undefined || PUNCT.test(after) || after === '等')) {
          found.push({ name: other.name, role: null });
          cursor = other.end;
          if (tokens[cursor]?.word === '、') {
            cursor++;
            role = null;
            continue;
          }
        }
      }
      break;
    }
  }
  return found;
}

/**
 * Characters that open a verb or a function word after a role, never a name (负责人作交流发言, 主任是…): a name
 * does not start with one. A list of what is not a surname, so rare surnames (信, 朴) still count.
 */
const NOT_NAME_START = new Set([
  ...'作做是在对为将把被就也都又与及等到给让使要会可已正曾该以并而但且或则即若因据进开出参主表指强介带陪调视见发同担兼现总副',
]);

function opensWithSurname(name: string): boolean {
  return !NOT_NAME_START.has(name[0]!);
}

function nameAt(tokens: Token[], start: number): { name: string; end: number } | null {
  let text = '';
  let best: { name: string; end: number; rank: number } | null = null;
  for (let k = start; k < tokens.length && text.length < 4; k++) {
    const word = tokens[k]!.word;
    if (!HAN.test(word)) break;
    if (k === start && AFTER_NAME.has(word[0]!)) return null;
    text += word;
    if (text.length < 2 || text.length > 3) continue;
    // 行长长长: a run of one character repeated is no name; nor is 作交流 after 负责人 (see NOT_NAME_START).
    if (/^(.)\1+$/u.test(text) || !opensWithSurname(text)) continue;
    if (k === start && word.length >= 2 && tokens[k]!.tag !== 'x' && !tokens[k]!.tag.startsWith('nr')) return null;
    const after = tokens[k + 1];
    if (!isBoundaryAfterName(after)) continue;
    const rank = after === undefined || PUNCT.test(after.word) ? 3 : after.word.length >= 2 ? 2 : 1;
    if (!best || rank >= best.rank) best = { name: text, end: k + 1, rank };
  }
  return best ? { name: best.name, end: best.end } : null;
}

/** The title before a name, reaching back over 、 chains (市委书记、市委审计委员会主任) to the start of the clause. */
function rolePhrase(tokens: Token[], roleIndex: number, earlier: PersonMention[]): string {
  let start = roleIndex;
  while (start > 0) {
    const prev = tokens[start - 1]!;
    // A 、 chains titles of one person (市委书记、市委审计委员会主任), never a name and the next person's title.
    if (prev.word === '、' && !(start >= 2 && ROLE_END.test(tokens[start - 2]!.word))) break;
    const before = tokens
      .slice(Math.max(0, start - 3), start)
      .map((t) => t.word)
      .join('');
    if (earlier.some((p) => before.endsWith(p.name))) break;
    if (MEETING_VERBS.has(prev.word)) break;
    const partOfOrgName = prev.tag === 'v' && ORG_WORD.test(tokens[start]!.word);
    if (
      prev.word !== '、' &&
      (PUNCT.test(prev.word) || ROLE_STOP_TAGS.test(prev.tag) || (prev.tag === 'v' && !partOfOrgName))
    )
      break;
    start--;
  }
  while (tokens[start]?.word === '、') start++;
  return tokens
    .slice(start, roleIndex + 1)
    .map((t) => t.word)
    .join('');
}

/**
 * Teaches jieba the names learned from role patterns, so that later mentions without a role (杜小刚强调) segment
 * as one word. Inserting is idempotent; the dictionary only grows.
 */
export function teachNames(names: Iterable<string>): void {
  for (const name of names) nodejieba.insertWord(name, 'nr');
}

/**
 * Names from `known` that the text mentions, in order of first mention. A name counts where it stands as a word:
 * not where its first character is glued into a word before it (提高飞行 does not mention 高飞). jieba may still
 * glue a name's last character to the next word (杜小刚强调 → 刚强), so the end is not required to be a boundary.
 */
export function mentionedNames(text: string, known: ReadonlySet<string>): string[] {
  const crossesStart = new Set<number>();
  let offset = 0;
  for (const word of nodejieba.cut(text)) {
    for (let k = 1; k < word.length; k++) crossesStart.add(offset + k);
    offset += word.length;
  }
  const first = new Map<string, number>();
  for (const name of known) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (!crossesStart.has(at)) {
        first.set(name, at);
        break;
      }
    }
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}
