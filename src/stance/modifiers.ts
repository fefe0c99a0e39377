import type { Lexicons, StanceModifier } from '../lexicon/lexicons.js';
import { startsWord, tokenContaining, type Doc } from '../text/document.js';
import { CLAUSE_ENDS, LIST_COMMA, markTest } from '../text/marks.js';
import { MODIFIER_REACH } from './weights.js';

const isBreak = markTest(CLAUSE_ENDS, LIST_COMMA);

/**
 * A modifier of the given kind ending within reach before the cue at `at`, inside the clause; its text, or null.
 * A negator is a word of its own: one that jieba reads inside a longer word is none (别 in 分别, 未 in 未来, 不 in
 * 不断扩大, 无 in 无人机), unless the cue follows it at once inside that word (不看好 read as one word). Burdens and
 * hedges may stand inside compounds (生产成本, 净亏损).
 */
export function modifierBefore(doc: Doc, lex: Lexicons, at: number, kind: StanceModifier): string | null {
  const { text } = doc;
  for (let end = at; end >= Math.max(0, at - MODIFIER_REACH); ) {
    if (end < at && isBreak(text[end])) break;
    const w = lex.stanceModifiers.endingAt(text, end);
    if (!w) end--;
    // 非常 is an intensifier, not the negator 非 inside it.
    else if (w.value === kind && (kind !== 'negator' || standsAlone(doc, w.start, end, at))) return w.word;
    else end = w.start;
  }
  return null;
}

function standsAlone(doc: Doc, start: number, end: number, cue: number): boolean {
  const word = tokenContaining(doc, start);
  if (!word) return true;
  return startsWord(doc, start) && (word.end <= end || (word.end > cue && end === cue));
}
