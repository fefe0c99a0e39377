import type { Lexicons } from '../lexicon/lexicons.js';
import type { Doc } from '../text/document.js';

/**
 * A value read from a document with an analyzer's lexicons, computed on first use and kept while the document lives:
 * what several recognisers read alike (the words that open with a surname) is read in one pass, not one each.
 */
export function perDocument<T>(compute: (doc: Doc, lex: Lexicons) => T): (doc: Doc, lex: Lexicons) => T {
  const computed = new WeakMap<Doc, { lex: Lexicons; value: T }>();
  return (doc, lex) => {
    const known = computed.get(doc);
    if (known !== undefined && known.lex === lex) return known.value;
    const value = compute(doc, lex);
    computed.set(doc, { lex, value });
    return value;
  };
}
