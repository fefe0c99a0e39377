import { bomOf, chooseLegacy, decodeStrict, isAscii, NOT_TEXT, readsAsText, SAMPLE_BYTES, type Encoding } from './encoding.js';
import { splitLines } from './lines.js';
import { parseRecord, type Entry } from './records.js';

/**
 * The records of a JSONL stream (a file or stdin), one entry per line that is not blank, numbered as an editor
 * numbers them. The encoding is forced, or read from the bytes as they come, so that a live stream is answered
 * line by line: a byte order mark decides at once; else ASCII lines read the same in every encoding and pass
 * straight through, and the first line that is valid UTF-8 with other bytes decides UTF-8. Lines that are not
 * UTF-8 wait (up to 64 KB, or the end) for GB18030 or Big5 to be chosen from them all. A line invalid in the
 * encoding chosen is an error record; a stream whose first 64 KB no encoding reads is one error record, under
 * `id`, and is not read further.
 */
export async function* jsonlEntries(stream: AsyncIterable<Uint8Array>, label: string, id: string, forced: Encoding | null): AsyncGenerator<Entry> {
  const { bom, chunks } = await withBom(stream);
  let encoding = forced ?? bom?.encoding ?? null;
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const newline = encoding === 'utf-16le' ? [0x0a, 0x00] : encoding === 'utf-16be' ? [0x00, 0x0a] : [0x0a];
  const entry = (bytes: Buffer, number: number, decodeAs: Encoding): Entry | null => {
    const where = `${label} ${number}`;
    const line = decodeStrict(bytes, decodeAs);
    if (line === null) return { where, declared: undefined, content: () => bytes, read: () => ({ error: `not valid ${decodeAs}; give --encoding if the input is in another` }) };
    if (line.trim() === '') return null;
    const record = parseRecord(line);
    return { where, declared: record.declared, content: () => bytes, read: () => ('text' in record ? { text: record.text } : { error: record.error }) };
  };

  let held: { bytes: Buffer; number: number }[] = [];
  let heldSize = 0;
  /** The lines held for the encoding, once it is known, or one error for the stream when none reads them. */
  function* release(): Generator<Entry> {
    if (encoding === null) {
      yield { where: id === '-' ? 'stdin' : id, declared: id, content: () => Buffer.concat(held.map((h) => h.bytes)), read: () => ({ error: NOT_TEXT }) };
      return;
    }
    for (const h of held) {
      const e = entry(h.bytes, h.number, encoding);
      if (e) yield e;
    }
    held = [];
  }

  let number = 0;
  for await (const line of splitLines(chunks, newline)) {
    number++;
    const bytes = withoutCarriageReturn(number === 1 ? line.bytes.subarray(skip) : line.bytes, newline);
    if (encoding === null) {
      if (held.length === 0 && isAscii(bytes)) {
        const e = entry(bytes, number, 'utf-8');
        if (e) yield e;
        continue;
      }
      held.push({ bytes, number });
      heldSize += bytes.length;
      if (!isAscii(bytes) && readsAsText(bytes, 'utf-8')) encoding = 'utf-8';
      else if (heldSize >= SAMPLE_BYTES) encoding = chooseLegacy(held.map((h) => h.bytes).filter((b) => !isAscii(b)));
      else continue;
      yield* release();
      if (encoding === null) return;
      continue;
    }
    const e = entry(bytes, number, encoding);
    if (e) yield e;
  }
  if (held.length > 0) {
    encoding = chooseLegacy(held.map((h) => h.bytes).filter((b) => !isAscii(b)));
    yield* release();
  }
}

/** The stream's byte order mark, if any, and all its bytes. */
async function withBom(stream: AsyncIterable<Uint8Array>): Promise<{ bom: ReturnType<typeof bomOf>; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < 3 && !ended) {
    const step = await iterator.next();
    if (step.done) ended = true;
    else {
      head.push(step.value);
      size += step.value.length;
    }
  }
  const start = Buffer.concat(head);
  const bom = bomOf(start);
  async function* chunks() {
    yield start;
    if (!ended) for (let step = await iterator.next(); !step.done; step = await iterator.next()) yield step.value;
  }
  return { bom, chunks: chunks() };
}

/** A line's bytes without the carriage return of a CRLF break, so that CRLF and LF files give the same ids. */
function withoutCarriageReturn(bytes: Buffer, newline: readonly number[]): Buffer {
  const cr = newline.map((b) => (b === 0x0a ? 0x0d : b));
  if (bytes.length < cr.length) return bytes;
  const tail = bytes.subarray(bytes.length - cr.length);
  return cr.every((b, i) => tail[i] === b) ? bytes.subarray(0, bytes.length - cr.length) : bytes;
}
