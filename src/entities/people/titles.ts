import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import type { PersonCandidate } from './seed.js';

/** The names next to titles (星澜资本合伙人秦墨, 宋知远行长) and in bylines (记者张琦). */
export function fromTitles(_doc: Doc, _lex: Lexicons, { titled }: Evidence): PersonCandidate[] {
  return titled.map((t) => ({ start: t.name.start, end: t.name.end, why: t.credit ? 'context:byline' : 'context:title' }));
}
