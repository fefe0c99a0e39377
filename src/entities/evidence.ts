import type { Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import type { DocWords } from './doc-words.js';
import type { TitledName } from './roles.js';

/**
 * What every recogniser may read besides the document: the lexicons' hits, the rules' words found across it, the
 * names found next to titles and the words shaped like the start of a name.
 */
export interface Evidence {
  readonly hits: LexiconHits;
  readonly words: DocWords;
  readonly titled: readonly TitledName[];
  readonly shapes: NameShapes;
}

/**
 * The indices of the words a name may start at, found once per document for the recognisers that read them alike: a
 * pass over every word for each recogniser cost more than all else they do.
 */
export interface NameShapes {
  /** Words that open with a surname (names shaped by jieba's words and names it split start nowhere else). */
  readonly surnames: readonly number[];
  /** Words of a subject's length written wholly in transliteration characters. */
  readonly foreign: readonly number[];
}

/** One kind of evidence for companies or people: the candidates it finds, each with its reason. */
export type Recogniser<Seed> = (doc: Doc, lex: Lexicons, evidence: Evidence) => Seed[];
