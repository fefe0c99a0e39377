import { endsWord, type Doc, type Tok } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { CHINESE_DIGITS, UNITS } from '../../figures/numerals.js';
import { markSet, NAME_DOTS } from '../../text/marks.js';
import { givenOk, likeliestEnd, surnameLength, titleAfterSurname } from '../names/chinese.js';
import { transliterationCount } from '../names/foreign.js';
import { NAME_LIKENESS, nameInContext } from '../names/likeness.js';
import { allHan } from '../words.js';
import type { Evidence } from '../evidence.js';
import type { PersonCandidate } from './seed.js';

/**
 * Names jieba cut into several words (尹/nr 朝阳/ns, 曾/d 世民/n, 吕/nr 昆/ns), found by how name-like they are and
 * nothing else: a surname opening a word, one or two given-name characters running to where jieba ends a word, and a
 * name model score that few other strings reach. Words and places that happen to look so are kept out by what any
 * name must not be: a word jieba knows whole, the end of a word begun before it (股东方), a firm's or a place's first
 * part, a surname with a title (王总, 姚先生).
 */
export function fromSplitNames(doc: Doc, lex: Lexicons, { shapes }: Evidence): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  for (const i of shapes.surnames) {
    const t = doc.tokens[i] as Tok;
    const name = splitNameAt(doc, lex, t);
    if (name) found.push({ start: t.start, end: name, why: 'model:split-name' });
  }
  return found;
}

function splitNameAt(doc: Doc, lex: Lexicons, t: Tok): number | null {
  const { text } = doc;
  const { start } = t;
  const surname = surnameLength(text, start, lex);
  if (surname === 0 || t.end - start > surname + 1 || !isOpen(text, start - 1)) return null;
  // The checks by characters first, and the dictionary's last: most surnames start no split name.
  const ends: number[] = [];
  for (const end of [start + surname + 2, start + surname + 1]) {
    // The name is more than one of jieba's words, and ends where one ends.
    if (end <= t.end || end > text.length || !endsWord(doc, end) || !allHan(text, start, end)) continue;
    // 刘军称: a character that is a word of its own after names ends none.
    if (lex.chars.has('noun-ending', text.charCodeAt(end - 1)) || lex.chars.has('word-follower', text.charCodeAt(end - 1)) || !isOpen(text, end)) continue;
    if (!givenOk(text, start + surname, end, lex) || lex.orgWords.at(text, end)) continue;
    // 朴茨茅: two transliteration characters make the start of a foreign name.
    if (transliterationCount(text, start, end, lex) >= 2 || lex.knownWord(text.slice(start, end))) continue;
    ends.push(end);
  }
  if (ends.length === 0 || titleAfterSurname(text, start + surname, lex) || lex.knownWord(text.slice(start - 1, start + 1))) return null;
  const end = likeliestEnd(text, start, surname, ends, lex);
  return end !== null && nameInContext(text, start, surname, end, lex) >= NAME_LIKENESS.split ? end : null;
}

/** 12万至16万元, 弗朗索瓦•马蒂厄, c罗: a figure, a transliterated name's dot or a letter next to it makes no name. */
const isClosing = markSet('0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', CHINESE_DIGITS, UNITS, NAME_DOTS);

function isOpen(text: string, at: number): boolean {
  // By code unit: read beside every surname of the text, a regular expression on a one-character string cost more.
  return !isClosing(text.charCodeAt(at));
}
