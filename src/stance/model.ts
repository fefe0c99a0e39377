import { readFileSync } from 'node:fs';
import { lexiconPath } from '../lexicon/files.js';
import type { Label } from '../schema.js';
import type { ArticleParams } from './article.js';
import type { Doc } from '../text/document.js';
import { forEachOther, spanWords, type FeatureContext, type SpanWords } from './features.js';
import { LABELS } from './labels.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';
import { WordTable } from '../text/word-table.js';

/**
 * A multinomial logistic regression over stance features, trained by `npm run train` on labels we own (our corpus
 * paragraphs and our labelled sentences, corpus/stance/) and shipped as data (lexicons/stance-model.json). Its
 * probabilities are calibrated by a temperature fitted on held-out folds of the training data.
 */
export interface Classifier {
  readonly labels: readonly Label[];
  readonly temperature: number;
  /**
   * The weights of both models, shared (see fromFile): first a row per vocabulary word holding its weights for every
   * model and span prefix side by side (zeros where a model has none), then each model's other features. Each
   * feature's weights are centred (their mean over the labels taken away): the probabilities are the same, and a
   * weight is then how far the feature moves a span toward its label against the others (see spanContributions).
   */
  readonly values: Float64Array;
  /**
   * Each feature that is no word (the bias, the rules' evidence, a span's ending, a mention's position but for its
   * neighbouring words, which `neighbours` holds) → the offset of its weights in `values`, split by the prefix of the
   * span it was read in (`c:` a company's clause, `o:` what it owns, `s:` its sentence; '' for the rest): a span's
   * features are looked up without building their prefixed names. Words are found by their number in the vocabulary
   * instead (their names, kept here, were most of the model's memory).
   */
  readonly byPrefix: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The word features of both models, numbered: a document's words are numbered by it (see wordFeatures). */
  readonly vocabulary: Vocabulary;
  /** Per prefix under which this model weighs words, where in a word's row its weights start. */
  readonly columns: ReadonlyMap<string, number>;
  /** How many values a word's row holds. */
  readonly stride: number;
  /**
   * The features of the word right before a mention and right after it (`pre:存管银行`, `post:称`; see targets.ts), by
   * that word: a mention's neighbours are looked up where they stand in the text, not sliced and named.
   */
  readonly neighbours: { readonly before: Neighbours; readonly after: Neighbours };
}

/** Words, each with the offset of its weights in `values`. */
export interface Neighbours {
  readonly words: WordTable;
  readonly at: readonly number[];
}

/** The names of the neighbour features start with these (and no span prefix). */
export const NEIGHBOUR = { before: 'pre:', after: 'post:' } as const;

/** The prefixes of span features in the target model (see targets.ts). */
export const SPAN_PREFIXES = ['c:', 'o:', 's:'] as const;
export type SpanPrefix = (typeof SPAN_PREFIXES)[number];

/** The models in the file: one for a text's own stance, one for a company's stance in the text that names it. */
export interface StanceModels {
  readonly text: Classifier;
  readonly target: Classifier;
  /** How an article gathers its paragraphs' probabilities (see article.ts). */
  readonly article: ArticleParams;
}

export { LABELS };

/**
 * The file as `npm run train` writes it: per model, its features' names and their weights, one per label, feature
 * after feature. Columns rather than an object keyed by name: a process reads the file once, in its first analysis,
 * and an object of fifteen thousand keys cost it a tenth of a second to take apart.
 */
export interface ModelFile {
  version: 2;
  models: Record<'text' | 'target', ModelPart>;
  article: ArticleParams;
}

export interface ModelPart {
  labels: Label[];
  temperature: number;
  features: string[];
  weights: number[];
}

/**
 * The models as analyze reads them. A word's weights for every model and prefix share one row, so that reading a
 * word in a sentence, its paragraph and the clauses of the companies it names touches one place in memory: a
 * span's cost was mostly waiting for its words' weights, fetched from a separate table per model and prefix.
 */
