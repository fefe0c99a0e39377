import type { Lexicons } from '../lexicon/lexicons.js';
import type { WordList } from '../lexicon/word-list.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { Evidence, Polarity } from '../schema.js';
import { tokenIndexFrom, tokenIndexTo, type Doc, type Tok } from '../text/document.js';
import { CLAUSE_ENDS, LIST_COMMA, markSet, WHITESPACE } from '../text/marks.js';
import { FUNCTION_WORD_TAGS, tagTest } from '../text/tags.js';
import { beforeClosers } from './shape.js';
import { grow } from '../text/word-table.js';
import { vocabularyId, type Vocabulary } from './vocabulary.js';

/**
 * What the stance model reads in a span of text: its words (a word after a negator in its clause is read negated:
 * 并未/出现/亏损 gives not:出现 and not:亏损), the cue evidence the rules found with what turned it (negated, hedged,
 * after a turn, a figure's growth or decline, a rhetorical question), and the form of its end (a question, a run of
 * question marks standing for lost emoji). Names of companies and people are no evidence and are left out.
 */
export type Features = Map<string, number>;

/** How many words after a negator it reaches, inside the clause. */
const NEGATION_REACH = 3;
// By code unit: a one-character string of a Han character or a full-width mark is a new string each time.
const isClauseEnd = markSet(CLAUSE_ENDS, LIST_COMMA);
const isFunctionWord = tagTest(FUNCTION_WORD_TAGS);

/** What the features of a document's spans are read from, computed once per document (see context.ts). */
export interface FeatureContext {
  /** Evidence sorted by start, and each item's rules as feature names (`r:skeptical:negated-by`). */
  evidence: readonly Evidence[];
  rules: readonly (readonly string[])[];
  /** Per token: the number of its word feature (`w:看好`, `not:出现`), or -1 for a token that is none (a name, a mark). */
  words: readonly number[];
  /** Word feature number → its name. */
  names: readonly string[];
  /**
   * Per token: the index of the previous token with the same word feature, or -1. A span counts each word once, at
   * its first token whose previous one lies before the span: no set per span, nor a mark per word read.
   */
  previous: readonly number[];
  /** The vocabulary the words are numbered by, if one is (see wordFeatures). */
  vocabulary: Vocabulary | null;
  /** Where two question marks in a row start, in order (see questionRuns). */
  questionRuns: readonly number[];
}

/**
 * Each token's word feature, numbered, in one pass over the document (a span starts on a clause boundary, where
 * negation ends too, so the pass reads each span's words as the span alone would). Numbered by the models'
 * vocabulary when one is given (analyze: a word they do not know has no weight, so it needs no number), else every
 * word in the order met (the training reads them all).
 */
export function wordFeatures(doc: Doc, lex: Lexicons, named: Uint8Array, vocabulary: Vocabulary | null): Pick<FeatureContext, 'words' | 'names' | 'previous' | 'vocabulary'> {
  const { text, tokens } = doc;
  // Plain arrays (a typed array of more than 64 bytes is allocated outside the heap, which cost a short text more
  // than reading its words), made at their size: grown as the tokens came, they were a fifth of what stance allocated.
  const words: number[] = new Array(tokens.length);
  const previous: number[] = new Array(tokens.length);
  const { number, names } = vocabulary ? { number: (negated: boolean, word: string, start?: number, end?: number) => vocabularyId(vocabulary, negated, word, start, end), names: vocabulary.names } : everyWord();
  // Each word's last token, stamped (see Vocabulary.seen); the training numbers at most one word per token.
  const seen = vocabulary ? vocabulary.seen : { last: new Int32Array(tokens.length).fill(-1), base: 0 };
  // The stamps stay below 2^31: past that, the table is cleared and they start again.
  if (seen.base + tokens.length >= 0x7fffffff) {
    seen.last.fill(-1);
    seen.base = 0;
  }
  const { last, base } = seen;
  const { negators } = lex;
  let negated = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Tok;
    const { start, end } = t;
    let word = -1;
    if (end - start === 1 && isClauseEnd(text.charCodeAt(start))) negated = 0;
    else if (named[start] !== 1 && !isFunctionWord(t.pos)) {
      // A word of the segmenter's dictionary is read as it stands once per process (see keptReading).
      const kept = vocabulary && t.entry >= 0 ? keptReading(vocabulary, text, start, end, t.entry) : UNKEPT;
      const lowered = kept === UNKEPT ? wordAt(text, start, end) : kept !== NO_WORD;
      if (lowered !== false) {
        // A word as it stands in the text is looked up there, not sliced out.
        const negator = lowered === true ? isNegator(negators, text, start, end) : isNegator(negators, lowered, 0, lowered.length);
        if (negator) negated = NEGATION_REACH;
        const reads = !negator && negated > 0;
        word = !reads && kept >= -1 ? kept : lowered === true ? number(reads, text, start, end) : number(reads, lowered);
        if (reads) negated--;
      }
    }
    words[i] = word;
    if (word < 0) previous[i] = -1;
    else {
      const at = last[word] as number;
      previous[i] = at >= base ? at - base : -1;
      last[word] = base + i;
    }
  }
  seen.base = base + tokens.length;
  return { words, names, previous, vocabulary };
}

