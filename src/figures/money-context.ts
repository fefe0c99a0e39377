import type { Lexicons } from '../lexicon/lexicons.js';
import { tokenStartingAt, type Doc } from '../text/document.js';
import { NOUN_TAGS } from '../text/tags.js';
import { metricAfter, metricBefore } from './context.js';

/**
 * What the words around a numeral say about whether it is money: a money metric before it in its clause (盈利为1500万)
 * or right after it (…的估值), a verb of spending (豪掷4.2亿), a measure word of sums (一笔27万); a count metric nearer
 * than any money word (用户3亿) or right after it (3亿用户), a counter (万股) or a noun it quantifies (千亿参数) make
 * it a count.
 */

export interface MoneyContext {
  money: boolean;
  count: boolean;
  /** The metric the figure measures (营收), or null. */
  metric: string | null;
  /** The metric or the verb read (营收, 亏损, 烧掉), for losses. */
  word: string | null;
}

export function moneyContext(lex: Lexicons, text: string, start: number, end: number): MoneyContext {
  const before = metricBefore(lex, text, start);
  if (before && (before.kind === 'money' || before.kind === 'both')) return { money: true, count: false, metric: before.word, word: before.word };
  if (before?.kind === 'spend') return { money: true, count: false, metric: null, word: before.word };
  if (before?.kind === 'count') return { money: false, count: true, metric: null, word: null };
  const after = metricAfter(lex, text, end);
  if (after && (after.kind === 'money' || after.kind === 'both')) return { money: true, count: false, metric: after.word, word: after.word };
  if (after?.kind === 'count') return { money: false, count: true, metric: null, word: null };
  const measure = lex.words['figure-words'].of('money-measure').endingAt(text, start);
  return { money: measure !== null, count: false, metric: null, word: null };
}

/** A counter right after the numeral (万股, 万辆, 点) or a percent sign. */
export function isCount(lex: Lexicons, text: string, end: number): boolean {
  return text[end] === '%' || lex.counters.at(text, end) !== null;
}

/**
 * Whether a noun phrase follows the figure, past 以上 or 左右: 5亿左右的活跃用户, 千亿参数模型 count what the noun names,
 * where 豪掷4.2亿， and 20亿投向锂矿 end on the money.
 */
export function quantifiesNoun(doc: Doc, lex: Lexicons, end: number): boolean {
  const at = lex.words.qualifiers.of('after').at(doc.text, end)?.end ?? end;
  if (lex.words.particles.isCharAt(doc.text, at, 'possessive')) return true;
  const next = tokenStartingAt(doc, at);
  return next !== undefined && NOUN_TAGS.has(next.pos);
}
