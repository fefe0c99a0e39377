import { readFileSync } from 'node:fs';

/**
 * jieba's IDF table (about 260,000 words), read once. A Map of it costs some 60 MB, the file as a string 9 MB, and
 * building even a compact table from the file's lines leaves 20 MB of garbage that the process keeps as RSS. So the
 * file is decoded straight from its bytes into typed arrays (about 6 MB, outside the JS heap): the words as UTF-16
 * code units, an open-addressing table of their offsets, and the weights as 32-bit floats.
 */
export class IdfTable {
  /** Every word's UTF-16 code units, each word followed by a 0. */
  private readonly units: Uint16Array;
  /** Slot → offset of its word in `units`, or -1. */
  private readonly slots: Int32Array;
  private readonly weightAt: Float32Array;
  private readonly mask: number;
  /** The median weight, for words the table does not know (as jieba does). */
  readonly median: number;
  /** The largest weight. */
  readonly max: number;

  constructor(file: string) {
    const bytes = readFileSync(file);
    let lines = 1;
    for (const byte of bytes) if (byte === 10) lines++;
    let size = 1;
    while (size < lines * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.weightAt = new Float32Array(size);
    this.mask = size - 1;
    // A UTF-8 byte never decodes to more than one UTF-16 code unit, so the byte count bounds the words' length.
    const units = new Uint16Array(bytes.length + 1);
    const weights = new Float32Array(lines);
    let used = 0;
    let count = 0;
    for (let at = 0; at < bytes.length; ) {
      let end = bytes.indexOf(10, at);
      if (end < 0) end = bytes.length;
      const space = bytes.lastIndexOf(32, end);
      if (space > at) {
        const start = used;
        used = decodeUtf8(bytes, at, space, units, used);
        units[used++] = 0;
        const weight = parseWeight(bytes, space + 1, end);
        let slot = hashUnits(units, start, used - 1) & this.mask;
        while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
        this.slots[slot] = start;
        this.weightAt[slot] = weight;
        weights[count++] = weight;
      }
      at = end + 1;
    }
    this.units = units.slice(0, used);
    const sorted = weights.subarray(0, count).sort();
    this.median = sorted[count >> 1] ?? 10;
    this.max = sorted[count - 1] ?? this.median;
  }

  get(word: string): number | undefined {
    const { units } = this;
    let slot = hashString(word) & this.mask;
    for (let at = this.slots[slot] ?? -1; at !== -1; at = this.slots[slot] ?? -1) {
      let i = 0;
      while (i < word.length && units[at + i] === word.charCodeAt(i)) i++;
      if (i === word.length && units[at + i] === 0) return this.weightAt[slot];
      slot = (slot + 1) & this.mask;
    }
    return undefined;
  }
}

const tables = new Map<string, IdfTable>();

/** The table of an IDF file, read on first use and kept for the process. */
export function idfTable(file: string): IdfTable {
  let table = tables.get(file);
  if (!table) {
    table = new IdfTable(file);
    tables.set(file, table);
  }
  return table;
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

/** FNV-1a over UTF-16 code units; the two functions below must agree. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hashUnits(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (units[i] as number), 0x01000193);
  return h >>> 0;
}
