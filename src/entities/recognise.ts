import type { Lexicons } from '../lexicon/lexicons.js';
import type { Doc } from '../text/document.js';
import { findLexiconHits } from '../text/hits.js';
import { findDocWords } from './doc-words.js';
import { findEntities } from './entities.js';
import { findTitledNames } from './titles/titled-names.js';

/** The companies and people of a document, with what the lexicons and the titles found on the way. */
export function recognise(doc: Doc, lex: Lexicons) {
  const hits = findLexiconHits(doc, lex);
  const titled = findTitledNames(doc, lex, hits);
  // A literal, not a spread of findEntities' result: spread objects are slow to build and to read.
  const { companies, people } = findEntities(doc, lex, { hits, words: findDocWords(doc, lex), titled });
  return { hits, titled, companies, people };
}
