import { endsWord, startsWord, tokenContaining, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { WordHit } from '../../lexicon/word-list.js';
import { markTest, NAME_DOTS } from '../../text/marks.js';
import { NAME_TAGS, NOT_SURNAME_TAGS } from '../../text/tags.js';
import { isHan, isWordNotTagged } from '../words.js';
import type { NameSpan } from './span.js';

/** Transliterated names: runs of the characters used to transliterate foreign names (库克, 贝索斯, 卡特琳娜·莫雷蒂). */

/** The marks between the parts of a transliterated name (卡特琳娜·莫雷蒂, 弗朗索瓦•马蒂厄). */
const isNameDot = markTest(NAME_DOTS);

function isCountry(text: string, start: number, end: number, lex: Lexicons): boolean {
  return lex.words.places.is(text.slice(start, end), 'country');
}

/** A transliterated name starting at `start`: a run of two to six transliteration characters, · allowed. */
export function foreignNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  let end = start;
  while (end - start < 14 && (lex.chars.has('transliteration', text.charCodeAt(end)) || (isNameDot(text[end]) && end > start))) end++;
  if (isNameDot(text[end - 1])) end--;
  if (end - start < 2 || isCountry(text, start, end, lex)) return null;
  return { start, end, foreign: true };
}

/** Where the run of transliteration characters ending at `end` begins, moved on to a jieba word start. */
export function transliterationStart(doc: Doc, end: number, lex: Lexicons): number {
  let start = end;
  while (start > 0 && lex.chars.has('transliteration', doc.text.charCodeAt(start - 1))) start--;
  while (start < end && !startsWord(doc, start)) start++;
  return start;
}

export function transliterationCount(text: string, start: number, end: number, lex: Lexicons): number {
  let count = 0;
  for (let i = start; i < end; i++) if (lex.chars.has('transliteration', text.charCodeAt(i))) count++;
  return count;
}

/**
 * A transliterated name written in full around the mark at `dot` (马库斯·费尔德曼, 詹姆斯-卡特赖特): runs of
 * transliteration characters on both sides of each mark. Such a name needs no other evidence; a hyphen counts only
 * between two runs of two characters or more.
 */
export function fullForeignNameAround(doc: Doc, dot: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  const isPart = (i: number) => lex.chars.has('transliteration', text.charCodeAt(i));
  let start = dot;
  while (start > 0 && isPart(start - 1) && dot - start < 8) start--;
  // 艾/nr 美达/ns ·斯丹顿: a name begins where a jieba word begins; where the run stops inside a word, the word's
  // first character, though outside the transliteration set, is the name's, and the run goes on before it.
  const word = start < dot ? tokenContaining(doc, start) : undefined;
  if (word && word.start === start - 1 && !NOT_SURNAME_TAGS.has(word.pos) && isHan(text.charCodeAt(word.start)) && !lex.chars.has('not-given', text.charCodeAt(word.start))) {
    start = word.start;
    while (start > 0 && isPart(start - 1) && dot - start < 8) start--;
  }
  let end = dot + 1;
  while (end < text.length && isPart(end) && end - dot < 9) end++;
  if (dot - start < (text[dot] === '-' ? 2 : 1) || end - dot - 1 < 2) return null;
  // Further parts: 弗朗索瓦•马蒂厄•勒布朗.
  while (isNameDot(text[end]) && isPart(end + 1)) {
    end++;
    while (end < text.length && isPart(end)) end++;
  }
  // 黛博拉·格里本（deborahgribbon）: the original in brackets shows where the name ends, so one character outside the
  // transliteration set right before it is the name's last (not a function character: 格里的（…）).
  if (originalNameAfter(text, end + 1) && isHan(text.charCodeAt(end)) && !lex.chars.has('not-given', text.charCodeAt(end))) end++;
  // 安德森·霍洛维茨基金: a fund or firm named after people.
  if (isCountry(text, start, dot, lex) || lex.orgWords.endingAt(text, end) || lex.orgWords.at(text, end)) return null;
  return { start, end, foreign: true };
}

/** 西班牙人阿尔瓦雷斯: a transliterated name right after a nationality (a country and 人), ending where jieba ends a word. */
export function afterNationality(doc: Doc, lex: Lexicons, nationalities: readonly WordHit<true>[]): NameSpan[] {
  const { text } = doc;
  const found: NameSpan[] = [];
  for (const marker of nationalities) {
    if (lex.words.places.of('country').endingAt(text, marker.start) === null) continue;
    const name = foreignNameAt(doc, marker.end, lex);
    if (name && endsWord(doc, name.end)) found.push(name);
  }
  return found;
}

const ORIGINAL_NAME = /[(（][A-Za-z][A-Za-z .·'-]*[)）]/y;

/** 卡莱罗（calero）, 杰森斯坦(Jason Stone): the name in Latin letters, in brackets right after a transliteration. */
export function originalNameAfter(text: string, end: number): boolean {
  ORIGINAL_NAME.lastIndex = end;
  return ORIGINAL_NAME.test(text);
}

/** The original name in brackets right after `end` (calero of 卡莱罗（calero）): its span inside the brackets, or null. */
export function originalNameSpan(text: string, end: number): NameSpan | null {
  ORIGINAL_NAME.lastIndex = end;
  const m = ORIGINAL_NAME.exec(text);
  return m === null ? null : { start: end + 1, end: end + m[0].length - 1, foreign: true };
}

/** Transliterated names followed by the original in brackets, the run starting where jieba starts a word. */
export function namesWithOriginals(doc: Doc, lex: Lexicons): NameSpan[] {
  const { text } = doc;
  const found: NameSpan[] = [];
  ORIGINAL_NAMES.lastIndex = 0;
  for (let m = ORIGINAL_NAMES.exec(text); m !== null; m = ORIGINAL_NAMES.exec(text)) {
    const name = foreignNameAt(doc, transliterationStart(doc, m.index, lex), lex);
    if (name && name.end === m.index && !isWordNotTagged(doc, name.start, name.end, NAME_TAGS)) found.push(name);
  }
  return found;
}

const ORIGINAL_NAMES = new RegExp(ORIGINAL_NAME.source, 'g');
