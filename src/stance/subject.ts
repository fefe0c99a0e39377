import type { Lexicons } from '../lexicon/lexicons.js';
import type { Doc } from '../text/document.js';

/**
 * Whether a text speaks of something an investor holds: it names a company, gives a money amount or a percentage, or
 * uses a word of markets, the economy or an industry (股市, 楼市, 利率: stance-words.tsv, market-subject). A text with
 * none (a match lost, a festival, the weather) conveys nothing for an investor however strong its words, and the
 * stance model reads that as a feature of every span in it (`d:no-subject`), trained on such texts we labelled.
 */
export function hasInvestableSubject(doc: Doc, lex: Lexicons, found: { companies: number; figures: number }): boolean {
  if (found.companies > 0 || found.figures > 0) return true;
  return lex.words['stance-words'].of('market-subject').occursIn(doc.text);
}
