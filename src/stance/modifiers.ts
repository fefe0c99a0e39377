import type { Lexicons, StanceModifier } from '../lexicon/lexicons.js';
import { CLAUSE_ENDS, LIST_COMMA, markTest } from '../text/marks.js';
import { MODIFIER_REACH } from './weights.js';

const isBreak = markTest(CLAUSE_ENDS, LIST_COMMA);

/** A modifier of the given kind ending within reach before `at`, inside the clause; its text, or null. */
export function modifierBefore(text: string, lex: Lexicons, at: number, kind: StanceModifier): string | null {
  for (let end = at; end >= Math.max(0, at - MODIFIER_REACH); ) {
    if (end < at && isBreak(text[end])) break;
    const w = lex.stanceModifiers.endingAt(text, end);
    if (!w) end--;
    // 非常 is an intensifier, not the negator 非 inside it.
    else if (w.value === kind) return w.word;
    else end = w.start;
  }
  return null;
}
