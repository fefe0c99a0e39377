import type { Lexicons } from '../lexicon/lexicons.js';
import { BRACKETS, CLAUSE_ENDS, DOUBLE_QUOTES, LIST_COMMA, markTest } from '../text/marks.js';

/**
 * Lists of names (孟远航、邱晓岚、葛振东; 通卡公司、一卡易公司): what joins their items and what ends one. Companies and
 * people read lists alike.
 */

/** Whether the character at `at` joins two items: 、 or a joining word (和, 与, 及). */
export function joinsList(lex: Lexicons, text: string, at: number): boolean {
  return text[at] === LIST_COMMA || lex.words.particles.isCharAt(text, at, 'list-joiner');
}

const isItemBreakMark = markTest(LIST_COMMA, CLAUSE_ENDS, BRACKETS, DOUBLE_QUOTES);

/**
 * Whether the character at `at` ends an item: a joiner, 等 closing the list, a clause or quotation mark, a bracket or
 * a space (nothing past the text's end).
 */
export function endsListItem(lex: Lexicons, text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined) return false;
  const { particles } = lex.words;
  return isItemBreakMark(ch) || /\s/.test(ch) || particles.isCharAt(text, at, 'list-joiner') || particles.isCharAt(text, at, 'list-closer');
}
