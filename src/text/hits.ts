import type { Lexicons, OrgWordKind, Phrase, StanceModifier, TitleKind } from '../lexicon/lexicons.js';
import type { WordHit } from '../lexicon/word-list.js';
import type { Doc } from './document.js';

/** What the lexicons find in one document: looked up once, read by every stage. */
export interface LexiconHits {
  /** Phrases of every phrase lexicon, longest first at each word start. */
  phrases: PhraseHit[];
  markers: Markers;
}

export type PhraseHit = { start: number; end: number; value: Phrase };

/** The document's marker words (titles, organisation words, speech verbs, stance modifiers), found in one pass. */
export interface Markers {
  titles: WordHit<TitleKind>[];
  orgWords: WordHit<ReadonlySet<OrgWordKind>>[];
  speechVerbs: WordHit<true>[];
  personVerbs: WordHit<true>[];
  stanceModifiers: WordHit<StanceModifier>[];
}

/** The phrases at the document's word starts, with its markers (found with the recognisers' words, in one pass). */
export function findLexiconHits(doc: Doc, lex: Lexicons, markers: Markers): LexiconHits {
  return { phrases: lex.phrases.scan(doc.text, doc.tokens), markers };
}
