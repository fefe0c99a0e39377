import { readFileSync } from 'node:fs';

/**
 * jieba's IDF table (about 260,000 words), read once. A Map of it costs some 60 MB; this keeps the file's text,
 * an open-addressing table of line offsets and the weights as 32-bit floats (about 14 MB).
 */
export class IdfTable {
  private readonly raw: string;
  private readonly slots: Int32Array;
  private readonly weightAt: Float32Array;
  private readonly mask: number;
  /** The median weight, for words the table does not know (as jieba does). */
  readonly median: number;
  /** The largest weight. */
  readonly max: number;

  constructor(file: string) {
    this.raw = readFileSync(file, 'utf8');
    let lines = 0;
    for (let i = 0; i < this.raw.length; i++) if (this.raw.charCodeAt(i) === 10) lines++;
    let size = 1;
    while (size < lines * 2 + 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.weightAt = new Float32Array(size);
    this.mask = size - 1;
    const weights = new Float64Array(lines + 1);
    let count = 0;
    for (let start = 0; start < this.raw.length; ) {
      let end = this.raw.indexOf('\n', start);
      if (end < 0) end = this.raw.length;
      const space = this.raw.lastIndexOf(' ', end);
      if (space > start) {
        let slot = hash(this.raw, start, space) & this.mask;
        while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
        this.slots[slot] = start;
        const weight = Number(this.raw.slice(space + 1, end));
        this.weightAt[slot] = weight;
        weights[count++] = weight;
      }
      start = end + 1;
    }
    const sorted = weights.subarray(0, count).sort();
    this.median = sorted[count >> 1] ?? 10;
    this.max = sorted[count - 1] ?? this.median;
  }

  get(word: string): number | undefined {
    let slot = hash(word, 0, word.length) & this.mask;
    for (let at = this.slots[slot] ?? -1; at !== -1; at = this.slots[slot] ?? -1) {
      if (this.raw.startsWith(word, at) && this.raw.charCodeAt(at + word.length) === 32) return this.weightAt[slot];
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

/** FNV-1a over UTF-16 code units. */
function hash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
