import { tokenEndingAt, type Doc } from '../../text/document.js';
import { markTest, NAME_DOTS } from '../../text/marks.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { UNKNOWN } from '../../text/tags.js';
import { nameBefore } from '../names/beside.js';
import { latinNameBefore } from '../names/latin.js';
import type { NameSpan } from '../names/span.js';
import { allHan } from '../words.js';
import type { PersonCandidate } from './seed.js';

/** 韩启明先生, 周岩老师, Lindqvist先生: the name before a form of address. */
export function fromFormsOfAddress(doc: Doc, lex: Lexicons): PersonCandidate[] {
  const { text } = doc;
  const address = lex.words['person-words'].of('address');
  const found: PersonCandidate[] = [];
  for (let at = 0; at < text.length; at++) {
    const word = address.wordAt(text, at);
    if (word === null) continue;
    const name = nameBefore(doc, at, lex) ?? unknownWordBefore(doc, at) ?? dottedNameBefore(doc, at) ?? latinNameBefore(text, at);
    if (name) found.push({ start: name.start, end: name.end, why: `context:honorific:${word}` });
  }
  return found;
}

/**
 * 开霁/x 先生: before a form of address, a word of two or three Han characters that jieba has never seen is a name,
 * whatever its first character (surnames outside our list, pen names).
 */
function unknownWordBefore(doc: Doc, at: number): NameSpan | null {
  const word = tokenEndingAt(doc, at);
  if (!word || word.pos !== UNKNOWN || word.end - word.start < 2 || word.end - word.start > 3) return null;
  return allHan(doc.text, word.start, word.end) ? { start: word.start, end: word.end, foreign: false } : null;
}

const isNameDot = markTest(NAME_DOTS);

/** How many Han characters the parts of a dotted name before a form of address may have (the first, a word, two). */
const DOTTED_PART = { min: 1, firstMin: 2, max: 4 } as const;

/**
 * 苏帕·维拉蓬先生: before a form of address, two parts of Han characters joined by a name's dot are a name, whatever
 * the characters (names of Southeast Asia use few of the transliteration set). The first part is the one jieba word
 * before the dot, so that a title before it (会长) stays out.
 */
function dottedNameBefore(doc: Doc, at: number): NameSpan | null {
  const { text } = doc;
  let dot = at - 1;
  while (dot > 0 && at - dot <= DOTTED_PART.max && !isNameDot(text[dot])) dot--;
  const second = at - dot - 1;
  if (!isNameDot(text[dot]) || second < DOTTED_PART.min || !allHan(text, dot + 1, at)) return null;
  const first = tokenEndingAt(doc, dot);
  if (!first || first.end - first.start < DOTTED_PART.firstMin || first.end - first.start > DOTTED_PART.max || !allHan(text, first.start, dot)) return null;
  return { start: first.start, end: at, foreign: true };
}
