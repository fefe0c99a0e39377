import { CodeTrie } from './code-trie.js';

/**
 * A set of phrases found in a document by a trie walk from each token start (jieba words never begin inside a
 * phrase we want, and checking only token starts costs a fifth of checking every character). Latin letters match
 * regardless of case (Facebook, FACEBOOK).
 *
 * The trie is keyed by UTF-16 code units rather than natural's string-keyed Trie: natural's `findMatchesOnPath`
 * slices and lower-cases a string per call and per level, which made it the largest cost after jieba itself.
 */
export class Gazetteer<V> {
  private readonly trie = new CodeTrie();
  private readonly valueAt: (V | undefined)[] = [undefined];
  /** Per node, the phrase it ends (undefined where it ends none). */
  private readonly phraseAt: (string | undefined)[] = [undefined];
  private phrases = 0;

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const key = foldCase(phrase);
      if (key === '') continue;
      const node = this.trie.add(key);
      while (this.valueAt.length < this.trie.size) {
        this.valueAt.push(undefined);
        this.phraseAt.push(undefined);
      }
      if (this.phraseAt[node] !== undefined) continue;
      this.phrases++;
      this.valueAt[node] = value;
      this.phraseAt[node] = key;
    }
  }

  get size(): number {
    return this.phrases;
  }

  get(phrase: string): V | undefined {
    // Along the trie: a map of every phrase cost nearly three times as much per lookup.
    return this.valueOf(phrase, 0, phrase.length);
  }

  /** The value of the phrase that is exactly text[start, end), read along the trie without cutting the text. */
  valueOf(text: string, start: number, end: number): V | undefined {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.child(node, text, i);
      if (node === 0) return undefined;
    }
    return this.valueAt[node];
  }

  /** Every phrase starting at `start`, longest first. */
  matchesAt(text: string, start: number): { phrase: string; end: number; value: V }[] {
    const found: { phrase: string; end: number; value: V }[] = [];
    let node = 0;
    for (let i = start; i < text.length; i++) {
      node = this.child(node, text, i);
      if (node === 0) break;
      const value = this.valueAt[node];
      if (value !== undefined) found.push({ phrase: this.phraseAt[node] as string, end: i + 1, value });
    }
    return found.reverse();
  }

  /** All matches starting at the words' starts, longest first at each start; overlapping matches are all kept. */
  scan(text: string, words: readonly { start: number }[]): { start: number; end: number; value: V }[] {
    const out: { start: number; end: number; value: V }[] = [];
    if (this.phrases === 0) return out;
    for (const token of words) {
      const start = token.start;
      const from = out.length;
      let node = 0;
      for (let i = start; i < text.length; i++) {
        node = this.child(node, text, i);
        if (node === 0) break;
        const value = this.valueAt[node];
        if (value !== undefined) out.push({ start, end: i + 1, value });
      }
      // Longest first at this start, as matchesAt returns them.
      if (out.length - from > 1) {
        const found = out.splice(from).reverse();
        for (const m of found) out.push(m);
      }
    }
    return out;
  }

  /** The child of `node` by the code unit at `i` (A–Z read as a–z), or 0. */
  private child(node: number, text: string, i: number): number {
    const code = text.charCodeAt(i);
    return this.trie.child(node, code >= 65 && code <= 90 ? code + 32 : code);
  }
}

/**
 * A–Z as a–z, as the trie reads them (FACEBOOK is Facebook), and as a document's mentions are matched; most names
 * have no capital, and are returned as they are, unallocated.
 */
export function foldCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}
