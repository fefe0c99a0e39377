import type { QuotationMarks } from '../attribution/marks.js';
import type { Owners } from '../figures/owners.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { Amount, Evidence, Percentage, Quote } from '../schema.js';
import { sentenceAt, type Doc } from '../text/document.js';
import type { LexiconHits } from '../text/hits.js';
import type { Layout } from '../text/layout.js';
import { findEvidence } from './evidence.js';
import { questionRuns, ruleFeatures, wordFeatures, type FeatureContext } from './features.js';
import { estimateEvidence, figureEvidence, streakEvidence } from './figures.js';
import type { Vocabulary } from './vocabulary.js';

/** What the earlier stages found that stance reads. */
export interface StanceInputs {
  layout: Layout;
  hits: LexiconHits;
  quotes: readonly Quote[];
  marks: readonly QuotationMarks[];
  amounts: readonly Amount[];
  percentages: readonly Percentage[];
  /** Every company and person mention: names are no evidence (a cue inside a name, 新希望, is none). */
  mentions: readonly { start: number; end: number }[];
  /** How many companies and how many money amounts and percentages the text holds (see subject.ts). */
  found: { companies: number; figures: number };
  /** The owner rules' reading of the document, which tells what a pronoun (该公司, 该所) stands for. */
  owners: Owners;
}

/**
 * The rules' evidence (cues with their modifiers, and telling figures) outside names and credits, and the words,
 * numbered by the models' vocabulary when given (see wordFeatures).
 */
export function stanceContext(doc: Doc, lex: Lexicons, inputs: StanceInputs, vocabulary: Vocabulary | null = null): FeatureContext {
  const { layout } = inputs;
  const found = findEvidence(doc, lex, layout, inputs.hits, inputs.quotes, inputs.marks, inputs.mentions);
  for (const e of [
    ...figureEvidence(doc, lex, inputs.hits, inputs.percentages),
    ...estimateEvidence(doc, lex, inputs.hits, inputs.amounts, inputs.percentages),
    ...streakEvidence(doc, inputs.mentions),
  ]) {
    const sentence = sentenceAt(doc, e.start);
    if (sentence && layout.kinds[sentence.paragraph] !== 'credit') found.push(e);
  }
  const named = markNames(doc.text.length, inputs.mentions);
  try {
    const evidence: Evidence[] = found.filter((e) => named[e.start] !== 1 && named[e.end - 1] !== 1).sort((a, b) => a.start - b.start);
    const { words, names, previous } = wordFeatures(doc, lex, named, vocabulary);
    // Built as one literal (a spread object has a slower shape, and every span's reading goes through this one).
    return { evidence, rules: evidence.map(ruleFeatures), words, names, previous, vocabulary, questionRuns: questionRuns(doc.text) };
  } finally {
    for (const m of inputs.mentions) named.fill(0, m.start, m.end);
  }
}

/**
 * 1 at every offset inside a company or person mention (of a text of `length`), 0 elsewhere: in an array the texts
 * up to SHARED_MARKS long share (a short text paid more for allocating its own than for reading it), which the caller
 * clears when done.
 */
function markNames(length: number, mentions: readonly { start: number; end: number }[]): Uint8Array {
  const named = length < SHARED_MARKS ? sharedMarks : new Uint8Array(length + 1);
  for (const m of mentions) named.fill(1, m.start, m.end);
  return named;
}

const SHARED_MARKS = 1 << 16;
const sharedMarks = new Uint8Array(SHARED_MARKS);
