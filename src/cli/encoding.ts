import { analyse } from 'chardet';

/** An encoding by the name Node's TextDecoder gives it: 'utf-8', 'utf-16le', 'gbk', 'gb18030', 'big5', … */
export type Encoding = string;

/** How much of a stream in a legacy encoding is read before choosing: enough for the frequent-character score. */
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

/** The error of an input that is no text in any encoding detected. */
export const NOT_TEXT = 'not text in UTF-8, UTF-16 with a byte order mark, GB18030 (GBK) or Big5; give --encoding to read it as another';

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
 * The encoding of a whole input: its byte order mark's; else UTF-8 when the bytes are valid UTF-8 (which text in
 * another encoding practically never is); else GB18030 or Big5, as {@link chooseLegacy} decides. Null when none
 * decodes it into text (random bytes, a binary file).
 */
export function detectEncoding(bytes: Uint8Array): Encoding | null {
  const bom = bomOf(bytes);
  if (bom) return readsAsText(bytes, bom.encoding) ? bom.encoding : null;
  if (readsAsText(bytes, 'utf-8')) return 'utf-8';
  return chooseLegacy([bytes]);
}

/**
 * GB18030 or Big5 for pieces that are not UTF-8 (a file, or the lines of a stream's first 64 KB): the one that
 * decodes more than half of them into text; when both do, the one chardet's frequent-character score prefers, and
 * GB18030 on a tie (as for a text of fewer than about ten Chinese characters, too short to score). Null when
 * neither does.
 */
export function chooseLegacy(pieces: Uint8Array[]): Encoding | null {
  const fits = LEGACY.filter((l) => pieces.filter((piece) => readsAsText(piece, l.encoding)).length * 2 > pieces.length);
  if (fits.length <= 1) return fits[0]?.encoding ?? null;
  const scores = analyse(Buffer.concat(pieces, Math.min(SAMPLE_BYTES, pieces.reduce((n, p) => n + p.length, 0))));
  const score = (chardet: string) => scores.find((s) => s.name === chardet)?.confidence ?? 0;
  return fits.reduce((best, l) => (score(l.chardet) > score(best.chardet) ? l : best)).encoding;
}

/** Whether bytes are valid in an encoding and decode into text. */
export function readsAsText(bytes: Uint8Array, encoding: Encoding): boolean {
  const text = decodeStrict(bytes, encoding);
  return text !== null && looksLikeText(text);
}

/** Whether all bytes are ASCII, which reads the same in every encoding detected but UTF-16. */
export function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((b) => b < 0x80);
}

/** A whole input as text: in the encoding forced, or in the one detected. */
export function decodeAll(bytes: Uint8Array, forced: Encoding | null): { text: string } | { error: string } {
  if (forced) {
    const text = decodeStrict(bytes, forced);
    return text === null ? { error: `not valid ${forced} (as --encoding says)` } : { text };
  }
  const detected = detectEncoding(bytes);
  return detected ? { text: decodeStrict(bytes, detected)! } : { error: NOT_TEXT };
}

/** Bytes decoded, or null at the first byte that is not valid in the encoding. A leading byte order mark is dropped. */
export function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
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
