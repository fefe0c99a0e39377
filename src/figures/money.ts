import type { Lexicons } from '../lexicon/lexicons.js';
import { escapeRegExp } from '../lexicon/kinds.js';
import type { Amount } from '../schema.js';
import type { Doc } from '../text/document.js';
import { approximation, cutByInvisible, metricAfter, metricBefore } from './context.js';
import { add, CHINESE_DIGITS, LARGE_UNITS, NUMERAL, parseNumeral, shift, toNumber, UNITS, type Decimal } from './numerals.js';

/**
 * Money amounts: a numeral with a currency word before or after it (人民币45亿元, 美元5亿, 5.86亿美元), ranges
 * (3亿至5亿元, 五六千元), unit prices (每股12.5港元). A numeral with 万 or 亿 and no currency word is money only when
 * its clause names a money metric before it (盈利为1500万) or one follows it (…的估值), and the nearest metric is
 * not a count (用户3亿); a counter word right after any numeral (万股, 万辆, 点) makes it a count.
 */

/** The amount grammar compiled from an analyzer's lexicons, once per analyzer. */
interface Grammar {
  item: RegExp;
  nextItem: RegExp;
  rangeAhead: RegExp;
  perBefore: RegExp;
  perAfter: RegExp;
  jiao: RegExp;
}

const grammars = new WeakMap<Lexicons, Grammar>();

function grammarOf(lex: Lexicons): Grammar {
  let grammar = grammars.get(lex);
  if (grammar) return grammar;
  const alternation = (position: 'before' | 'after') =>
    [...lex.currencies]
      .filter(([, c]) => c.position === position || c.position === 'both')
      .map(([word]) => word)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const figures = lex.words['figure-words'];
  const item = `(?:(${alternation('before')}) ?)?(${NUMERAL})(${alternation('after')})?`;
  const range = figures.alternation('range');
  const units = figures.alternation('per-unit');
  const per = lex.words.particles.alternation('per');
  const money = ['yuan', 'kuai', 'jiao'] as const;
  grammar = {
    item: new RegExp(item, 'g'),
    nextItem: new RegExp(`(\\s?(?:${range})\\s?)${item}`, 'y'),
    rangeAhead: new RegExp(`^\\s?(?:${range})`),
    perBefore: new RegExp(`(?:${per})(${units})$`),
    perAfter: new RegExp(`^\\/(${units})`),
    // 9块9: a digit after 块 counts in 角 unless a unit or another currency word follows it.
    jiao: new RegExp(`^([0-9${CHINESE_DIGITS.slice(2)}])(?![0-9${UNITS}]|${money.map((k) => figures.alternation(k)).join('|')})`),
  };
  grammars.set(lex, grammar);
  return grammar;
}

/**
 * 元 is not money in 元宇宙 or 多元化; 块 after a small Chinese numeral is a measure word (一块芯片) unless 钱 follows,
 * while 100块 and 两千块 are money.
 */
function currencyVetoed(lex: Lexicons, word: string, numeral: string, next: string): boolean {
  const figures = lex.words['figure-words'];
  if (figures.is(word, 'yuan')) return lex.chars.hasChar('not-money-after-yuan', next[0]);
  if (!figures.is(word, 'kuai')) return false;
  const smallChinese = !new RegExp(`[\\d${LARGE_UNITS}]`).test(numeral);
  return smallChinese && /^[\u4e00-\u9fff]/.test(next) && !lex.chars.hasChar('money-after-kuai', next[0]);
}

const ENGLISH_SCALE = /^ ?(trillion|billion|million|thousand|tn|bn|mn|[kmb])(?![A-Za-z])/i;
const SCALE_POWERS: Record<string, number> = { thousand: 3, k: 3, million: 6, mn: 6, m: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12 };
const HAS_UNIT = new RegExp(`[${UNITS}]`);
const HAS_LARGE_UNIT = new RegExp(`[${LARGE_UNITS}]`);
const TRAILING_UNITS = new RegExp(`[${UNITS}]+$`);
/** A lone small Chinese numeral (三元 is a battery chemistry unless the clause says money). */
const LONE_SMALL_NUMERAL = new RegExp(`^[${CHINESE_DIGITS.slice(2)}十]$`);

interface Item {
  start: number;
  end: number;
  numeral: string;
  currency: string | null;
  hasMagnitude: boolean;
}

