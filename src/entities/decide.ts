import type { CompanySeed } from './companies/seed.js';
import type { PersonSeed } from './people/seed.js';

/** A name accepted as a company or a person, with all its evidence. */
export interface Accepted {
  kind: 'company' | 'person';
  group: string;
  tradeName: string | undefined;
  why: Set<string>;
  codes: Set<string>;
  listedCodes: Set<string>;
  canonical: string | undefined;
  /** Occurrences seeded by context: always mentions, even where jieba's words do not line up. */
  seeded: { start: number; end: number }[];
  /** Whether every occurrence counts, or only the seeded ones (everyday words such as 苹果). */
  everywhere: boolean;
}

/** Evidence strong enough for a name to be a company even if jieba or a speech verb suggests a person. */
const STRONG_COMPANY = /^(lexicon|morphology:registered-name|context:stock-code)/;
const STRONG_PERSON = /^(context|lexicon)/;

/**
 * One decision per name: company or person, with all its evidence (a company's lexicon or registered-name evidence
 * outweighs jieba calling it a person).
 */
export function decide(companySeeds: readonly CompanySeed[], personSeeds: readonly PersonSeed[]): Map<string, Accepted> {
  const accepted = new Map<string, Accepted>();
  for (const seed of companySeeds) {
    const entry = accepted.get(seed.surface) ?? {
      kind: 'company' as const,
      group: seed.group,
      why: new Set<string>(),
      codes: new Set<string>(),
      listedCodes: new Set<string>(),
      canonical: seed.canonical,
      tradeName: seed.tradeName,
      seeded: [],
      everywhere: false,
    };
    entry.why.add(seed.why);
    for (const code of seed.codes ?? []) entry.codes.add(code);
    for (const code of seed.listedCodes ?? []) entry.listedCodes.add(code);
    if (seed.at) entry.seeded.push(seed.at);
    if (seed.only) entry.seeded.push(seed.only);
    else entry.everywhere = true;
    accepted.set(seed.surface, entry);
  }
  for (const seed of personSeeds) {
    const existing = accepted.get(seed.surface);
    if (existing?.kind === 'company') {
      const companyIsStrong = [...existing.why].some((w) => STRONG_COMPANY.test(w));
      if (companyIsStrong || !STRONG_PERSON.test(seed.why)) continue;
      accepted.delete(seed.surface);
    }
    const entry = accepted.get(seed.surface) ?? {
      kind: 'person' as const,
      group: seed.group,
      why: new Set<string>(),
      codes: new Set<string>(),
      listedCodes: new Set<string>(),
      canonical: undefined,
      tradeName: undefined,
      seeded: [],
      everywhere: true,
    };
    entry.why.add(seed.why);
    // A well-known person found by an alias (老沈) is reported under the lexicon's name (沈听澜).
    if (seed.why.startsWith('lexicon:')) entry.canonical ??= seed.group;
    entry.seeded.push({ start: seed.start, end: seed.end });
    accepted.set(seed.surface, entry);
  }
  // 托马斯·韦伯 and, later, 韦伯: the surname of a transliterated full name names the same person wherever it stands.
  for (const [surface, entry] of [...accepted]) {
    if (entry.kind !== 'person') continue;
    const last = lastPartOf(surface);
    if (last === surface || last.length < 2 || accepted.has(last)) continue;
    accepted.set(last, { ...entry, why: new Set([`context:surname-of:${surface}`]), seeded: [], everywhere: true });
  }
  return accepted;
}

/** The last part of a transliterated name written in full (韦伯 of 托马斯·韦伯), or the name itself. */
export function lastPartOf(name: string): string {
  return name.split(/[·•]/).pop() as string;
}
