import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence, Recogniser } from '../evidence.js';
import { fromBranches, fromNumberedUnits } from './branches.js';
import { fromAccused } from './accused.js';
import { fromAnnouncers } from './announcers.js';
import { fromCopula } from './copula.js';
import { fromCounterparties } from './counterparties.js';
import { fromEnumerations } from './enumerations.js';
import { fromFunds } from './funds.js';
import { fromHolders } from './holders.js';
import { fromIntroduced } from './introduced.js';
import { fromLatinNames } from './latin.js';
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
  fromLatinNames,
  fromTitles,
  fromMorphology,
  fromBranches,
  fromNumberedUnits,
  fromOrganisationTags,
  fromFunds,
  fromEnumerations,
  fromSpecialTreatment,
  fromPlatforms,
  fromAccused,
  fromHolders,
  fromCounterparties,
  fromIntroduced,
  fromAnnouncers,
];

/** Every company candidate of a document that could be a company's name at all. */
export function companySeeds(doc: Doc, lex: Lexicons, evidence: Evidence): CompanySeed[] {
  // One array filled in place: flatMap and filter built two more per document.
  const seeds: CompanySeed[] = [];
  for (const recognise of RECOGNISERS) for (const seed of recognise(doc, lex, evidence)) if (isPlausible(seed.surface, lex)) seeds.push(seed);
  return withShortFormGroups(lex, withRegisteredGroups(seeds));
}

/** The longest short name read as another company's: four characters (华夏, 南方, 招商局). */
const MAX_SHORT = 4;

/**
 * 华夏 and 华夏基金, 平安 and 中国平安保险(集团)股份有限公司 in one text: a short name that is an everyday word too
 * (the lexicon keeps 华夏, 南方, 平安 apart, for they open many companies' names) and opens exactly one other company's
 * name in the text, before an organisation word (the country prefix aside), is that company. Where it opens two (平安
 * 银行 and 平安证券), it stays its own; a short name of its own (中粮 beside 中粮期货) is never moved.
 */
function withShortFormGroups(lex: Lexicons, seeds: CompanySeed[]): CompanySeed[] {
  const country = lex.words['company-words'].of('country-prefix');
  const groupsByHead = new Map<string, Set<string>>();
  for (const seed of seeds) {
    const name = seed.surface.slice(country.at(seed.surface, 0)?.end ?? 0);
    for (let cut = 2; cut <= Math.min(MAX_SHORT, name.length - 2); cut++) {
      const word = lex.orgWords.at(name, cut);
      if (!word || word.value.has('descriptor') || word.value.has('branch')) continue;
      const head = name.slice(0, cut);
      groupsByHead.set(head, (groupsByHead.get(head) ?? new Set()).add(seed.group));
    }
  }
  return seeds.map((seed) => {
    const everyday = seed.surface.length <= MAX_SHORT && lex.companies.get(seed.surface)?.needsContext === true;
    const groups = everyday ? groupsByHead.get(seed.surface) : undefined;
    const owner = groups?.size === 1 ? [...groups][0] : undefined;
    return owner !== undefined && owner !== seed.group ? { ...seed, group: owner } : seed;
  });
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
