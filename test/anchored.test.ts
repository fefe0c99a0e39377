import fc from 'fast-check';
import { expect, test } from 'vitest';
import { anchoredPattern, nextMatch } from '../src/figures/anchored.js';

/**
 * An anchored pattern is a faster way to run a global search, never a different one: over any text, its matches are
 * those `exec` finds with the g flag, at the same offsets, with lookbehinds reading before a start.
 */
const SOURCE = String.raw`(?:约)?(?<n>[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十]+)\s?(?:%|个百分点)|百分之[一二三四五六七八九十]+|(?<=第)[一二三]季度`;
const ANCHORS = '%点之度';
const INSIDE = '约0123456789.一二三四五六七八九十个百分季';

function globalMatches(text: string): [number, string][] {
  const pattern = new RegExp(SOURCE, 'g');
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

function anchoredMatches(text: string): [number, string][] {
  const pattern = anchoredPattern(SOURCE, ANCHORS, INSIDE);
  const out: [number, string][] = [];
  for (let m = nextMatch(pattern, text, 0); m; m = nextMatch(pattern, text, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

test.each([
  ['营收增长约18.5%，毛利率提升2个百分点', [[4, '约18.5%'], [16, '2个百分点']]],
  ['第三季度占百分之三十', [[1, '三季度'], [5, '百分之三十']]],
  ['三季度 与 之后 一点', []],
  ['', []],
])('%s', (text, expected) => {
  expect(anchoredMatches(text)).toEqual(expected);
  expect(globalMatches(text)).toEqual(expected);
});

test('a limit stops the search: no match begins at or after it', () => {
  const pattern = anchoredPattern(SOURCE, ANCHORS, INSIDE);
  const text = '营收增长18%，利润增长2个百分点';
  expect(nextMatch(pattern, text, 0, 5)?.[0]).toBe('18%');
  expect(nextMatch(pattern, text, 0, 4)).toBeNull();
  expect(nextMatch(pattern, text, 7, 13)?.[0]).toBe('2个百分点');
});

test('finds exactly what a global search finds, on any mix of anchors, numerals and other text', () => {
  const piece = fc.constantFrom('%', '点', '之', '度', '约', '1', '2.5', '十', '三', '个', '百分', '百分之', '第', '季', ' ', '\n', '年', '增长', 'A', '个百分点');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      expect(anchoredMatches(text)).toEqual(globalMatches(text));
    }),
    { numRuns: 2000 },
  );
});
