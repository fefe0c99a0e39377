/**
 * A trie over UTF-16 code units, its nodes numbered from 1 (0 is the root's number and means "no child"): the
 * structure behind the phrase gazetteer and the one-pass marker scan, which keep their values per node.
 *
 * The edges (node, letter) → child, where a letter is the index of a code unit among those the keys use, live in an
 * open-addressing table in one typed array: a Map per node cost 9 MB for our lexicons, and one Map of all edges
 * about as much again on the JS heap.
 */
export class CodeTrie {
  /**
   * Slot s holds an edge's node, letter and child at 3s, 3s + 1 and 3s + 2 (child 0: an empty slot): a probe reads
   * one cache line, where a typed array per field cost a cache miss each in a table of megabytes.
   */
  private slots = new Int32Array(INITIAL_SLOTS * SLOT);
  private mask = INITIAL_SLOTS - 1;
  private edges = 0;
  /** Code unit → its letter + 1; 0 for code units no key has, where every walk stops at once. */
  private readonly letters = new Uint16Array(0x10000);
  private alphabet = 0;
  /** The root's children by code unit (0: none): every walk starts here, and most end here. */
  private readonly rootChild = new Int32Array(0x10000);
  /**
   * Per node, bit (letter mod 32) set for each of its children's letters: most nodes have one child or none, and
   * this small array answers most walks' last step without a probe of the edge table, which misses the cache.
   */
  private childLetters: Uint32Array = new Uint32Array(INITIAL_SLOTS);
  /** Nodes so far, the root included: the next node's number. */
  size = 1;

  /** The node `key` leads to, added with the nodes on its way where missing. */
  add(key: string): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (this.letters[code] === 0) {
        if (this.alphabet === ALPHABET) throw new Error(`xinwen: lexicon phrases use more than ${ALPHABET} characters`);
        this.letters[code] = ++this.alphabet;
      }
      let child = this.child(node, code);
      if (child === 0) {
        child = this.size++;
        if (child === this.childLetters.length) this.childLetters = grown(this.childLetters);
        if (node === 0) this.rootChild[code] = child;
        else this.addEdge(node, (this.letters[code] as number) - 1, child);
      }
      node = child;
    }
    return node;
  }

  /** The child of `node` by a code unit, or 0. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootChild[code] as number;
    const letter = (this.letters[code] as number) - 1;
    if (letter < 0 || ((this.childLetters[node] as number) & (1 << (letter & 31))) === 0) return 0;
    const { slots, mask } = this;
    for (let slot = slotOf(node, letter) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const child = slots[at + 2] as number;
      if (child === 0 || (slots[at] === node && slots[at + 1] === letter)) return child;
    }
  }

  /** Files the edge (node, letter) → child, the table kept at most half full (the root's edges are in rootChild). */
  private addEdge(node: number, letter: number, child: number): void {
    if (++this.edges * 2 > this.slots.length / SLOT) this.grow();
    this.file(node, letter, child);
    this.childLetters[node]! |= 1 << (letter & 31);
  }

  private file(node: number, letter: number, child: number): void {
    let slot = slotOf(node, letter) & this.mask;
    while (this.slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & this.mask;
    const at = slot * SLOT;
    this.slots[at] = node;
    this.slots[at + 1] = letter;
    this.slots[at + 2] = child;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / SLOT - 1;
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 2] !== 0) this.file(old[at] as number, old[at + 1] as number, old[at + 2] as number);
  }
}

function grown(array: Uint32Array): Uint32Array {
  const larger = new Uint32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** A slot for an edge: a multiplicative hash of its node and letter. */
function slotOf(node: number, letter: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(letter, 0x85ebca6b)) >>> 0;
}

/** Distinct code units a trie's keys may use (a letter is a Uint16). */
const ALPHABET = 8192;
/** The edge table's first size in slots; it doubles as the keys need. */
const INITIAL_SLOTS = 1 << 12;
/** Numbers per slot: node, letter, child. */
const SLOT = 3;
