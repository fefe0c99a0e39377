import type { Doc } from '../text/document.js';
import { approximation, escapeRegExp, metricAfter, metricBefore } from './context.js';
import { WordList } from '../lexicon/word-list.js';
import { once, readTable, readWords } from '../lexicon/files.js';
import { add, NUMERAL, parseNumeral, shift, toNumber, type Decimal } from './numerals.js';
import type { Amount } from '../schema.js';

/**
 * Money amounts: a numeral with a currency word before or after it (人民币45亿元, 美元5亿, 5.86亿美元), ranges
 * (3亿至5亿元, 五六千元), unit prices (每股12.5港元). A numeral with 万 or 亿 and no currency word is money only when
 * its clause names a money metric before it (盈利为1500万) or one follows it (…的估值), and the nearest metric is
 * not a count (用户3亿); a counter word right after any numeral (万股, 万辆, 点) makes it a count.
 */

interface Currency {
  code: string;
  position: 'before' | 'after' | 'both';
}

const lexicon = once(() => {
  const currencies = new Map(
    readTable('currencies.tsv', 3).map((r) => [r[0] as string, { code: r[1], position: r[2] } as Currency]),
  );
  const alternation = (position: 'before' | 'after') =>
    [...currencies]
      .filter(([, c]) => c.position === position || c.position === 'both')
      .map(([word]) => word)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const item = `(?:(${alternation('before')}) ?)?(${NUMERAL})(${alternation('after')})?`;
  return {
    currencies,
    item: new RegExp(item, 'g'),
    nextItem: new RegExp(`(\\s?(?:至|到|~|-|—|–)\\s?)${item}`, 'y'),
    counters: new WordList(readWords('counters.txt').map((w) => [w, true] as const)),
  };
});

/**
 * 元 is not money in 元宇宙 or 多元化; 块 after a small Chinese numeral is a measure word (一块芯片) unless 钱 follows,
 * while 100块 and 两千块 are money.
 */
function currencyVetoed(word: string, numeral: string, next: string): boolean {
  if (word === '元') return /^[宇素旦化首老件]/.test(next);
  if (word !== '块') return false;
  const smallChinese = !/[\d万亿]/.test(numeral);
  return smallChinese && /^[\u4e00-\u9fff]/.test(next) && !/^[钱多左]/.test(next);
}

/** Per-unit prices: 每股12.5港元 → 股, 12.5港元/股 → 股. */
const PER_BEFORE = /每(股|盎司|吨|桶|辆|台|件|人|户|月|年|天|日|平方米|平米|克|公斤|千克|份|张|单|套|瓶|次|小时|度|千瓦时)$/;
const PER_AFTER = /^\/(股|盎司|吨|桶|辆|台|件|人|户|月|年|天|日|平方米|平米|克|公斤|千克|份|张|单|套|瓶|次|小时|度|千瓦时)/;

const RANGE_AHEAD = /^\s?[至到~\-—–]/;

const ENGLISH_SCALE = /^ ?(trillion|billion|million|thousand|tn|bn|mn|[kmb])(?![A-Za-z])/i;
const SCALE_POWERS: Record<string, number> = { thousand: 3, k: 3, million: 6, mn: 6, m: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12 };

interface Item {
  start: number;
  end: number;
  numeral: string;
  currency: string | null;
  hasMagnitude: boolean;
}

