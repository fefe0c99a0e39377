import { createRequire } from 'node:module';
import { once } from '../lexicon/files.js';
import { decodeUtf16 } from './utf16.js';

/**
 * One character of the other script for each character of the CJK blocks, read from opencc-js's dictionaries.
 * The conversions are character by character (normalisation must keep the text's length), so opencc-js's
 * phrase tries, about 45 MB of Maps once both directions are loaded, are used once to fill these tables
 * (27,648 two-byte entries, about 54 KB each) and then let go.
 */

/** The blocks converted: CJK Extension A and the Unified Ideographs. */
const FIRST = 0x3400;
const LAST = 0x9fff;

type Convert = (text: string) => string;
interface Locales {
  from: string;
  to: string;
}

/** Traditional (Hong Kong forms first, then Taiwan's) → simplified, on the first traditional input only. */
export const simplifiedTable = once(() => characterTable('opencc-js/t2cn', [{ from: 'hk', to: 'cn' }, { from: 'tw', to: 'cn' }]));

/** Simplified → traditional (Taiwan's forms), for words a traditional text implies without writing them. */
export const traditionalTable = once(() => characterTable('opencc-js/cn2t', [{ from: 'cn', to: 'tw' }]));

/** Each character through `table` (a character it does not change, or outside the blocks, stays). */
export function convertCharacters(text: string, table: Uint16Array): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= FIRST && c <= LAST ? (table[c - FIRST] as number) || c : c;
  }
  return decodeUtf16(codes);
}

/**
 * The table of one direction: every character of the blocks, one per line, converted in one call (a line break
 * never starts or ends a dictionary phrase, so each line converts as the character alone would); the first
 * converter that changes a character to one character wins. 0 where none does.
 */
function characterTable(module: string, chain: readonly Locales[]): Uint16Array {
  const opencc = createRequire(import.meta.url)(module) as { Converter(o: Locales): Convert };
  const all = Array.from({ length: LAST - FIRST + 1 }, (_, i) => String.fromCharCode(FIRST + i));
  const table = new Uint16Array(all.length);
  for (const locales of chain) {
    const converted = opencc.Converter(locales)(all.join('\n')).split('\n');
    if (converted.length !== all.length) throw new Error(`xinwen: ${module} changed the number of lines it converted`);
    converted.forEach((ch, i) => {
      if (table[i] === 0 && ch.length === 1 && ch !== all[i]) table[i] = ch.charCodeAt(0);
    });
  }
  return table;
}
