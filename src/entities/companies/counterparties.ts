import { tokenContaining, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { WordList } from '../../lexicon/word-list.js';
import { ADVERB_TAGS, NOT_IN_ORG_TAGS, PERSON_TAGS, PLACE, VERBAL_NOUN } from '../../text/tags.js';
import type { Evidence } from '../evidence.js';
import { wholeChineseName } from '../names/chinese.js';
import { hasProperToken } from './proper.js';
import { namesPersonMediumOrPlace } from './other-names.js';
import { groupOf, type CompanySeed } from './seed.js';

/**
 * The other side of a company's deal, which the lexicon does not know: 与X签订…合同 (X signs a contract with the
 * company), 向X采购 (X supplies it). A firm signs contracts and sells; the frame makes a proper name there a
 * company, as unlisted firms and foreign ones in Latin letters mostly are. A person signs and sells too (与张明签订, 向李华收购), so names shaped like a person's, places and
 * lexicon people are left out, and so are words jieba knows as verbs, pronouns or function words (与其签订, 向公司采购).
 */

/** The longest stretch between a frame's opening and its verb: a few names in a list. */
const MAX_PARTIES = 40;
/** The longest single party's name. */
const MAX_NAME = 16;
/** How far after the signing verb the thing signed may stand (签订了《…长单销售合同》). */
const DEAL_OBJECT_REACH = 30;
/** The fewest letters of a Latin party: two capitals are an abbreviation of anything. */
const MIN_LATIN_LETTERS = 3;

const PARTY_CHAR = /[\p{Script=Han}A-Za-z0-9 &.()（）-]/u;
const LIST_SEPARATOR = /[、及]/;

export function fromCounterparties(doc: Doc, lex: Lexicons, { words: docWords }: Evidence): CompanySeed[] {
  const { text } = doc;
  const words = lex.words['company-words'];
  const seeds: CompanySeed[] = [];
  const frames = [
    { openings: docWords.partyOpenings, verb: words.of('party-verb'), object: true },
    { openings: docWords.supplierOpenings, verb: words.of('supplier-verb'), object: false },
  ];
  for (const { openings, verb, object } of frames) {
    for (const open of openings) {
      const from = open.end;
      let stop = from;
      while (stop < text.length && stop - from < MAX_PARTIES && (PARTY_CHAR.test(text[stop] ?? '') || LIST_SEPARATOR.test(text[stop] ?? ''))) stop++;
      const verbAt = firstVerb(text, verb, from, stop);
      if (verbAt === null) continue;
      // 签订…合同: what is signed follows in the same sentence.
      if (object) {
        const signed = words.of('party-object').all(text, verbAt.end, Math.min(text.length, verbAt.end + DEAL_OBJECT_REACH))[0];
        if (!signed || /[。；！？]/.test(text.slice(verbAt.end, signed.start))) continue;
      }
      let itemStart = from;
      for (let at = from; at <= verbAt.start; at++) {
        if (at < verbAt.start && !LIST_SEPARATOR.test(text[at] ?? '')) continue;
        const seed = partyAt(doc, lex, itemStart, at);
        if (seed) seeds.push(seed);
        itemStart = at + 1;
      }
    }
  }
  return seeds;
}

/** The frame's verb after at least one party. */
function firstVerb(text: string, verb: WordList<true>, from: number, stop: number): { start: number; end: number } | null {
  for (let at = from + 2; at <= stop; at++) {
    const v = verb.at(text, at);
    if (v === null) continue;
    return { start: at, end: v.end };
  }
  return null;
}

/** The party's name filling [start, end), if it looks like a firm's: a proper name, no person, place or verb. */
function partyAt(doc: Doc, lex: Lexicons, from: number, end: number): CompanySeed | null {
  const { text } = doc;
  // 与全资子公司X签订: the party's name begins after a word that introduces a firm.
  const start = introducedAfter(lex, text, from, end);
  const surface = text.slice(start, end);
  if (end - start < 2 || end - start > MAX_NAME || surface.trim() !== surface) return null;
  // 与X于6月26日签订, 与X在上海签署: a date or a place of the signing stands between.
  if (/\d[年月日]/.test(surface) || lex.words.particles.of('circumstance').occursIn(surface)) return null;
  if (lex.companies.get(surface) !== undefined || namesPersonMediumOrPlace(lex, surface)) return null;
  if (/^[A-Za-z][A-Za-z &.-]*$/.test(surface)) {
    if (surface.replace(/[^A-Za-z]/g, '').length < MIN_LATIN_LETTERS) return null;
  } else {
    if (!/^[\p{Script=Han}A-Za-z]/u.test(surface)) return null;
    if (!hasProperToken(doc, lex, start, end) || wholeChineseName(text, start, end, lex) !== null) return null;
    for (let at = start; at < end; ) {
      const t = tokenContaining(doc, at);
      if (!t) break;
      // A word crossing the name's edge, a person's or a place's word filling it, or a verb or pronoun inside it.
      if (t.start < start || t.end > end) return null;
      // 与X正式签署, 与X战略合作签署: an adverb or a verbal noun ends the name before it.
      if (NOT_IN_ORG_TAGS.has(t.pos) || ADVERB_TAGS.has(t.pos) || t.pos === VERBAL_NOUN || ((PERSON_TAGS.has(t.pos) || t.pos === PLACE) && t.start === start && t.end === end)) return null;
      at = t.end;
    }
  }
  return { surface, group: groupOf(lex, surface), why: 'context:deal-party', at: { start, end } };
}

/** Where a party's name begins: after the last word in it that introduces a firm (子公司, 旗下, 合作伙伴). */
function introducedAfter(lex: Lexicons, text: string, from: number, end: number): number {
  let start = from;
  for (const w of lex.words['company-words'].of('context-before').all(text, from, end)) if (w.end < end) start = Math.max(start, w.end);
  for (const w of lex.orgWords.all(text, from, end)) if (w.value.has('descriptor') && w.end < end) start = Math.max(start, w.end);
  return start;
}
