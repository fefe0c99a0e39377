import { TOKEN_START, type Doc, type Tok } from './document.js';
import type { Lexicons } from './lexicons.js';

/**
 * The shape of a personal name: a surname (欧阳, 王) and one or two given-name characters, or a run of
 * transliteration characters (库克, 贝索斯). Context decides where a name is (a title before it, a speech verb
 * after it); these functions decide how long it is.
 */

export interface NameSpan {
  start: number;
  end: number;
  foreign: boolean;
}

/**
 * Characters that begin the word after a name rather than ending the name: 管鹏称 is 管鹏 + 称, 陈鸥的 is 陈鸥 + 的.
 * A name's last character is seldom one of these.
 */
const FOLLOWERS = new Set(
  '称说表认透指坦直介强提补解回分预判估看相觉坚警建呼宣声告对向在的也还则就曾将等和与及是为已又都并近日此于以从被把让给所这那该其他她们个先女主带做亦却仍再正便才只从今昨今年前后上下中内外'.split(
    '',
  ),
);

/** Characters that never stand in a given name (function words and punctuation-like marks). */
const NOT_GIVEN = new Set(
  '的了在是和与及或而但也还就都又并被把让给向对从所其这那该此乎者着过们个些每各某吗呢吧啊呀公司集团总'.split(''),
);

const COUNTRIES = new Set(
  '美国 英国 法国 德国 日本 韩国 俄罗斯 意大利 西班牙 葡萄牙 巴西 印度 加拿大 澳大利亚 新西兰 墨西哥 阿根廷 荷兰 瑞士 瑞典 挪威 芬兰 丹麦 比利时 奥地利 波兰 希腊 土耳其 伊朗 以色列 埃及 南非 尼日利亚 沙特 阿联酋 卡塔尔 新加坡 马来西亚 印尼 泰国 越南 菲律宾 巴基斯坦 乌克兰 欧洲 亚洲 非洲 美洲 拉美 中东 欧盟 东南亚 北美 南美'.split(
    ' ',
  ),
);

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}

function surnameLength(text: string, at: number, lex: Lexicons): number {
  if (lex.compoundSurnames.has(text.slice(at, at + 2))) return 2;
  return lex.surnames.has(text[at] as string) ? 1 : 0;
}

function givenOk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHan(text[i]) || NOT_GIVEN.has(text[i] as string)) return false;
  return true;
}

/** Parts of speech that a name's last character never has when jieba reads it alone (信中, 平台上, 方面则). */
const NOT_NAME_ENDING = new Set(['f', 'u', 'uj', 'ul', 'uz', 'd', 'c', 'p', 'r', 'q', 'm', 'y', 'zg']);

/**
 * Whether [start, end) is shaped like a name in jieba's reading: it is not one ordinary word (公司), does not open
 * with an ordinary word of two characters or more (方面则), and does not end on a function character (信中).
 */
function plausibleSpan(doc: Doc, start: number, end: number, surname: number): boolean {
  const first = tokenStartingAt(doc, start);
  if (first && !NAME_TAGS.has(first.pos) && first.end - first.start > surname && first.end <= end) return false;
  if (end - start > 2) return true;
  const last = tokenStartingAt(doc, end - 1);
  return !(last && last.end === end && last.end - last.start === 1 && NOT_NAME_ENDING.has(last.pos));
}

/** A Chinese name starting at `start` (after a title): its end, or null. */
export function chineseNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  const surname = surnameLength(text, start, lex);
  if (surname === 0) return null;
  const two = start + surname + 1;
  const three = start + surname + 2;
  if (!givenOk(text, start + surname, two)) return null;
  // 管鹏称 and 陈鸥的: the third character begins the next word; 马云除了: jieba starts a word there.
  const next = tokenStartingAt(doc, two);
  const wordStartsAfterTwo = next !== undefined && next.end - next.start >= 2 && !NAME_TAGS.has(next.pos);
  if (givenOk(text, two, three) && !FOLLOWERS.has(text[two] as string) && !wordStartsAfterTwo && plausibleSpan(doc, start, three, surname)) {
    return { start, end: three, foreign: false };
  }
  return plausibleSpan(doc, start, two, surname) ? { start, end: two, foreign: false } : null;
}

/** A transliterated name starting at `start`: a run of two to six transliteration characters, · allowed. */
export function foreignNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  let end = start;
  while (end - start < 9 && (lex.transliterationChars.has(text[end] as string) || (text[end] === '·' && end > start))) end++;
  if (text[end - 1] === '·') end--;
  if (end - start < 2 || COUNTRIES.has(text.slice(start, end))) return null;
  return { start, end, foreign: true };
}

/** The name at `start`: Chinese when it can be, else transliterated (马库斯·费尔德曼 reads whole, not as 马库斯). */
export function nameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const foreign = foreignNameAt(doc, start, lex);
  if (foreign && doc.text.slice(foreign.start, foreign.end).includes('·')) return foreign;
  return chineseNameAt(doc, start, lex) ?? foreign;
}

/**
 * The name ending right before `end` (a speech verb or a title after it): the candidate that begins at a jieba
 * token start and has a name's shape, preferring three characters, then two, then four (compound surnames), then a
 * transliterated name.
 */
export function nameBefore(doc: Doc, end: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0 || ((doc.boundaries[start] ?? 0) & TOKEN_START) === 0) continue;
    const surname = surnameLength(text, start, lex);
    const given = length - surname;
    if (surname > 0 && given >= 1 && given <= 2 && givenOk(text, start + surname, end) && plausibleSpan(doc, start, end, surname)) {
      return { start, end, foreign: false };
    }
  }
  for (let start = Math.max(0, end - 6); start <= end - 2; start++) {
    if (((doc.boundaries[start] ?? 0) & TOKEN_START) === 0) continue;
    const name = foreignNameAt(doc, start, lex);
    if (name && name.end === end && !isCommonWord(doc, start, end)) return name;
  }
  return null;
}

const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'nz', 'eng']);

/** A span that jieba reads as one ordinary word (公司/n, 表示/v) is not a name. */
export function isCommonWord(doc: Doc, start: number, end: number): boolean {
  const token = tokenStartingAt(doc, start);
  return token !== undefined && token.end === end && !NAME_TAGS.has(token.pos);
}

/** The token starting at an offset (binary search over the sorted tokens). */
export function tokenStartingAt(doc: Doc, offset: number): Tok | undefined {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Tok;
    if (t.start === offset) return t;
    if (t.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A name jieba tagged as a person, shaped like one, whose given-name characters are common in names. */
export function looksLikeName(text: string, start: number, end: number, lex: Lexicons): boolean {
  const surname = surnameLength(text, start, lex);
  const given = end - start - surname;
  if (surname === 0 || given < 1 || given > 2) return false;
  for (let i = start + surname; i < end; i++) if (!lex.givenNameChars.has(text[i] as string)) return false;
  return true;
}
