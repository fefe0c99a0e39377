import type { Lexicons } from '../lexicon/lexicons.js';
import type { Percentage, PercentageKind } from '../schema.js';
import { endsWord, type Doc } from '../text/document.js';
import { approximation, boundOf, changeOf, cutByInvisible, metricAfter, metricBefore, minusBefore } from './context.js';
import { anchoredPattern, nextMatch, type AnchoredPattern } from './anchored.js';
import { CHINESE_DIGITS, negate, NUMERAL, NUMERAL_MATCH_CHARACTERS, parseNumeral, shift, toNumber, UNITS, type Decimal } from './numerals.js';

/**
 * Percentages and ratios written as one: 18%, 百分之三十五, 千分之五 (0.5), 三成 / 七成五 (kind cheng), 2个百分点 and
 * 25个基点 (kind points: a change in percentage points is not a percent), and ranges of each (10%至15%, 两三成).
 * Multiples (3倍, 翻番) and ordinals (第3季度) are not percentages.
 */

/** Words of a fraction before its numeral (百分之三十), and the power of ten from the numeral to percent units. */
const FRACTIONS: Record<string, number> = { 百分之: 0, 千分之: -1, 万分之: -2 };
/** Words of a change in points after its numeral (2个百分点, 25个基点), and the power to percentage points. */
const POINTS: Record<string, number> = { 百分点: 0, 基点: -2 };
/** Tenths (三成 = 30 percent) and the measure word before points (个). */
const CHENG = '成';
const MEASURE = '个';
const TEN = UNITS[0] as string;
const SMALL_DIGITS = CHINESE_DIGITS.slice(2);
const CHENG_NUMERAL = String.raw`[${SMALL_DIGITS}${TEN}]{1,2}|\d+(?:\.\d+)?`;
const PERCENT_WORD = Object.keys(FRACTIONS).find((w) => FRACTIONS[w] === 0) as string;
const alternation = (words: Record<string, number>) => Object.keys(words).join('|');

/** Each form's own sign, 百分之's 之, 百分点's 点 or 成: every percentage holds one. */
const SIGNS = '%‰';
const ANCHORS = [...Object.keys(FRACTIONS), ...Object.keys(POINTS)].map((w) => w.at(-1)).join('') + SIGNS + CHENG;

const patterns = new WeakMap<Lexicons, AnchoredPattern>();

function patternOf(lex: Lexicons): AnchoredPattern {
  let pattern = patterns.get(lex);
  if (pattern) return pattern;
  const ranges = lex.words['figure-words'].of('range');
  const range = String.raw`\s?(?:${lex.words['figure-words'].alternation('range')})\s?`;
  const item = [
    String.raw`(?<fraction>${alternation(FRACTIONS)})(?<fractionNumeral>${NUMERAL})`,
    String.raw`(?<signNumeral>${NUMERAL})\s?(?<sign>[${SIGNS}])`,
    String.raw`(?<pointsNumeral>${NUMERAL})${MEASURE}?(?<points>${alternation(POINTS)})`,
    // 七成五, 6成6: the tail digit is in the script of the head.
    String.raw`(?<chengNumeral>${CHENG_NUMERAL})${CHENG}(?<chengTail>(?<!\d${CHENG})[${SMALL_DIGITS}](?![${UNITS}${CHENG}\d])|(?<=\d${CHENG})\d(?![\d.%${UNITS}${CHENG}]))?`,
  ].join('|');
  // The left end of a range may drop its sign or 百分之: 10至15%, 百分之十到二十.
  const head = String.raw`(?:(?:${PERCENT_WORD})?(?<low>${NUMERAL})(?:%|${CHENG})?${range})?`;
  const words = [...Object.keys(FRACTIONS), ...Object.keys(POINTS), ...ranges.words()].join('');
  pattern = anchoredPattern(`${head}(?:${item})`, ANCHORS, `${NUMERAL_MATCH_CHARACTERS}${words}${MEASURE}${SMALL_DIGITS}${TEN}`);
  patterns.set(lex, pattern);
  return pattern;
}

interface Read {
  value: Decimal;
  max: Decimal | null;
  approximate: boolean;
  kind: PercentageKind;
  /** The power of ten from the written number to percent units (千分之 → -1, 成 → 1). */
  power: number;
}

export function findPercentages(doc: Doc, lex: Lexicons): Percentage[] {
  const { text } = doc;
  const found: Percentage[] = [];
  const pattern = patternOf(lex);
  for (let m = nextMatch(pattern, text, 0); m; m = nextMatch(pattern, text, m.index + m[0].length)) {
    let start = m.index;
    const end = start + m[0].length;
    if (lex.words.particles.isCharAt(text, start - 1, 'ordinal') || /[A-Za-z]/.test(text[start - 1] ?? '')) continue;
    if (cutByInvisible(text, start, end)) continue;
    const g = m.groups ?? {};
    const read = readPercentage(g);
    if (!read) continue;
    // 三成 is a ratio only when 成 closes a word: in 一成不变 it does not.
    if (g.chengNumeral !== undefined && !endsWord(doc, end - (g.chengTail?.length ?? 0))) continue;
    let { value, max } = read;
    if (g.low !== undefined) {
      const [lowNumeral, lowPower] = read.kind === 'cheng' ? chengNumeral(g.low, undefined).filter((_, i) => i !== 1) as [string, number] : [g.low, read.power];
      const low = parseNumeral(lowNumeral);
      if (!low) continue;
      max = value;
      value = shift(low.value, lowPower);
    }
    const metricWord = metricBefore(lex, text, start) ?? metricAfter(lex, text, end);
    const change = changeOf(lex, text, start);
    if (minusBefore(lex, text, start)) {
      start -= 1;
      value = negate(value);
      if (max) max = negate(max);
    }
    found.push({
      text: doc.source.slice(start, end),
      start,
      end,
      value: toNumber(value),
      valueMax: max ? toNumber(max) : null,
      kind: read.kind,
      approximate: read.approximate || approximation(lex, text, start, end),
      bound: boundOf(lex, text, start, end),
      change,
      metric: metricWord && (metricWord.kind === 'ratio' || metricWord.kind === 'both') ? metricWord.word : null,
      owner: null,
      period: null,
    });
  }
  return found;
}

/** The value in percent units, whichever form it was written in. */
function readPercentage(g: Record<string, string | undefined>): Read | null {
  const [numeral, kind, power] =
    g.fraction !== undefined
      ? [g.fractionNumeral, 'percent' as const, FRACTIONS[g.fraction] as number]
      : g.sign !== undefined
        ? [g.signNumeral, 'percent' as const, g.sign === '%' ? 0 : -1]
        : g.points !== undefined
          ? [g.pointsNumeral, 'points' as const, POINTS[g.points] as number]
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
  if (numeral === TEN) return ['100', 'cheng', 0];
  return [`${numeral}${TEN}${tail ?? ''}`, 'cheng', 0];
}
