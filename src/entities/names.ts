import { endsWord, startsWord, tokenEndingAt, tokenStartingAt, type Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';

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
  '称说表认透指坦直介强提补解回分预判估看相觉坚警建呼宣声告对向在的也还则就曾将等和与及是为已又都并近日此于以从被把让给所这那该其他她们个先女主带做亦却仍再正便才只从今昨今年前后上下中内外拟'.split(
    '',
  ),
);

/** Characters that never stand in a given name: function words, and those ending offices and media (办, 委, 报, 网). */
const NOT_GIVEN = new Set(
  [...'的了在是和与及或而但也还就都又并被把让给对从所其这那该此乎者着过们个些每各某吗呢吧啊呀公司集团总第办委局厅署报社网版宫'].map((c) => c.charCodeAt(0)),
);

const COUNTRIES = new Set(
  '美国 英国 法国 德国 日本 韩国 俄罗斯 意大利 西班牙 葡萄牙 巴西 印度 加拿大 澳大利亚 新西兰 墨西哥 阿根廷 荷兰 瑞士 瑞典 挪威 芬兰 丹麦 比利时 奥地利 波兰 希腊 土耳其 伊朗 以色列 埃及 南非 尼日利亚 沙特 阿联酋 卡塔尔 新加坡 马来西亚 印尼 泰国 越南 菲律宾 巴基斯坦 乌克兰 欧洲 亚洲 非洲 美洲 拉美 中东 欧盟 东南亚 北美 南美'.split(
    ' ',
  ),
);

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

export function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

function surnameLength(text: string, at: number, lex: Lexicons): number {
  const c = text.charCodeAt(at);
  if (lex.compoundSurnameStarts.has(c) && lex.compoundSurnames.has(text.slice(at, at + 2))) return 2;
  return lex.surnames.has(c) ? 1 : 0;
}

export function givenOk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c) || NOT_GIVEN.has(c)) return false;
  }
  return true;
}

/** Forms of address after a name (戴雨森先生, 张路老师); after a surname alone (姚先生, 王老师) they name no one. */
const HONORIFICS = ['先生', '女士', '小姐', '夫人', '太太', '老师'];

/** The end of a form of address starting at `at`, or -1. */
export function honorificEnd(text: string, at: number): number {
  for (const h of HONORIFICS) if (text.startsWith(h, at)) return at + h.length;
  return -1;
}

/** 张经理, 李律师, 姚先生: a surname and a title or form of address, not a surname and a given name. */
function titleAfterSurname(text: string, from: number, lex: Lexicons): boolean {
  // Titles of one character (文, as in 撰文) begin too many given names (李文斌).
  const title = lex.titles.at(text, from);
  return (title !== null && title.word.length >= 2) || honorificEnd(text, from) >= 0;
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
  // 都/d 遭到, 于/p 澄, 祝/v 黄教授: jieba reads the would-be surname as a word of its own that names never are.
  // 于/p 有斌/x is a name all the same: jieba's HMM made the given name a word it does not know.
  const given = tokenStartingAt(doc, start + surname);
  const unknownGiven = given !== undefined && given.end === end && given.pos === 'x';
  if (first && first.end - first.start === surname && NOT_SURNAME_TAGS.has(first.pos) && !unknownGiven) return false;
  // 都可以: the given name would be one function word.
  if (given && given.end === end && end - given.start >= 2 && NOT_NAME_ENDING.has(given.pos)) return false;
  if (end - start > 2) return true;
  const last = tokenStartingAt(doc, end - 1);
  return !(last && last.end === end && last.end - last.start === 1 && NOT_NAME_ENDING.has(last.pos));
}

/**
 * Whether [start, end) is a word jieba holds as something other than a name, made of characters not all common in
 * given names (作品; jieba holds given names too, as 艳萍/n).
 */
export function everydayWord(text: string, start: number, end: number, lex: Lexicons): boolean {
  const tag = lex.dictionaryTag(text.slice(start, end));
  if (tag === undefined || PERSON_TAGS.has(tag)) return false;
  for (let i = start; i < end; i++) if (!lex.chars.has('given-name', text.charCodeAt(i))) return true;
  return false;
}