/** Readings kept by dictionary entry besides a word's number (>= 0) or -1 for a word the vocabulary lacks. */
const NO_WORD = -2;
/** Lowering changes the word, or it is not kept: it is read in full each time. */
const UNKEPT = -3;
const UNREAD = -4;

/**
 * The plain reading of the word text[start, end), whose dictionary entry is `entry`: its number in the vocabulary
 * (or -1), NO_WORD, or UNKEPT for a word that lowering changes. It depends on the word alone, so it is worked out the
 * first time the entry is met and then read from the vocabulary's table: the lookup by the word's characters was
 * the largest part of numbering a document's words.
 */
function keptReading(vocabulary: Vocabulary, text: string, start: number, end: number, entry: number): number {
  const kept = vocabulary.byEntry;
  if (entry >= kept.readings.length) {
    const known = kept.readings.length;
    kept.readings = grow(kept.readings, Math.max(entry + 1, 2 * known, 1 << 12));
    kept.readings.fill(UNREAD, known);
  }
  let reading = kept.readings[entry] as number;
  if (reading === UNREAD) {
    const lowered = wordAt(text, start, end);
    reading = lowered === true ? vocabularyId(vocabulary, false, text, start, end) : lowered === false ? NO_WORD : UNKEPT;
    kept.readings[entry] = reading;
  }
  return reading;
}

/** Whether text[start, end) is a negator (不, 未). */
function isNegator(negators: WordList<true>, text: string, start: number, end: number): boolean {
  // Most words start with no negator's first character: one array read rejects them before any lookup.
  if (!negators.startsWith(text.charCodeAt(start))) return false;
  const word = negators.wordAt(text, start, end);
  return word !== null && word.length === end - start;
}

/** Every word numbered in the order met, by its bare word: a feature's name is built once, not once per token. */
function everyWord(): { number: (negated: boolean, text: string, start?: number, end?: number) => number; names: readonly string[] } {
  const names: string[] = [];
  const numbers = { plain: new Map<string, number>(), negated: new Map<string, number>() };
  const number = (negated: boolean, text: string, start = 0, end = text.length) => {
    const word = text.slice(start, end);
    const form = negated ? numbers.negated : numbers.plain;
    let n = form.get(word);
    if (n === undefined) {
      n = names.length;
      names.push(negated ? `not:${word}` : `w:${word}`);
      form.set(word, n);
    }
    return n;
  };
  return { number, names };
}

/**
 * Whether text[start, end) is a word, once lowered: it must hold a letter, Han or Latin. true when it is one as it
 * stands (most words: Han, marks, ASCII without capitals have nothing to lower), read in one pass without slicing;
 * the lowered word when lowering changes it; false when it is no word (a number, a mark, a space).
 */
