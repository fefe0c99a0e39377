import { analyse } from 'chardet';

/** An encoding by the name Node's TextDecoder gives it: 'utf-8', 'utf-16le', 'gbk', 'gb18030', 'big5', … */
export type Encoding = string;

/** How much of a stream detection reads before choosing: enough for the frequent-character score, cheap anywhere. */
export const SAMPLE_BYTES = 64 * 1024;

const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The two legacy encodings of Chinese news archives, mainland first: it wins a tie. */
const LEGACY = [
  { encoding: 'gb18030', chardet: 'GB18030' },
  { encoding: 'big5', chardet: 'Big5' },
];

export const DETECTED = 'UTF-8, UTF-16 with a byte order mark, GB18030 (GBK) or Big5';

/** The name TextDecoder knows a label by (`GBK` → 'gbk', `utf8` → 'utf-8'), or null for a label it does not know. */
export function encodingNamed(label: string): Encoding | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The byte order mark an input starts with: its encoding and length. */
export function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return bom ? { encoding: bom.encoding, length: bom.bytes.length } : null;
}

/**
 * The encoding of an input from its first bytes, and those bytes decoded: the byte order mark's, else UTF-8 when
 * they are valid UTF-8, else GB18030 or Big5, whichever decodes them (when both do, chardet's frequent-character
 * score chooses, and GB18030 wins a tie, as in a text of fewer than about ten Chinese characters). Null when none
 * decodes them into text (random bytes, a binary file). `complete` says the sample is the whole input; if not, a
 * character cut at its end is allowed.
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): { encoding: Encoding; text: string } | null {
  const attempt = (encoding: Encoding) => {
    const text = decodeStrict(sample, encoding, complete);
    return text !== null && looksLikeText(text) ? { encoding, text } : null;
  };
  const bom = bomOf(sample);
  if (bom) return attempt(bom.encoding);
  const utf8 = attempt('utf-8');
  if (utf8) return utf8;
  const legacy = LEGACY.flatMap((l) => attempt(l.encoding) ?? []);
  if (legacy.length <= 1) return legacy[0] ?? null;
  const scores = analyse(sample.subarray(0, SAMPLE_BYTES));
  const score = (encoding: Encoding) => scores.find((s) => s.name === LEGACY.find((l) => l.encoding === encoding)?.chardet)?.confidence ?? 0;
  return legacy.reduce((best, d) => (score(d.encoding) > score(best.encoding) ? d : best));
}

/** A whole input as text: in the encoding forced, or in the one detected. */
export function decodeAll(bytes: Uint8Array, forced: Encoding | null): { text: string } | { error: string } {
  if (forced) {
    const text = decodeStrict(bytes, forced, true);
    return text === null ? { error: `not valid ${forced} (as --encoding says)` } : { text };
  }
  const detected = detectEncoding(bytes, true);
  return detected ? { text: detected.text } : { error: `not text in ${DETECTED}; give --encoding to read it as another` };
}

/** Bytes decoded, or null at the first byte that is not valid in the encoding. A leading byte order mark is dropped. */
export function decodeStrict(bytes: Uint8Array, encoding: Encoding, complete = true): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: !complete });
  } catch {
    return null;
  }
}

/**
 * Text has few control characters besides tab and line breaks: bytes read in the wrong encoding or a binary
 * file give about one in eight (UTF-16 without its byte order mark, one in two).
 */
function looksLikeText(text: string): boolean {
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls <= text.length / 10;
}