/** What jieba calls a surname-looking character standing alone when it is a function word or a verb there. */
const NOT_SURNAME_TAGS = new Set(['d', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y', 'e', 'o', 'v']);

/**
 * Characters that end a name only where jieba does not start a word on them: 管鹏称 is 管鹏 + 称, yet 周富强 and
 * 邬振声 keep their 强 and 声 (jieba reads 富强 and 振声 as words, not 强调 or 声称).
 */
function followerStartsHere(doc: Doc, at: number): boolean {
  const ch = doc.text[at] as string;
  if (SINGLE_FOLLOWERS.has(ch)) return true;
  return FOLLOWERS.has(ch) && startsWord(doc, at);
}

/**
 * 冀岩上月曾表示: the would-be third character is a follower opening a time word (上月, 下周), which jieba may cut
 * apart; 姜伟新近日 keeps its 新, which begins no word after a name.
 */
function timeWordAt(text: string, at: number, lex: Lexicons): boolean {
  return FOLLOWERS.has(text[at] as string) && lex.dictionaryTag(text.slice(at, at + 2)) === 't';
}

/** Followers that are words by themselves (称, 的, 在): after two name characters they always end the name. */
const SINGLE_FOLLOWERS = new Set('称说的也还则就曾将等和与及是为已又都并在对向把被让给'.split(''));

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
  // 记者李蕾张羽飞: the next word is a name of its own, so this one has two characters.
  const wordStartsAfterTwo =
    next !== undefined && next.end - next.start >= 2 && (!NAME_TAGS.has(next.pos) || looksLikeName(text, next.start, next.end, lex));
  if (
    givenOk(text, two, three) &&
    !followerStartsHere(doc, two) &&
    !timeWordAt(text, two, lex) &&
    !wordStartsAfterTwo &&
    !titleAfterSurname(text, start + surname, lex) &&
    plausibleSpan(doc, start, three, surname)
  ) {
    return { start, end: three, foreign: false };
  }
  return plausibleSpan(doc, start, two, surname) && !titleAfterSurname(text, start + surname, lex)
    ? { start, end: two, foreign: false }
    : null;
}

/**
 * A Chinese name filling [start, end) exactly, where something else fixes both ends (the joiners around an item of a
 * list of names): a surname and one or two given-name characters, whatever words jieba made of them (丁/nr 然/c).
 */
export function wholeChineseName(text: string, start: number, end: number, lex: Lexicons): NameSpan | null {
  const surname = surnameLength(text, start, lex);
  const given = end - start - surname;
  if (surname === 0 || given < 1 || given > 2 || !givenOk(text, start + surname, end) || titleAfterSurname(text, start + surname, lex)) return null;
  return { start, end, foreign: false };
}

/** A transliterated name starting at `start`: a run of two to six transliteration characters, · allowed. */
export function foreignNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  let end = start;
  while (end - start < 14 && (lex.chars.has('transliteration', text.charCodeAt(end)) || (NAME_DOTS.has(text[end] as string) && end > start))) end++;
  if (NAME_DOTS.has(text[end - 1] as string)) end--;
  if (end - start < 2 || COUNTRIES.has(text.slice(start, end))) return null;
  return { start, end, foreign: true };
}

/**
 * 笛卡儿、拉格朗日、牛顿、贝叶斯 and 赵无极、吴冠中、齐白石: three or more names listed with 、, each item a name from
 * joiner to joiner (transliterated, or a Chinese name jieba reads as one word), no item a place in jieba's reading
 * (伦敦、巴黎、纽约 are ns), and most of them tagged as names by it.
 */
