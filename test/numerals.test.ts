import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNumeral, toNumber } from '../src/figures/numerals.js';

const value = (written: string) => {
  const parsed = parseNumeral(written);
  return parsed && { value: toNumber(parsed.value), max: parsed.max && toNumber(parsed.max), approximate: parsed.approximate };
};

describe('parseNumeral', () => {
  test.each([
    ['5.86亿', 586000000],
    ['16.4亿', 1640000000],
    ['32.56亿', 3256000000],
    ['两千万', 20000000],
    ['一千五百万', 15000000],
    ['三亿五千万', 350000000],
    ['五点八六亿', 586000000],
    ['一点七八万亿', 1780000000000],
    ['1.2万亿', 1200000000000],
    ['一万五', 15000],
    ['三亿五', 350000000],
    ['一千五', 1500],
    ['两百五', 250],
    ['1,200万', 12000000],
    ['3亿5000万', 350000000],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['三十五', 35],
    ['一百零五', 105],
    ['一千零五', 1005],
    ['一千零五十', 1050],
    ['十万', 100000],
    ['百万', 1000000],
    ['千万', 10000000],
    ['百亿', 10000000000],
    ['千亿', 100000000000],
    ['十亿', 1000000000],
    ['二〇二五', 2025],
    ['零点五', 0.5],
    ['五十点五', 50.5],
    ['0.25', 0.25],
    ['60.08', 60.08],
    ['2,386.5', 2386.5],
    ['20,386', 20386],
    ['4700万', 47000000],
    ['3.8亿', 380000000],
    ['0.1亿', 10000000],
    ['一亿零五百万', 105000000],
    ['九千九百九十九万', 99990000],
  ])('%s = %d', (written, expected) => {
    expect(value(written)).toEqual({ value: expected, max: null, approximate: false });
  });

  test.each([
    ['50多亿', 5000000000, null],
    ['60多', 60, null],
    ['3000多万', 30000000, null],
    ['数十亿', 1000000000, null],
    ['几十万', 100000, null],
    ['十几亿', 1000000000, null],
    ['1万余', 10000, null],
    ['五六千', 5000, 6000],
    ['两三千万', 20000000, 30000000],
    ['三四十', 30, 40],
    ['七八十万', 700000, 800000],
  ])('%s ≈ %d (up to %s)', (written, low, high) => {
    expect(value(written)).toEqual({ value: low, max: high, approximate: true });
  });

  test.each(['', '点', '十十', '百千'])('%j is not a number', (written) => {
    expect(parseNumeral(written)).toBeNull();
  });

  /** Writes n in Chinese numerals with 万 and 亿, as a careful writer would (一亿零五百万, 两千零三). */
  function toChinese(n: number): string {
    const digits = '零一二三四五六七八九';
    const below = (x: number): string => {
      let out = '';
      let zero = false;
      for (const [unit, size] of [['千', 1000], ['百', 100], ['十', 10], ['', 1]] as const) {
        const d = Math.floor(x / size) % 10;
        if (d === 0) {
          zero = out !== '';
          continue;
        }
        if (zero) out += '零';
        zero = false;
        out += digits[d] + unit;
      }
      return out;
    };
    if (n === 0) return '零';
    const yi = Math.floor(n / 1e8);
    const wan = Math.floor((n % 1e8) / 1e4);
    const rest = n % 1e4;
    let out = '';
    if (yi) out += `${below(yi)}亿`;
    if (wan) out += `${out && wan < 1000 ? '零' : ''}${below(wan)}万`;
    if (rest) out += `${out && rest < 1000 ? '零' : ''}${below(rest)}`;
    return out;
  }

  test('any integer written in Chinese numerals reads back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(value(toChinese(n))?.value).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  test('any decimal times 万 or 亿 reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('万', '亿'), (cents, places, unit) => {
        const written = (cents / 10 ** places).toFixed(places);
        const expected = Number(`${cents}e${(unit === '万' ? 4 : 8) - places}`);
        expect(value(`${written}${unit}`)?.value).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
