import type { Lexicons } from '../lexicon/lexicons.js';
import { convertCharacters, simplifiedTable, traditionalTable } from './script-tables.js';
import { decodeUtf16 } from './utf16.js';

/**
 * The analysis copy of an input: every step keeps the length, so an offset into the copy is an offset into the
 * caller's string. Recognisers read the copy; every `text` in the result is sliced from the original.
 */
export interface Normalized {
  text: string;
  script: 'simplified' | 'traditional';
}

export function normalize(source: string, lex: Lexicons): Normalized {
  const { text, han, traditional } = foldCharacters(source.toWellFormed(), foldTable(lex.folds), lex);
  // Traditional when characters that exist only in traditional script make up at least 3 % of the Han characters
  // (and at least two of them): a simplified article quoting one 臺 stays simplified.
  if (traditional < 2 || traditional < han * 0.03) return { text, script: 'simplified' };
  return { text: toSimplified(text), script: 'traditional' };
}

/**
 * The folded copy, with a count of its Han characters and of those only traditional script has (one pass: the
 * script is judged on the folded characters, so 億 folded to 亿 counts as simplified).
 */
function foldCharacters(text: string, table: Uint16Array, lex: Lexicons): { text: string; han: number; traditional: number } {
  const codes = new Uint16Array(text.length);
  let changed = false;
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = table[c] as number;
    codes[i] = d;
    if (d !== c) changed = true;
    if (d >= 0x4e00 && d <= 0x9fff) {
      han++;
      if (lex.chars.has('traditional-only', d)) traditional++;
    }
  }
  return { text: changed ? decodeUtf16(codes) : text, han, traditional };
}

const foldTables = new WeakMap<ReadonlyMap<number, number>, Uint16Array>();

/**
 * Each UTF-16 code unit's folded form, built once per lexicon: full-width ASCII → ASCII (１８％ → 18%, ， → ,), line
 * separators → \n, other control characters → space, and the lexicon's folds, 億/萬 → 亿/万 even in simplified text
 * (10億港元 quoted in a mainland article is still a billion). jieba then sees one form of each digit and punctuation
 * mark, and the recognisers need only one pattern for each.
 */
function foldTable(folds: ReadonlyMap<number, number>): Uint16Array {
  let table = foldTables.get(folds);
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    let d = c;
    if (c >= 0xff01 && c <= 0xff5e) d = c - 0xfee0;
    else if (folds.has(c)) d = folds.get(c) as number;
    else if (c === 0x3000 || c === 0xa0) d = 0x20;
    else if (c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) d = 0x0a;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c < 0xa0)) d = 0x20;
    table[c] = d;
  }
  foldTables.set(folds, table);
  return table;
}

/**
 * A simplified word in the script of the text it is reported for (记者 → 記者 in a traditional text): for words the
 * text implies without writing them (【陈建廷/台中报道】 is a reporter's byline).
 */
export function inScript(word: string, script: Normalized['script']): string {
  return script === 'traditional' ? convertCharacters(word, traditionalTable()) : word;
}

/**
 * Character by character, so the copy keeps the original's length (phrase-level conversion may not). A character
 * whose conversion would change its length is kept as it is.
 */
function toSimplified(text: string): string {
  return convertCharacters(text, simplifiedTable());
}