export function nameLists(doc: Doc, lex: Lexicons): NameSpan[] {
  const { text } = doc;
  const found: NameSpan[] = [];
  let items: NameSpan[] = [];
  const close = () => {
    const named = items.filter((item) => tagsIn(doc, item).some((pos) => PERSON_TAGS.has(pos))).length;
    const last = items[items.length - 1];
    // 刘澜波、孙志远等: two items suffice when 等 closes the list and jieba reads one as a name.
    const pair = items.length === 2 && last !== undefined && text[last.end] === '等' && named >= 1;
    if ((items.length >= 3 && named * 2 >= items.length) || pair) found.push(...items);
    items = [];
  };
  for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
    const previous = items[items.length - 1];
    if (previous === undefined || previous.end !== at) {
      close();
      // The first item: the word just before the joiner, or the transliterated run there from a word start.
      const word = tokenEndingAt(doc, at);
      const first = (word && chineseNameWord(doc, word.start, lex)) ?? foreignNameAt(doc, transliterationStart(doc, at, lex), lex);
      if (!first || first.end !== at || isPlace(doc, first)) continue;
      items.push(first);
    }
    const next = chineseNameWord(doc, at + 1, lex) ?? foreignNameAt(doc, at + 1, lex);
    // A middle item runs to the next joiner; the last ends where jieba ends a word (庞加莱/等等).
    if (!next || isPlace(doc, next) || (text[next.end] !== '、' && !endsWord(doc, next.end))) {
      close();
      continue;
    }
    items.push(next);
    if (text[next.end] !== '、') close();
  }
  close();
  return found;
}

export const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);

/** Where the run of transliteration characters ending at `end` begins, moved on to a jieba word start. */
function transliterationStart(doc: Doc, end: number, lex: Lexicons): number {
  let start = end;
  while (start > 0 && lex.chars.has('transliteration', doc.text.charCodeAt(start - 1))) start--;
  while (start < end && !startsWord(doc, start)) start++;
  return start;
}

/** A Chinese name that jieba reads as one word, tagged a name or unknown (吴冠中/nr, 李晨洋/x). */
function chineseNameWord(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const t = tokenStartingAt(doc, start);
  if (!t || !(PERSON_TAGS.has(t.pos) || t.pos === 'x')) return null;
  return wholeChineseName(doc.text, t.start, t.end, lex);
}

function tagsIn(doc: Doc, span: NameSpan): string[] {
  const tags: string[] = [];
  for (let i = span.start; i < span.end; i++) {
    const t = tokenStartingAt(doc, i);
    if (t) tags.push(t.pos);
  }
  return tags;
}

function isPlace(doc: Doc, span: NameSpan): boolean {
  const t = tokenStartingAt(doc, span.start);
  return t !== undefined && t.end === span.end && t.pos === 'ns';
}

/** The marks between the parts of a transliterated name (安吉丽娜·茱莉, 约瑟夫•马洛德). */
const NAME_DOTS = new Set(['·', '•']);

/**
 * A transliterated name written in full around the mark at `dot` (迈伦·斯科尔斯, 索尔-坎贝尔): runs of
 * transliteration characters on both sides of each mark. Such a name needs no other evidence; a hyphen counts only
 * between two runs of two characters or more.
 */
export function fullForeignNameAround(doc: Doc, dot: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  const isPart = (i: number) => lex.chars.has('transliteration', text.charCodeAt(i));
  let start = dot;
  while (start > 0 && isPart(start - 1) && dot - start < 8) start--;
  let end = dot + 1;
  while (end < text.length && isPart(end) && end - dot < 9) end++;
  if (dot - start < (text[dot] === '-' ? 2 : 1) || end - dot - 1 < 2) return null;
  // Further parts: 约瑟夫•马洛德•威廉.
  while (NAME_DOTS.has(text[end] as string) && isPart(end + 1)) {
    end++;
    while (end < text.length && isPart(end)) end++;
  }
  // 安德森·霍洛维茨基金: a fund or firm named after people.
  if (COUNTRIES.has(text.slice(start, dot)) || lex.orgWords.endingAt(text, end) || lex.orgWords.at(text, end)) return null;
  return { start, end, foreign: true };
}

/** A name in Latin letters: capitalised words, written apart or run together (Gary Howes, KeithWeiss, Chishimba). */
const LATIN_NAME = /[A-Z][a-z]+(?:[ ·.-]?[A-Z][a-z]+){0,2}(?![A-Za-z])/y;

export function latinNameAt(text: string, start: number): NameSpan | null {
  LATIN_NAME.lastIndex = start;
  const m = LATIN_NAME.exec(text);
  // One short capitalised word after a title is as often a product or a place (CEO Apple): four letters at least.
  if (!m || (m[0].length < 4 && !/[ ·.-]|[a-z][A-Z]/.test(m[0]))) return null;
  return { start, end: start + m[0].length, foreign: true };
}

