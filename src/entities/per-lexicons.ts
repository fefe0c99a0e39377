import type { Lexicons } from '../lexicon/lexicons.js';

/**
 * A value compiled from an analyzer's lexicons (a grammar built from their word lists), built on first use and kept
 * while the lexicons live.
 */
export function perLexicons<T>(build: (lex: Lexicons) => T): (lex: Lexicons) => T {
  const built = new WeakMap<Lexicons, T>();
  return (lex) => {
    let value = built.get(lex);
    if (value === undefined) {
      value = build(lex);
      built.set(lex, value);
    }
    return value;
  };
}
