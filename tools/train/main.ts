import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Tools } from '../../src/analyzer.js';
import { buildLexicons } from '../../src/lexicon/lexicons.js';
import { AnalyzerOptions } from '../../src/options.js';
import { LABELS, type ModelFile } from '../../src/stance/model.js';
import { jiebaSegmenter } from '../../src/text/segmenter.js';
import { readExamples } from './examples.js';
import { calibrationError, fitTemperature, rawScores, train, type Example, type TrainOptions, type Trained } from './softmax.js';

/**
 * `npm run train`: rebuilds src/lexicons/stance-model.json from labels we own, deterministically, and reports how
 * well each model does on data it was not trained on (five folds, an article's paragraphs kept together) and how
 * well its probabilities are calibrated (expected calibration error after the fitted temperature).
 */

const OPTIONS: Record<'text' | 'target', TrainOptions> = {
  text: { labels: LABELS.length, minCount: 2, l2: 1e-4, epochs: 300, learningRate: 0.05 },
  target: { labels: LABELS.length, minCount: 2, l2: 1e-4, epochs: 300, learningRate: 0.05 },
};
const FOLDS = 5;
const OUT = 'src/lexicons/stance-model.json';

// --l2 and --epochs try other settings; --out writes the model elsewhere (the shipped one is rebuilt without flags).
const { values: flags } = parseArgs({ options: { l2: { type: 'string' }, epochs: { type: 'string' }, out: { type: 'string' } } });
for (const o of Object.values(OPTIONS)) {
  if (flags.l2) o.l2 = Number(flags.l2);
  if (flags.epochs) o.epochs = Number(flags.epochs);
}

const config = AnalyzerOptions.parse({});
const segmenter = jiebaSegmenter(config.jieba, config.dictionary);
const tools: Tools = { segmenter, lex: buildLexicons(config, segmenter.words, segmenter.stopWords), config };
const examples = readExamples(tools, 'corpus/stance', 'corpus');
const file: ModelFile = { version: 1, labels: [...LABELS], models: {} as ModelFile['models'] };
for (const kind of ['text', 'target'] as const) {
  const set = examples[kind];
  const held = crossValidate(set, OPTIONS[kind]);
  const temperature = fitTemperature(held);
  const model = train(set, OPTIONS[kind]);
  const correct = held.filter((h) => argmax(h.scores) === h.label).length;
  process.stdout.write(
    `${kind}: ${set.length} examples, ${model.names.length} features; held-out accuracy ${(correct / held.length).toFixed(3)}, macro-F1 ${macroF1(held).toFixed(3)}; temperature ${temperature}, calibration error ${calibrationError(held, 1).toFixed(3)} → ${calibrationError(held, temperature).toFixed(3)}\n`,
  );
  file.models[kind] = { temperature, weights: weightsOf(model) };
}
const out = flags.out ?? OUT;
writeFileSync(out, `${JSON.stringify(file)}\n`);
process.stdout.write(`wrote ${out}\n`);

/** Out-of-fold scores: each example scored by a model trained on the folds without its group. */
function crossValidate(set: readonly Example[], options: TrainOptions): { scores: Float64Array; label: number }[] {
  const foldOf = (group: string) => hash(group) % FOLDS;
  const held: { scores: Float64Array; label: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(set.filter((e) => foldOf(e.group) !== fold), options);
    for (const e of set) if (foldOf(e.group) === fold) held.push({ scores: rawScores(model, e.features, options.labels), label: e.label });
  }
  return held;
}

function weightsOf(model: Trained): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const K = LABELS.length;
  model.names.forEach((name, i) => {
    const w = Array.from(model.weights.subarray(i * K, i * K + K), (x) => Math.round(x * 1e4) / 1e4);
    if (w.some((x) => Math.abs(x) >= 1e-3)) out[name] = w;
  });
  return out;
}

function macroF1(held: readonly { scores: Float64Array; label: number }[]): number {
  let sum = 0;
  for (let k = 0; k < LABELS.length; k++) {
    const tp = held.filter((h) => h.label === k && argmax(h.scores) === k).length;
    const predicted = held.filter((h) => argmax(h.scores) === k).length;
    const gold = held.filter((h) => h.label === k).length;
    sum += tp === 0 ? 0 : (2 * tp) / (predicted + gold);
  }
  return sum / LABELS.length;
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