export function fromFile(file: ModelFile): StanceModels {
  const models = [file.models.text, file.models.target];
  const K = file.models.text.labels.length;
  for (const m of models) {
    if (m.labels.length !== K) throw new Error('xinwen: the stance models in the file differ in their number of labels');
    if (m.weights.length !== m.features.length * K) throw new Error('xinwen: a stance model in the file has weights for a different number of features');
  }
  // Each feature's name read once: its span prefix, and the word it weighs (or none).
  const read = models.map((m) => {
    const prefixes = m.features.map(prefixOf);
    return { prefixes, words: m.features.map((name, f) => wordForm(name, prefixes[f] as string)) };
  });
  const { vocabulary, numbers } = buildVocabulary(read.flatMap((r) => r.words));
  // Each model's prefixes that weigh words, a column of the rows each; the other features after the rows.
  const columns = models.map(() => new Map<string, number>());
  let stride = 0;
  let others = 0;
  read.forEach(({ prefixes, words }, i) => {
    const column = columns[i] as Map<string, number>;
    prefixes.forEach((prefix, f) => {
      if (!words[f]) others++;
      else if (!column.has(prefix)) {
        column.set(prefix, stride);
        stride += K;
      }
    });
  });
  const values = new Float64Array(vocabulary.names.length * stride + others * K);
  let next = vocabulary.names.length * stride;
  // The vocabulary numbered both models' features in turn: where each model's start among the numbers.
  const firstNumber = [0, file.models.text.features.length];
  const classifier = (m: ModelPart, i: number): Classifier => {
    const byPrefix = new Map(['', ...SPAN_PREFIXES].map((p) => [p, new Map<string, number>()]));
    const neighbours = { before: { words: new WordTable(), at: [] as number[] }, after: { words: new WordTable(), at: [] as number[] } };
    const column = columns[i] as Map<string, number>;
    const { prefixes, words } = read[i] as (typeof read)[number];
    m.features.forEach((name, f) => {
      const prefix = prefixes[f] as string;
      let at = next;
      if (words[f]) at = (numbers[(firstNumber[i] as number) + f] as number) * stride + (column.get(prefix) as number);
      else {
        const side = prefix === '' ? neighbourSide(name) : null;
        if (side) {
          const n = neighbours[side];
          n.at[n.words.add(name.slice(NEIGHBOUR[side].length))] = at;
        } else byPrefix.get(prefix)?.set(name.slice(prefix.length), at);
        next += K;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += m.weights[f * K + k] as number;
      for (let k = 0; k < K; k++) values[at + k] = (m.weights[f * K + k] as number) - sum / K;
    });
    neighbours.before.words.fit();
    neighbours.after.words.fit();
    return { labels: m.labels, temperature: m.temperature, values, byPrefix, vocabulary, columns: column, stride, neighbours };
  };
  return { text: classifier(file.models.text, 0), target: classifier(file.models.target, 1), article: file.article };
}

/** Which neighbour a feature (with no span prefix) weighs, if it weighs one. */
function neighbourSide(name: string): keyof typeof NEIGHBOUR | null {
  if (name.startsWith(NEIGHBOUR.before)) return 'before';
  if (name.startsWith(NEIGHBOUR.after)) return 'after';
  return null;
}

/** The offset of the weights of the neighbour word text[start, end), or undefined for a word the model does not weigh. */
export function neighbourAt(n: Neighbours, text: string, { start, end }: { start: number; end: number }): number | undefined {
  const id = n.words.idOf(text, start, end);
  return id < 0 ? undefined : n.at[id];
}

/** The span prefix a feature's name starts with (see SPAN_PREFIXES), or ''. */
function prefixOf(name: string): string {
  return SPAN_PREFIXES.find((p) => name.startsWith(p)) ?? '';
}

interface WordForm {
  word: string;
  negated: boolean;
}

/** The bare word a feature (named `prefix` + `w:看好` or `not:出现`) weighs and whether it is read negated; null for a feature of another kind. */
function wordForm(name: string, prefix: string): WordForm | null {
  if (name.startsWith('w:', prefix.length)) return { word: name.slice(prefix.length + 2), negated: false };
  if (name.startsWith('not:', prefix.length)) return { word: name.slice(prefix.length + 4), negated: true };
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
 * {@link forEachFeature}'s names, each word by its number in the vocabulary. The weighed features that are no word
 * are written to `others` when given (from its start); the words are returned as read (in spanWords' buffer: read
 * them before the next span is read), so that a reader that needs more than their sum (see spanContributions) need
 * not read them again.
 */
export function scoreSpan(doc: Doc, context: FeatureContext, model: Classifier, prefix: string, from: number, to: number, into: Float64Array, bias = true, others?: Weighed): SpanWords {
  const table = model.byPrefix.get(prefix) ?? EMPTY;
  const column = model.columns.get(prefix);
  const K = into.length;
  const { values, stride } = model;
  numberedBy(context, model);
  if (bias) addRow(model, table.get('bias'), 1, into);
  // A word this model does not weigh under the prefix has zeros in its row: adding them changes no sum, and its
  // part in a label is none (see spanContributions).
  const words = column === undefined ? NO_WORDS : spanWords(doc, context, from, to);
  const { count, pairs } = words;
  for (let i = 0; i < count; i++) {
    const at = (pairs[2 * i] as number) * stride + (column as number);
    for (let k = 0; k < K; k++) into[k] = (into[k] as number) + (values[at + k] as number);
  }
  if (others) others.count = 0;
  forEachOther(doc, context, from, to, (name, value) => {
    const at = table.get(name);
    addRow(model, at, value, into);
    if (others && at !== undefined) {
      others.names[others.count] = name;
      others.values[others.count] = value;
      others.at[others.count] = at;
      others.count++;
    }
  });
  return words;
}

const NO_WORDS: SpanWords = { count: 0, pairs: new Int32Array(0) };

/** Adds a feature's weights (at offset `at` in the model's values; none when undefined), times `value`, to `into`. */
export function addRow(model: Classifier, at: number | undefined, value: number, into: Float64Array): void {
  if (at !== undefined) for (let k = 0; k < into.length; k++) into[k] = (into[k] as number) + (model.values[at + k] as number) * value;
}

/**
 * The features of a span that are no word, as {@link scoreSpan} weighed them: `count` names, each with its value and
 * its weights' offset. A buffer its reader refills span after span: an object per feature of every span read cost
 * more than the few spans that are explained.
 */
export interface Weighed {
  count: number;
  names: string[];
  values: number[];
  at: number[];
}

const EMPTY: ReadonlyMap<string, number> = new Map();

/** A context's word numbers are the model's only when its words were numbered by the model's vocabulary. */
function numberedBy(context: FeatureContext, model: Classifier): void {
  if (context.vocabulary !== model.vocabulary) throw new Error('xinwen internal error: a stance context read by a model whose vocabulary did not number its words');
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