export function findAmounts(doc: Doc, lex: Lexicons): Amount[] {
  const { text } = doc;
  const g = grammarOf(lex);
  const amounts: Amount[] = [];
  g.item.lastIndex = 0;
  for (let m = g.item.exec(text); m; m = g.item.exec(text)) {
    const first = readItem(lex, text, m);
    // Most numerals (一家, 三年) have neither a currency nor a magnitude nor a range after them: drop them first.
    if (!first || (first.currency === null && !first.hasMagnitude && !g.rangeAhead.test(text.slice(first.end, first.end + 2)))) continue;
    let parsed = parseNumeral(first.numeral);
    let last = first;
    let max: Decimal | null = parsed?.max ?? null;
    g.nextItem.lastIndex = m.index + m[0].length;
    const next = g.nextItem.exec(text);
    const second = next ? readItem(lex, text, next, (next[1] as string).length, 2) : null;
    if (second && (first.currency === null || second.currency === null || first.currency === second.currency)) {
      // 3至5亿元: the left end borrows the right end's magnitude.
      const magnitude = first.hasMagnitude ? '' : (second.numeral.match(TRAILING_UNITS)?.[0] ?? '');
      const lower = parseNumeral(first.numeral + magnitude);
      const upper = parseNumeral(second.numeral);
      if (lower && upper) {
        parsed = lower;
        max = upper.value;
        last = second;
        g.item.lastIndex = second.end;
      }
    }
    if (!parsed || cutByInvisible(text, first.start, last.end)) continue;
    const currency = first.currency ?? last.currency;
    const { start } = first;
    let { end } = last;
    const jiao = currency !== null && lex.words['figure-words'].is(currency, 'kuai') && max === null ? text.slice(end).match(g.jiao) : null;
    if (jiao) {
      parsed = { ...parsed, value: add(parsed.value, shift(parseNumeral(jiao[1] as string)?.value ?? { units: 0n, scale: 0 }, -1)) };
      end += 1;
    }
    // US$3.5 million, HK$2bn: an English scale word after a number written the Western way (currency first, no
    // 万 or 亿) multiplies it, and a range's both ends.
    const western = currency !== null && text.startsWith(currency, start) && !HAS_UNIT.test(first.numeral + last.numeral);
    const scale = western ? text.slice(end, end + 10).match(ENGLISH_SCALE) : null;
    if (scale) {
      const power = SCALE_POWERS[(scale[1] as string).toLowerCase()] as number;
      parsed = { ...parsed, value: shift(parsed.value, power) };
      if (max) max = shift(max, power);
      end += scale[0].length;
    }
    const { money, metric } = moneyContext(lex, text, start, end);
    if (currency === null && (!last.hasMagnitude || !money || isCount(lex, text, end))) continue;
    if (LONE_SMALL_NUMERAL.test(first.numeral) && !money) continue;
    amounts.push({
      text: doc.source.slice(start, end),
      start,
      end,
      value: toNumber(parsed.value),
      valueMax: max ? toNumber(max) : null,
      currency: currency ? (lex.currencies.get(currency)?.code ?? null) : null,
      approximate: parsed.approximate || approximation(lex, text, start, end),
      per: text.slice(Math.max(0, start - 5), start).match(g.perBefore)?.[1] ?? text.slice(end, end + 6).match(g.perAfter)?.[1] ?? null,
      metric,
    });
  }
  return amounts;
}

/**
 * One numeral with its currency words, or null when it cannot be money (an ordinal, a code, a version). `skip` is
 * the length of what the match holds before the item (a range's connector).
 */
function readItem(lex: Lexicons, text: string, m: RegExpExecArray, skip = 0, groups = 1): Item | null {
  const before = m[groups];
  const numeral = m[groups + 1] ?? '';
  const after = m[groups + 2];
  const start = m.index + skip;
  const numeralStart = start + m[0].length - skip - numeral.length - (after?.length ?? 0);
  let end = m.index + m[0].length;
  // 第3季度 is an ordinal; A380, iOS6, 5G and 2.0版 are names and versions.
  if (lex.words.particles.isCharAt(text, start - 1, 'ordinal') || /[A-Za-z_.]/.test(text[start - 1] ?? '')) return null;
  let currency = before ?? after ?? null;
  if (after && !before && currencyVetoed(lex, after, numeral, text.slice(end, end + 1))) {
    currency = null;
    end = numeralStart + numeral.length;
  }
  if (currency === null && /^[A-Za-z]/.test(text[end] ?? '')) return null;
  return { start: before ? start : numeralStart, end, numeral, currency, hasMagnitude: HAS_LARGE_UNIT.test(numeral) };
}

function isCount(lex: Lexicons, text: string, end: number): boolean {
  return text[end] === '%' || lex.counters.at(text, end) !== null;
}

/**
 * What the clause says the amount is: a money metric (its word), a verb of spending (money with no metric), or
 * nothing; a count metric nearer to the number than any money word means it is not money.
 */
function moneyContext(lex: Lexicons, text: string, start: number, end: number): { money: boolean; metric: string | null } {
  const before = metricBefore(lex, text, start);
  if (before && (before.kind === 'money' || before.kind === 'both')) return { money: true, metric: before.word };
  if (before?.kind === 'spend') return { money: true, metric: null };
  if (before?.kind === 'count') return { money: false, metric: null };
  const after = metricAfter(lex, text, end);
  return after && (after.kind === 'money' || after.kind === 'both') ? { money: true, metric: after.word } : { money: false, metric: null };
}
