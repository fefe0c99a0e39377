import { tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { NAME_TAGS, NOT_NAME_ENDING_TAGS, NOT_SURNAME_TAGS, PERSON_TAGS, UNKNOWN } from '../../text/tags.js';
import { isHan } from '../words.js';
import { afterName, NAME_LIKENESS, nameInContext, nameLikeness } from './likeness.js';
import { GIVEN_NAME_LENGTH, type NameSpan } from './span.js';

/** Chinese names: a surname (欧阳, 王) and one or two given-name characters. */

export function surnameLength(text: string, at: number, lex: Lexicons): number {
  const c = text.charCodeAt(at);
  // Both characters by code unit before the set: 上 of 上官 and 东 of 东方 open many words, and a slice per word added up.
  const compound = lex.compoundSurnameStarts.has(c) && lex.compoundSurnameSeconds.has(text.charCodeAt(at + 1));
  if (compound && lex.compoundSurnames.has(text.slice(at, at + 2))) return 2;
  return lex.surnames.has(c) ? 1 : 0;
}

/** The indices of the words that open with a surname (see NameShapes). */
export function surnameWords(doc: Doc, lex: Lexicons): number[] {
  const indices: number[] = [];
  doc.tokens.forEach((t, i) => {
    if (surnameLength(doc.text, t.start, lex) > 0) indices.push(i);
  });
  return indices;
}

/**
 * Whether text[from, to) may be given-name characters: Han characters, none of those that never stand in a given
 * name (function words, and those ending offices and media: 办, 委, 报, 网).
 */
export function givenOk(text: string, from: number, to: number, lex: Lexicons): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c) || lex.chars.has('not-given', c)) return false;
  }
  return true;
}

/**
 * The end of a form of address starting at `at` (戴雨森先生, 周岩老师), or -1; after a surname alone (姚先生, 王老师)
 * they name no one.
 */
export function honorificEnd(text: string, at: number, lex: Lexicons): number {
  return lex.words['person-words'].of('honorific').at(text, at)?.end ?? -1;
}

/** 张经理, 李律师, 姚先生: a surname and a title or form of address, not a surname and a given name. */
export function titleAfterSurname(text: string, from: number, lex: Lexicons): boolean {
  // Titles of one character (文, as in 撰文) begin too many given names (李文斌).
  const title = lex.titles.at(text, from);
  return (title !== null && title.word.length >= 2) || honorificEnd(text, from, lex) >= 0;
}

/**
 * Whether [start, end) is shaped like a name in jieba's reading: it is not one ordinary word (公司), does not open
 * with an ordinary word of two characters or more (方面则), and does not end on a function character (信中).
 */
export function plausibleSpan(doc: Doc, start: number, end: number, surname: number): boolean {
  const first = tokenStartingAt(doc, start);
  if (first && !NAME_TAGS.has(first.pos) && first.end - first.start > surname && first.end <= end) return false;
  // 都/d 遭到, 于/p 澜, 祝/v 陈教授: jieba reads the would-be surname as a word of its own that names never are.
  // 于/p 有林/x is a name all the same: jieba's HMM made the given name a word it does not know.
  const given = tokenStartingAt(doc, start + surname);
  const unknownGiven = given !== undefined && given.end === end && given.pos === UNKNOWN;
  if (first && first.end - first.start === surname && NOT_SURNAME_TAGS.has(first.pos) && !unknownGiven) return false;
  // 都可以: the given name would be one function word.
  if (given && given.end === end && end - given.start >= 2 && NOT_NAME_ENDING_TAGS.has(given.pos)) return false;
  if (end - start > 2) return true;
  const last = tokenStartingAt(doc, end - 1);
  return !(last && last.end === end && last.end - last.start === 1 && NOT_NAME_ENDING_TAGS.has(last.pos));
}

/**
 * 苗岚上月曾表示: the would-be third character is a follower opening a time word (上月, 下周), which jieba may cut
 * apart; 韩立新近日 keeps its 新, which begins no word after a name.
 */
