import { startsWord, tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { PROPER_TAGS } from '../../text/tags.js';
import { isHan } from '../words.js';

/** How a trade name looks to jieba: a proper name, a word it does not know, or characters it could not join. */

/**
 * Some token in [start, end) is tagged as a proper name or unknown to jieba, or the span is broken into single
 * characters (美/ns 肤/n 汇/n): jieba has no word for it, which is how a new trade name looks. A jargon acronym
 * (CEO/eng) is no proper name.
 */
export function hasProperToken(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  let singles = 0;
  for (let i = start; i < end; i++) {
    if (!startsWord(doc, i)) continue;
    const t = tokenStartingAt(doc, i);
    if (t && PROPER_TAGS.has(t.pos) && !lex.words['company-words'].is(doc.text.slice(t.start, t.end).toUpperCase(), 'acronym')) return true;
    if (t && t.end - t.start === 1 && isHan(doc.text.charCodeAt(t.start))) singles++;
  }
  return singles >= 2 && singles === end - start;
}
