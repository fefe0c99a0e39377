import { endsWord, startsWord, tokenContaining, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { PhraseHit } from '../../text/hits.js';
import { UNKNOWN } from '../../text/tags.js';
import { hasCompanyContext, listedWithCompany, stockMovesAfter } from './context.js';
import { gluedAt } from './glued.js';

/**
 * A lexicon name that jieba's words do not line up with: its HMM glued the name's first character onto the word before
 * (中概股趣/x 头条) or the next characters onto its last (爱乐/nr 达跌近/x). Such a name must bring its own evidence of
 * being a company where it stands, since a name inside a longer word is usually another word's part.
 */

/** The shortest name read inside another word: a single character would be part of too many words. */
const MIN_MISALIGNED = 3;

/**
 * The lexicon's names starting inside a word jieba does not know, which the scan at word starts missed, in one pass
 * over those words: `glued`, where jieba glued a function character onto a name (如交银/x 施罗德, 立博和威/x
 * 廉希尔/nr), read from the next character, inside the word or across its end; `inside`, any name of three characters
 * or more (股趣/x, 股硕贝德涨/x).
 */
export function namesInsideUnknownWords(doc: Doc, lex: Lexicons): { glued: PhraseHit[]; inside: PhraseHit[] } {
  const { text } = doc;
  const glued: PhraseHit[] = [];
  const inside: PhraseHit[] = [];
  for (const t of doc.tokens) {
    if (t.pos !== UNKNOWN || t.end - t.start < 2) continue;
    const opening = gluedAt(doc, lex, t.start);
    for (let at = t.start + 1; at < t.end; at++) {
      const matches = lex.companies.matchesAt(text, at);
      if (lex.chars.has('function', text.charCodeAt(at - 1)) || (at === t.start + 1 && opening)) {
        for (const m of matches) if (m.end >= t.end) glued.push({ start: at, end: m.end, value: { company: m.value } });
      }
      for (const m of matches) if (m.end - at >= MIN_MISALIGNED) inside.push({ start: at, end: m.end, value: { company: m.value } });
    }
  }
  return { glued, inside };
}

/**
 * Whether a name at [start, end) that does not fit jieba's words is a company there: each edge that cuts a word cuts
 * one jieba does not know (a word it knows, 黄山/ns or 永新/d, holds the characters as a place's or an everyday
 * word's), and the name has a company's evidence around it: its shares moving right after it, company words
 * around it, or a list with another company.
 */
export function misalignedIsCompany(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const { text } = doc;
  if (end - start < MIN_MISALIGNED) return false;
  if (!startsWord(doc, start) && tokenContaining(doc, start)?.pos !== UNKNOWN) return false;
  if (!endsWord(doc, end) && tokenContaining(doc, end - 1)?.pos !== UNKNOWN) return false;
  return stockMovesAfter(lex, text, end) || hasCompanyContext(lex, text, start, end) || listedWithCompany(doc, lex, start, end);
}
