import type { Lexicons } from '../lexicon/lexicons.js';
import { CodeUnits } from '../lexicon/code-units.js';
import { escapeRegExp } from '../lexicon/kinds.js';
import { CHINESE_DIGITS, LARGE_UNITS, MAGNITUDE_UNITS, NUMERAL, NUMERAL_FIRST_CHARACTERS, UNITS } from './numerals.js';

/**
 * The amount grammar compiled from an analyzer's lexicons, once per analyzer: one money item is a numeral with its
 * currency words before or after it (人民币45亿元, 5.86亿美元, 新台币 23.4 亿元), an optional letter of magnitude in
 * forum text (12k, 20w); two items joined by a connector make a range (3亿至5亿元, 2万(含)-8万元); after a yuan come
 * the jiao and fen (二十块五毛, 三百四十六块七角八分钱) and the words that close a sum (块钱, 圆整).
 */

export interface MoneyGrammar {
  /** Sticky (see {@link nextItemMatch}). Groups: 1 currency before, 2 numeral, 3 letter of magnitude, 4 currency after. */
  item: RegExp;
  /** The code units an item may begin with: a numeral's first character, a currency word's before it. */
  itemStarts: CodeUnits;
  /** Sticky, at an item's end: group 1 the connector, then the item's four groups. */
  nextItem: RegExp;
  rangeAhead: RegExp;
  perBefore: RegExp;
  perAfter: RegExp;
  /** Sticky, after a yuan: a second currency word (五万元英镑, 5亿元人民币). */
  secondCurrency: RegExp;
  /** Sticky, after a yuan: jiao and fen written with their words (五毛, 七角八分). Groups: 1 jiao, 2 fen. */
  subunits: RegExp;
  /** Sticky, after 块: one digit alone counts in jiao (9块9) unless a unit, a currency word or a unit of price follows it (五块一斤). */
  implicitJiao: RegExp;
  /** Sticky: 钱 or 整 closing the sum (七角八分钱, 圆整). */
  tail: RegExp;
}

/** Letters of magnitude after Arabic digits in forum and chat text: k a thousand, w (wan) ten thousand. */
export const LETTER_POWERS: Record<string, number> = { k: 3, w: 4 };
const LETTERS = Object.keys(LETTER_POWERS).join('');

const grammars = new WeakMap<Lexicons, MoneyGrammar>();

export function moneyGrammar(lex: Lexicons): MoneyGrammar {
  let grammar = grammars.get(lex);
  if (grammar) return grammar;
  const currencyWords = (position: 'before' | 'after') =>
    [...lex.currencies].filter(([, c]) => c.position === position || c.position === 'both').map(([word]) => word);
  const currencies = (position: 'before' | 'after') =>
    currencyWords(position)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const figures = lex.words['figure-words'];
  const item = `(?:(${currencies('before')}) ?)?(${NUMERAL})(?:([${LETTERS}])(?![A-Za-z0-9]))?(?: ?(${currencies('after')}))?`;
  const range = figures.alternation('range');
  const inclusive = `(?:[(（](?:${figures.alternation('inclusive')})[)）])?`;
  const units = figures.alternation('per-unit');
  const per = lex.words.particles.alternation('per');
  const digit = `[0-9${CHINESE_DIGITS.slice(2)}]`;
  const money = ['yuan', 'kuai', 'jiao'] as const;
  grammar = {
    item: new RegExp(item, 'yi'),
    itemStarts: startTable([...NUMERAL_FIRST_CHARACTERS, ...currencyWords('before').map((word) => word[0] ?? '')]),
    nextItem: new RegExp(`(${inclusive}\\s?(?:${range}){1,2}\\s?)${item}`, 'yi'),
    rangeAhead: new RegExp(`^${inclusive}\\s?(?:${range})`),
    perBefore: new RegExp(`(?:${per})(${units})$`),
    perAfter: new RegExp(`^\\/(${units})`),
    secondCurrency: new RegExp(currencies('after'), 'y'),
    // 七角八分, 九毛九: the fen after a jiao, with 分 or alone at the end of the sum.
    subunits: new RegExp(`(${digit})(?:${figures.alternation('jiao')})(?:(${digit})(?:${figures.alternation('fen')}|(?![0-9${UNITS}${MAGNITUDE_UNITS}])))?`, 'y'),
    implicitJiao: new RegExp(`(${digit})(?![0-9${UNITS}${MAGNITUDE_UNITS}]|${[...money.map((k) => figures.alternation(k)), units].join('|')})`, 'y'),
    tail: new RegExp(figures.alternation('money-tail'), 'y'),
  };
  grammars.set(lex, grammar);
  return grammar;
}

/**
 * The first item that begins at or after `from`, as a global search finds it: the pattern is tried only where an
 * item may begin, so the long stretches of text between numerals cost a table read a character.
 */
