import { readFileSync } from 'node:fs';
import { lexiconPath } from '../lexicon/files.js';
import type { Label } from '../schema.js';
import type { ArticleParams } from './article.js';
import type { Doc } from '../text/document.js';
import { forEachOther, forEachWord, type FeatureContext, type Features, type WordForms } from './features.js';
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
  /**
   * The word features (`w:涨停`, `not:出现`) of both models, numbered, by their bare words: a document looks each of
   * its words up once, by the word it already holds.
   */
  readonly vocabulary: WordForms<number>;
  /** Per prefix, each vocabulary word's offset in `values`, or -1 where this model has no weight for it. */
  readonly wordsAt: ReadonlyMap<string, Int32Array>;
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
  const vocabulary = { plain: new Map<string, number>(), negated: new Map<string, number>() };
  let size = 0;
  const unprefixed = (name: string) => {
    const prefix = SPAN_PREFIXES.find((p) => name.startsWith(p)) ?? '';
    return [prefix, name.slice(prefix.length)] as const;
  };
  for (const m of Object.values(file.models)) {
    for (const name of Object.keys(m.weights)) {
      const word = wordForm(vocabulary, unprefixed(name)[1]);
      if (word && !word.form.has(word.word)) word.form.set(word.word, size++);
    }
  }
  const classifier = (m: ModelFile['models']['text']): Classifier => {
    const K = m.labels.length;
    const entries = Object.entries(m.weights);
    const values = new Float64Array(entries.length * K);
    const prefixes = ['', ...SPAN_PREFIXES];
    const byPrefix = new Map(prefixes.map((p) => [p, new Map<string, number>()]));
    const wordsAt = new Map(prefixes.map((p) => [p, new Int32Array(size).fill(-1)]));
    entries.forEach(([name, w], i) => {
      values.set(w, i * K);
      const [prefix, feature] = unprefixed(name);
      byPrefix.get(prefix)?.set(feature, i * K);
      const word = wordForm(vocabulary, feature);
      const id = word?.form.get(word.word);
      if (id !== undefined) (wordsAt.get(prefix) as Int32Array)[id] = i * K;
    });
    return { labels: m.labels, temperature: m.temperature, values, byPrefix, vocabulary, wordsAt };
  };
  return { text: classifier(file.models.text), target: classifier(file.models.target), article: file.article };
}

/** A word feature's bare word and the map of its form (plain `w:`, negated `not:`); null for a feature of another kind. */
function wordForm<T>(vocabulary: { plain: Map<string, T>; negated: Map<string, T> }, feature: string): { form: Map<string, T>; word: string } | null {
  if (feature.startsWith('w:')) return { form: vocabulary.plain, word: feature.slice(2) };
  if (feature.startsWith('not:')) return { form: vocabulary.negated, word: feature.slice(4) };
  return null;
}

let loaded: StanceModels | null = null;

/** The shipped models, read once per process. */
export function stanceModels(): StanceModels {
  loaded ??= fromFile(JSON.parse(readFileSync(lexiconPath('stance-model.json'), 'utf8')) as ModelFile);
  return loaded;
}

/**
 * Adds the weights of the span's features, as read under `prefix`, to `into`: the same sum as looking up
 * {@link forEachFeature}'s names, with each word looked up in the vocabulary once per document.
 */
export function scoreSpan(doc: Doc, context: FeatureContext, model: Classifier, prefix: string, from: number, to: number, into: Float64Array, bias = true): void {
  const table = model.byPrefix.get(prefix) ?? EMPTY;
  const wordsAt = model.wordsAt.get(prefix) ?? NONE;
  const K = into.length;
  const { values } = model;
  const ids = vocabularyIds(context, model);
  const add = (at: number | undefined, value: number) => {
    if (at !== undefined && at >= 0) for (let k = 0; k < K; k++) into[k] = (into[k] as number) + (values[at + k] as number) * value;
  };
  if (bias) add(table.get('bias'), 1);
  forEachWord(doc, context, from, to, (word) => {
    const id = ids[word] as number;
    if (id >= 0) add(wordsAt[id], 1);
  });
  forEachOther(doc, context, from, to, (name, value) => add(table.get(name), value));
}

const EMPTY: ReadonlyMap<string, number> = new Map();
const NONE = new Int32Array(0);

/** Each of the document's word features' number in the models' vocabulary (-1 for a word they do not know), once per document. */
function vocabularyIds(context: FeatureContext, model: Classifier): Int32Array {
  const { vocabulary } = model;
  if (context.ids?.vocabulary !== vocabulary) {
    const ids = new Int32Array(context.names.length);
    for (const [word, n] of context.numbers.plain) ids[n] = vocabulary.plain.get(word) ?? -1;
    for (const [word, n] of context.numbers.negated) ids[n] = vocabulary.negated.get(word) ?? -1;
    context.ids = { vocabulary, ids };
  }
  return context.ids.ids;
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
  const wordsAt = model.wordsAt.get('') ?? NONE;
  const K = model.labels.length;
  const k = model.labels.indexOf(label);
  const ids = vocabularyIds(context, model);
  const out: { name: string; value: number }[] = [];
  const lean = (name: string, at: number | undefined, value: number) => {
    if (at === undefined || at < 0) return;
    let mean = 0;
    for (let j = 0; j < K; j++) mean += model.values[at + j] as number;
    const c = ((model.values[at + k] as number) - mean / K) * value;
    if (c > 0) out.push({ name, value: c });
  };
  forEachWord(doc, context, from, to, (word) => {
    const id = ids[word] as number;
    if (id >= 0) lean(context.names[word] as string, wordsAt[id], 1);
  });
  forEachOther(doc, context, from, to, (name, value) => lean(name, table.get(name), value));
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