function wordAt(text: string, start: number, end: number): string | boolean {
  let letter = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) letter = true;
    else if (c < 0x80 ? c >= 65 && c <= 90 : c < 0x3400 || c > 0x9fff ? lowers(c) : false) {
      const lowered = text.slice(start, end).toLowerCase();
      for (let j = 0; j < lowered.length; j++) if (isLetter(lowered.charCodeAt(j))) return lowered;
      return false;
    }
  }
  return letter;
}

/** A Han character or a small Latin letter. */
function isLetter(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 97 && c <= 122);
}

/**
 * Per UTF-16 code unit outside ASCII and Han: 2 where lowering changes it, 1 where it does not, 0 until met (a
 * surrogate is taken to change: its pair may). Lowering is a slow call on a string outside ASCII (a quotation mark).
 */
const lowering = new Uint8Array(0x10000);

function lowers(c: number): boolean {
  if (lowering[c] === 0) {
    const unit = String.fromCharCode(c);
    lowering[c] = (c >= 0xd800 && c <= 0xdfff) || unit.toLowerCase() !== unit ? 2 : 1;
  }
  return lowering[c] === 2;
}

/** An evidence item's rules as features, by the side it ended on (negated toward bullish: 并未出现亏损 is good news). */
export function ruleFeatures(e: Evidence): string[] {
  const features: string[] = [];
  const { rule } = e;
  // The rules are read in place, one after another, not split into strings.
  for (let from = 0; from <= rule.length; ) {
    let to = rule.indexOf(' ', from);
    if (to < 0) to = rule.length;
    if (!rule.startsWith('cue:', from)) {
      const colon = rule.indexOf(':', from);
      const whole = colon < 0 || colon >= to || rule.startsWith('figure:', from) || rule.startsWith('irony:', from);
      features.push(ruleFeature(e.polarity, rule.slice(from, whole ? to : colon)));
    }
    from = to + 1;
  }
  return features;
}

/**
 * `r:<polarity>:<rule>`, one string per feature for the life of the process (the kinds of rules are few): built once,
 * and looked up in the model's tables by a hash computed once.
 */
function ruleFeature(polarity: Polarity, rule: string): string {
  const names = ruleNames[polarity];
  let name = names.get(rule);
  if (name === undefined) {
    name = `r:${polarity}:${rule}`;
    names.set(rule, name);
  }
  return name;
}

const ruleNames: Record<Polarity, Map<string, string>> = { bullish: new Map(), skeptical: new Map() };

/**
 * Visits each feature of the span [from, to) once with its value: the bias, its distinct words, the rules'
 * evidence in it (the weight on each side, log-scaled, and the count of each rule), and its ending. The one reading
 * of a span, behind both the features the training stores and the scores analyze computes.
 */
export function forEachFeature(doc: Doc, context: FeatureContext, from: number, to: number, visit: (name: string, value: number) => void): void {
  visit('bias', 1);
  const read = spanWords(doc, context, from, to);
  for (let i = 0; i < read.count; i++) visit(context.names[read.pairs[2 * i] as number] as string, 1);
  forEachOther(doc, context, from, to, visit);
}

/** A span's distinct words as {@link spanWords} reads them: `count` pairs of a word's number and the token it is first read at. */
export interface SpanWords {
  count: number;
  pairs: Int32Array;
}

/**
 * The span's distinct word features, by number, each with the index of the token it is first read at, in text
 * order. The pairs are written to one buffer that every call refills (read them before the next call): a list or a
 * callback per span cost more than the reading.
 */
export function spanWords(doc: Doc, context: FeatureContext, from: number, to: number): SpanWords {
  const { words, previous } = context;
  const first = tokenIndexFrom(doc, from);
  const last = tokenIndexTo(doc, to);
  if (read.pairs.length < 2 * (last - first)) read.pairs = new Int32Array(Math.max(2 * (last - first), 2 * read.pairs.length));
  const { pairs } = read;
  let count = 0;
  for (let i = first; i < last; i++) {
    const word = words[i] as number;
    if (word < 0 || (previous[i] as number) >= first) continue;
    pairs[2 * count] = word;
    pairs[2 * count + 1] = i;
    count++;
  }
  read.count = count;
  return read;
}

