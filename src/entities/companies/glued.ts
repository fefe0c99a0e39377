import { tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { NOT_IN_ORG_TAGS, UNKNOWN } from '../../text/tags.js';

/**
 * 如交银/x 施罗德, 原鹏华/x, 因百瑞/x: jieba's HMM glues a function character onto the front of a name it does not
 * know. Whether the word at `at` is such a word, so that a name may start one character into it.
 */
export function gluedAt(doc: Doc, lex: Lexicons, at: number): boolean {
  const t = tokenStartingAt(doc, at);
  if (!t || t.pos !== UNKNOWN || t.end - t.start < 2) return false;
  const ch = doc.text[at];
  return lex.chars.hasChar('function', ch) || lex.words['company-words'].is(ch as string, 'glued-opening');
}

/**
 * Where a name in [start, end) starts: past a function character jieba glued onto it, or one it left alone as a
 * verb, a preposition or an adverb (如/v 比亚迪, 目前如诺安).
 */
export function nameStart(doc: Doc, lex: Lexicons, start: number, end: number): number {
  if (end - start <= 2) return start;
  if (gluedAt(doc, lex, start)) return start + 1;
  const t = tokenStartingAt(doc, start);
  const single = t !== undefined && t.end - t.start === 1;
  return single && (NOT_IN_ORG_TAGS.has(t.pos) || lex.words['company-words'].is(doc.text[start] as string, 'glued-opening')) ? start + 1 : start;
}
