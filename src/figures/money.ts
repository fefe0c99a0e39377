import type { Lexicons } from '../lexicon/lexicons.js';
import type { Amount } from '../schema.js';
import { tokenStartingAt, type Doc } from '../text/document.js';
import { NOUN_TAGS } from '../text/tags.js';
import { approximation, boundOf, cutByInvisible, metricAfter, metricBefore, minusBefore } from './context.js';
import { resolveCurrencies, type Draft } from './currency.js';
import { moneyGrammar, readItem, type Item, type MoneyGrammar } from './money-grammar.js';
import { add, CHINESE_DIGITS, HUNDRED_MILLION_UNITS, MAGNITUDE_UNITS, negate, parseNumeral, shift, toNumber, UNITS, type Decimal, type ParsedNumeral } from './numerals.js';
import { itemValue, joinRange } from './ranges.js';

/**
 * Money amounts: a numeral with a currency word before or after it (人民币45亿元, 美元5亿, 5.86亿美元), ranges
 * (3亿至5亿元, 三到五万港元, 五六千元), unit prices (每股12.5港元), the jiao and fen of colloquial sums (二十块五毛).
 * A numeral with a magnitude (万, 亿, 兆, 12k) and no currency word is money where the text makes it so: a money
 * metric or a verb of spending before it in its clause (盈利为1500万, 豪掷3.5亿), a money metric after it (…的估值), a
 * measure word of sums (一笔27万), a figure in 亿 that counts nothing (87亿，55岁的他), the unit a list shares
 * (52.7亿和18.4亿美元) or the same amount written with its currency elsewhere; a counter word right after any numeral
 * (万股, 万辆, 点) or a count metric nearer than any money word (用户3亿) makes it a count. Currencies are settled
 * last, for the whole document (see currency.ts).
 */

const ENGLISH_SCALE = /^ ?(trillion|billion|million|thousand|tn|bn|mn|[kmb])(?![A-Za-z])/i;
const SCALE_POWERS: Record<string, number> = { thousand: 3, k: 3, million: 6, mn: 6, m: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12 };
const HAS_UNIT = new RegExp(`[${UNITS}${MAGNITUDE_UNITS}]`);
/** A figure in 亿 or above: in the news it counts money unless a counter or a count metric says otherwise. */
const HUNDRED_MILLIONS = new RegExp(`[${HUNDRED_MILLION_UNITS}]`);
/** A lone small Chinese numeral (三元 is a battery chemistry unless the clause says money). */
const LONE_SMALL_NUMERAL = new RegExp(`^[${CHINESE_DIGITS.slice(2)}${UNITS[0]}]$`);
/** How far after an item a range connector may stand (a space, (含), a doubled dash). */
const RANGE_REACH = 8;

export function findAmounts(doc: Doc, lex: Lexicons): Amount[] {
  const { text } = doc;
  const g = moneyGrammar(lex);
  const drafts: Draft[] = [];
  g.item.lastIndex = 0;
  for (let m = g.item.exec(text); m; m = g.item.exec(text)) {
    const first = readItem(lex, g, text, m);
    // Most numerals (一家, 三年) have neither a currency nor a magnitude nor a range after them: drop them first.
    if (!first || (first.currency === null && !first.hasMagnitude && !g.rangeAhead.test(text.slice(first.end, first.end + RANGE_REACH)))) continue;
    let parsed: ParsedNumeral | null = itemValue(first);
    let last = first;
    let max: Decimal | null = parsed?.max ?? null;
    g.nextItem.lastIndex = m.index + m[0].length;
    const next = g.nextItem.exec(text);
    const second = next ? readItem(lex, g, text, next, (next[1] as string).length, 2) : null;
    if (second && (first.currency === null || second.currency === null || first.currency === second.currency)) {
      const range = joinRange(first, second);
      if (range) {
        parsed = { value: range.value, max: null, approximate: range.approximate };
        max = range.max;
        last = second;
        g.item.lastIndex = second.end;
      }
    }
    if (!parsed || cutByInvisible(text, first.start, last.end)) continue;
    const word = first.currency ?? last.currency;
    let { start } = first;
    let end = last.end;
    let currency = word;
    if (word !== null && lex.words['figure-words'].is(word, 'yuan')) {
      g.secondCurrency.lastIndex = end;
      const second = g.secondCurrency.exec(text);
      if (second && !lex.words['figure-words'].is(second[0], 'local-yuan')) {
        currency = second[0];
        end += second[0].length;
      }
    }
    const subunits = word !== null && max === null ? readSubunits(lex, g, text, word, end) : null;
    if (subunits) {
      parsed = { ...parsed, value: add(parsed.value, subunits.value) };
      end = subunits.end;
    }
    if (currency !== null && currency === word && lex.words['figure-words'].is(word, 'local-yuan')) end = tailEnd(g, text, end);
    // US$3.5 million, HK$2bn: an English scale word after a number written the Western way (currency first, no
    // 万 or 亿) multiplies it, and a range's both ends.
    const western = word !== null && text.startsWith(word, start) && !HAS_UNIT.test(first.numeral + last.numeral) && !last.letter;
    const scale = western ? text.slice(end, end + 10).match(ENGLISH_SCALE) : null;
    if (scale) {
      const power = SCALE_POWERS[(scale[1] as string).toLowerCase()] as number;
      parsed = { ...parsed, value: shift(parsed.value, power) };
      if (max) max = shift(max, power);
      end += scale[0].length;
    }
    const context = moneyContext(lex, text, start, end);
    if (word === null && (!last.hasMagnitude || isCount(lex, text, end))) continue;
    if (first === last && LONE_SMALL_NUMERAL.test(first.numeral) && !context.money) continue;
    let value = parsed.value;
    if (minusBefore(lex, text, start)) {
      start -= 1;
      value = negate(value);
      if (max) max = negate(max);
    }
    const metric = context.metric;
    const figures = lex.words['figure-words'];
    drafts.push({
      amount: {
        text: doc.source.slice(start, end),
        start,
        end,
        value: toNumber(value),
        valueMax: max ? toNumber(max) : null,
        currency: null,
        currencySource: null,
        currencyWhy: null,
        approximate: parsed.approximate || approximation(lex, text, start, end),
        bound: boundOf(lex, text, start, end),
        per: text.slice(Math.max(0, start - 5), start).match(g.perBefore)?.[1] ?? text.slice(end, end + 6).match(g.perAfter)?.[1] ?? null,
        metric,
        loss: context.word !== null && (figures.is(context.word, 'loss') || (value.units < 0n && figures.is(context.word, 'profit'))),
        owner: null,
        period: null,
      },
      word: currency,
      numeral: numeralKey(first, last),
      money: context.money || (word === null && HUNDRED_MILLIONS.test(last.numeral) && !context.count && !quantifiesNoun(doc, lex, end)),
    });
  }
  return resolveCurrencies(doc, lex, drafts);
}

