import type { Lexicons } from '../lexicon/lexicons.js';
import type { Amount } from '../schema.js';
import type { Doc } from '../text/document.js';
import { approximation, boundOf, cutByInvisible, minusBefore } from './context.js';
import { resolveCurrencies, type Draft } from './currency.js';
import { isCount, moneyContext, quantifiesNoun } from './money-context.js';
import { moneyGrammar, nextItemMatch, readItem, type Item, type MoneyGrammar } from './money-grammar.js';
import { CHINESE_DIGITS, HUNDRED_MILLION_UNITS, negate, toNumber, UNITS, type Decimal, type ParsedNumeral } from './numerals.js';
import { itemValue, joinRange } from './ranges.js';
import { readSum, type Sum } from './sums.js';

/**
 * Money amounts: a numeral with a currency word before or after it (人民币45亿元, 美元5亿, 5.86亿美元), ranges
 * (3亿至5亿元, 三到五万港元, 五六千元), unit prices (每股12.5港元), the jiao and fen of colloquial sums (二十块五毛).
 * A numeral with a magnitude (万, 亿, 兆, 12k) and no currency word is money where the text makes it so (see
 * money-context.ts): a money metric or a verb of spending in its clause (盈利为1500万, 豪掷4.2亿), a measure word of
 * sums (一笔27万), a figure in 亿 that counts nothing (87亿，55岁的他), the unit a list shares (52.7亿和18.4亿美元) or
 * the same amount written with its currency elsewhere. Currencies are settled last, for the whole document (see
 * currency.ts).
 */

/** A figure in 亿 or above: in the news it counts money unless a counter, a count metric or a noun says otherwise. */
const HUNDRED_MILLIONS = new RegExp(`[${HUNDRED_MILLION_UNITS}]`);
/** A lone small Chinese numeral before a word (三元锂电池 is a battery chemistry unless the clause says money). */
const LONE_SMALL_NUMERAL = new RegExp(`^[${CHINESE_DIGITS.slice(2)}${UNITS[0]}]$`);
/** How far after an item a range connector may stand (a space, (含), a doubled dash). */
const RANGE_REACH = 8;
const HAN = /[\u4e00-\u9fff]/;

export function findAmounts(doc: Doc, lex: Lexicons): Amount[] {
  const { text } = doc;
  const g = moneyGrammar(lex);
  const drafts: Draft[] = [];
  // Where the next item may begin: after this match, after a range's second item, after what a sum read on past it.
  let from = 0;
  for (let m = nextItemMatch(g, text, 0); m; m = nextItemMatch(g, text, from)) {
    from = m.index + m[0].length;
    const first = readItem(lex, g, text, m);
    // Most numerals (一家, 三年) have neither a currency nor a magnitude nor a range after them: drop them first.
    if (!first || (first.currency === null && !first.hasMagnitude && !g.rangeAhead.test(text.slice(first.end, first.end + RANGE_REACH)))) continue;
    const span = readSpan(lex, g, text, m, first);
    if (!span) continue;
    if (span.last !== first) from = span.last.end;
    if (cutByInvisible(text, first.start, span.last.end)) continue;
    const sum = readSum(lex, g, text, first, span.last, span.parsed, span.max);
    const draft = draftOf(doc, lex, g, first, span.last, sum);
    if (!draft) continue;
    // The jiao and fen, 钱 and English scales read past the match: the next item starts after them.
    from = Math.max(from, sum.end);
    drafts.push(draft);
  }
  return resolveCurrencies(doc, lex, drafts);
}

/** One item, or a range when a connector and a second item of the same currency follow (3至5亿元, 4——6万港币). */
function readSpan(lex: Lexicons, g: MoneyGrammar, text: string, m: RegExpExecArray, first: Item): { last: Item; parsed: ParsedNumeral; max: Decimal | null } | null {
  g.nextItem.lastIndex = m.index + m[0].length;
  const next = g.nextItem.exec(text);
  const second = next ? readItem(lex, g, text, next, (next[1] as string).length, 2) : null;
  if (second && (first.currency === null || second.currency === null || first.currency === second.currency)) {
    const range = joinRange(first, second);
    if (range) {
      return { last: second, parsed: { value: range.value, max: null, approximate: range.approximate }, max: range.max };
    }
  }
  const parsed = itemValue(first);
  return parsed && { last: first, parsed, max: parsed.max };
}

/** The amount a sum makes, with what its words say of it, or null when it is no money (a count, a battery). */
function draftOf(doc: Doc, lex: Lexicons, g: MoneyGrammar, first: Item, last: Item, sum: Sum): Draft | null {
  const { text } = doc;
  const figures = lex.words['figure-words'];
  const word = first.currency ?? last.currency;
  let { start } = first;
  const { end } = sum;
  const context = moneyContext(lex, text, start, end);
  if (word === null && (!last.hasMagnitude || isCount(lex, text, end))) return null;
  const lone = first === last && word !== null && figures.is(word, 'yuan') && LONE_SMALL_NUMERAL.test(first.numeral);
  if (lone && !context.money && HAN.test(text[end] ?? '')) return null;
  let { value } = sum.parsed;
  let max = sum.max;
  if (minusBefore(lex, text, start)) {
    start -= 1;
    value = negate(value);
    if (max) max = negate(max);
  }
  return {
    amount: {
      text: doc.source.slice(start, end),
      start,
      end,
      value: toNumber(value),
      valueMax: max ? toNumber(max) : null,
      currency: null,
      currencySource: null,
      currencyWhy: null,
      approximate: sum.parsed.approximate || approximation(lex, text, start, end),
      bound: boundOf(lex, text, start, end),
      per: text.slice(Math.max(0, start - 5), start).match(g.perBefore)?.[1] ?? text.slice(end, end + 6).match(g.perAfter)?.[1] ?? null,
      metric: context.metric,
      loss: context.word !== null && (figures.is(context.word, 'loss') || (value.units < 0n && figures.is(context.word, 'profit'))),
      owner: null,
      period: null,
    },
    word: sum.currency,
    numeral: numeralKey(first, last),
    money: context.money || (word === null && HUNDRED_MILLIONS.test(last.numeral) && !context.count && !quantifiesNoun(doc, lex, end)),
  };
}

/** The numerals of an amount as one key, spaces and separators dropped (300亿 in a headline, 300亿港元 in the body). */
function numeralKey(first: Item, last: Item): string {
  const key = (item: Item) => `${item.numeral}${item.letter}`.replace(/[\s,]/g, '');
  return first === last ? key(first) : `${key(first)}~${key(last)}`;
}
