import { readFileSync } from 'node:fs';
import { lexiconPath } from '../lexicon/files.js';
import type { Label } from '../schema.js';
import type { ArticleParams } from './article.js';
import type { Features } from './features.js';
import { LABELS } from './labels.js';

/**
 * A multinomial logistic regression over stance features, trained by `npm run train` on labels we own (our corpus
 * paragraphs and our labelled sentences, corpus/stance/) and shipped as data (lexicons/stance-model.json). Its
 * probabilities are calibrated by a temperature fitted on held-out folds of the training data.
 */
export interface Classifier {
  readonly labels: readonly Label[];
  readonly temperature: number;
  readonly weights: ReadonlyMap<string, Float64Array>;
}

/** The models in the file: one for a text's own stance, one for a company's stance in the text that names it. */
export interface StanceModels {
  readonly text: Classifier;
  readonly target: Classifier;
  /** How an article gathers its paragraphs' probabilities (see article.ts). */
  readonly article: ArticleParams;
}

export { LABELS };

/** The file as `npm run train` writes it: per model, each feature's weight for each label. */
export interface ModelFile {
  version: 1;
  models: Record<'text' | 'target', { labels: Label[]; temperature: number; weights: Record<string, number[]> }>;
  article: ArticleParams;
}

export function fromFile(file: ModelFile): StanceModels {
  const classifier = (m: ModelFile['models']['text']): Classifier => ({
    labels: m.labels,
    temperature: m.temperature,
    weights: new Map(Object.entries(m.weights).map(([name, w]) => [name, Float64Array.from(w)])),
  });
  return { text: classifier(file.models.text), target: classifier(file.models.target), article: file.article };
}

let loaded: StanceModels | null = null;

/** The shipped models, read once per process. */
export function stanceModels(): StanceModels {
  loaded ??= fromFile(JSON.parse(readFileSync(lexiconPath('stance-model.json'), 'utf8')) as ModelFile);
  return loaded;
}

/** The raw scores of each label (before the softmax). */
export function scores(model: Classifier, features: Features): Float64Array {
  const out = new Float64Array(model.labels.length);
  for (const [name, value] of features) {
    const w = model.weights.get(name);
    if (!w) continue;
    for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) + (w[k] as number) * value;
  }
  return out;
}

/** Calibrated probabilities of each label, in the model's label order. */
export function probabilities(model: Classifier, features: Features): Float64Array {
  return softmax(scores(model, features), model.temperature);
}

export function softmax(raw: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const x of raw) max = Math.max(max, x / temperature);
  const out = new Float64Array(raw.length);
  let sum = 0;
  for (let k = 0; k < raw.length; k++) {
    out[k] = Math.exp((raw[k] as number) / temperature - max);
    sum += out[k] as number;
  }
  for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) / sum;
  return out;
}

/**
 * How much each feature moved the text toward `label`, against the average of the labels: the words and evidence
 * that decided it, strongest first.
 */
export function contributions(model: Classifier, features: Features, label: Label): { name: string; value: number }[] {
  const k = model.labels.indexOf(label);
  const out: { name: string; value: number }[] = [];
  for (const [name, value] of features) {
    const w = model.weights.get(name);
    if (!w || name === 'bias') continue;
    let mean = 0;
    for (const x of w) mean += x;
    mean /= w.length;
    const c = ((w[k] as number) - mean) * value;
    if (c > 0) out.push({ name, value: c });
  }
  return out.sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1));
}