export function nextItemMatch(g: MoneyGrammar, text: string, from: number): RegExpExecArray | null {
  for (let at = from; at < text.length; at++) {
    if (!g.itemStarts.has(text.charCodeAt(at))) continue;
    g.item.lastIndex = at;
    const m = g.item.exec(text);
    if (m) return m;
  }
  return null;
}

/** The code units that may begin a match, both cases of an ASCII letter (the item pattern ignores case). */
function startTable(firsts: readonly string[]): CodeUnits {
  return new CodeUnits(firsts.flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]).filter((form) => form.length === 1).join(''));
}

/** One numeral with its currency words. `currency` is the word as written (美元, 元), not yet a code. */
export interface Item {
  start: number;
  end: number;
  numeral: string;
  /** The letter of magnitude after it (12k), lower-cased, or ''. */
  letter: string;
  currency: string | null;
  /** It ends on a magnitude (万, 亿, 兆, k, w): a figure that size may be money without a currency word. */
  hasMagnitude: boolean;
}

const HAS_MAGNITUDE = new RegExp(`[${MAGNITUDE_UNITS}]`);
const LONE_CHINESE = new RegExp(`[\\d${LARGE_UNITS}]`);
const HAN = /^[\u4e00-\u9fff]/;
const DIGIT_NEXT = new RegExp(`^[0-9${CHINESE_DIGITS.slice(2)}]`);
/** A word going on after 块 (一块芯片, 一块GPU): a measure word, not money. */
const WORD_GOES_ON = /^[A-Za-z\u4e00-\u9fff]/;

/**
 * One numeral with its currency words from a match of {@link MoneyGrammar.item} (or of `nextItem`, whose groups
 * start one later), or null when it cannot be money (an ordinal, a code, a version). `skip` is the length of what the
 * match holds before the item (a range's connector).
 */
export function readItem(lex: Lexicons, g: MoneyGrammar, text: string, m: RegExpExecArray, skip = 0, groups = 1): Item | null {
  const before = m[groups];
  const numeral = m[groups + 1] ?? '';
  const letter = (m[groups + 2] ?? '').toLowerCase();
  const after = m[groups + 3];
  const start = m.index + skip;
  const numeralStart = m.index + m[0].indexOf(numeral, skip + (before?.length ?? 0));
  let end = m.index + m[0].length;
  // 第3季度 is an ordinal; A380, iOS6, 5G and 2.0版 are names and versions.
  if (lex.words.particles.isCharAt(text, start - 1, 'ordinal') || /[A-Za-z_.]/.test(text[start - 1] ?? '')) return null;
  // A letter of magnitude follows Arabic digits only (12k); after Chinese numerals it is some other word.
  if (letter && !/^[\d.,]+$/.test(numeral)) return null;
  let currency = before ?? after ?? null;
  if (after && !before && currencyVetoed(lex, g, text, after, numeral, end)) {
    currency = null;
    end = numeralStart + numeral.length + letter.length;
  }
  if (currency === null && /^[A-Za-z]/.test(text[end] ?? '')) return null;
  return { start: before ? start : numeralStart, end, numeral, letter, currency, hasMagnitude: letter !== '' || HAS_MAGNITUDE.test(numeral) };
}

/**
 * 元 is not money in 元宇宙 or 多元化; 块 after a small Chinese numeral is a measure word (一块芯片, 一块GPU) unless 钱, a
 * jiao or a price per unit follows (两块钱, 二十块五毛, 一块五。, 五块一斤), while 100块 and 两千块 are money.
 */
function currencyVetoed(lex: Lexicons, g: MoneyGrammar, text: string, word: string, numeral: string, end: number): boolean {
  const figures = lex.words['figure-words'];
  const next = text[end] ?? '';
  if (figures.is(word, 'yuan')) return lex.chars.hasChar('not-money-after-yuan', next);
  // 三毛五, 五角钱, 5毛 are money; 三角形, 三角债 and 冰山一角 are not: after a Chinese numeral a jiao is money only
  // when a fen, 钱 or 分 follows it.
  if (figures.is(word, 'jiao')) {
    if (DIGIT_NEXT.test(next) || figures.is(next, 'money-tail') || figures.is(next, 'fen')) return false;
    return HAN.test(next) || !/\d/.test(numeral);
  }
  if (!figures.is(word, 'kuai') || LONE_CHINESE.test(numeral) || !WORD_GOES_ON.test(next) || lex.chars.hasChar('money-after-kuai', next)) return false;
  g.subunits.lastIndex = end;
  if (g.subunits.test(text)) return false;
  g.implicitJiao.lastIndex = end;
  if (g.implicitJiao.test(text) && !HAN.test(text[end + 1] ?? '')) return false;
  return !(CHINESE_DIGITS.slice(2).startsWith(next) && figures.of('per-unit').at(text, end + 1) !== null);
}
