import { CodeUnits } from '../lexicon/code-units.js';

/**
 * Punctuation, one definition of each idea. The analysis copy has full-width ASCII folded (，→ , ！→ !), so each mark
 * is written once here in its folded form; the Chinese marks that have no ASCII form (。、“” 「」) stay as they are.
 */

/** Marks that end a sentence. */
export const SENTENCE_ENDS = '。!?;';
/** Marks that end a clause: the sentence ends, the comma, the colon and the line break. */
export const CLAUSE_ENDS = ',。;:!?\n';
/** What `\s` matches: ECMAScript white space and line terminators. */
export const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The enumeration comma between the items of a list (甲、乙). */
export const LIST_COMMA = '、';
/** Double quotation marks, curly and straight (the marks that quote speech and coin terms in mainland text). */
export const DOUBLE_QUOTES = '“”"';
/** Opening and closing quotation marks of the paired kinds, in the same order: “…”, 「…」, 『…』. */
export const QUOTE_OPENERS = '“「『';
export const QUOTE_CLOSERS = '”」』';
export const STRAIGHT_QUOTE = '"';
/** Marks that close a sentence's last words and stay with the sentence. */
export const CLOSERS = '”’」』)】》"\']';
export const BRACKETS = '()';
/** Marks around the title of a work (《叶问》) and of headings (【解读】), and their ASCII look-alikes. */
export const TITLE_MARKS = '《》【】[]<>';
/** Marks that separate words without ending a clause: spaces, the ellipsis and dashes, slashes and signs. */
export const SEPARATORS = ' …—·/|\u3000$@#';
/** The bars between a byline's role, name and place (记者 周晨/文, 编辑丨许然, 陈建廷/台中报道): 丨 is a Han character used as one. */
export const BYLINE_BARS = '/|丨';
/** The marks between the parts of a transliterated name (卡特琳娜·莫雷蒂, 弗朗索瓦•马蒂厄). */
export const NAME_DOTS = '·•';

/**
 * A test for membership in a set of marks, by UTF-16 code unit (no one-character string per test; NaN, past either
 * end of a text, is in no set), over a bit set: thirty sets of a byte each filled the cache with 64 KB tables.
 */
export function markSet(...groups: string[]): (code: number) => boolean {
  const units = new CodeUnits(groups.join(''));
  return (code) => code >= 0 && units.has(code);
}

/** {@link markSet} for a character given as a string (undefined, past either end of a text, is in no set). */
export function markTest(...groups: string[]): (ch: string | undefined) => boolean {
  const has = markSet(...groups);
  return (ch) => ch !== undefined && ch.length > 0 && has(ch.charCodeAt(0));
}