/** Berg先生: a name in Latin letters ending right before `end` (a form of address). */
export function latinNameBefore(text: string, end: number): NameSpan | null {
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1] as string)) start--;
  const name = latinNameAt(text, start);
  return name && name.end === end ? name : null;
}

/**
 * The name at `start` (after a title): Chinese when it can be, else transliterated (马库斯·费尔德曼 reads whole,
 * not as 马库斯), else in Latin letters.
 */
export function nameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const found = foreignNameAt(doc, start, lex);
  // 特约/d 评论员: transliteration characters that make one function word or verb are no name.
  const word = found ? tokenStartingAt(doc, found.start) : undefined;
  const foreign = found && !(word && word.end === found.end && NOT_SURNAME_TAGS.has(word.pos)) ? found : null;
  if (foreign && (doc.text.slice(foreign.start, foreign.end).includes('·') || originalNameAfter(doc.text, foreign.end))) return foreign;
  return chineseNameAt(doc, start, lex) ?? foreign ?? latinNameAt(doc.text, start);
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
    if (start < 0 || !startsWord(doc, start)) continue;
    // 权威专家, 强烈建议: the would-be name begins an ordinary word that runs on past the title or verb.
    const word = tokenStartingAt(doc, start);
    if (word && word.end > end && !NAME_TAGS.has(word.pos)) continue;
    // 明星选手, 卡通画家: a two-character word jieba knows (even as a name: it tags 明星 nr) is a word, not a name;
    // famous people with such names are in our lexicon.
    if (length === 2 && lex.dictionaryTag(text.slice(start, end)) !== undefined) continue;
    const surname = surnameLength(text, start, lex);
    const given = length - surname;
    if (
      surname > 0 &&
      given >= 1 &&
      given <= 2 &&
      !partOfTitle(text, start, start + surname, end, lex) &&
      givenOk(text, start + surname, end) &&
      !titleAfterSurname(text, start + surname, lex) &&
      plausibleSpan(doc, start, end, surname)
    ) {
      return { start, end, foreign: false };
    }
  }
  for (let start = Math.max(0, end - 6); start <= end - 2; start++) {
    if (!startsWord(doc, start)) continue;
    const name = foreignNameAt(doc, start, lex);
    if (!name || name.end !== end || isCommonWord(doc, start, end)) continue;
    // 卡通/nz 画家: a word jieba holds is a name before a title only when it holds it as a name.
    const tag = lex.dictionaryTag(text.slice(start, end));
    if (tag === undefined || PERSON_TAGS.has(tag)) return name;
  }
  return null;
}

const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'nz', 'eng']);

/**
 * 首席市场官乔健: the would-be surname ends a title begun before it; 董秘说: the would-be name is a title; 高管只透露:
 * the would-be name opens with a title.
 */
function partOfTitle(text: string, start: number, surnameEnd: number, end: number, lex: Lexicons): boolean {
  const endingAtSurname = lex.titles.endingAt(text, surnameEnd);
  const opening = lex.titles.at(text, start);
  return (endingAtSurname !== null && endingAtSurname.start < start) || (opening !== null && (opening.end === end || opening.word.length >= 2));
}

/** A span that jieba reads as one ordinary word (公司/n, 表示/v) is not a name. */
export function isCommonWord(doc: Doc, start: number, end: number): boolean {
  const token = tokenStartingAt(doc, start);
  return token !== undefined && token.end === end && !NAME_TAGS.has(token.pos);
}

/** A name jieba tagged as a person, shaped like one, whose given-name characters are common in names. */
export function looksLikeName(text: string, start: number, end: number, lex: Lexicons): boolean {
  const surname = surnameLength(text, start, lex);
  const given = end - start - surname;
  if (surname === 0 || given < 1 || given > 2) return false;
  for (let i = start + surname; i < end; i++) if (!lex.chars.has('given-name', text.charCodeAt(i))) return false;
  return true;
}

/** Last characters of nouns, places and buildings that a rarer-looking three-character word ends on (常青树, 白云区). */
const NOUN_ENDINGS = new Set([...'军河记区城卡砂码榜带书园场队站馆厂店楼院所部会局宫堡港湾岛州寺庙塔桥街路镇村省市湖'].map((c) => c.charCodeAt(0)));

