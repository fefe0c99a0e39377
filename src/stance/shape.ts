import type { Lexicons } from '../lexicon/lexicons.js';
import { hitsIn } from '../lexicon/word-list.js';
import type { Block, Doc } from '../text/document.js';
import type { LexiconHits } from '../text/hits.js';
import { markSet, QUOTE_OPENERS, STRAIGHT_QUOTE } from '../text/marks.js';

/** What the form of a sentence says about the cues in it. */
export interface Shape {
  /** The question's marker or mark when the sentence is a rhetorical question. */
  rhetorical: { start: number; end: number; marked: boolean } | null;
  /** Where a concession opens (虽然), or -1. */
  concession: number;
  /** Where the turn (但, 然而) is, or -1. */
  turn: number;
  /** 所谓(的)“…” openings. */
  soCalled: { start: number; end: number }[];
}

export function sentenceShape(doc: Doc, lex: Lexicons, hits: LexiconHits, sentence: Block): Shape {
  const { text } = doc;
  let concession = -1;
  let turn = -1;
  let marker: { start: number; end: number } | null = null;
  for (const w of hitsIn(hits.markers.stanceModifiers, sentence.start, sentence.end)) {
    if (w.value === 'concession' && concession < 0) concession = w.start;
    // 不但…而且 is not a turn; a turn counts after a concession, or near the start of the sentence.
    else if (
      w.value === 'turn' &&
      !lex.words.particles.isCharAt(text, w.start - 1, 'not-a-turn') &&
      (concession >= 0 ? w.start > concession : w.start - sentence.start <= 2 || turn < 0)
    ) {
      if (turn < 0) turn = w.start;
    } else if (w.value === 'rhetorical') marker ??= { start: w.start, end: w.end };
  }
  let rhetorical: Shape['rhetorical'] = null;
  // Most sentences end on no question and hold no opening quotation mark: they are read where they stand, not sliced.
  const mark = questionMark(text, sentence.start, sentence.end);
  // 问:…? is a reporter's question in an interview, asked for an answer, not doubt.
  if (mark >= 0 && !asked(lex, text.slice(sentence.start, sentence.end))) {
    if (marker) rhetorical = { ...marker, marked: true };
    else rhetorical = { start: mark, end: mark + 1, marked: rhetoricalEnding(lex, text.slice(sentence.start, mark)) };
  }
  const soCalled: { start: number; end: number }[] = [];
  // Most sentences hold no opening quotation mark, and so no so-called term: the pattern is not run on them.
  if (hasOpener(text, sentence.start, sentence.end)) {
    for (const m of text.slice(sentence.start, sentence.end).matchAll(soCalledPattern(lex))) {
      const start = sentence.start + (m.index ?? 0);
      soCalled.push({ start, end: start + m[0].length });
    }
  }
  return { rhetorical, concession, turn, soCalled };
}

/**
 * Where text[from, to) ends on one question mark (closing marks allowed after it), or -1; a run of them (太牛了????)
 * stands for emoji lost in transcription.
 */
function questionMark(text: string, from: number, to: number): number {
  const end = beforeClosers(text, from, to);
  return end > from && text.charCodeAt(end - 1) === QUESTION && (end - 1 === from || text.charCodeAt(end - 2) !== QUESTION) ? end - 1 : -1;
}

const QUESTION = 0x3f;

/** The end of text[from, to) before the marks that may close a question after its question mark (…吗?”). */
export function beforeClosers(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isQuestionCloser(text.charCodeAt(end - 1))) end--;
  return end;
}

const isQuestionCloser = markSet('”」"\')');

function asked(lex: Lexicons, line: string): boolean {
  const label = lex.words['stance-words'].of('question-label').at(line, 0);
  return label !== null && line[label.end] === ':';
}

/** A regulator (or court) and an enforcement word in the same text[from, to): a penalty reported. */
export function isEnforcement(lex: Lexicons, text: string, from: number, to: number): boolean {
  const words = lex.words['stance-words'];
  return words.of('regulator').occursIn(text, from, to) && words.of('enforcement').occursIn(text, from, to);
}

const isOpener = markSet(QUOTE_OPENERS, STRAIGHT_QUOTE);

/** Whether text[from, to) holds an opening quotation mark (those {@link soCalledPattern} looks for among them). */
function hasOpener(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isOpener(text.charCodeAt(i))) return true;
  return false;
}

/** 所谓 or 所谓的 right before an opening quotation mark. */
const soCalledPatterns = new WeakMap<Lexicons, RegExp>();
function soCalledPattern(lex: Lexicons): RegExp {
  let pattern = soCalledPatterns.get(lex);
  if (!pattern) {
    pattern = new RegExp(`(?:${lex.words['stance-words'].alternation('so-called')})(?=[“"「])`, 'g');
    soCalledPatterns.set(lex, pattern);
  }
  return pattern;
}

/** A question ending on a particle that makes it rhetorical (…吗?, …呢?): `before` is the sentence up to its question mark. */
function rhetoricalEnding(lex: Lexicons, before: string): boolean {
  return lex.words['stance-words'].of('rhetorical-ending').endingAt(before, before.length) !== null;
}
