import type { Label } from '../schema.js';
import type { FeatureContext, SpanWords } from './features.js';
import type { Classifier, Weighed } from './model.js';
import { keepStrongest } from './strongest.js';

/** A feature's part in a label: how far it moved the span toward it; a word's with the token it was read at. */
export interface Contribution {
  name: string;
  value: number;
  /** The index of the word's token, or -1 for a feature that is no word. */
  token: number;
}

/**
 * How much each feature of a span, as {@link scoreSpan} read it under no prefix (its words, and the other features
 * it weighed), moved it toward `label`, against the average of the labels, strongest first: the words and evidence
 * that decided it. Of the words, only the `words` strongest are kept: a reader that takes one item per word needs no
 * more.
 */
export function spanContributions(context: FeatureContext, model: Classifier, label: Label, read: SpanWords, others: Weighed, words: number): Contribution[] {
  // The weights are centred (see Classifier.values): a feature's weight for the label is its lean.
  const k = model.labels.indexOf(label);
  const lean = (at: number, value: number) => (model.values[at + k] as number) * value;
  const column = model.columns.get('') as number;
  const strongestWords: Contribution[] = [];
  const { count, pairs } = read;
  for (let i = 0; i < count; i++) {
    const word = pairs[2 * i] as number;
    const c = lean(word * model.stride + column, 1);
    // A word weaker than the weakest of a full list would not be kept: no item is made for it.
    if (c <= 0 || (strongestWords.length === words && c < (strongestWords[words - 1] as Contribution).value)) continue;
    keepStrongest(strongestWords, { name: context.names[word] as string, value: c, token: pairs[2 * i + 1] as number }, words, stronger);
  }
  // Put in order as they come (a few items: a sort call costs more than the comparisons).
  const out: Contribution[] = [];
  for (let i = 0; i < others.count; i++) {
    const c = lean(others.at[i] as number, others.values[i] as number);
    if (c > 0) keepStrongest(out, { name: others.names[i] as string, value: c, token: -1 }, Infinity, stronger);
  }
  for (const c of strongestWords) keepStrongest(out, c, Infinity, stronger);
  return out;
}

/** Moved more, or as much and first by name. */
function stronger(a: Contribution, b: Contribution): boolean {
  return a.value > b.value || (a.value === b.value && a.name < b.name);
}
