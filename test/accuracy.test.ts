import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { addScores, emptyScores, paragraphScores, prf, scoreArticle, type Scores } from '../tools/eval/score.js';
import { readNerSet, scoreNer } from '../tools/eval/ner.js';
import { loadGold } from '../tools/eval/gold.js';
import {
  accuracy,
  heldOutText,
  readCfscSentences,
  readCfscTargets,
  readFinnsp,
  readHeldOut,
  readOffMarket,
  scoreFinnsp,
  scoreHeldOut,
  scoreSentences,
  scoreTargets,
} from '../tools/eval/stance-sets.js';
import { analyze } from '../src/index.js';

/**
 * Accuracy floors, set at what the code reaches and raised as it improves; never lowered to get green.
 * `npm run eval` prints the same figures with every miss (--verbose).
 */
const FLOORS = {
  corpus: {
    companies: 0.94,
    people: 0.99,
    roles: 0.92,
    amounts: 0.99,
    percentages: 0.99,
    /** Whose each figure is and which period it covers, on the figures matched by value (corpus/README.md). */
    owners: 0.87,
    periods: 0.89,
    quotes: 0.92,
    // The corpus's stance labels were revised to the investor's reading on 2026-12-06 (corpus/RELABEL-2026-12-06.md:
    // 11 article and 137 paragraph labels): the article floor was re-measured once on the new gold, as the seed's was.
    article: 0.88,
    paragraphs: 0.79,
    companyStance: 0.85,
    splitGroups: 0,
  },
  // The seed's paragraph labels were revised on 2026-12-06 (../shared/gold/RELABEL-2026-12-06.md): its paragraph
  // floor was re-measured once on the new gold (0.673), the one floor lowered because the gold changed, not the code;
  // it has risen since with the trained model.
  seed: { companies: 0.95, people: 0.95, roles: 0.89, quotes: 0.95, paragraphs: 0.76 },
  /** Real articles written by others, with our gold (../shared/data/realnews-dev, measured there, never copied here). */
  realnews: {
    companies: 0.870,
    people: 0.95,
    roles: 0.85,
    amounts: 0.98,
    percentages: 0.99,
    quotes: 0.93,
    article: 0.83,
    paragraphs: 0.68,
    companyStance: 0.71,
  },
  /** Our labelled articles the stance model is never trained on (corpus/stance-held-out). */
  heldOut: { article: 0.87, paragraphs: 0.79 },
  /** Our texts with no investable subject (corpus/stance-off-market): the share read neutral. */
  offMarket: 0.98,
  /** Stance on the public financial sets: CFSC sentences and company targets, FinNSP negative-news subjects. */
  stance: { cfscSentences: 0.795, cfscTargets: 0.658, finnsp: 0.727 },
  /** Sentence-level F1 on the external sets in ../shared/data (measured there, never copied here). */
  ner: {
    'cluener2020-dev': { company: 0.697, person: 0.86 },
    'bbt-finner-dev': { company: 0.770, person: 0.85 },
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
    ['company stance accuracy (the gold\'s stanceTargets)', () => s.companyStance.correct / s.companyStance.total, FLOORS.corpus.companyStance],
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

const REALNEWS = '../shared/data/realnews-dev';
const realnews = loadGold([REALNEWS]);
if (realnews.length === 0) absent(REALNEWS);
describe.runIf(realnews.length > 0)(`real articles (${REALNEWS})`, () => {
  const s = score(REALNEWS);
  const f = FLOORS.realnews;
  test.each([
    ['companies F1', () => prf(s.companies).f1, f.companies],
    ['people F1', () => prf(s.people).f1, f.people],
    ['role accuracy', () => s.roles.correct / s.roles.total, f.roles],
    ['amounts value-F1', () => prf(s.amountValues).f1, f.amounts],
    ['percentages value-F1', () => prf(s.percentageValues).f1, f.percentages],
    ['quotes attributed F1', () => prf(s.quotesAttributed).f1, f.quotes],
    ['article stance accuracy', () => s.article.correct / s.article.total, f.article],
    ['paragraph stance macro-F1', () => paragraphScores(s.confusion).macroF1, f.paragraphs],
    ['company stance accuracy (the gold\'s stanceTargets)', () => s.companyStance.correct / s.companyStance.total, f.companyStance],
  ])('%s', (_, measure, floor) => {
    expect(measure()).toBeGreaterThanOrEqual(floor);
  });
});

describe('our held-out articles (corpus/stance-held-out)', () => {
  const items = readHeldOut('corpus/stance-held-out');
  const { correct, confusion } = scoreHeldOut(items, items.map((a) => analyze(heldOutText(a))));
  test('article stance accuracy', () => expect(correct / items.length).toBeGreaterThanOrEqual(FLOORS.heldOut.article));
  test('paragraph stance macro-F1', () => expect(paragraphScores(confusion).macroF1).toBeGreaterThanOrEqual(FLOORS.heldOut.paragraphs));
});

describe('our texts with no investable subject (corpus/stance-off-market)', () => {
  test('a match, a festival or the weather reads neutral, however strong its words', () => {
    const texts = readOffMarket('corpus/stance-off-market/off-market.jsonl');
    const neutral = texts.filter((text) => analyze(text).stance.label === 'neutral').length;
    expect(neutral / texts.length).toBeGreaterThanOrEqual(FLOORS.offMarket);
  });
});

const CFSC = new URL('../../shared/data/cfsc-dev/', import.meta.url).pathname;
if (!existsSync(CFSC)) absent('../shared/data/cfsc-dev');
describe.runIf(existsSync(CFSC))('stance on CFSC (../shared/data/cfsc-dev)', () => {
  test('sentence accuracy', () => {
    const items = readCfscSentences(`${CFSC}sentences.jsonl`);
    expect(accuracy(scoreSentences(items, items.map((i) => analyze(i.text))))).toBeGreaterThanOrEqual(FLOORS.stance.cfscSentences);
  });
  test('company and stock target accuracy', () => {
    const items = readCfscTargets(`${CFSC}targets.jsonl`);
    expect(accuracy(scoreTargets(items, items.map((i) => analyze(i.text))))).toBeGreaterThanOrEqual(FLOORS.stance.cfscTargets);
  });
});

const FINNSP = new URL('../../shared/data/finnsp-dev/eval.jsonl', import.meta.url).pathname;
if (!existsSync(FINNSP)) absent('../shared/data/finnsp-dev');
test.runIf(existsSync(FINNSP))('FinNSP: a listed entity is reported skeptical exactly when it is the subject of negative news', () => {
  const items = readFinnsp(FINNSP);
  const { correct, total } = scoreFinnsp(items, items.map((i) => analyze(i.text)));
  expect(correct / total).toBeGreaterThanOrEqual(FLOORS.stance.finnsp);
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
