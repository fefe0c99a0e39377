import type { Doc } from './document.js';

/**
 * A set of phrases found in a document by a trie walk from each token start (jieba words never begin inside a
 * phrase we want, and checking only token starts costs a fifth of checking every character). Latin letters match
 * regardless of case (Facebook, FACEBOOK).
 *
 * The trie is keyed by UTF-16 code units rather than natural's string-keyed Trie: natural's `findMatchesOnPath`
 * slices and lower-cases a string per call and per level, which made it the largest cost after jieba itself.
 */
interface Node<V> {
  next: Map<number, Node<V>> | null;
  value: V | undefined;
  phrase: string | undefined;
}

export class Gazetteer<V> {
  private readonly root: Node<V> = { next: null, value: undefined, phrase: undefined };
  private readonly values = new Map<string, V>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const key = phrase.toLowerCase();
      if (key === '' || this.values.has(key)) continue;
      this.values.set(key, value);
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) {
          child = { next: null, value: undefined, phrase: undefined };
          node.next.set(code, child);
        }
        node = child;
      }
      node.value = value;
      node.phrase = key;
    }
  }

  get size(): number {
    return this.values.size;
  }

  get(phrase: string): V | undefined {
    return this.values.get(phrase.toLowerCase());
  }

  /** Every phrase starting at `start`, longest first. */
  matchesAt(text: string, start: number): { phrase: string; end: number; value: V }[] {
    const found: { phrase: string; end: number; value: V }[] = [];
    let node: Node<V> | undefined = this.root;
    for (let i = start; i < text.length && node?.next; i++) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code += 32;
      node = node.next.get(code);
      if (node?.value !== undefined) found.push({ phrase: node.phrase as string, end: i + 1, value: node.value });
    }
    return found.reverse();
  }

  /** All matches starting at token starts, longest first at each start; overlapping matches are all kept. */
  scan(doc: Doc): { start: number; end: number; value: V }[] {
    const out: { start: number; end: number; value: V }[] = [];
    if (this.values.size === 0) return out;
    const { text } = doc;
    const first = this.root.next as Map<number, Node<V>>;
    for (const token of doc.tokens) {
      const start = token.start;
      let code = text.charCodeAt(start);
      if (code >= 65 && code <= 90) code += 32;
      let node = first.get(code);
      // Walk the trie from this token, collecting matches; the longest first at this start, as matchesAt does.
      const from = out.length;
      for (let i = start + 1; node; i++) {
        if (node.value !== undefined) out.push({ start, end: i, value: node.value });
        if (!node.next || i >= text.length) break;
        let c = text.charCodeAt(i);
        if (c >= 65 && c <= 90) c += 32;
        node = node.next.get(c);
      }
      if (out.length - from > 1) {
        const found = out.splice(from).reverse();
        for (const m of found) out.push(m);
      }
    }
    return out;
  }
}
