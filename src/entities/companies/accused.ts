import { startsWord, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { readsAsName } from '../names/likeness.js';
import { surnameLength } from '../names/chinese.js';
import { isSlotBreak, orgSlot } from '../org-slot.js';
import type { Evidence } from '../evidence.js';
import type { CompanySeed } from './seed.js';

/**
 * The subject of what befalls lending platforms and schemes (澜鑫链跑路, 澜鑫通涉嫌非法集资, 深圳澜信诈骗非法融资): a
 * name jieba does not know, opening its clause (after a place at most) right before the event or a word that leads
 * to it (涉嫌, 疑似), is an organisation, unless it reads as a person's name (王磊涉嫌诈骗).
 */

/** The shortest and longest such name, in characters. */
const MIN_NAME = 2;
const MAX_NAME = 6;
/** How far back the clause is read for the name: the longest name with a place of up to four characters before it. */
const MAX_CLAUSE = MAX_NAME + 4;

export function fromAccused(doc: Doc, lex: Lexicons, evidence: Evidence): CompanySeed[] {
  const { lendingEvents } = evidence.words;
  if (lendingEvents.length === 0) return [];
  const { text } = doc;
  const leads = lex.words['company-words'].of('event-lead');
  const platform = lex.words['company-words'].of('platform-word');
  const seeds: CompanySeed[] = [];
  for (const event of lendingEvents) {
    const lead = leads.endingAt(text, event.start);
    let end = lead ? lead.start : event.start;
    // 澜鑫贷平台涉嫌诈骗: the name is before the word that calls it a platform.
    const called = platform.endingAt(text, end);
    if (called) end = called.start;
    if (!startsWord(doc, end)) continue;
    const start = clauseNameStart(doc, lex, end);
    if (start === null || !isOrganisationName(text, lex, start, end)) continue;
    seeds.push({ surface: text.slice(start, end), group: text.slice(start, end), why: 'context:accused', at: { start, end } });
  }
  return seeds;
}

/** Where the name before `end` starts: at its clause's start, or right after a place that opens the clause. */
function clauseNameStart(doc: Doc, lex: Lexicons, end: number): number | null {
  const slot = orgSlot(doc, lex, end, MAX_CLAUSE);
  // The slot stops at MAX_CLAUSE characters too: only one that starts at a mark (or the text's start) is a clause.
  if (!slot.org || (slot.slotStart > 0 && !isSlotBreak(doc.text.charCodeAt(slot.slotStart - 1)))) return null;
  const { start } = slot.org;
  if (start === slot.slotStart) return start;
  // 深圳澜信: a place before the name opens the clause and belongs to it.
  const place = lex.words.places.of('region').at(doc.text, slot.slotStart, start);
  return place && place.end === start ? slot.slotStart : null;
}

/** A name of MIN_NAME to MAX_NAME characters that is no word jieba knows, no place and no person's name. */
function isOrganisationName(text: string, lex: Lexicons, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (end - start < MIN_NAME || end - start > MAX_NAME || !/^[\u4e00-\u9fff]/.test(surface)) return false;
  if (lex.knownWord(surface) || lex.words.places.kindsOf(surface).size > 0) return false;
  return !readsAsName(text, start, surnameLength(text, start, lex), end, lex);
}
