import { describe, expect, test } from 'vitest';
import { loadGold, locateInOrder } from '../tools/eval/gold.js';
import { analyze } from '../src/index.js';

const articles = loadGold(['corpus']);

test('the corpus has at least 30 articles, three traditional, three with half-width punctuation, one over 8,000 characters', () => {
  expect(articles.length).toBeGreaterThanOrEqual(30);
  expect(articles.filter((a) => analyze(a.text).script === 'traditional').length).toBeGreaterThanOrEqual(3);
  expect(articles.filter((a) => (a.text.match(/[,:;?]/g) ?? []).length > (a.text.match(/[，：；？]/g) ?? []).length).length).toBeGreaterThanOrEqual(3);
  expect(articles.some((a) => [...a.text].length > 8000)).toBe(true);
});

describe.each(articles.map((a) => [a.id, a] as const))('%s', (_, { text, gold }) => {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');

  test('every paragraph is labelled, in order', () => {
    expect(gold.paragraphs.map((p) => p.index)).toEqual(lines.map((_, i) => i));
  });

  test('every amount, percentage and quote occurs in the text, figures in order', () => {
    for (const key of ['amounts', 'percentages'] as const) {
      const at = locateInOrder(text, gold[key]);
      expect(at.filter((x) => x < 0), key).toEqual([]);
    }
    for (const q of gold.quotes) expect(text).toContain(q.text);
  });

  test('every entity name and alias occurs in the text', () => {
    for (const e of [...gold.companies, ...gold.companiesOptional, ...gold.people, ...gold.peopleOptional]) {
      for (const form of [e.name, ...e.aliases]) expect(text).toContain(form);
    }
  });

  test('values match their text', () => {
    for (const a of gold.amounts) {
      const [read] = analyze(`金额${a.text}`).amounts;
      expect(read?.value, a.text).toBeCloseTo(a.value, 6);
      if (a.valueMax != null) expect(read?.valueMax, a.text).toBeCloseTo(a.valueMax, 6);
    }
    for (const p of gold.percentages) {
      const [read] = analyze(`比例${p.text}`).percentages;
      expect(read?.value, p.text).toBeCloseTo(p.value, 6);
      expect(read?.kind, p.text).toBe(p.kind);
    }
  });

  test('the title is the headline line, or null without one', () => {
    expect(gold.title, 'gold files say whether there is a headline').toBeDefined();
    expect(gold.title === null || gold.title === lines[0]).toBe(true);
    expect(analyze(text).title).toBe(gold.title);
  });
});