export function findAmounts(doc: Doc): Amount[] {
  const { text } = doc;
  const lex = lexicon();
  const amounts: Amount[] = [];
  lex.item.lastIndex = 0;
  for (let m = lex.item.exec(text); m; m = lex.item.exec(text)) {
    const first = readItem(text, m);
    // Most numerals (一家, 三年) have neither a currency nor a magnitude nor a range after them: drop them first.
    if (!first || (first.currency === null && !first.hasMagnitude && !RANGE_AHEAD.test(text.slice(first.end, first.end + 2)))) continue;
    let parsed = parseNumeral(first.numeral);
    let last = first;
    let max: Decimal | null = parsed?.max ?? null;
    lex.nextItem.lastIndex = m.index + m[0].length;
    const next = lex.nextItem.exec(text);
    const second = next ? readItem(text, next, (next[1] as string).length, 2) : null;
    if (second && (first.currency === null || second.currency === null || first.currency === second.currency)) {
      // 3至5亿元: the left end borrows the right end's magnitude.
      const magnitude = first.hasMagnitude ? '' : (second.numeral.match(/[十百千万亿]+$/)?.[0] ?? '');
      const lower = parseNumeral(first.numeral + magnitude);
      const upper = parseNumeral(second.numeral);
      if (lower && upper) {
        parsed = lower;
        max = upper.value;
        last = second;
        lex.item.lastIndex = second.end;
      }
    }
    if (!parsed) continue;
    const currency = first.currency ?? last.currency;
    const { start } = first;
    let { end } = last;
    // 9块9: a digit after 块 counts in 角, tenths of a yuan.
    const jiao = currency === '块' && max === null ? text.slice(end).match(/^([0-9一二三四五六七八九])(?![0-9十百千万亿元块角])/) : null;
    if (jiao) {
      parsed = { ...parsed, value: add(parsed.value, shift(parseNumeral(jiao[1] as string)?.value ?? { units: 0n, scale: 0 }, -1)) };
      end += 1;
    }
    // US$3.5 million, HK$2bn: an English scale word after a number written the Western way (currency first, no
    // 万 or 亿) multiplies it, and a range's both ends.
    const western = currency !== null && text.startsWith(currency, start) && !/[十百千万亿]/.test(first.numeral + last.numeral);
    const scale = western ? text.slice(end, end + 10).match(ENGLISH_SCALE) : null;
    if (scale) {
      const power = SCALE_POWERS[(scale[1] as string).toLowerCase()] as number;
      parsed = { ...parsed, value: shift(parsed.value, power) };
      if (max) max = shift(max, power);
      end += scale[0].length;
    }
    const { money, metric } = moneyContext(text, start, end);
    if (currency === null && (!last.hasMagnitude || !money || isCount(text, end))) continue;
    // 三元 (a battery chemistry) is money only where the clause says so.
    if (/^[一二两三四五六七八九十]$/.test(first.numeral) && !money) continue;
    amounts.push({
      text: doc.source.slice(start, end),
      start,
      end,
      value: toNumber(parsed.value),
      valueMax: max ? toNumber(max) : null,
      currency: currency ? (lex.currencies.get(currency)?.code ?? null) : null,
      approximate: parsed.approximate || approximation(text, start, end),
      per: text.slice(Math.max(0, start - 5), start).match(PER_BEFORE)?.[1] ??
        text.slice(end, end + 6).match(PER_AFTER)?.[1] ?? null,
      metric,
    });
  }
  return amounts;
}

/**
 * One numeral with its currency words, or null when it cannot be money (an ordinal, a code, a version). `skip` is
 * the length of what the match holds before the item (a range's connector).
 */
function readItem(text: string, m: RegExpExecArray, skip = 0, groups = 1): Item | null {
  const before = m[groups];
  const numeral = m[groups + 1] ?? '';
  const after = m[groups + 2];
  const start = m.index + skip;
  const numeralStart = start + m[0].length - skip - numeral.length - (after?.length ?? 0);
  let end = m.index + m[0].length;
  const prev = text[start - 1] ?? '';
  // 第3季度 is an ordinal; A380, iOS6, 5G and 2.0版 are names and versions.
  if (prev === '第' || /[A-Za-z_.]/.test(prev)) return null;
  let currency = before ?? after ?? null;
  if (after && !before && currencyVetoed(after, numeral, text.slice(end, end + 1))) {
    currency = null;
    end = numeralStart + numeral.length;
  }
  if (currency === null && /^[A-Za-z]/.test(text[end] ?? '')) return null;
  return { start: before ? start : numeralStart, end, numeral, currency, hasMagnitude: /[万亿]/.test(numeral) };
}

function isCount(text: string, end: number): boolean {
  return text[end] === '%' || lexicon().counters.at(text, end) !== null;
}

/**
 * What the clause says the amount is: a money metric (its word), a verb of spending (money with no metric), or
 * nothing; a count metric nearer to the number than any money word means it is not money.
 */
function moneyContext(text: string, start: number, end: number): { money: boolean; metric: string | null } {
  const before = metricBefore(text, start);
  if (before && (before.kind === 'money' || before.kind === 'both')) return { money: true, metric: before.word };
  if (before?.kind === 'spend') return { money: true, metric: null };
  if (before?.kind === 'count') return { money: false, metric: null };
  const after = metricAfter(text, end);
  return after && (after.kind === 'money' || after.kind === 'both') ? { money: true, metric: after.word } : { money: false, metric: null };
}
