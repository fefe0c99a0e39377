/** A line of a byte stream, without its line break; `ended` is false for a last line that has none. */
export interface Line {
  bytes: Buffer;
  ended: boolean;
}

/**
 * The lines of a byte stream. `newline` is the line break's bytes: [0x0a] for UTF-8, GB18030 and Big5 (none of
 * which uses that byte inside a character), [0x0a, 0x00] for UTF-16LE, [0x00, 0x0a] for UTF-16BE, found only
 * at code unit boundaries. A line is copied once, however many chunks it spans.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, newline: readonly number[]): AsyncGenerator<Line> {
  const width = newline.length;
  let pieces: Buffer[] = [];
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // Keep every chunk a whole number of code units, so that a break is never split between two.
    const whole = joined.length - (joined.length % width);
    const buffer = joined.subarray(0, whole);
    carry = joined.subarray(whole);
    let start = 0;
    for (let at = findBreak(buffer, start, newline); at >= 0; at = findBreak(buffer, start, newline)) {
      pieces.push(buffer.subarray(start, at));
      yield { bytes: Buffer.concat(pieces), ended: true };
      pieces = [];
      start = at + width;
    }
    pieces.push(buffer.subarray(start));
  }
  pieces.push(carry);
  const last = Buffer.concat(pieces);
  if (last.length > 0) yield { bytes: last, ended: false };
}

function findBreak(buffer: Buffer, from: number, newline: readonly number[]): number {
  if (newline.length === 1) return buffer.indexOf(newline[0]!, from);
  for (let i = from; i + 1 < buffer.length; i += 2) if (buffer[i] === newline[0] && buffer[i + 1] === newline[1]) return i;
  return -1;
}
