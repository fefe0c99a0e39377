import { CodeTrie } from './code-trie.js';
import { partitionPoint } from './sorted.js';

/**
 * A list of words (each with a value) found in text by their first character: at each offset, one map lookup and
 * a few `startsWith` calls, longest word first. Faster than a regular expression of alternatives, and able to
 * start inside a jieba token (戴雨森称 is one token; 称 still has to be found).
 */
export class WordList<V> {
  /** Words by their first UTF-16 code unit (a number key: no one-character string per lookup). */
  private readonly byFirst = new Map<number, string[]>();
  /** A bit per code unit, set where some word starts with it: one array read rejects most offsets (8 KB a list). */
  private readonly firsts = new Uint32Array(0x10000 >>> 5);
  private readonly values = new Map<string, V>();
  private readonly longest: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) {
      if (word === '' || this.values.has(word)) continue;
      this.values.set(word, value);
      const first = word.charCodeAt(0);
      this.firsts[first >>> 5]! |= 1 << (first & 31);
      const list = this.byFirst.get(first);
      if (list) list.push(word);
      else this.byFirst.set(first, [word]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.longest = Math.max(0, ...[...this.values.keys()].map((w) => w.length));
  }

  /** Whether some word starts with this UTF-16 code unit. */
  startsWith(code: number): boolean {
    return ((this.firsts[code >>> 5] as number) & (1 << (code & 31))) !== 0;
  }

  get(word: string): V | undefined {
    return this.values.get(word);
  }

  has(word: string): boolean {
    return this.values.has(word);
  }

  /** Every word of the list. */
  words(): IterableIterator<string> {
    return this.values.keys();
  }

  /** The longest word starting exactly at `at` (and ending by `limit`), if any. */
  at(text: string, at: number, limit = text.length): { word: string; end: number; value: V } | null {
    const word = this.wordAt(text, at, limit);
    return word === null ? null : { word, end: at + word.length, value: this.values.get(word) as V };
  }

  /** {@link at} without the match object, for scans that build their own. */
  wordAt(text: string, at: number, limit = text.length): string | null {
    const code = text.charCodeAt(at);
    if (!this.startsWith(code)) return null;
    const list = this.byFirst.get(code);
    if (!list) return null;
    for (const word of list) if (at + word.length <= limit && text.startsWith(word, at)) return word;
    return null;
  }

  /** The longest word ending exactly at `end`. */
  endingAt(text: string, end: number): { word: string; start: number; value: V } | null {
    for (let length = Math.min(this.longest, end); length > 0; length--) {
      const start = end - length;
      // The bit set first: most starts open no word, and a map lookup per length was most of this scan.
      const code = text.charCodeAt(start);
      if (!this.startsWith(code)) continue;
      const list = this.byFirst.get(code);
      if (!list) continue;
      for (const word of list) {
        if (word.length === length && text.startsWith(word, start)) return { word, start, value: this.values.get(word) as V };
      }
    }
    return null;
  }

  /** The last of {@link all}'s matches in text[from, to): the nearest word before `to` (净利润, not its 利润). */
  last(text: string, from: number, to: number): { word: string; start: number; end: number; value: V } | null {
    const found = this.all(text, from, to);
    return found[found.length - 1] ?? null;
  }

  /** Whether some word of the list occurs anywhere in text[from, to). */
  occursIn(text: string, from = 0, to = text.length): boolean {
    for (let i = from; i < to; i++) if (this.startsWith(text.charCodeAt(i)) && this.wordAt(text, i, to) !== null) return true;
    return false;
  }

  /** Every match in text[from, to), left to right; a match hides the shorter ones starting inside it. */
  all(text: string, from = 0, to = text.length): { word: string; start: number; end: number; value: V }[] {
    const out: { word: string; start: number; end: number; value: V }[] = [];
    for (let i = from; i < to; i++) {
      if (!this.startsWith(text.charCodeAt(i))) continue;
      const word = this.wordAt(text, i, to);
      if (word === null) continue;
      out.push({ word, start: i, end: i + word.length, value: this.values.get(word) as V });
      i += word.length - 1;
    }
    return out;
  }
}

export type WordHit<V> = { word: string; start: number; end: number; value: V };

/**
 * {@link WordList.all} for several lists in one pass over the text (each list keeps its own rule that a match hides
 * the shorter ones starting inside it). Build once; scan each document.
 *
 * The words of all the lists are in one trie, walked from each offset: a walk reads a character or two, where
 * trying each list's words with that first character called `startsWith` a dozen times at a common one (大, 总).
 */
export class WordLists<T extends readonly WordList<unknown>[]> {
  private readonly trie = new CodeTrie();
  /** Per trie node, bit l set where a word of list l ends there. */
  private readonly endsIn: Uint32Array;
  /** Per trie node that ends a word, the word. */
  private readonly wordAt: string[];

  constructor(private readonly lists: T) {
    if (lists.length > MAX_LISTS) throw new Error(`xinwen internal error: WordLists holds at most ${MAX_LISTS} lists`);
    for (const list of lists) for (const word of list.words()) this.trie.add(word);
    this.endsIn = new Uint32Array(this.trie.size);
    this.wordAt = new Array<string>(this.trie.size).fill('');
    lists.forEach((list, l) => {
      for (const word of list.words()) {
        const node = this.trie.add(word);
        this.endsIn[node]! |= 1 << l;
        this.wordAt[node] = word;
      }
    });
  }

  all(text: string): { [K in keyof T]: T[K] extends WordList<infer V> ? WordHit<V>[] : never } {
    const { lists, trie, endsIn, wordAt } = this;
    const hits = lists.map(() => [] as WordHit<unknown>[]);
    const coveredUntil = lists.map(() => 0);
    /** Per list, the node of its longest word from the offset read (valid where its bit is in `found`). */
    const longest = lists.map(() => 0);
    for (let i = 0; i < text.length; i++) {
      let found = 0;
      for (let j = i, node = 0; j < text.length; j++) {
        node = trie.child(node, text.charCodeAt(j));
        if (node === 0) break;
        const ends = endsIn[node] as number;
        if (ends === 0) continue;
        found |= ends;
        // By the bits set, lowest first: a loop over all the lists cost more than the walk.
        for (let bits = ends; bits !== 0; bits &= bits - 1) longest[lowestBit(bits)] = node;
      }
      for (let bits = found; bits !== 0; bits &= bits - 1) {
        const l = lowestBit(bits);
        if (i < (coveredUntil[l] as number)) continue;
        const word = wordAt[longest[l] as number] as string;
        const end = i + word.length;
        hits[l]?.push({ word, start: i, end, value: (lists[l] as WordList<unknown>).get(word) });
        coveredUntil[l] = end;
      }
    }
    return hits as never;
  }
}

/** The index of the lowest bit set in a non-zero 32-bit number. */
function lowestBit(bits: number): number {
  return 31 - Math.clz32(bits & -bits);
}

/** Lists a {@link WordLists} holds: a bit each in a node's Uint32. */
const MAX_LISTS = 32;

/** The hits inside [from, to), from a list sorted by start. */
export function hitsIn<V>(hits: readonly WordHit<V>[], from: number, to: number): WordHit<V>[] {
  const out: WordHit<V>[] = [];
  for (let i = partitionPoint(hits, (h) => h.start < from); i < hits.length && (hits[i] as WordHit<V>).start < to; i++) if ((hits[i] as WordHit<V>).end <= to) out.push(hits[i] as WordHit<V>);
  return out;
}
