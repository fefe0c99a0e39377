import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Tools } from '../../src/analyzer.js';
import { buildLexicons } from '../../src/lexicon/lexicons.js';
import { AnalyzerOptions } from '../../src/options.js';
import { gatherArticle, type ArticleParams } from '../../src/stance/article.js';
import { LABELS, type ModelFile } from '../../src/stance/model.js';
import { visitSentenceReading } from '../../src/stance/targets.js';
import { jiebaSegmenter } from '../../src/text/segmenter.js';
import { readExamples } from './examples.js';
import { calibrationError, fitTemperature, rawScores, softmax, train, type Example, type TrainOptions, type Trained } from './softmax.js';

/**
 * `npm run train`: rebuilds src/lexicons/stance-model.json from labels we own, deterministically, and reports how
 * well each model does on data it was not trained on (five folds, an article's paragraphs kept together) and how
 * well its probabilities are calibrated (expected calibration error after the fitted temperature).
 */

const OPTIONS: Record<'text' | 'target', TrainOptions> = {
  // A strong penalty: the texts the model meets are written by others, with words our labelled data never used.
  text: { labels: LABELS.length, minCount: 2, l2: 1e-2, epochs: 300, learningRate: 0.05 },
  target: { labels: LABELS.length, minCount: 2, l2: 1e-2, epochs: 300, learningRate: 0.05 },
};
const FOLDS = 5;
const OUT = 'src/lexicons/stance-model.json';
const NONE = Float64Array.from([0, 0, 1]);

// --l2, --target-l2 and --epochs try other settings; --out writes the model elsewhere (the shipped one is rebuilt without flags).
const { values: flags } = parseArgs({ options: { l2: { type: 'string' }, 'target-l2': { type: 'string' }, epochs: { type: 'string' }, out: { type: 'string' } } });
if (flags.l2) OPTIONS.text.l2 = Number(flags.l2);
if (flags['target-l2']) OPTIONS.target.l2 = Number(flags['target-l2']);
if (flags.epochs) for (const o of Object.values(OPTIONS)) o.epochs = Number(flags.epochs);

const config = AnalyzerOptions.parse({});
const segmenter = jiebaSegmenter(config.jieba, config.dictionary);
const tools: Tools = { segmenter, lex: buildLexicons(config, segmenter.words, segmenter.stopWords), config };
const examples = readExamples(tools, 'corpus/stance', 'corpus');
const models = {} as ModelFile['models'];
const textHeld = fit('text', examples.text, LABELS);
// Each target reads its sentence's held-out text reading, as analyze will read text the model was not trained on.
const targets = examples.target.map((e, i) => {
  const features = new Map(e.features);
  const sentence = softmax(textHeld[examples.targetSentences[i]!]!.scores, models.text.temperature);
  visitSentenceReading(sentence, LABELS, (name, value) => features.set(name, value));
  return { ...e, features };
});
fit('target', targets, LABELS);
// The article parameters are fitted on the paragraphs' held-out probabilities, as they will read articles never seen.
const article = fitArticle(textHeld, models.text.temperature);
const out = flags.out ?? OUT;
writeFileSync(out, `${JSON.stringify({ version: 1, models, article } satisfies ModelFile)}\n`);
process.stdout.write(`wrote ${out}\n`);

/** Trains one model on all its examples, after measuring it on held-out folds; returns the held-out scores. */
function fit(kind: keyof typeof OPTIONS, set: readonly Example[], labels: readonly ModelFile['models']['text']['labels'][number][]) {
  const options = OPTIONS[kind];
  const held = crossValidate(set, options);
  const temperature = fitTemperature(held);
  const model = train(set, options);
  const correct = held.filter((h) => argmax(h.scores) === h.label).length;
  process.stdout.write(
    `${kind}: ${set.length} examples, ${model.names.length} features; held-out accuracy ${(correct / held.length).toFixed(3)}, macro-F1 ${macroF1(held, labels.length).toFixed(3)}; temperature ${temperature}, calibration error ${calibrationError(held, 1).toFixed(3)} → ${calibrationError(held, temperature).toFixed(3)}\n`,
  );
  models[kind] = { labels: [...labels], temperature, weights: weightsOf(model, labels.length) };
  return held;
}

/**
 * The article parameters that label the most of our labelled articles right, from their paragraphs' held-out
 * probabilities: a grid searched in a fixed order, the first best winning. A mixed article has two substantial
 * sides close to even, so the gap stays small (a wide one would call most long articles mixed).
 */
function fitArticle(held: readonly { scores: Float64Array }[], temperature: number): ArticleParams {
  const articles = examples.articles.map((a) => ({
    label: a.label,
    parts: a.parts.map((p) => ({ kind: p.kind, length: p.length, probabilities: p.example === null ? NONE : softmax(held[p.example]!.scores, temperature) })),
  }));
  let best: ArticleParams = { headline: 2, heading: 0.5, mixedShare: 0.3, mixedGap: 0.1 };
  let bestCorrect = -1;
  for (const headline of [1, 1.5, 2, 3])
    for (const heading of [0.5, 1])
      for (const mixedShare of [0.2, 0.25, 0.3, 0.35, 0.4])
        for (const mixedGap of [0.05, 0.1, 0.15]) {
          const params = { headline, heading, mixedShare, mixedGap };
          const correct = articles.filter((a) => gatherArticle(a.parts, params).label === a.label).length;
          if (correct > bestCorrect) {
            best = params;
            bestCorrect = correct;
          }
        }
  process.stdout.write(`article: ${articles.length} labelled articles; held-out accuracy ${(bestCorrect / articles.length).toFixed(3)} with ${JSON.stringify(best)}\n`);
  return best;
}

/** Out-of-fold scores, in the examples' order: each example scored by a model trained on the folds without its group. */
function crossValidate(set: readonly Example[], options: TrainOptions): { scores: Float64Array; label: number }[] {
  const foldOf = (group: string) => hash(group) % FOLDS;
  const held: { scores: Float64Array; label: number }[] = new Array(set.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(set.filter((e) => foldOf(e.group) !== fold), options);
    set.forEach((e, i) => {
      if (foldOf(e.group) === fold) held[i] = { scores: rawScores(model, e.features, options.labels), label: e.label };
    });
  }
  return held;
}

function weightsOf(model: Trained, K: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  model.names.forEach((name, i) => {
    const w = Array.from(model.weights.subarray(i * K, i * K + K), (x) => Math.round(x * 1e4) / 1e4);
    if (w.some((x) => Math.abs(x) >= 1e-3)) out[name] = w;
  });
  return out;
}

function macroF1(held: readonly { scores: Float64Array; label: number }[], K: number): number {
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const tp = held.filter((h) => h.label === k && argmax(h.scores) === k).length;
    const predicted = held.filter((h) => argmax(h.scores) === k).length;
    const gold = held.filter((h) => h.label === k).length;
    sum += tp === 0 ? 0 : (2 * tp) / (predicted + gold);
  }
  return sum / K;
}

function argmax(xs: Float64Array): number {
  let k = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[k]!) k = i;
  return k;
}

/** FNV-1a: a fold from a group's name, the same on every machine. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
