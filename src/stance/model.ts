import { readFileSync } from 'node:fs';
import { lexiconPath } from '../lexicon/files.js';
import type { Label } from '../schema.js';
import type { ArticleParams } from './article.js';
import { tokenIndexFrom, type Doc, type Tok } from '../text/document.js';
import { forEachOther, type FeatureContext, type Features } from './features.js';
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
  /**
   * The weights split by the prefix of the span a feature was read in (`c:` a company's clause, `o:` what it owns,
   * `s:` its sentence; '' for the rest): a span's features are looked up without building their prefixed names.
   */
  readonly byPrefix: ReadonlyMap<string, ReadonlyMap<string, Float64Array>>;
}

/** The prefixes of span features in the target model (see targets.ts). */
export const SPAN_PREFIXES = ['c:', 'o:', 's:'] as const;

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
  const classifier = (m: ModelFile['models']['text']): Classifier => {
    const weights = new Map(Object.entries(m.weights).map(([name, w]) => [name, Float64Array.from(w)]));
    const byPrefix = new Map<string, Map<string, Float64Array>>([['', new Map()], ...SPAN_PREFIXES.map((p) => [p, new Map<string, Float64Array>()] as const)]);
    for (const [name, w] of weights) {
      const prefix = SPAN_PREFIXES.find((p) => name.startsWith(p)) ?? '';
      byPrefix.get(prefix)?.set(name.slice(prefix.length), w);
    }
    return { labels: m.labels, temperature: m.temperature, weights, byPrefix };
  };
  return { text: classifier(file.models.text), target: classifier(file.models.target), article: file.article };
}

let loaded: StanceModels | null = null;

/** The shipped models, read once per process. */
export function stanceModels(): StanceModels {
  loaded ??= fromFile(JSON.parse(readFileSync(lexiconPath('stance-model.json'), 'utf8')) as ModelFile);
  return loaded;
}

/**
 * Adds the weights of the span's features, as read under `prefix`, to `into`: the same sum as looking up
 * {@link forEachFeature}'s names, with each word's weights looked up once per document.
 */
export function scoreSpan(doc: Doc, context: FeatureContext, model: Classifier, prefix: string, from: number, to: number, into: Float64Array, bias = true): void {
  const table = model.byPrefix.get(prefix) ?? EMPTY;
  const K = into.length;
  const words = wordWeights(context, table, K);
  if (bias) {
    const w = table.get('bias');
    if (w) for (let k = 0; k < K; k++) into[k] = (into[k] as number) + (w[k] as number);
  }
  const span = ++context.span.count;
  const { tokens } = doc;
  for (let i = tokenIndexFrom(doc, from); i < tokens.length; i++) {
    if ((tokens[i] as Tok).end > to) break;
    const word = context.words[i] as number;
    if (word < 0 || context.visited[word] === span) continue;
    context.visited[word] = span;
    for (let k = 0; k < K; k++) into[k] = (into[k] as number) + (words[word * K + k] as number);
  }
  forEachOther(doc, context, from, to, (name, value) => {
    const w = table.get(name);
    if (w) for (let k = 0; k < K; k++) into[k] = (into[k] as number) + (w[k] as number) * value;
  });
}

const EMPTY: ReadonlyMap<string, Float64Array> = new Map();

/** Every word feature's weights in a table, end to end (K per word), looked up once per document. */
function wordWeights(context: FeatureContext, table: ReadonlyMap<string, Float64Array>, K: number): Float64Array {
  let words = context.weightsOf.get(table);
  if (!words) {
    const flat = new Float64Array(context.names.length * K);
    context.names.forEach((name, n) => {
      const w = table.get(name);
      if (w) flat.set(w.subarray(0, K), n * K);
    });
    words = flat;
    context.weightsOf.set(table, words);
  }
  return words;
}

/**
 * How much each feature of the span moved it toward `label`, against the average of the labels, strongest first:
 * the words and evidence that decided it (the same as {@link contributions} over the span's features).
 */
export function spanContributions(doc: Doc, context: FeatureContext, model: Classifier, label: Label, from: number, to: number): { name: string; value: number }[] {
  const table = model.byPrefix.get('') ?? EMPTY;
  const K = model.labels.length;
  const k = model.labels.indexOf(label);
  const words = wordWeights(context, table, K);
  const out: { name: string; value: number }[] = [];
  const lean = (w: ArrayLike<number>, at: number, value: number) => {
    let mean = 0;
    for (let j = 0; j < K; j++) mean += w[at + j] as number;
    const c = ((w[at + k] as number) - mean / K) * value;
    return c;
  };
  const span = ++context.span.count;
  const { tokens } = doc;
  for (let i = tokenIndexFrom(doc, from); i < tokens.length; i++) {
    if ((tokens[i] as Tok).end > to) break;
    const word = context.words[i] as number;
    if (word < 0 || context.visited[word] === span) continue;
    context.visited[word] = span;
    const c = lean(words, word * K, 1);
    if (c > 0) out.push({ name: context.names[word] as string, value: c });
  }
  forEachOther(doc, context, from, to, (name, value) => {
    const w = table.get(name);
    const c = w ? lean(w, 0, value) : 0;
    if (c > 0) out.push({ name, value: c });
  });
  return out.sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1));
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

