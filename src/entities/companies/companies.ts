import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence, Recogniser } from '../evidence.js';
import { fromBranches, fromNumberedUnits } from './branches.js';
import { fromCopula } from './copula.js';
import { fromEnumerations } from './enumerations.js';
import { fromFunds } from './funds.js';
import { fromLexicon } from './lexicon.js';
import { fromMorphology } from './morphology.js';
import { fromOrganisationTags } from './organisation-tags.js';
import { isPlausible } from './plausible.js';
import { fromRegisteredNames } from './registered-names.js';
import type { CompanySeed } from './seed.js';
import { fromPlatforms } from './platforms.js';
import { fromSpecialTreatment } from './special-treatment.js';
import { fromStockCodes } from './stock-codes.js';
import { fromTitles } from './titles.js';

/** The company recognisers, in the order their reasons are listed. */
const RECOGNISERS: readonly Recogniser<CompanySeed>[] = [
  fromCopula,
  fromLexicon,
  fromRegisteredNames,
  fromStockCodes,
  fromTitles,
  fromMorphology,
  fromBranches,
  fromNumberedUnits,
  fromOrganisationTags,
  fromFunds,
  fromEnumerations,
  fromSpecialTreatment,
  fromPlatforms,
];

/** Every company candidate of a document that could be a company's name at all. */
export function companySeeds(doc: Doc, lex: Lexicons, evidence: Evidence): CompanySeed[] {
  const seeds = RECOGNISERS.flatMap((recognise) => recognise(doc, lex, evidence)).filter((seed) => isPlausible(seed.surface, lex));
  return withRegisteredGroups(seeds);
}

/**
 * *ST瑞晟 and 深圳市瑞晟光电股份有限公司 in one text: a listed short name the lexicon does not know joins the
 * registered name whose trade name it is.
 */
function withRegisteredGroups(seeds: CompanySeed[]): CompanySeed[] {
  const byTradeName = new Map<string, string>();
  for (const s of seeds) if (s.tradeName) byTradeName.set(s.tradeName, s.group);
  return seeds.map((s) => {
    const owner = s.shortName !== undefined && s.group === s.surface ? byTradeName.get(s.shortName.slice(0, 2)) : undefined;
    return owner ? { ...s, group: owner } : s;
  });
}
