import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { JiebaWords, type DictionaryFiles } from './jieba-words.js';
import { WordTable } from './word-table.js';

/**
 * jieba's word table compiled into one file of its typed arrays (`npm run build` writes it for the dictionaries
 * nodejieba ships), read back as views of the file's bytes instead of parsing 11 MB of dictionary and IDF text at
 * each start and in each worker. The file names the dictionaries it came from by a hash of their bytes; a file
 * compiled from other dictionaries is not used.
 */

const MAGIC = 'xinwen-words-1';

/** A hash of the dictionaries' bytes, in order: what a compiled table was made from. */
export function dictionaryStamp(files: DictionaryFiles): string {
  const hash = createHash('sha1');
  for (const file of [files.dict, ...files.userDicts, files.idf]) hash.update(readFileSync(file)).update('\u0000');
  return hash.digest('hex');
}

export function writeWordsFile(path: string, files: DictionaryFiles): void {
  const words = JiebaWords.read(files);
  const { table, tags, weights, tagNames, median, max } = words.parts();
  const t = table.parts();
  const arrays = [t.units.subarray(0, t.used), t.starts.subarray(0, t.size), t.slots, tags, weights];
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, stamp: dictionaryStamp(files), tagNames, median, max, used: t.used, size: t.size, lengths: arrays.map((a) => a.length) }));
  const chunks: Buffer[] = [Buffer.alloc(4), header];
  chunks[0]!.writeUInt32LE(header.length);
  let offset = 4 + header.length;
  for (const a of arrays) {
    const pad = (8 - (offset % 8)) % 8;
    chunks.push(Buffer.alloc(pad), Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    offset += pad + a.byteLength;
  }
  writeFileSync(path, Buffer.concat(chunks));
}

/** The words of a compiled file, when it exists and was compiled from these dictionaries; else null. */
export function readWordsFile(path: string, files: DictionaryFiles): JiebaWords | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as { magic: string; stamp: string; tagNames: string[]; median: number; max: number; used: number; size: number; lengths: number[] };
  if (header.magic !== MAGIC || header.stamp !== dictionaryStamp(files)) return null;
  // A large file is read into an ArrayBuffer of its own, at offset 0, where the arrays can be views; else a copy.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let offset = bytes.byteOffset % 8 === 0 ? bytes.byteOffset + 4 + length : 4 + length;
  const kinds = [Uint16Array, Int32Array, Int32Array, Uint8Array, Float32Array] as const;
  const [units, starts, slots, tags, weights] = kinds.map((Kind, i) => {
    offset += (8 - (offset % 8)) % 8;
    const array = new Kind(buffer, offset, header.lengths[i] as number);
    offset += array.byteLength;
    return array;
  }) as [Uint16Array, Int32Array, Int32Array, Uint8Array, Float32Array];
  const table = WordTable.fromParts({ units, used: header.used, starts, slots, size: header.size });
  return JiebaWords.fromParts({ table, tags, weights, tagNames: header.tagNames, median: header.median, max: header.max });
}
