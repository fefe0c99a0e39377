import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { addScores, emptyScores, paragraphScores, prf, scoreArticle, type Scores } from '../tools/eval/score.js';
import { readNerSet, scoreNer } from '../tools/eval/ner.js';
import { loadGold } from '../tools/eval/gold.js';
import { analyze } from '../src/index.js';

/**
 * Accuracy floors, set at what the code reaches and raised as it improves; never lowered to get green.
 * `npm run eval` prints the same figures with every miss (--verbose).
 */
const FLOORS = {
  corpus: {
    companies: 0.94,
    people: 0.99,
    roles: 0.91,
    amounts: 0.99,
    percentages: 0.99,
    /** Whose each figure is and which period it covers, on the figures matched by value (corpus/README.md). */
    owners: 0.87,
    periods: 0.89,
    quotes: 0.92,
    // The corpus's stance labels were revised to the investor's reading on 2026-12-06 (corpus/RELABEL-2026-12-06.md:
    // 11 article and 137 paragraph labels): the article floor was re-measured once on the new gold, as the seed's was.
    article: 0.86,
    paragraphs: 0.76,
    splitGroups: 0,
  },
  // The seed's paragraph labels were revised on 2026-12-06 (../shared/gold/RELABEL-2026-12-06.md): its paragraph
  // floor was re-measured once on the new gold (0.673), the one floor lowered because the gold changed, not the code.
  seed: { companies: 0.95, people: 0.95, roles: 0.89, quotes: 0.95, paragraphs: 0.67 },
  /** Sentence-level F1 on the external sets in ../shared/data (measured there, never copied here). */
  ner: {
    'cluener2020-dev': { company: 0.6, person: 0.82 },
    'bbt-finner-dev': { company: 0.68, person: 0.85 },
  },
};

function score(folder: string): Scores {
  const total = emptyScores();
  for (const article of loadGold([folder])) addScores(total, scoreArticle(article, analyze(article.text)).scores);
  return total;
}

describe('our corpus', () => {
  const s = score('corpus');
  test.each([
    ['companies F1', () => prf(s.companies).f1, FLOORS.corpus.companies],
    ['people F1', () => prf(s.people).f1, FLOORS.corpus.people],
    ['role accuracy', () => s.roles.correct / s.roles.total, FLOORS.corpus.roles],
    ['amounts value-F1', () => prf(s.amountValues).f1, FLOORS.corpus.amounts],
    ['percentages value-F1', () => prf(s.percentageValues).f1, FLOORS.corpus.percentages],
    ['figure owner accuracy', () => s.owners.correct / s.owners.total, FLOORS.corpus.owners],
    ['figure period accuracy', () => s.periods.correct / s.periods.total, FLOORS.corpus.periods],
    ['quotes attributed F1', () => prf(s.quotesAttributed).f1, FLOORS.corpus.quotes],
    ['article stance accuracy', () => s.article.correct / s.article.total, FLOORS.corpus.article],
    ['paragraph stance macro-F1', () => paragraphScores(s.confusion).macroF1, FLOORS.corpus.paragraphs],
  ])('%s', (_, measure, floor) => {
    expect(measure()).toBeGreaterThanOrEqual(floor);
  });
  test('no entity is split into two groups', () => {
    expect(s.splitGroups).toBeLessThanOrEqual(FLOORS.corpus.splitGroups);
  });
});

/**
 * The seed article and the external sets live in ../shared, beside the repository, and are never copied into it.
 * Where it is absent their floors cannot be checked: say so on stderr and in a skipped test's name, not silently.
 */
function absent(what: string): void {
  console.warn(`xinwen accuracy: ${what} is absent, so its floors are NOT checked`);
  test.skip(`${what} is absent: its floors are not checked`, () => {});
}

const seed = loadGold(['../shared/gold']);
if (seed.length === 0) absent('../shared/gold (the seed article)');
describe.runIf(seed.length > 0)('the seed article (../shared/gold)', () => {
  const s = score('../shared/gold');
  test('all 17 amounts and 16 percentages, with correct values and no false hits', () => {
    expect(s.amountValues).toEqual({ tp: 17, predicted: 17, gold: 17 });
    expect(s.percentageValues).toEqual({ tp: 16, predicted: 16, gold: 16 });
  });
  test.each([
    ['companies F1', () => prf(s.companies).f1, FLOORS.seed.companies],
    ['people F1', () => prf(s.people).f1, FLOORS.seed.people],
    ['role accuracy', () => s.roles.correct / s.roles.total, FLOORS.seed.roles],
    ['quotes attributed F1', () => prf(s.quotesAttributed).f1, FLOORS.seed.quotes],
    ['paragraph stance macro-F1', () => paragraphScores(s.confusion).macroF1, FLOORS.seed.paragraphs],
  ])('%s', (_, measure, floor) => {
    expect(measure()).toBeGreaterThanOrEqual(floor);
  });
  test('the article reads skeptical', () => {
    expect(s.article.correct).toBe(1);
  });
});

describe.each(Object.entries(FLOORS.ner))('the external set %s (../shared/data)', (name, floors) => {
  const file = new URL(`../../shared/data/${name}/eval.jsonl`, import.meta.url);
  if (!existsSync(file)) absent(`../shared/data/${name}/eval.jsonl`);
  test.runIf(existsSync(file))('company and person F1 at their floors', () => {
    const sentences = readNerSet(file.pathname);
    const { company, person } = scoreNer(sentences, sentences.map((s) => analyze(s.text)));
    expect(prf(company).f1).toBeGreaterThanOrEqual(floors.company);
    expect(prf(person).f1).toBeGreaterThanOrEqual(floors.person);
  });
});
