import type { Lexicons } from '../lexicon/lexicons.js';
import { WordLists, type WordHit } from '../lexicon/word-list.js';
import type { Doc } from '../text/document.js';
import type { Markers } from '../text/hits.js';
import { perLexicons } from './per-lexicons.js';

/**
 * The words of the rules that the recognisers look for across the whole document (how a deal or a supply opens, 等
 * closing a list, the copula, a nationality, a kin word …), each list's matches left to right.
 */
export interface DocWords {
  partyOpenings: WordHit<true>[];
  supplierOpenings: WordHit<true>[];
  /** Words after which a subsidiary's name stands (子公司), and verbs whose object is a firm's equity (持有…%股权). */
  subsidiaryOpenings: WordHit<true>[];
  stakeVerbs: WordHit<true>[];
  listClosers: WordHit<true>[];
  firmMeasures: WordHit<true>[];
  copulas: WordHit<true>[];
  holderAfter: WordHit<true>[];
  nationalities: WordHit<true>[];
  descriptors: WordHit<true>[];
  kin: WordHit<true>[];
  works: WordHit<true>[];
  /** Words that make a text one about lending (网贷, 出借人) or about funds (基金, 净值): read before platforms and funds are. */
  lendingContext: WordHit<true>[];
  /** What befalls a lending platform (跑路, 清盘): each makes a text one about lending too, and names its subject. */
  lendingEvents: WordHit<true>[];
  fundContext: WordHit<true>[];
}

const docLists = perLexicons((lex) => {
  const { particles, 'company-words': company, 'person-words': person, 'fund-words': fund } = lex.words;
  return new WordLists([
    lex.titles,
    lex.orgWords,
    lex.speechVerbs,
    lex.personVerbs,
    lex.stanceModifiers,
    company.of('party-opening'),
    company.of('supplier-opening'),
    company.of('subsidiary-opening'),
    company.of('stake-verb'),
    particles.of('list-closer'),
    company.of('firm-measure'),
    particles.of('copula'),
    company.of('holder-after'),
    particles.of('nationality'),
    person.of('descriptor'),
    person.of('kin'),
    person.of('work'),
    company.of('lending-context'),
    company.of('lending-event'),
    fund.of('context'),
  ] as const);
});

/**
 * The document's {@link Markers} and {@link DocWords}, found in one pass over it: a scan per list read the text
 * twenty times, and a scan for the markers and another for the rest read it twice.
 */
export function findDocWords(doc: Doc, lex: Lexicons): { markers: Markers; words: DocWords } {
  const [titles, orgWords, speechVerbs, personVerbs, stanceModifiers, partyOpenings, supplierOpenings, subsidiaryOpenings, stakeVerbs, listClosers, firmMeasures, copulas, holderAfter, nationalities, descriptors, kin, works, lendingContext, lendingEvents, fundContext] =
    docLists(lex).all(doc.text);
  return {
    markers: { titles, orgWords, speechVerbs, personVerbs, stanceModifiers },
    words: { partyOpenings, supplierOpenings, subsidiaryOpenings, stakeVerbs, listClosers, firmMeasures, copulas, holderAfter, nationalities, descriptors, kin, works, lendingContext, lendingEvents, fundContext },
  };
}
