/**
 * A set of phrases found in a document by a trie walk from each token start (jieba words never begin inside a
 * phrase we want, and checking only token starts costs a fifth of checking every character). Latin letters match
 * regardless of case (Facebook, FACEBOOK).
 *
 * The trie is keyed by UTF-16 code units rather than natural's string-keyed Trie: natural's `findMatchesOnPath`
 * slices and lower-cases a string per call and per level, which made it the largest cost after jieba itself.
 */
export class Gazetteer<V> {
  /**
   * The trie's edges (node, letter) → child, where a letter is the index of a code unit among those the phrases use,
   * in an open-addressing table of typed arrays: a Map per node cost 9 MB for our lexicons, and one Map of all
   * edges about as much again on the JS heap. Node 0 is the root; child 0 marks an empty slot.
   */
  private slotNode = new Int32Array(INITIAL_SLOTS);
  private slotLetter = new Uint16Array(INITIAL_SLOTS);
  private slotChild = new Int32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private edges = 0;
  /** Code unit → its letter + 1; 0 for code units no phrase has, where every walk stops at once. */
  private readonly letters = new Uint16Array(0x10000);
  private alphabet = 0;
  /** The root's children by code unit (0: none): every token start looks here, and most walks end here. */
  private readonly rootChild = new Int32Array(0x10000);
  private readonly valueAt: (V | undefined)[] = [undefined];
  private readonly phraseAt: (string | undefined)[] = [undefined];
  private readonly values = new Map<string, V>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const key = foldCase(phrase);
      if (key === '' || this.values.has(key)) continue;
      this.values.set(key, value);
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        if (this.letters[code] === 0) {
          if (this.alphabet === ALPHABET) throw new Error(`xinwen: lexicon phrases use more than ${ALPHABET} characters`);
          this.letters[code] = ++this.alphabet;
        }
        let child = this.child(node, key, i);
        if (child === undefined) {
          child = this.valueAt.length;
          this.valueAt.push(undefined);
          this.phraseAt.push(undefined);
          if (node === 0) this.rootChild[code] = child;
          else this.addEdge(node, (this.letters[code] as number) - 1, child);
        }
        node = child;
      }
      this.valueAt[node] = value;
      this.phraseAt[node] = key;
    }
  }

  /** Files the edge (node, letter) → child, the table kept at most half full (the root's edges are in rootChild). */
  private addEdge(node: number, letter: number, child: number): void {
    if (++this.edges * 2 > this.slotChild.length) this.grow();
    let slot = slotOf(node, letter) & this.mask;
    while (this.slotChild[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slotNode[slot] = node;
    this.slotLetter[slot] = letter;
    this.slotChild[slot] = child;
  }

  private grow(): void {
    const [nodes, letters, children] = [this.slotNode, this.slotLetter, this.slotChild];
    const size = children.length * 2;
    this.slotNode = new Int32Array(size);
    this.slotLetter = new Uint16Array(size);
    this.slotChild = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < children.length; i++) {
      if (children[i] === 0) continue;
      let slot = slotOf(nodes[i] as number, letters[i] as number) & this.mask;
      while (this.slotChild[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotNode[slot] = nodes[i] as number;
      this.slotLetter[slot] = letters[i] as number;
      this.slotChild[slot] = children[i] as number;
    }
  }

  get size(): number {
    return this.values.size;
  }

  get(phrase: string): V | undefined {
    return this.values.get(foldCase(phrase));
  }

  /** The value of the phrase that is exactly text[start, end), read along the trie without cutting the text. */
  valueOf(text: string, start: number, end: number): V | undefined {
    let node: number | undefined = 0;
    for (let i = start; i < end && node !== undefined; i++) node = this.child(node, text, i);
    return node === undefined ? undefined : this.valueAt[node];
  }

  /** Every phrase starting at `start`, longest first. */
  matchesAt(text: string, start: number): { phrase: string; end: number; value: V }[] {
    const found: { phrase: string; end: number; value: V }[] = [];
    let node: number | undefined = 0;
    for (let i = start; i < text.length; i++) {
      node = this.child(node, text, i);
      if (node === undefined) break;
      const value = this.valueAt[node];
      if (value !== undefined) found.push({ phrase: this.phraseAt[node] as string, end: i + 1, value });
    }
    return found.reverse();
  }

  /** All matches starting at the words' starts, longest first at each start; overlapping matches are all kept. */
  scan(text: string, words: readonly { start: number }[]): { start: number; end: number; value: V }[] {
    const out: { start: number; end: number; value: V }[] = [];
    if (this.values.size === 0) return out;
    for (const token of words) {
      const start = token.start;
      const from = out.length;
      let node: number | undefined = 0;
      for (let i = start; i < text.length; i++) {
        node = this.child(node, text, i);
        if (node === undefined) break;
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

  /** The child of `node` by the code unit at `i` (A–Z read as a–z). */
  private child(node: number, text: string, i: number): number | undefined {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if (node === 0) return this.rootChild[code] || undefined;
    const letter = this.letters[code] as number;
    if (letter === 0) return undefined;
    for (let slot = slotOf(node, letter - 1) & this.mask; ; slot = (slot + 1) & this.mask) {
      const child = this.slotChild[slot] as number;
      if (child === 0) return undefined;
      if (this.slotNode[slot] === node && this.slotLetter[slot] === letter - 1) return child;
    }
  }
}

/** A slot for an edge: a multiplicative hash of its node and letter. */
function slotOf(node: number, letter: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(letter, 0x85ebca6b)) >>> 0;
}

/** Distinct code units a gazetteer's phrases may use (a letter is a Uint16). */
const ALPHABET = 8192;
/** The edge table's first size; it doubles as the phrases need. */
const INITIAL_SLOTS = 1 << 12;

/** A–Z as a–z, as the trie reads them; most names have no capital, and are returned as they are, unallocated. */
function foldCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}
