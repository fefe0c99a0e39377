import { readFileSync } from 'node:fs';
import { internalized } from '../lexicon/internalized.js';
import type { WordIndex } from './segmenter.js';
import { grow, WordTable } from './word-table.js';

/**
 * The words of the dictionary files jieba loaded, read a second time on our side, once per process: each word's
 * part-of-speech tag and its IDF weight. With the tags, a text is cut by jieba (`cut`, HMM on) and tagged here as
 * jieba's own tagger does it (cppjieba's PosTagger: the word's dictionary tag, else a rule on its ASCII
 * characters); jieba's `tag` returns the same words and tags but builds an object per word across the native
 * boundary, which made it more than twice as slow as `cut`. The weights rank keywords.
 */
export class JiebaWords implements WordIndex {
  private readonly table: WordTable;
  /** Word number → tag number; 0 for no tag. */
  private tags: Uint8Array;
  /** Word number → IDF weight; NaN where the IDF table has none. */
  private weights: Float32Array;
  private readonly tagNames: string[];
  private readonly tagNumbers: Map<string, number>;
  private readonly tagsByBytes = new Map<number, number>();
  private readonly recent = new Map<string, TaggedWord>();
  /** The median IDF weight, for words the table does not know (as jieba does). */
  readonly median: number;
  readonly max: number;

  /** The words of the dictionary files, parsed (about 0.3 s for jieba's own: {@link JiebaWords.fromParts} is faster). */
  static read(files: DictionaryFiles): JiebaWords {
    const dict = readFileSync(files.dict);
    const userDicts = files.userDicts.map((file) => readFileSync(file));
    const idf = readFileSync(files.idf);
    const expected = Math.max(lineCount(dict), lineCount(idf)) + userDicts.reduce((n, b) => n + lineCount(b), 0);
    const words = new JiebaWords({ table: new WordTable(expected), tags: new Uint8Array(expected), weights: new Float32Array(expected).fill(Number.NaN), tagNames: [''], median: 0, max: 0 });
    return words.parse(dict, userDicts, idf);
  }

  /** Words held in arrays written by {@link parts} (the compiled word table: see words-file.ts). */
  static fromParts(parts: JiebaWordsParts): JiebaWords {
    return new JiebaWords(parts);
  }

  private constructor(parts: JiebaWordsParts) {
    this.table = parts.table;
    this.tags = parts.tags;
    this.weights = parts.weights;
    this.tagNames = parts.tagNames.map(internalized);
    this.tagNumbers = new Map(this.tagNames.map((name, i) => [name, i]));
    this.median = parts.median;
    this.max = parts.max;
  }

  parts(): JiebaWordsParts {
    return { table: this.table, tags: this.tags, weights: this.weights, tagNames: this.tagNames, median: this.median, max: this.max };
  }

  private parse(dict: Buffer, userDicts: readonly Buffer[], idf: Buffer): JiebaWords {
    // Later lines win, as in jieba's trie: the user dictionaries after the main one (a user line without a tag
    // clears the word's tag).
    for (const bytes of [dict, ...userDicts]) {
      eachLine(bytes, (from, wordEnd, lastField, to) => {
        const id = this.wordId(bytes, from, wordEnd);
        this.tags[id] = lastField > wordEnd ? this.tagAt(bytes, lastField, to) : 0;
      });
    }
    const found = new Float32Array(lineCount(idf));
    let count = 0;
    eachLine(idf, (from, wordEnd, lastField, to) => {
      if (lastField === wordEnd) return;
      const weight = parseWeight(idf, lastField, to);
      this.weights[this.wordId(idf, from, wordEnd)] = weight;
      found[count++] = weight;
    });
    const sorted = found.subarray(0, count).sort();
    this.table.trim();
    const median = sorted[count >> 1] ?? 10;
    return new JiebaWords({
      table: this.table,
      tags: this.tags.slice(0, this.table.size),
      weights: this.weights.slice(0, this.table.size),
      tagNames: this.tagNames,
      median,
      max: sorted[count - 1] ?? median,
    });
  }

  /**
   * The word's number in the table and the tag jieba's tagger gives it. News repeats its words, so recent words are
   * kept (a bounded map, emptied when full and when the dictionary changes): about half the cost of tagging a text.
   */
  tagged(word: string): TaggedWord {
    let known = this.recent.get(word);
    if (known !== undefined) return known;
    const id = this.table.idOf(word);
    const n = id < 0 ? 0 : (this.tags[id] as number);
    known = { id, tag: n === 0 ? tagByCharacters(word) : (this.tagNames[n] as string) };
    if (this.recent.size >= RECENT_WORDS) this.recent.clear();
    this.recent.set(word, known);
    return known;
  }

