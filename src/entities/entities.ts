import type { Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { Company, Mention, Person } from '../schema.js';
import { companySeeds } from './companies/companies.js';
import { decide, type Accepted } from './decide.js';
import type { Evidence } from './evidence.js';
import { groupNames, nameOf } from './group.js';
import { findMentions } from './mentions.js';
import { ORIGINAL_OF, personSeeds } from './people/people.js';
import { rolesOf } from './roles.js';
import { countedMentions, salienceOf } from './salience.js';

/**
 * Companies and people: candidates from every kind of evidence, a decision per name (a company's lexicon or
 * registered-name evidence outweighs jieba calling it a person), every occurrence of an accepted name as a mention,
 * then one entity per group of names (阿里 / 阿里巴巴 / 阿里巴巴集团; 新浪公司 = 新浪; FACEBOOK = Facebook).
 */

export interface Entities {
  companies: Omit<Company, 'stance'>[];
  people: Person[];
}

export function findEntities(doc: Doc, lex: Lexicons, evidence: Evidence): Entities {
  const accepted = decide(companySeeds(doc, lex, evidence), personSeeds(doc, lex, evidence));
  const mentions = findMentions(doc, lex, accepted);
  const groups = [...groupNames(lex, accepted, mentions).values()];
  const evidenceOf = (surface: string) => accepted.get(surface) as Accepted;
  // 卡莱罗（calero）: the original name in brackets restates the name before it; it does not count as a mention.
  const counted = new Map(groups.map((g) => [g, countedMentions(doc, g.mentions, (m) => evidenceOf(m.surface).why.has(ORIGINAL_OF))]));
  let maxMentions = 1;
  for (const n of counted.values()) maxMentions = Math.max(maxMentions, n);
  const companyMentions = mentions.filter((m) => accepted.get(m.surface)?.kind === 'company');
  const titledAt = new Map(evidence.titled.map((t) => [t.name.start, t]));
  const companies: Omit<Company, 'stance'>[] = [];
  const people: Person[] = [];
  for (const group of groups) {
    const first = evidenceOf(group.surfaces[0] as string);
    // A person named with the original in brackets is reported under the name the original was found for
    // (奥斯卡·林德, not Oscar Linde); any other under its longest form (加里·韦斯特 over 韦斯特, whichever comes first).
    const original = first.kind === 'person' ? group.surfaces.find((s) => evidenceOf(s).why.has(ORIGINAL_OF)) : undefined;
    const { name, aliases } = nameOf(doc, group.mentions, first.canonical, original === undefined ? undefined : evidenceOf(original).group);
    const mentionList: Mention[] = group.mentions.map((m) => ({ text: doc.source.slice(m.start, m.end), start: m.start, end: m.end }));
    const salience = salienceOf(doc, lex, group.mentions, counted.get(group) as number, maxMentions);
    const why = union(group.surfaces.map((s) => evidenceOf(s).why));
    if (first.kind === 'company') {
      const codes = union(group.surfaces.map((s) => evidenceOf(s).codes));
      const listedCodes = union(group.surfaces.map((s) => evidenceOf(s).listedCodes));
      companies.push({ name, aliases, mentions: mentionList, salience, codes, listedCodes, why });
    } else {
      people.push({ name, aliases, mentions: mentionList, roles: rolesOf(doc, lex, titledAt, group.mentions, companyMentions), salience, why });
    }
  }
  return { companies: companies.sort(byFirstMention), people: people.sort(byFirstMention) };
}

function union(sets: readonly ReadonlySet<string>[]): string[] {
  // Added in place: flatMap copied every set into an array first, three times per entity.
  const all = new Set<string>();
  for (const set of sets) for (const item of set) all.add(item);
  return [...all];
}

function byFirstMention(a: { mentions: Mention[] }, b: { mentions: Mention[] }): number {
  return (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
}
