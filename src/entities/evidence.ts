import type { Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import type { DocWords } from './doc-words.js';
import type { TitledName } from './roles.js';

/**
 * What every recogniser may read besides the document: the lexicons' hits, the rules' words found across it and the
 * names found next to titles.
 */
export interface Evidence {
  readonly hits: LexiconHits;
  readonly words: DocWords;
  readonly titled: readonly TitledName[];
}

/** One kind of evidence for companies or people: the candidates it finds, each with its reason. */
export type Recogniser<Seed> = (doc: Doc, lex: Lexicons, evidence: Evidence) => Seed[];