  /** The tag of a word in the dictionary jieba segments with, or undefined for a word it does not hold. */
  dictionaryTag(word: string): string | undefined {
    const id = this.table.idOf(word);
    const tag = id < 0 ? 0 : (this.tags[id] as number);
    return tag === 0 ? undefined : this.tagNames[tag];
  }

  idf(word: string): number | undefined {
    return this.idfAt(this.table.idOf(word));
  }

  idfAt(id: number): number | undefined {
    const weight = id < 0 ? Number.NaN : (this.weights[id] as number);
    return Number.isNaN(weight) ? undefined : weight;
  }

  /** A word added to jieba's dictionary at run time, with the tag it was given. */
  insert(word: string, tag: string): void {
    this.tags[this.withRoom(this.table.add(word))] = this.tagNumber(tag);
    this.recent.clear();
  }

  private wordId(bytes: Uint8Array, from: number, to: number): number {
    return this.withRoom(this.table.addUtf8(bytes, from, to));
  }

  /** Grows the tag and weight arrays to hold word `id` (new weights unknown); returns `id`. */
  private withRoom(id: number): number {
    if (id < this.tags.length) return id;
    const length = Math.max(id + 1, this.tags.length * 2);
    const known = this.tags.length;
    this.tags = grow(this.tags, length);
    this.weights = grow(this.weights, length);
    this.weights.fill(Number.NaN, known);
    return id;
  }

  /**
   * The number of the tag written in bytes[from, to), looked up by the bytes themselves (tags are a few ASCII
   * letters): a string per dictionary line would leave tens of MB of garbage that the process keeps as RSS.
   */
  private tagAt(bytes: Buffer, from: number, to: number): number {
    if (to - from > 6) return this.tagNumber(bytes.toString('latin1', from, to));
    let key = 0;
    for (let i = to - 1; i >= from; i--) key = key * 256 + (bytes[i] as number);
    let n = this.tagsByBytes.get(key);
    if (n === undefined) {
      n = this.tagNumber(bytes.toString('latin1', from, to));
      this.tagsByBytes.set(key, n);
    }
    return n;
  }

  private tagNumber(tag: string): number {
    let n = this.tagNumbers.get(tag);
    if (n === undefined) {
      if (this.tagNames.length === 256) throw new Error('xinwen: jieba dictionaries use more than 255 tags');
      n = this.tagNames.length;
      this.tagNames.push(internalized(tag));
      this.tagNumbers.set(tag, n);
    }
    return n;
  }
}

/**
 * A word as jieba's tagger reads it: its number in the table (a word keeps its number for the life of the process;
 * -1 for a word the table does not hold) and its tag.
 */
export interface TaggedWord {
  readonly id: number;
  readonly tag: string;
}

/** How many recent words' tags are kept. */
const RECENT_WORDS = 1 << 15;

export interface DictionaryFiles {
  dict: string;
  userDicts: readonly string[];
  idf: string;
}

export interface JiebaWordsParts {
  table: WordTable;
  tags: Uint8Array;
  weights: Float32Array;
  tagNames: readonly string[];
  median: number;
  max: number;
}

/**
 * cppjieba's rule for a word without a dictionary tag, over its code points: only the first half of them is
 * looked at, and only until that many ASCII characters are seen; none → x, all digits → m, else eng.
 */
export function tagByCharacters(word: string): string {
  let points = word.length;
  for (let i = 0; i < word.length; i++) if (isLowSurrogate(word.charCodeAt(i))) points--;
  let ascii = 0;
  let digits = 0;
  // ASCII code units are whole code points, and a surrogate pair counts once toward the half.
  for (let i = 0, seen = 0; seen < points && ascii < points >> 1; i++) {
    const code = word.charCodeAt(i);
    if (isLowSurrogate(code)) continue;
    seen++;
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}

/** Calls `visit` with each non-empty line's start, the end of its first field, the start of its last, and its end. */
function eachLine(bytes: Buffer, visit: (from: number, wordEnd: number, lastField: number, to: number) => void): void {
  for (let from = 0; from < bytes.length; ) {
    let to = bytes.indexOf(10, from);
    if (to < 0) to = bytes.length;
    const next = to + 1;
    if (to > from && bytes[to - 1] === 13) to--;
    if (to > from) {
      let wordEnd = bytes.indexOf(32, from);
      if (wordEnd < 0 || wordEnd > to) wordEnd = to;
      const lastSpace = bytes.lastIndexOf(32, to - 1);
      visit(from, wordEnd, lastSpace >= wordEnd ? lastSpace + 1 : wordEnd, to);
    }
    from = next;
  }
}

/** An ASCII decimal number such as 13.900677652. */
function parseWeight(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  let scale = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i] as number;
    if (b === 46) scale = 1;
    else if (b >= 48 && b <= 57) {
      value = value * 10 + (b - 48);
      if (scale) scale *= 10;
    }
  }
  return scale ? value / scale : value;
}
