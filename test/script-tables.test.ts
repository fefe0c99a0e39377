import { describe, expect, test } from 'vitest';
import { inScript } from '../src/text/normalize.js';
import { convertCharacters, simplifiedTable, traditionalTable } from '../src/text/script-tables.js';

describe('script tables (opencc-js dictionaries, character by character)', () => {
  test.each([
    ['臺灣經濟發展', '台湾经济发展'],
    ['記者報導：營收創新高', '记者报导：营收创新高'],
    ['ABC 123，简体不变', 'ABC 123，简体不变'],
  ])('%s → %s', (traditional, simplified) => {
    expect(convertCharacters(traditional, simplifiedTable())).toBe(simplified);
  });

  test('a simplified word a traditional text implies is written in its script', () => {
    expect(inScript('记者', 'traditional')).toBe('記者');
    expect(inScript('记者', 'simplified')).toBe('记者');
  });

  test('every entry is one BMP character that differs from its source, so a conversion keeps offsets', () => {
    for (const table of [simplifiedTable(), traditionalTable()]) {
      const changed = table.filter((code) => code !== 0);
      expect(changed.length).toBeGreaterThan(2000);
      expect(changed.every((code) => code < 0xd800 || code > 0xdfff)).toBe(true);
      // An entry is 0 where the character stays as it is, so a filled one never maps a character to itself.
      const unchanged = [...table.keys()].filter((i) => table[i] !== 0 && table[i] === 0x3400 + i);
      expect(unchanged).toEqual([]);
    }
  });
});