/**
 * A three-character word jieba has never seen, shaped like a surname and a given name of which one character is
 * common in names (李连达, 吴理茂, 孙连仲): neither the surname with the next character (常青树, 申请书) nor the given
 * name (袁聊天) is a word, it sounds foreign in no two characters (夏威夷), and it ends on no noun character.
 */
export function rareName(text: string, start: number, end: number, lex: Lexicons): boolean {
  if (end - start !== 3 || surnameLength(text, start, lex) !== 1 || !givenOk(text, start + 1, end)) return false;
  if (!lex.chars.has('given-name', text.charCodeAt(start + 1)) && !lex.chars.has('given-name', text.charCodeAt(end - 1))) return false;
  // 夏威夷: two transliteration characters make it sound foreign.
  const foreign = transliterationCount(text, start, end, lex) >= 2;
  const last = text.charCodeAt(end - 1);
  if (foreign || NOUN_ENDINGS.has(last) || FOLLOWERS.has(text[end - 1] as string)) return false;
  // 首席市场官乔健: the would-be surname ends a title.
  if (lex.titles.endingAt(text, start + 1) !== null) return false;
  // 乐居大客户部: the last character begins a word that runs on.
  const isWord = (from: number, to: number) => lex.dictionaryTag(text.slice(from, to)) !== undefined;
  const runsOn = isWord(end - 1, end + 1) || isWord(end - 1, end + 2);
  return !runsOn && !prefixStandsAlone(text, start, end) && !isWord(start, start + 2) && !isWord(start + 1, end);
}

export function transliterationCount(text: string, start: number, end: number, lex: Lexicons): number {
  let count = 0;
  for (let i = start; i < end; i++) if (lex.chars.has('transliteration', text.charCodeAt(i))) count++;
  return count;
}

/**
 * 常营项目 … 常营经适房, 吉朗同星级酒店 … 吉朗市区: the first two characters stand nearby without the third, as a
 * place does. Nearby only, so that a long text costs no more per word.
 */
function prefixStandsAlone(text: string, start: number, end: number): boolean {
  const prefix = text.slice(start, start + 2);
  const nearby = text.slice(Math.max(0, start - NEARBY), end + NEARBY);
  for (let at = nearby.indexOf(prefix); at >= 0; at = nearby.indexOf(prefix, at + 1)) if (nearby[at + 2] !== text[end - 1]) return true;
  return false;
}

const NEARBY = 300;

/** 葡萄牙人奎罗斯: a transliterated name right after a nationality (a country and 人), ending where jieba ends a word. */
export function afterNationality(doc: Doc, lex: Lexicons): NameSpan[] {
  const { text } = doc;
  const found: NameSpan[] = [];
  for (let at = text.indexOf('人'); at >= 0; at = text.indexOf('人', at + 1)) {
    if (![2, 3, 4].some((length) => COUNTRIES.has(text.slice(at - length, at)))) continue;
    const name = foreignNameAt(doc, at + 1, lex);
    if (name && endsWord(doc, name.end)) found.push(name);
  }
  return found;
}

const ORIGINAL_NAME = /[(（][A-Za-z][A-Za-z .·'-]*[)）]/y;

/** 梅内兹（menez）, 文迪索尔(Vin Diesel): the name in Latin letters, in brackets right after a transliteration. */
export function originalNameAfter(text: string, end: number): boolean {
  ORIGINAL_NAME.lastIndex = end;
  return ORIGINAL_NAME.test(text);
}

/** Transliterated names followed by the original in brackets, the run starting where jieba starts a word. */
export function namesWithOriginals(doc: Doc, lex: Lexicons): NameSpan[] {
  const { text } = doc;
  const found: NameSpan[] = [];
  ORIGINAL_NAMES.lastIndex = 0;
  for (let m = ORIGINAL_NAMES.exec(text); m !== null; m = ORIGINAL_NAMES.exec(text)) {
    const name = foreignNameAt(doc, transliterationStart(doc, m.index, lex), lex);
    if (name && name.end === m.index && !isCommonWord(doc, name.start, name.end)) found.push(name);
  }
  return found;
}

const ORIGINAL_NAMES = new RegExp(ORIGINAL_NAME.source, 'g');
