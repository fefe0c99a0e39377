import type { Lexicons } from '../lexicon/lexicons.js';
import type { Item, MoneyGrammar } from './money-grammar.js';
import { add, MAGNITUDE_UNITS, parseNumeral, shift, UNITS, type Decimal, type ParsedNumeral } from './numerals.js';

/**
 * What follows the numerals of a sum and belongs to it: a second currency after 元 that names the currency (五万元
 * 英镑, 5亿元人民币), the jiao and fen (二十块五毛, 3元5角, 七角八分, 9块9), the words that close it (钱, 整), an
 * English scale after a Western figure (US$3.5 million) and the power of a subunit (50美分 is 0.5 USD).
 */

/** A sum read so far: its value (and a range's upper end), its currency word and where it ends. */
export interface Sum {
  parsed: ParsedNumeral;
  max: Decimal | null;
  /** The currency word that names the currency (英镑 in 五万元英镑), as written, or null. */
  currency: string | null;
  end: number;
}

const ENGLISH_SCALE = /^ ?(trillion|billion|million|thousand|tn|bn|mn|[kmb])(?![A-Za-z])/i;
const SCALE_POWERS: Record<string, number> = { thousand: 3, k: 3, million: 6, mn: 6, m: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12 };
const HAS_UNIT = new RegExp(`[${UNITS}${MAGNITUDE_UNITS}]`);

/** The sum from `first` to `last` (one item, or a range's two ends), read on past their match. */
export function readSum(lex: Lexicons, g: MoneyGrammar, text: string, first: Item, last: Item, parsed: ParsedNumeral, max: Decimal | null): Sum {
  const figures = lex.words['figure-words'];
  const word = first.currency ?? last.currency;
  const sum: Sum = { parsed, max, currency: word, end: last.end };
  if (word !== null && figures.is(word, 'yuan')) {
    g.secondCurrency.lastIndex = sum.end;
    const second = g.secondCurrency.exec(text);
    if (second && !figures.is(second[0], 'local-yuan')) {
      sum.currency = second[0];
      sum.end += second[0].length;
    }
  }
  const subunits = word !== null && max === null ? readSubunits(lex, g, text, word, sum.end) : null;
  if (subunits) {
    sum.parsed = { ...sum.parsed, value: add(sum.parsed.value, subunits.value) };
    sum.end = subunits.end;
  }
  // 七角八分钱, 人民币五百元整: 钱 or 整 closes a sum that ends on a word of money.
  if (sum.currency === word && sum.end > numeralEnd(text, last)) sum.end = tailEnd(g, text, sum.end);
  // US$3.5 million, HK$2bn: an English scale word after a number written the Western way (currency first, no 万 or
  // 亿) multiplies it, and a range's both ends.
  const western = word !== null && text.startsWith(word, first.start) && !HAS_UNIT.test(first.numeral + last.numeral) && !last.letter;
  const scale = western ? text.slice(sum.end, sum.end + 10).match(ENGLISH_SCALE) : null;
  if (scale) {
    scaleBy(sum, SCALE_POWERS[(scale[1] as string).toLowerCase()] as number);
    sum.end += scale[0].length;
  }
  // 50美分, 五毛钱: a subunit's figure in the currency's base unit.
  scaleBy(sum, sum.currency === null ? 0 : (lex.currencies.get(sum.currency)?.power ?? 0));
  return sum;
}

function scaleBy(sum: Sum, power: number): void {
  if (power === 0) return;
  sum.parsed = { ...sum.parsed, value: shift(sum.parsed.value, power) };
  if (sum.max) sum.max = shift(sum.max, power);
}

/** The jiao and fen after a yuan (二十块五毛, 3元5角, 七角八分), or one digit after 块 or a jiao (9块9, 三毛五), with where they end. */
function readSubunits(lex: Lexicons, g: MoneyGrammar, text: string, word: string, end: number): { value: Decimal; end: number } | null {
  const digit = (d: string | undefined) => (d === undefined ? null : (parseNumeral(d)?.value ?? null));
  g.subunits.lastIndex = end;
  const written = g.subunits.exec(text);
  if (written) {
    const jiao = digit(written[1]);
    const fen = digit(written[2]);
    if (!jiao) return null;
    return { value: add(shift(jiao, -1), fen ? shift(fen, -2) : { units: 0n, scale: 0 }), end: end + written[0].length };
  }
  // 9块9, 三毛五: one digit after 块 counts in jiao, after a jiao in fen (a tenth of the unit before it).
  const figures = lex.words['figure-words'];
  if (!figures.is(word, 'kuai') && !figures.is(word, 'jiao')) return null;
  g.implicitJiao.lastIndex = end;
  const implicit = g.implicitJiao.exec(text);
  const tenth = digit(implicit?.[1]);
  if (!implicit || !tenth) return null;
  // 5角5分: after a jiao the digit may carry its 分.
  const after = end + implicit[0].length;
  const fen = figures.is(word, 'jiao') && figures.of('fen').at(text, after) !== null ? 1 : 0;
  return { value: shift(tenth, -1), end: after + fen };
}

/** Where an item's numeral (and its letter) ends: a sum ends on a word of money when it goes on past it. */
function numeralEnd(text: string, item: Item): number {
  return text.lastIndexOf(item.numeral, item.end) + item.numeral.length + item.letter.length;
}

/** 钱 or 整 closing a sum of money (七角八分钱, 伍佰陆拾萬圆整). */
function tailEnd(g: MoneyGrammar, text: string, end: number): number {
  g.tail.lastIndex = end;
  const tail = g.tail.exec(text);
  return tail ? end + tail[0].length : end;
}
