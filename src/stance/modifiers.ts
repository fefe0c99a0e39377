import type { Lexicons, StanceModifier } from '../lexicon/lexicons.js';
import { startsWord, tokenContaining, type Doc } from '../text/document.js';
import { CLAUSE_ENDS, LIST_COMMA, markSet } from '../text/marks.js';
import { MODIFIER_REACH } from './weights.js';

// By code unit: a one-character string of a Han character or a full-width mark is a new string each time.
const isBreak = markSet(CLAUSE_ENDS, LIST_COMMA);

/** The nearest modifier of each kind before a cue, by kind (a kind with none is absent). */
export type ModifiersBefore = Partial<Record<StanceModifier, string>>;

/**
 * The modifiers ending within reach before the cue at `at`, inside the clause: the nearest of each kind, by its text.
 * A negator is a word of its own: one that jieba reads inside a longer word is none (别 in 分别, 未 in 未来, 不 in
 * 不断扩大, 无 in 无人机), unless the cue follows it at once inside that word (不看好 read as one word). Burdens and
 * hedges may stand inside compounds (生产成本, 净亏损). One walk back serves every kind: it steps over each modifier
 * it finds, whatever its kind, so it passes the same words whichever kind is asked for.
 */
export function modifiersBefore(doc: Doc, lex: Lexicons, at: number): ModifiersBefore {
  const { text } = doc;
  const found: ModifiersBefore = {};
  for (let end = at; end >= Math.max(0, at - MODIFIER_REACH); ) {
    if (end < at && isBreak(text.charCodeAt(end))) break;
    const w = lex.stanceModifiers.endingAt(text, end);
    if (!w) {
      end--;
      continue;
    }
    // 非常 is an intensifier, not the negator 非 inside it.
    if (found[w.value] === undefined && (w.value !== 'negator' || standsAlone(doc, w.start, end, at))) found[w.value] = w.word;
    end = w.start;
  }
  return found;
}

function standsAlone(doc: Doc, start: number, end: number, cue: number): boolean {
  const word = tokenContaining(doc, start);
  if (!word) return true;
  return startsWord(doc, start) && (word.end <= end || (word.end > cue && end === cue));
}
