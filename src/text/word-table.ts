/**
 * A set of words numbered 0, 1, 2… in the order they were added, kept in typed arrays outside the JS heap: the
 * words' UTF-16 code units end to end, and an open-addressing table of their numbers. jieba's dictionary and IDF
 * table hold some 370,000 words; a Map of them costs about 60 MB and their lines as strings leave tens of MB of
 * garbage the process keeps as RSS, while this costs about 6 MB. Words are read straight from a file's UTF-8 bytes.
 */
export class WordTable {
  private units: Uint16Array;
  private used = 0;
  /** Word number → offset of its first code unit in `units` (each word is followed by a 0). */
  private starts: Int32Array;
  /** Slot → word number, or -1. */
  private slots: Int32Array;
  size = 0;

  /** Room for about `expected` words from the start (the table grows past it as needed). */
  constructor(expected = 256) {
    this.units = new Uint16Array(expected * 4);
    this.starts = new Int32Array(expected);
    this.slots = new Int32Array(slotsFor(expected)).fill(-1);
  }

  /**
   * The number of the word text[start, end) (the whole string by default), or -1: a word of a longer text is looked
   * up where it stands, without slicing it out.
   */
  idOf(text: string, start = 0, end = text.length): number {
    const { units, slots } = this;
    const mask = slots.length - 1;
    for (let slot = hashString(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] as number;
      if (id === -1) return -1;
      const at = (this.starts[id] as number) - start;
      let i = start;
      while (i < end && units[at + i] === text.charCodeAt(i)) i++;
      if (i === end && units[at + end] === 0) return id;
    }
  }

  /** Adds the word whose UTF-8 bytes are bytes[from, to); returns its number (the old one if it was there). */
  addUtf8(bytes: Uint8Array, from: number, to: number): number {
    // A UTF-8 byte never decodes to more than one UTF-16 code unit.
    this.reserveUnits(to - from + 1);
    const start = this.used;
    const end = decodeUtf8(bytes, from, to, this.units, start);
    return this.place(start, end);
  }

  add(word: string): number {
    this.reserveUnits(word.length + 1);
    const start = this.used;
    for (let i = 0; i < word.length; i++) this.units[start + i] = word.charCodeAt(i);
    return this.place(start, start + word.length);
  }

  /** Files the word just written at units[start, end): a new number, or the existing one (and the copy dropped). */
  private place(start: number, end: number): number {
    this.units[end] = 0;
    const mask = this.slots.length - 1;
    let slot = hashUnits(this.units, start, end) & mask;
    for (let id = this.slots[slot] as number; id !== -1; id = this.slots[slot] as number) {
      if (this.sameWord(this.starts[id] as number, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    this.used = end + 1;
    if (id === this.starts.length) this.starts = grow(this.starts, this.starts.length * 2);
    this.starts[id] = start;
    this.slots[slot] = id;
    // Linear probing stays short below three quarters full.
    if (this.size * 4 > this.slots.length * 3) this.rehash(this.slots.length * 2);
    return id;
  }

  private sameWord(at: number, start: number, end: number): boolean {
    for (let i = start; i <= end; i++, at++) if (this.units[at] !== this.units[i]) return false;
    return true;
  }

  private reserveUnits(n: number): void {
    if (this.used + n > this.units.length) this.units = grow(this.units, Math.max(this.units.length * 2, this.used + n));
  }

  private rehash(length: number): void {
    this.slots = new Int32Array(length).fill(-1);
    const mask = length - 1;
    for (let id = 0; id < this.size; id++) {
      const start = this.starts[id] as number;
      let slot = hashUnits(this.units, start, this.units.indexOf(0, start)) & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }

  /** The table's arrays, to be written to a file and read back with {@link WordTable.fromParts}. */
  parts(): WordTableParts {
    return { units: this.units, used: this.used, starts: this.starts, slots: this.slots, size: this.size };
  }

  /** A table over arrays written by {@link parts} (held as they are: no copy). */
  static fromParts(parts: WordTableParts): WordTable {
    const table = new WordTable(1);
    table.units = parts.units;
    table.used = parts.used;
    table.starts = parts.starts;
    table.slots = parts.slots;
    table.size = parts.size;
    return table;
  }

  /** Gives back the spare room left by growing (call when done adding). */
  trim(): void {
    this.units = this.units.slice(0, this.used);
    this.starts = this.starts.slice(0, this.size);
  }

  /**
   * {@link trim}, and the slots cut to what a table made for exactly its words would have: a table filled from a
   * list with repeats can be made with room for the whole list and fitted after, instead of counting the distinct
   * words first.
   */
  fit(): void {
    this.trim();
    if (slotsFor(this.size) < this.slots.length) this.rehash(slotsFor(this.size));
  }
}

/** The slots of a table made for `expected` words: a power of two, filled at most three quarters. */
function slotsFor(expected: number): number {
  let slots = 1;
  while (slots * 3 < expected * 4) slots <<= 1;
  return slots;
}

export interface WordTableParts {
  units: Uint16Array;
  used: number;
  starts: Int32Array;
  slots: Int32Array;
  size: number;
}

/** A copy of `array` with room for `length` items. */
export function grow<T extends Uint16Array | Int32Array | Uint8Array | Float32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** Decodes UTF-8 bytes [from, to) into UTF-16 code units at `out[used…]`; returns the new length. */
function decodeUtf8(bytes: Uint8Array, from: number, to: number, out: Uint16Array, used: number): number {
  for (let i = from; i < to; ) {
    const b = bytes[i] as number;
    const extra = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    let code = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) code = (code << 6) | ((bytes[i + k] as number) & 0x3f);
    i += extra + 1;
    if (code > 0xffff) {
      code -= 0x10000;
      out[used++] = 0xd800 + (code >> 10);
      out[used++] = 0xdc00 + (code & 0x3ff);
    } else out[used++] = code;
  }
  return used;
}

/** FNV-1a over UTF-16 code units; the two functions below must agree. */
function hashString(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hashUnits(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (units[i] as number), 0x01000193);
  return h >>> 0;
}
