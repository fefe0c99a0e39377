import { WordTable } from '../text/word-table.js';

/**
 * The models' word features by their bare words, plain and negated, each form in a compact table of typed arrays:
 * numbered plain words first, then negated ones. A Map of them was the costliest lookup of a document's reading,
 * most of its time spent waiting on memory. analyze numbers a document's words by it (a word the models do not
 * know has no weight, so it needs no number), and each model keeps its weights by these numbers (see model.ts).
 */
export interface Vocabulary {
  readonly plain: WordTable;
  readonly negated: WordTable;
  /** Number → the feature's name (`w:看好`, `not:出现`). */
  readonly names: readonly string[];
  /**
   * Where wordFeatures (features.ts) keeps the last token of each word it met, for every document numbered by the
   * vocabulary (none allocates its own): per word number, `base` plus a token's index, `base` rising past each
   * document, so that a word last met in an earlier document reads as unmet without clearing the table.
   */
  readonly seen: Seen;
  /**
   * Per dictionary entry (a token's `entry`): what a plain reading of that word gives, kept as it is first met (see
   * wordFeatures), so that a word the segmenter's dictionary holds is looked up here once per process rather than
   * once per token. Grown as entries are met; every document numbered by the vocabulary shares it.
   */
  readonly byEntry: { readings: Int32Array };
}

/** See {@link Vocabulary.seen}. */
export interface Seen {
  last: Int32Array;
  base: number;
}

/**
 * The vocabulary of these word features, each given as its bare word and whether it is read negated (null for a
 * feature that is no word), and each one's number in it (-1 for null): the caller files each feature's weights by
 * it without looking every word up again.
 */
export function buildVocabulary(words: readonly ({ word: string; negated: boolean } | null)[]): { vocabulary: Vocabulary; numbers: Int32Array } {
  // Tables fitted to their words once they are in (a WordTable fills at most 3/4 of its room). Four times the room
  // made a search for a word the table lacks end sooner, measured alone; in the pipeline, where the stages before
  // stance have filled the caches with their own tables, the smaller table (64 KB against 256 KB) made stance 3-5%
  // faster.
  const plain = { table: new WordTable(words.length), names: [] as string[] };
  const negated = { table: new WordTable(words.length), names: [] as string[] };
  const numbers = new Int32Array(words.length).fill(-1);
  words.forEach((w, i) => {
    if (!w) return;
    const form = w.negated ? negated : plain;
    const id = form.table.add(w.word);
    if (id === form.names.length) form.names.push(w.negated ? `not:${w.word}` : `w:${w.word}`);
    numbers[i] = id;
  });
  // Negated words are numbered after the plain ones.
  words.forEach((w, i) => {
    if (w?.negated) numbers[i] = (numbers[i] as number) + plain.names.length;
  });
  plain.table.fit();
  negated.table.fit();
  const names = [...plain.names, ...negated.names];
  return { vocabulary: { plain: plain.table, negated: negated.table, names, seen: { last: new Int32Array(names.length).fill(-1), base: 0 }, byEntry: { readings: new Int32Array(0) } }, numbers };
}

/** The number of the word text[start, end) (the whole string by default), read plain or negated, or -1. */
export function vocabularyId(vocabulary: Vocabulary, negated: boolean, text: string, start = 0, end = text.length): number {
  if (!negated) return vocabulary.plain.idOf(text, start, end);
  const id = vocabulary.negated.idOf(text, start, end);
  return id < 0 ? -1 : vocabulary.plain.size + id;
}