const read: SpanWords = { count: 0, pairs: new Int32Array(256) };

/** The span's features besides its words: the rules' evidence in it and its ending. */
export function forEachOther(doc: Doc, context: FeatureContext, from: number, to: number, visit: (name: string, value: number) => void): void {
  const { evidence } = context;
  const first = partitionPoint(evidence, (e) => e.start < from);
  // Most sentences hold no evidence: they build nothing for it.
  if (first < evidence.length && (evidence[first] as Evidence).start < to) visitEvidence(context, first, to, visit);
  visitEnding(doc.text, context.questionRuns, from, to, visit);
}

/** The evidence from context.evidence[first] up to `to`: each rule with its count, who voiced it, and the weight on each side. */
function visitEvidence(context: FeatureContext, first: number, to: number, visit: (name: string, value: number) => void): void {
  let bullish = 0;
  let skeptical = 0;
  // Each rule with its count, in the order first met: a span holds a few, so two short lists serve (a Map per span cost more).
  const rules: string[] = [];
  const counts: number[] = [];
  let quotedBullish = false;
  let quotedSkeptical = false;
  const { evidence } = context;
  for (let i = first; i < evidence.length; i++) {
    const e = evidence[i] as Evidence;
    if (e.start >= to) break;
    if (e.polarity === 'bullish') bullish += e.weight;
    else skeptical += e.weight;
    for (const rule of context.rules[i] as readonly string[]) {
      const at = rules.indexOf(rule);
      if (at < 0) {
        rules.push(rule);
        counts.push(1);
      } else counts[at] = (counts[at] as number) + 1;
    }
    if (e.voice === 'quote') {
      if (e.polarity === 'bullish') quotedBullish = true;
      else quotedSkeptical = true;
    }
  }
  for (let r = 0; r < rules.length; r++) visit(rules[r] as string, counts[r] as number);
  if (quotedBullish) visit('v:bullish', 1);
  if (quotedSkeptical) visit('v:skeptical', 1);
  if (bullish > 0) visit('e:bullish', Math.log1p(bullish));
  if (skeptical > 0) visit('e:skeptical', Math.log1p(skeptical));
}

/** The span's features as a map (what the training stores, and what the evidence of a label is read from). */
export function spanFeatures(doc: Doc, context: FeatureContext, from: number, to: number): Features {
  const features: Features = new Map();
  forEachFeature(doc, context, from, to, (name, value) => features.set(name, value));
  return features;
}

/** A question (…吗?), or a run of question marks, which in forum text stands for lost emoji (太牛了????). */
function visitEnding(text: string, questionRuns: readonly number[], from: number, to: number, visit: (name: string, value: number) => void): void {
  let end = to;
  while (end > from && isWhitespace(text.charCodeAt(end - 1))) end--;
  const closed = beforeClosers(text, from, end);
  const run = questionRuns[partitionPoint(questionRuns, (at) => at < from)];
  if (run !== undefined && run + 2 <= end) visit('end:marks', 1);
  else if (closed > from && text.charCodeAt(closed - 1) === 0x3f) visit('end:question', 1);
  if (end > from && text.charCodeAt(end - 1) === 0x21) visit('end:exclamation', 1);
}

/**
 * What /\s/ matches (ECMAScript white space and line terminators), by code unit: a regular expression run on a
 * one-character string, made for each span, cost more than the rest of reading its ending.
 */
export const isWhitespace = markSet(WHITESPACE);

/**
 * Where two question marks in a row start in the text, found once per document: a span is not searched for them,
 * nor sliced.
 */
export function questionRuns(text: string): number[] {
  const runs: number[] = [];
  for (let at = text.indexOf('??'); at >= 0; at = text.indexOf('??', at + 1)) runs.push(at);
  return runs;
}