/** The numerals of an amount as one key, spaces and separators dropped (300亿 in a headline, 300亿港元 in the body). */
function numeralKey(first: Item, last: Item): string {
  const key = (item: Item) => `${item.numeral}${item.letter}`.replace(/[\s,]/g, '');
  return first === last ? key(first) : `${key(first)}~${key(last)}`;
}

/** The jiao and fen after a yuan (二十块五毛, 3元5角, 七角八分) or one digit after 块 (9块9), with where they end. */
function readSubunits(lex: Lexicons, g: MoneyGrammar, text: string, word: string, end: number): { value: Decimal; end: number } | null {
  const digit = (d: string | undefined) => (d === undefined ? null : parseNumeral(d)?.value ?? null);
  g.subunits.lastIndex = end;
  const written = g.subunits.exec(text);
  if (written) {
    const jiao = digit(written[1]);
    const fen = digit(written[2]);
    if (!jiao) return null;
    return { value: add(shift(jiao, -1), fen ? shift(fen, -2) : { units: 0n, scale: 0 }), end: end + written[0].length };
  }
  if (!lex.words['figure-words'].is(word, 'kuai')) return null;
  g.implicitJiao.lastIndex = end;
  const implicit = g.implicitJiao.exec(text);
  const jiao = digit(implicit?.[1]);
  return implicit && jiao ? { value: shift(jiao, -1), end: end + implicit[0].length } : null;
}

/** 钱 or 整 closing a sum of yuan (七角八分钱, 伍佰陆拾萬圆整). */
function tailEnd(g: MoneyGrammar, text: string, end: number): number {
  g.tail.lastIndex = end;
  const tail = g.tail.exec(text);
  return tail ? end + tail[0].length : end;
}

/**
 * Whether a noun phrase follows the figure, past 以上 or 左右: 5亿左右的活跃用户, 千亿参数模型 count what the noun names,
 * where 豪掷3.5亿， and 49亿加码锂矿 end on the money.
 */
function quantifiesNoun(doc: Doc, lex: Lexicons, end: number): boolean {
  const at = lex.words.qualifiers.of('after').at(doc.text, end)?.end ?? end;
  if (lex.words.particles.isCharAt(doc.text, at, 'possessive')) return true;
  const next = tokenStartingAt(doc, at);
  return next !== undefined && NOUN_TAGS.has(next.pos);
}

function isCount(lex: Lexicons, text: string, end: number): boolean {
  return text[end] === '%' || lex.counters.at(text, end) !== null;
}

/**
 * What the clause says the amount is: a money metric (its word), a verb of spending (money with no metric), a
 * measure word of sums before it (一笔), or nothing; a count metric nearer to the number than any money word, or
 * right after it (3亿用户), means it is not money. `word` is the metric or verb read, for losses.
 */
function moneyContext(lex: Lexicons, text: string, start: number, end: number): { money: boolean; count: boolean; metric: string | null; word: string | null } {
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
