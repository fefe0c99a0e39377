import type { Lexicons, MetricKind } from '../lexicon/lexicons.js';
import type { FigureBound } from '../schema.js';
import { CLAUSE_ENDS, markSet, SENTENCE_ENDS } from '../text/marks.js';
import { MAGNITUDE_UNITS, NUMERAL_CHARACTERS } from './numerals.js';

/**
 * What the words around a figure say about it: approximation (约, 以上), the metric it measures (营收, 股份) and the
 * direction of a change (增长, 下滑). Shared by the amount and percentage recognisers.
 */

/** How far back (in characters, inside the clause) a metric or a change word may stand from its figure. */
const LOOKBACK = 16;
/** How far back a figure's sentence is read (a run of text with no full stop is not one sentence). */
const SENTENCE_REACH = 1000;
const isClauseEnd = markSet(CLAUSE_ENDS);
const isSentenceEnd = markSet(SENTENCE_ENDS.replace(';', ''), '\n');

/** Whether a word says that something rose, fell or passed a mark (增长, 下滑, 突破). */
export function isChangeWord(lex: Lexicons, word: string): boolean {
  const kinds = lex.words.changes.kindsOf(word);
  return kinds.size > 0 && !kinds.has('none');
}

/** Where the clause holding `offset` begins (after the previous comma, full stop, colon …), at most `limit` back. */
export function clauseStart(text: string, offset: number, limit = LOOKBACK): number {
  return startAfter(text, offset, isClauseEnd, Math.max(0, offset - limit));
}

/**
 * Where the sentence holding `offset` begins, as figures read it: after 。, ! or ? or a line break. A semicolon goes
 * on with the sentence (全年实现营收3391.23亿元…；净利润1466.02亿元 share their 全年).
 */
export function sentenceStart(text: string, offset: number): number {
  return startAfter(text, offset, isSentenceEnd, Math.max(0, offset - SENTENCE_REACH));
}

/** Where the sentence holding `offset` begins, after 。, ! or ? or a line break, looking back as far as `floor` (returned when no mark stands from there on). */
export function sentenceStartFrom(text: string, offset: number, floor: number): number {
  return startAfter(text, offset, isSentenceEnd, floor);
}

/** The offset after the last mark before `offset` that `isEnd` accepts, or `floor` when none stands after it. */
function startAfter(text: string, offset: number, isEnd: (code: number) => boolean, floor = 0): number {
  for (let i = offset - 1; i >= floor; i--) if (isEnd(text.charCodeAt(i))) return i + 1;
  return floor;
}

/** A qualifier such as 约 or 超过 right before `start`, 左右 / 以上 right after `end`, or 至少 earlier in the clause. */
export function approximation(lex: Lexicons, text: string, start: number, end: number): boolean {
  const q = lex.words.qualifiers;
  return (
    q.of('before').endingAt(text, start) !== null ||
    q.of('after').at(text, end) !== null ||
    q.of('clause').last(text, clauseStart(text, start), start) !== null
  );
}

/**
 * The bound a qualifier sets (低于50万: under; 不超过2%: at most; 逾千亿元: over; 至少3亿: at least), read from the
 * same places as {@link approximation}; the nearest wins: right before the figure, right after it, then the clause.
 */
export function boundOf(lex: Lexicons, text: string, start: number, end: number): FigureBound | null {
  const q = lex.words.qualifiers;
  const words = [q.of('before').endingAt(text, start)?.word, q.of('after').at(text, end)?.word, q.of('clause').last(text, clauseStart(text, start), start)?.word];
  for (const cue of words) {
    const relation = cue === undefined ? undefined : [...lex.words.bounds.kindsOf(cue)][0];
    if (cue !== undefined && relation !== undefined) return { relation, cue };
  }
  return null;
}

const SIGN_AFTER = new RegExp(`[\\w%‰.,)${NUMERAL_CHARACTERS}${MAGNITUDE_UNITS}]`);

/**
 * Whether a minus sign stands right before `start` (营业利润为-1.8亿元, 同比-4%, 净利润为负2亿元): a sign or 负 that does
 * not follow a number, a letter or a closing mark, where it would be a range's dash (3-5亿元, 10%-15%) or a word.
 */
export function minusBefore(lex: Lexicons, text: string, start: number): boolean {
  const sign = text[start - 1];
  return sign !== undefined && lex.words['figure-words'].is(sign, 'minus') && !SIGN_AFTER.test(text[start - 2] ?? '');
}

/** The nearest metric word before a figure in its clause (营收同比增长12%, 盈利为1500万). */
export function metricBefore(lex: Lexicons, text: string, start: number): { word: string; kind: MetricKind } | null {
  const found = lex.metrics.last(text, clauseStart(text, start), start);
  return found ? { word: found.word, kind: found.value } : null;
}

/** A metric word right after a figure, with or without 的 (5.86亿美元的估值, 5.86亿美元现金流). */
export function metricAfter(lex: Lexicons, text: string, end: number): { word: string; kind: MetricKind } | null {
  const found = lex.metrics.at(text, lex.words.particles.isCharAt(text, end, 'possessive') ? end + 1 : end);
  return found ? { word: found.word, kind: found.value } : null;
}

/**
 * up or down when a change word stands before the figure in its clause (同比增长12%, 跌幅达3%), unless it opens a
 * word that changes nothing (减持不超过2%: 减 is no fall).
 */
export function changeOf(lex: Lexicons, text: string, start: number): 'up' | 'down' | null {
  const change = lex.changes.last(text, clauseStart(text, start), start);
  if (change === null || lex.words.changes.of('none').at(text, change.start) !== null) return null;
  return change.value;
}

const INVISIBLE = /\p{Cf}/u;
const NUMBER_PART = new RegExp(`[\\d.,${NUMERAL_CHARACTERS}]`);

/**
 * Whether an invisible format character (a zero-width space, a soft hyphen, a BOM) joins [start, end) to more of
 * a number (营收1\u200b500万元, 5.\u200b86亿美元): the figure read would be another number, so it is none.
 */
export function cutByInvisible(text: string, start: number, end: number): boolean {
  const joins = (invisible: number, other: number) => INVISIBLE.test(text[invisible] ?? '') && NUMBER_PART.test(text[other] ?? '');
  return joins(start - 1, start - 2) || joins(end, end + 1);
}
