import { expect, test } from 'vitest';
import { tokenContaining, tokenEndingAt, tokenStartingAt } from '../src/text/document.js';
import { makeDoc } from './make-doc.js';

test('a hand-cut document has the words and tags it was given, with offsets, and no jieba', () => {
  const { doc, text } = makeDoc('星澜资本/nt 合伙人/n 秦墨/x 表示/v');
  expect(text).toBe('星澜资本合伙人秦墨表示');
  expect(doc.tokens.map((t) => [text.slice(t.start, t.end), t.pos])).toEqual([['星澜资本', 'nt'], ['合伙人', 'n'], ['秦墨', 'x'], ['表示', 'v']]);
});

test.each([
  ['the word starting at an offset', () => tokenStartingAt, 4, '合伙人'],
  ['the word ending at an offset', () => tokenEndingAt, 7, '合伙人'],
  ['the word holding an offset', () => tokenContaining, 8, '秦墨'],
] as const)('%s', (_, lookup, offset, expected) => {
  const { doc, text } = makeDoc('星澜资本/nt 合伙人/n 秦墨/x 表示/v');
  const t = lookup()(doc, offset);
  expect(t && text.slice(t.start, t.end)).toBe(expected);
});

test('lookups between words and past the ends find nothing', () => {
  const { doc } = makeDoc('星澜资本/nt 合伙人/n');
  expect(tokenStartingAt(doc, 2)).toBeUndefined();
  expect(tokenEndingAt(doc, 0)).toBeUndefined();
  expect(tokenContaining(doc, 99)).toBeUndefined();
});
