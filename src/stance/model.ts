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
  /** Each feature's weight for each label, end to end (one array rather than an object per feature). */
  readonly values: Float64Array;
  /**
   * Feature → the offset of its weights in `values`, split by the prefix of the span it was read in (`c:` a
   * company's clause, `o:` what it owns, `s:` its sentence; '' for the rest): a span's features are looked up
   * without building their prefixed names.
   */
  readonly byPrefix: ReadonlyMap<string, ReadonlyMap<string, number>>;
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
    const K = m.labels.length;
    const entries = Object.entries(m.weights);
    const values = new Float64Array(entries.length * K);
    const byPrefix = new Map<string, Map<string, number>>([['', new Map()], ...SPAN_PREFIXES.map((p) => [p, new Map<string, number>()] as const)]);
    entries.forEach(([name, w], i) => {
      values.set(w, i * K);
      const prefix = SPAN_PREFIXES.find((p) => name.startsWith(p)) ?? '';
      byPrefix.get(prefix)?.set(name.slice(prefix.length), i * K);
    });
    return { labels: m.labels, temperature: m.temperature, values, byPrefix };
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
  const { values } = model;
  const words = wordWeights(context, model, table);
  const add = (at: number | undefined, value: number) => {
    if (at !== undefined) for (let k = 0; k < K; k++) into[k] = (into[k] as number) + (values[at + k] as number) * value;
  };
  if (bias) add(table.get('bias'), 1);
  const span = ++context.span.count;
  const { tokens } = doc;
  for (let i = tokenIndexFrom(doc, from); i < tokens.length; i++) {
    if ((tokens[i] as Tok).end > to) break;
    const word = context.words[i] as number;
    if (word < 0 || context.visited[word] === span) continue;
    context.visited[word] = span;
    for (let k = 0; k < K; k++) into[k] = (into[k] as number) + (words[word * K + k] as number);
  }
  forEachOther(doc, context, from, to, (name, value) => add(table.get(name), value));
}

const EMPTY: ReadonlyMap<string, number> = new Map();

/** Every word feature's weights in a table, end to end (K per word, zeros for words it lacks), once per document. */
function wordWeights(context: FeatureContext, model: Classifier, table: ReadonlyMap<string, number>): Float64Array {
  let words = context.weightsOf.get(table);
  if (!words) {
    const K = model.labels.length;
    const flat = new Float64Array(context.names.length * K);
    context.names.forEach((name, n) => {
      const at = table.get(name);
      if (at !== undefined) flat.set(model.values.subarray(at, at + K), n * K);
    });
    words = flat;
    context.weightsOf.set(table, words);
  }
  return words;
}

/** A feature's weights by its full name (`c:w:涨停`), or undefined. */
export function weightsOf(model: Classifier, name: string): Float64Array | undefined {
  const prefix = SPAN_PREFIXES.find((p) => name.startsWith(p)) ?? '';
  const at = model.byPrefix.get(prefix)?.get(name.slice(prefix.length));
  return at === undefined ? undefined : model.values.subarray(at, at + model.labels.length);
}

/**
 * How much each feature of the span moved it toward `label`, against the average of the labels, strongest first:
 * the words and evidence that decided it (the same as {@link contributions} over the span's features).
 */
export function spanContributions(doc: Doc, context: FeatureContext, model: Classifier, label: Label, from: number, to: number): { name: string; value: number }[] {
  const table = model.byPrefix.get('') ?? EMPTY;
  const K = model.labels.length;
  const k = model.labels.indexOf(label);
  const words = wordWeights(context, model, table);
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
    const at = table.get(name);
    const c = at === undefined ? 0 : lean(model.values, at, value);
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

