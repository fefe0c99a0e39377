import { endsWord, tokenContaining, tokenEndingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { CLAUSE_ENDS, DOUBLE_QUOTES, LIST_COMMA, markTest } from '../../text/marks.js';
import { ADVERB_TAGS, UNKNOWN } from '../../text/tags.js';
import type { Evidence } from '../evidence.js';
import { nameBefore } from '../names/beside.js';
import { chineseNameAt, likeliestEnd, surnameLength } from '../names/chinese.js';
import { foreignNameAt } from '../names/foreign.js';
import { latinNameAt } from '../names/latin.js';
import type { NameSpan } from '../names/span.js';
import type { PersonCandidate } from './seed.js';

/** 朱坤称, 诺兰据此认为, 王芳在接受采访时表示: the speaker before a speech verb. */
export function fromSpeechVerbs(doc: Doc, lex: Lexicons, { hits }: Evidence): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  for (const verb of hits.markers.speechVerbs) {
    // 荣誉称号: a speech verb that opens a longer word is none.
    if (!endsWord(doc, verb.end)) continue;
    const name = nameBeforeVerb(doc, lex, verb.start) ?? nameBeforeAdverbs(doc, lex, verb.start) ?? clauseSubject(doc, lex, verb.start);
    if (name) found.push({ start: name.start, end: name.end, why: `context:speech:${verb.word}` });
  }
  return found;
}

/** 周立衡出任董事长: the name before a verb whose subject is a person. */
export function fromPersonVerbs(doc: Doc, lex: Lexicons, { hits }: Evidence): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  for (const verb of hits.markers.personVerbs) {
    const name = nameBefore(doc, verb.start, lex);
    if (name) found.push({ start: name.start, end: name.end, why: `context:verb:${verb.word}` });
  }
  return found;
}

/** 诺兰据此认为, 埃斯特班随后表示: the name before one or two adverbs before the verb. */
function nameBeforeAdverbs(doc: Doc, lex: Lexicons, verb: number): NameSpan | null {
  let end = verb;
  for (let words = 0; words < 2; words++) {
    const word = tokenEndingAt(doc, end);
    if (!word || !ADVERB_TAGS.has(word.pos)) return null;
    end = word.start;
    const name = nameBefore(doc, end, lex);
    if (name) return name;
  }
  return null;
}

/**
 * The name right before a speech verb. Where a word of its own after names (则, 也, 还) stands before the verb, the
 * name may end before it: 王磊则表示 is 王磊 + 则 by the name model, and 陈立/x 明则/x 表示 (jieba glued the
 * follower to the name into a word it does not know) is 陈立明 + 则, not 殷岚如 of 殷岚如是说.
 */
function nameBeforeVerb(doc: Doc, lex: Lexicons, verb: number): NameSpan | null {
  const { text } = doc;
  const name = nameBefore(doc, verb, lex);
  if (!lex.chars.has('word-follower', text.charCodeAt(verb - 1))) return name;
  const shorter = nameBefore(doc, verb - 1, lex);
  if (!name) {
    const glued = tokenContaining(doc, verb - 1);
    const unknownGlue = glued !== undefined && glued.start < verb - 1 && glued.end === verb && glued.pos === UNKNOWN;
    return unknownGlue ? shorter : null;
  }
  if (!shorter || shorter.start !== name.start || name.foreign) return name;
  const surname = surnameLength(text, name.start, lex);
  return likeliestEnd(text, name.start, surname, [name.end, shorter.end], lex) === shorter.end ? shorter : name;
}

const isClauseBreak = markTest(CLAUSE_ENDS, LIST_COMMA, DOUBLE_QUOTES);

/**
 * 王芳在接受采访时表示: the name opening the clause of a speech verb, with the circumstance (在…时, 于…上) between
 * them.
 */
function clauseSubject(doc: Doc, lex: Lexicons, verb: number): NameSpan | null {
  const { text } = doc;
  let start = verb;
  while (start > 0 && verb - start < 24 && !isClauseBreak(text[start - 1])) start--;
  // 有关人员在…上称: a clause too long to see its start has no name at the start of the window.
  if (start > 0 && !isClauseBreak(text[start - 1])) return null;
  const name = chineseNameAt(doc, start, lex) ?? foreignNameAt(doc, start, lex) ?? latinNameAt(text, start);
  if (!name || !lex.words.particles.isCharAt(text, name.end, 'circumstance')) return null;
  // The circumstance may be part of the verb's own phrase (在接受采访时表示).
  const between = text.slice(name.end, verb);
  return between === '' || lex.chars.has('circumstance-end', between.charCodeAt(between.length - 1)) ? name : null;
}