function timeWordAt(text: string, at: number, lex: Lexicons): boolean {
  return lex.chars.has('name-follower', text.charCodeAt(at)) && lex.dictionaryTag(text.slice(at, at + 2)) === 't';
}

/**
 * A Chinese name starting at `start` (after a title): its end, or null. The rules rule out a third character that
 * begins the next words; of the readings left, the name model takes the likelier (王磊 of 王磊则表示, 陈立明 of
 * 陈立明则), and a reading that looks like no name is none (方多 of 股东方多次).
 */
export function chineseNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  const surname = surnameLength(text, start, lex);
  if (surname === 0) return null;
  const two = start + surname + 1;
  const three = start + surname + 2;
  if (!givenOk(text, start + surname, two, lex) || titleAfterSurname(text, start + surname, lex)) return null;
  // 管鹏称 and 陈鸥的: the third character is a word of its own after names; whether 强 of 吴志强则说 or 表 of
  // 管鹏表示 ends the name, the name model decides below.
  const next = tokenStartingAt(doc, two);
  // 记者孙倩周明远: the next word is a name of its own, so this one has two characters.
  const wordStartsAfterTwo =
    next !== undefined && next.end - next.start >= 2 && (!NAME_TAGS.has(next.pos) || looksLikeName(text, next.start, next.end, lex));
  const readings: number[] = [];
  if (
    givenOk(text, two, three, lex) &&
    !lex.chars.has('word-follower', text.charCodeAt(two)) &&
    !timeWordAt(text, two, lex) &&
    !wordStartsAfterTwo &&
    plausibleSpan(doc, start, three, surname)
  ) {
    readings.push(three);
  }
  if (plausibleSpan(doc, start, two, surname)) readings.push(two);
  const end = likeliestEnd(text, start, surname, readings, lex);
  return end === null ? null : { start, end, foreign: false };
}

/**
 * A Chinese name filling [start, end) exactly, where something else fixes both ends (the joiners around an item of a
 * list of names): a surname and one or two given-name characters, whatever words jieba made of them (何/r 然/c).
 */
export function wholeChineseName(text: string, start: number, end: number, lex: Lexicons): NameSpan | null {
  const surname = surnameLength(text, start, lex);
  const given = end - start - surname;
  if (surname === 0 || given < GIVEN_NAME_LENGTH.min || given > GIVEN_NAME_LENGTH.max) return null;
  if (!givenOk(text, start + surname, end, lex) || titleAfterSurname(text, start + surname, lex)) return null;
  return { start, end, foreign: false };
}

/** A name jieba tagged as a person, shaped like one, whose given-name characters are common in names. */
export function looksLikeName(text: string, start: number, end: number, lex: Lexicons): boolean {
  const surname = surnameLength(text, start, lex);
  const given = end - start - surname;
  if (surname === 0 || given < GIVEN_NAME_LENGTH.min || given > GIVEN_NAME_LENGTH.max) return false;
  for (let i = start + surname; i < end; i++) if (!lex.chars.has('given-name', text.charCodeAt(i))) return false;
  return true;
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

/**
 * Of the possible ends of a name starting at `start`, longest first, the one the name model finds likeliest with what
 * follows it: a shorter reading wins only by a clear margin (王磊 + 则表示 over 王磊则 + 表示), since the rules that
 * proposed the longer one read jieba's words too; null when the reading left scores as no name beside its evidence.
 */
export function likeliestEnd(text: string, start: number, surname: number, ends: readonly number[], lex: Lexicons): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  for (const end of ends) {
    const score = nameLikeness(text, start, surname, end, lex) + afterName(text, end, lex);
    if (best === null || score > bestScore + SHORTER_BY) {
      best = end;
      bestScore = score;
    }
  }
  return best !== null && nameInContext(text, start, surname, best, lex) >= NAME_LIKENESS.beside ? best : null;
}

/** How much likelier (in nats) a shorter reading of a name must be to replace the longer one. */
const SHORTER_BY = 2;
