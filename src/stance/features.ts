import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { Evidence } from '../schema.js';
import { tokenIndexFrom, type Doc, type Tok } from '../text/document.js';
import { CLAUSE_ENDS, LIST_COMMA, markTest } from '../text/marks.js';
import { FUNCTION_WORD_TAGS as FUNCTION_TAGS } from '../text/tags.js';

/**
 * What the stance model reads in a span of text: its words (a word after a negator in its clause is read negated:
 * 并未/出现/亏损 gives not:出现 and not:亏损), the cue evidence the rules found with what turned it (negated, hedged,
 * after a turn, a figure's growth or decline, a rhetorical question), and the form of its end (a question, a run of
 * question marks standing for lost emoji). Names of companies and people are no evidence and are left out.
 */
export type Features = Map<string, number>;

/** How many words after a negator it reaches, inside the clause. */
const NEGATION_REACH = 3;
const isClauseEnd = markTest(CLAUSE_ENDS, LIST_COMMA);

/** What the features of a span are read from, besides the document. */
export interface FeatureContext {
  /** 1 at every offset inside a company or person mention. */
  named: Uint8Array;
  /** Evidence sorted by start. */
  evidence: readonly Evidence[];
}

export function spanFeatures(doc: Doc, lex: Lexicons, context: FeatureContext, from: number, to: number): Features {
  const features: Features = new Map([['bias', 1]]);
  addWords(doc, lex, context, from, to, features);
  addEvidence(context.evidence, from, to, features);
  addEnding(doc.text.slice(from, to), features);
  return features;
}

function addWords(doc: Doc, lex: Lexicons, context: FeatureContext, from: number, to: number, features: Features): void {
  const { text } = doc;
  let negated = 0;
  for (let i = tokenIndexFrom(doc, from); i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Tok;
    if (t.end > to) break;
    const word = text.slice(t.start, t.end).toLowerCase();
    if (t.end - t.start === 1 && isClauseEnd(word)) {
      negated = 0;
      continue;
    }
    if (context.named[t.start] === 1 || !isWordLike(word) || FUNCTION_TAGS.has(t.pos)) continue;
    if (lex.stanceModifiers.get(word) === 'negator') {
      negated = NEGATION_REACH;
      features.set(`w:${word}`, 1);
      continue;
    }
    features.set(negated > 0 ? `not:${word}` : `w:${word}`, 1);
    if (negated > 0) negated--;
  }
}

/** A word with a letter in it (Han or Latin): not a number, a mark or a space. */
function isWordLike(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/**
 * The rules' evidence in the span: the weight on each side (log-scaled), and each rule that turned a cue, by the side
 * it ended on (negated toward bullish is a denial of bad news: 并未出现亏损).
 */
function addEvidence(evidence: readonly Evidence[], from: number, to: number, features: Features): void {
  const sums = { bullish: 0, skeptical: 0 };
  for (let i = partitionPoint(evidence, (e) => e.start < from); i < evidence.length; i++) {
    const e = evidence[i] as Evidence;
    if (e.start >= to) break;
    sums[e.polarity] += e.weight;
    for (const rule of e.rule.split(' ')) {
      if (rule.startsWith('cue:')) continue;
      const name = rule.includes(':') && !rule.startsWith('figure:') && !rule.startsWith('irony:') ? rule.slice(0, rule.indexOf(':')) : rule;
      features.set(`r:${e.polarity}:${name}`, (features.get(`r:${e.polarity}:${name}`) ?? 0) + 1);
    }
    if (e.voice === 'quote') features.set(`v:${e.polarity}`, 1);
  }
  if (sums.bullish > 0) features.set('e:bullish', Math.log1p(sums.bullish));
  if (sums.skeptical > 0) features.set('e:skeptical', Math.log1p(sums.skeptical));
}

/** A question (…吗?), or a run of question marks, which in forum text stands for lost emoji (太牛了????). */
function addEnding(span: string, features: Features): void {
  const end = span.trimEnd();
  if (/\?{2,}/.test(end)) features.set('end:marks', 1);
  else if (/\?[”」"')]*$/.test(end)) features.set('end:question', 1);
  if (end.endsWith('!')) features.set('end:exclamation', 1);
}

/** Adds features into a sum (a paragraph as the union of its sentences' words, its evidence added up). */
export function mergeInto(into: Features, from: Features): void {
  for (const [name, value] of from) into.set(name, name.startsWith('w:') || name.startsWith('not:') || name === 'bias' ? 1 : (into.get(name) ?? 0) + value);
}
