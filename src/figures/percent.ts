import { TOKEN_END, type Doc } from '../text/document.js';
import { approximation, changeOf, metricAfter, metricBefore } from './context.js';
import { once } from '../lexicon/files.js';
import { NUMERAL, parseNumeral, shift, toNumber, type Decimal } from './numerals.js';
import type { Percentage, PercentageKind } from '../schema.js';

/**
 * Percentages and ratios written as one: 18%, 百分之三十五, 千分之五 (0.5), 三成 / 七成五 (kind cheng), 2个百分点 and
 * 25个基点 (kind points: a change in percentage points is not a percent), and ranges of each (10%至15%, 两三成).
 * Multiples (3倍, 翻番) and ordinals (第3季度) are not percentages.
 */

const CHENG_NUMERAL = String.raw`[一二两三四五六七八九十]{1,2}|\d+(?:\.\d+)?`;
const RANGE = String.raw`\s?(?:至|到|~|-|—|–)\s?`;

const patterns = once(() => {
  const item = [
    String.raw`(?<fraction>百分之|千分之|万分之)(?<fractionNumeral>${NUMERAL})`,
    String.raw`(?<signNumeral>${NUMERAL})\s?(?<sign>%|‰)`,
    String.raw`(?<pointsNumeral>${NUMERAL})个?(?<points>百分点|基点)`,
    String.raw`(?<chengNumeral>${CHENG_NUMERAL})成(?<chengTail>[一二三四五六七八九](?![十百千万亿成\d]))?`,
  ].join('|');
  // The left end of a range may drop its sign or 百分之: 10至15%, 百分之十到二十.
  const head = String.raw`(?:(?:百分之)?(?<low>${NUMERAL})(?:%|成)?${RANGE})?`;
  return new RegExp(`${head}(?:${item})`, 'g');
});

interface Read {
  value: Decimal;
  max: Decimal | null;
  approximate: boolean;
  kind: PercentageKind;
  /** The power of ten from the written number to percent units (千分之 → -1, 成 → 1). */
  power: number;
}

export function findPercentages(doc: Doc): Percentage[] {
  const { text } = doc;
  const found: Percentage[] = [];
  const pattern = patterns();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = text[start - 1] ?? '';
    if (prev === '第' || /[A-Za-z]/.test(prev)) continue;
    const g = m.groups ?? {};
    const read = readPercentage(g);
    if (!read) continue;
    if (g.chengNumeral !== undefined && !closesToken(doc, end - (g.chengTail?.length ?? 0))) continue;
    let { value, max } = read;
    if (g.low !== undefined) {
      const [lowNumeral, lowPower] = read.kind === 'cheng' ? chengNumeral(g.low, undefined).filter((_, i) => i !== 1) as [string, number] : [g.low, read.power];
      const low = parseNumeral(lowNumeral);
      if (!low) continue;
      max = value;
      value = shift(low.value, lowPower);
    }
    const metricWord = metricBefore(text, start) ?? metricAfter(text, end);
    found.push({
      text: doc.source.slice(start, end),
      start,
      end,
      value: toNumber(value),
      valueMax: max ? toNumber(max) : null,
      kind: read.kind,
      approximate: read.approximate || approximation(text, start, end),
      change: changeOf(text, start),
      metric: metricWord && (metricWord.kind === 'ratio' || metricWord.kind === 'both') ? metricWord.word : null,
    });
  }
  return found;
}

/** The value in percent units, whichever form it was written in. */
function readPercentage(g: Record<string, string | undefined>): Read | null {
  const [numeral, kind, power] =
    g.fraction !== undefined
      ? [g.fractionNumeral, 'percent' as const, g.fraction === '百分之' ? 0 : g.fraction === '千分之' ? -1 : -2]
      : g.sign !== undefined
        ? [g.signNumeral, 'percent' as const, g.sign === '%' ? 0 : -1]
        : g.points !== undefined
          ? [g.pointsNumeral, 'points' as const, g.points === '百分点' ? 0 : -2]
          : chengNumeral(g.chengNumeral as string, g.chengTail);
  const parsed = numeral === undefined ? null : parseNumeral(numeral);
  if (!parsed) return null;
  return {
    value: shift(parsed.value, power),
    max: parsed.max ? shift(parsed.max, power) : null,
    approximate: parsed.approximate,
    kind,
    power,
  };
}

/**
 * 成 is tenths: 三成 reads as 三十 percent, 七成五 as 七十五, 两三成 as the run 两三十; 3成 is 3 × 10, and 十成 is 100.
 */
function chengNumeral(numeral: string, tail: string | undefined): [string, 'cheng', number] {
  if (/\d/.test(numeral)) return [`${numeral}${tail ? `点${tail}` : ''}`, 'cheng', 1];
  if (numeral === '十') return ['一百', 'cheng', 0];
  return [`${numeral}十${tail ?? ''}`, 'cheng', 0];
}

/** 三成 is a ratio only when 成 closes a jieba word: in 一成不变 it does not. */
function closesToken(doc: Doc, offset: number): boolean {
  return ((doc.boundaries[offset] ?? 0) & TOKEN_END) !== 0;
}
