import { LETTER_POWERS, type Item } from './money-grammar.js';
import { CHINESE_DIGITS, compareDecimals, MAGNITUDE_UNITS, parseNumeral, shift, type Decimal, type ParsedNumeral } from './numerals.js';

/**
 * A range of money with the unit written on its upper end only, read as a writer means it: 三到五万港元 is 3万 to 5万,
 * 两千到三千万元 2000万 to 3000万, 一百到一百二十万元 100万 to 120万, 五到六百亿日元 500亿 to 600亿 (a lone digit takes
 * the upper end's places too), 20~30k元 20k to 30k; but 从6500到2万港元 is 6500 to 20000, because 6500万 would lie
 * above its own upper end. A wrong number is worse than none: a lower end that parses in no reading makes no range.
 */

/** The magnitude an upper end ends on (万, 亿, 万亿, 兆, 个亿), which its lower end may borrow. */
const TRAILING_MAGNITUDE = new RegExp(`[${MAGNITUDE_UNITS}]+$`);
const LONE_DIGIT = new RegExp(`^(?:[${CHINESE_DIGITS.slice(2)}]|\\d)$`);
/** A head of one digit and its places (六百, 三千): the places a lone lower digit borrows (五到六百亿). */
const DIGIT_AND_PLACES = new RegExp(`^(?:[${CHINESE_DIGITS.slice(2)}]|\\d)([^${CHINESE_DIGITS}\\d.]+)$`);

/** An item's value: its numeral times its letter of magnitude (30k = 30000). */
export function itemValue(item: Item): ParsedNumeral | null {
  const parsed = parseNumeral(item.numeral);
  return parsed && scaled(parsed, LETTER_POWERS[item.letter] ?? 0);
}

export function joinRange(first: Item, second: Item): { value: Decimal; max: Decimal; approximate: boolean } | null {
  const upper = itemValue(second);
  const lower = upper ? lowerEnd(first, second, upper.value) : null;
  if (!upper || !lower) return null;
  return { value: lower.value, max: upper.max ?? upper.value, approximate: lower.approximate || upper.approximate };
}

function lowerEnd(first: Item, second: Item, upper: Decimal): ParsedNumeral | null {
  if (first.hasMagnitude) return itemValue(first);
  const numeral = second.numeral.replace(/\s/g, '');
  const trailing = numeral.match(TRAILING_MAGNITUDE)?.[0] ?? '';
  const head = numeral.slice(0, numeral.length - trailing.length);
  const places = LONE_DIGIT.test(first.numeral) ? (head.match(DIGIT_AND_PLACES)?.[1] ?? '') : '';
  const borrowed = parseNumeral(`${first.numeral}${places}${trailing}`);
  const lower = borrowed && scaled(borrowed, LETTER_POWERS[second.letter] ?? 0);
  if (lower && compareDecimals(lower.value, upper) <= 0) return lower;
  return itemValue(first);
}

function scaled(parsed: ParsedNumeral, power: number): ParsedNumeral {
  return power === 0 ? parsed : { ...parsed, value: shift(parsed.value, power), max: parsed.max && shift(parsed.max, power) };
}
