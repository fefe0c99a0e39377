import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Gazetteer } from '../src/lexicon/gazetteer.js';
import { buildPhrases } from '../src/lexicon/phrases.js';
import { WordTable } from '../src/text/word-table.js';

describe('gazetteer (the phrase trie)', () => {
  const g = new Gazetteer<string>([
    ['星火', 'short'],
    ['星火互娱', 'long'],
    ['Facebook', 'latin'],
    ['星火', 'second entry of a phrase is ignored'],
  ]);

  test.each([
    ['星火互娱发布', 0, [['星火互娱', 'long'], ['星火', 'short']]],
    ['我们星火', 2, [['星火', 'short']]],
    ['FACEBOOK上线', 0, [['facebook', 'latin']]],
    ['无关', 0, []],
  ] as const)('%s from %i: longest first, Latin letters in any case', (text, at, expected) => {
    expect(g.matchesAt(text, at).map((m) => [m.phrase, m.value])).toEqual(expected);
  });

  test('a scan reads only from the words given, longest first at each', () => {
    const text = '星火互娱与星火';
    expect(g.scan(text, [{ start: 0 }, { start: 5 }])).toEqual([
      { start: 0, end: 4, value: 'long' },
      { start: 0, end: 2, value: 'short' },
      { start: 5, end: 7, value: 'short' },
    ]);
    expect(g.get('星火')).toBe('short');
    expect(g.size).toBe(3);
  });

  test.each([
    ['发布星火互娱', 2, 6, 'long'],
    ['发布星火互娱', 2, 4, 'short'],
    ['上线FaceBook', 2, 10, 'latin'],
    ['发布星火互娱', 3, 6, undefined],
    ['发布星火互', 2, 5, undefined],
    ['星火', 1, 1, undefined],
  ] as const)('%s[%i, %i): the value of exactly that phrase, or none', (text, start, end, expected) => {
    expect(g.valueOf(text, start, end)).toBe(expected);
  });

  test('a table grown many times over still finds every phrase', () => {
    const phrases = Array.from({ length: 20_000 }, (_, i) => `词${String.fromCharCode(0x4e00 + (i % 500))}${String.fromCharCode(0x4e00 + Math.floor(i / 500))}${i % 7}`);
    const big = new Gazetteer(phrases.map((p, i) => [p, i] as const));
    expect(phrases.every((p, i) => big.matchesAt(p, 0)[0]?.value === i)).toBe(true);
  });
});

describe('the phrase lexicons', () => {
  // Han characters, ASCII in both cases, Latin-1, Greek and Cyrillic capitals, full-width letters and marks: names
  // are keyed lower-cased exactly as toLowerCase gives them, whichever characters they hold.
  const nameChar = fc.constantFrom(...'阿里巴巴星火ABCxyz09-·ÄÖÉΣΔДЖＡＢｃ（）&'.split(''));
  test('a company is found under its name lower-cased, whatever its characters', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: nameChar, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (names) => {
        const { companies, phrases } = buildPhrases({
          companies: names.map((name) => ({ name, aliases: [], codes: [], needsContext: false })),
          people: [],
          media: [],
          notCompanies: new Set(),
          cues: [],
        });
        for (const name of names) {
          expect(companies.get(name.toLowerCase())?.name).toBe(names.find((n) => n.toLowerCase() === name.toLowerCase()));
          expect(phrases.matchesAt(name.toLowerCase(), 0)[0]?.phrase).toBe(name.toLowerCase());
        }
      }),
    );
  });
});

describe('word table', () => {
  test('a table made for a list with repeats and fitted is the table made for its distinct words', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'看好涨跌停股价ab'.split('')), minLength: 1, maxLength: 4 }), { maxLength: 60 }), (words) => {
        const fitted = new WordTable(words.length);
        const numbers = words.map((w) => fitted.add(w));
        fitted.fit();
        const distinct = [...new Set(words)];
        const exact = new WordTable(distinct.length);
        for (const w of distinct) exact.add(w);
        exact.trim();
        expect(fitted.parts().slots).toEqual(exact.parts().slots);
        words.forEach((w, i) => expect(fitted.idOf(w)).toBe(numbers[i]));
        expect(fitted.idOf('不在表里')).toBe(-1);
      }),
    );
  });
});
