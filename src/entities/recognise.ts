import type { Lexicons } from '../lexicon/lexicons.js';
import type { Doc } from '../text/document.js';
import { findLexiconHits } from '../text/hits.js';
import { findDocWords } from './doc-words.js';
import { findEntities } from './entities.js';
import type { Evidence } from './evidence.js';
import { surnameWords } from './names/chinese.js';
import { foreignShaped } from './people/foreign.js';
import { findTitledNames } from './titles/titled-names.js';

/** What every recogniser reads besides the document (see {@link Evidence}). */
export function gatherEvidence(doc: Doc, lex: Lexicons): Evidence {
  const { markers, words } = findDocWords(doc, lex);
  const hits = findLexiconHits(doc, lex, markers);
  const shapes = { surnames: surnameWords(doc, lex), foreign: foreignShaped(doc, lex) };
  return { hits, words, titled: findTitledNames(doc, lex, hits), shapes };
}

/** The companies and people of a document, with what the lexicons and the titles found on the way. */
export function recognise(doc: Doc, lex: Lexicons) {
  const evidence = gatherEvidence(doc, lex);
  // A literal, not a spread of findEntities' result: spread objects are slow to build and to read.
  const { companies, people } = findEntities(doc, lex, evidence);
  return { hits: evidence.hits, titled: evidence.titled, companies, people };
}
