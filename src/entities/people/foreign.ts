import type { Doc, Tok } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { CLAUSE_ENDS, markSet, markTest, NAME_DOTS } from '../../text/marks.js';
import { ADVERB_TAGS, CONJUNCTION, PERSON_TAGS, UNKNOWN, VERB } from '../../text/tags.js';
import type { Evidence } from '../evidence.js';
import { afterNationality, fullForeignNameAround, namesWithOriginals, transliterationCount } from '../names/foreign.js';
import type { PersonCandidate } from './seed.js';

/** 西班牙人阿尔瓦雷斯: a transliterated name after a nationality. */
export function fromNationality(doc: Doc, lex: Lexicons, { words }: Evidence): PersonCandidate[] {
  return afterNationality(doc, lex, words.nationalities).map((name) => ({ start: name.start, end: name.end, why: 'context:nationality' }));
}

/** 卡莱罗（calero）: a transliterated name with the original in brackets. */
export function fromOriginalNames(doc: Doc, lex: Lexicons): PersonCandidate[] {
  return namesWithOriginals(doc, lex).map((name) => ({ start: name.start, end: name.end, why: 'context:original-name' }));
}

/** By code unit: the test runs at every character of the text, and a string per character cost more than the rest. */
const isNameMark = markSet(NAME_DOTS, '-');

/** 克里斯托弗·兰德尔, 詹姆斯-卡特赖特: a transliterated name written in full, around each mark between its parts. */
export function fromFullForeignNames(doc: Doc, lex: Lexicons): PersonCandidate[] {
  const { text } = doc;
  const found: PersonCandidate[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!isNameMark(text.charCodeAt(at))) continue;
    const name = fullForeignNameAround(doc, at, lex);
    if (name) found.push({ start: name.start, end: name.end, why: 'shape:foreign-full-name' });
  }
  return found;
}

const isClauseStart = markTest(CLAUSE_ENDS);

/**
 * How long a subject word must be: two characters where jieba tags it a name (米勒/nrt), three where it never saw
 * it (赫特/x, 阿凡/x of 阿凡达 are pieces of longer words more often than names).
 */
const FOREIGN_SUBJECT_LENGTH = { tagged: 2, unknown: 3 } as const;

/**
 * 伊万诺夫/nrt 随后/d 回到/v: a word written wholly in transliteration characters that opens a clause, with a verb
 * right after it (or after one adverb), is the clause's subject, a person. jieba's name tag alone says little (most
 * nrt words in sports news are clubs), but a club or a place in that position is rare, and the lists guard them.
 */
export function fromForeignSubjects(doc: Doc, lex: Lexicons, { shapes }: Evidence): PersonCandidate[] {
  const { text, tokens } = doc;
  const found: PersonCandidate[] = [];
  for (const i of shapes.foreign) {
    const t = tokens[i] as Tok;
    if (i >= tokens.length - 1 || !opensClause(doc, i) || listedAsOther(text.slice(t.start, t.end), lex)) continue;
    const next = tokens[i + 1] as Tok;
    const verb = ADVERB_TAGS.has(next.pos) ? tokens[i + 2] : next;
    if (verb?.pos === VERB) found.push({ start: t.start, end: t.end, why: 'context:foreign-subject' });
  }
  return found;
}

/** Verbal nouns (发配/vn) read as verbs after a word that brings their object before them. */
const VERB_AFTER_OBJECT = new Set([VERB, 'vn']);

/**
 * 将/d 梅森/nr 发配/vn, 让米勒离开: a word written wholly in transliteration characters between a word that brings
 * the object before the verb (particles.tsv, pretransitive) and a verb is a person acted on, by the same tests as a
 * subject's (shape, lists).
 */
export function fromForeignObjects(doc: Doc, lex: Lexicons, { shapes }: Evidence): PersonCandidate[] {
  const { text, tokens } = doc;
  const found: PersonCandidate[] = [];
  for (const i of shapes.foreign) {
    if (i < 1 || i >= tokens.length - 1) continue;
    const t = tokens[i] as Tok;
    const marker = tokens[i - 1] as Tok;
    if (!lex.words.particles.is(text.slice(marker.start, marker.end), 'pretransitive') || listedAsOther(text.slice(t.start, t.end), lex)) continue;
    if (VERB_AFTER_OBJECT.has((tokens[i + 1] as Tok).pos)) found.push({ start: t.start, end: t.end, why: 'context:foreign-object' });
  }
  return found;
}

/**
 * The indices of the words shaped like a foreign name, of a subject's length and wholly in transliteration characters
 * (see NameShapes).
 */
export function foreignShaped(doc: Doc, lex: Lexicons): number[] {
  const { text, tokens } = doc;
  const indices: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Tok;
    if (subjectShaped(t) && transliterationCount(text, t.start, t.end, lex) === t.end - t.start) indices.push(i);
  }
  return indices;
}

function subjectShaped(t: Tok): boolean {
  const length = t.end - t.start;
  // The length before the tag set: most words are too short, and a set lookup per word of the text adds up.
  if (t.pos === UNKNOWN) return length >= FOREIGN_SUBJECT_LENGTH.unknown;
  return length >= FOREIGN_SUBJECT_LENGTH.tagged && PERSON_TAGS.has(t.pos);
}

/** Whether the word at token `i` opens a clause, or follows a conjunction that does (即使/c 伊万诺夫 不能/v). */
function opensClause(doc: Doc, i: number): boolean {
  const at = (t: Tok) => t.start === 0 || isClauseStart(doc.text[t.start - 1]);
  const before = doc.tokens[i - 1];
  return at(doc.tokens[i] as Tok) || (before !== undefined && before.pos === CONJUNCTION && at(before));
}

/** 巴西, 阿森纳 when listed: a country, a company or a name known not to be a company's is no person here. */
function listedAsOther(word: string, lex: Lexicons): boolean {
  return lex.words.places.kindsOf(word).size > 0 || lex.notCompanies.has(word) || lex.companies.get(word) !== undefined;
}
