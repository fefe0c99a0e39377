import type { Label } from '../schema.js';
import type { Classifier, KeptFeatures } from './model.js';
import { keepStrongest } from './strongest.js';

/** A feature's part in a label: how far it moved the span toward it; a word's with the token it was read at. */
export interface Contribution {
  name: string;
  value: number;
  /** The index of the word's token, or -1 for a feature that is no word. */
  token: number;
}

/**
 * How much each feature of a span (as {@link scoreSpan} kept them) moved it toward `label`, against the average of
 * the labels, strongest first: the words and evidence that decided it. Of the words, only the `words` strongest are
 * kept: a reader that takes one item per word needs no more.
 */
export function spanContributions(names: readonly string[], model: Classifier, label: Label, kept: KeptFeatures, words: number): Contribution[] {
  const K = model.labels.length;
  const k = model.labels.indexOf(label);
  const lean = (at: number, value: number) => {
    let mean = 0;
    for (let j = 0; j < K; j++) mean += model.values[at + j] as number;
    return ((model.values[at + k] as number) - mean / K) * value;
  };
  const strongestWords: Contribution[] = [];
  for (let i = 0; i < kept.words.length; i += 3) {
    const c = lean(kept.words[i] as number, 1);
    // A word weaker than the weakest of a full list would not be kept: no item is made for it.
    if (c <= 0 || (strongestWords.length === words && c < (strongestWords[words - 1] as Contribution).value)) continue;
    keepStrongest(strongestWords, { name: names[kept.words[i + 1] as number] as string, value: c, token: kept.words[i + 2] as number }, words, stronger);
  }
  // Put in order as they come (a few items: a sort call costs more than the comparisons).
  const out: Contribution[] = [];
  for (const { name, value, at } of kept.others) {
    const c = lean(at, value);
    if (c > 0) keepStrongest(out, { name, value: c, token: -1 }, Infinity, stronger);
  }
  for (const c of strongestWords) keepStrongest(out, c, Infinity, stronger);
  return out;
}

/** Moved more, or as much and first by name. */
function stronger(a: Contribution, b: Contribution): boolean {
  return a.value > b.value || (a.value === b.value && a.name < b.name);
}
