import { companyNameEnds, companySeeds, type CompanySeed } from './companies.js';
import { paragraphAt, startsWord, type Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import { notPersonMention, personSeeds, type PersonSeed } from './people.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { RoleSpan, TitledName } from './roles.js';
import type { Company, Mention, Person, Role } from '../schema.js';

/**
 * Companies and people: candidates from every kind of evidence, a decision per name (a company's lexicon or
 * registered-name evidence outweighs jieba calling it a person), every occurrence of an accepted name as a mention,
 * then one entity per group of names (阿里 / 阿里巴巴 / 阿里巴巴集团; 新浪公司 = 新浪; FACEBOOK = Facebook).
 */

export interface Entities {
  companies: Omit<Company, 'stance'>[];
  people: Person[];
}

interface Accepted {
  kind: 'company' | 'person';
  group: string;
  tradeName: string | undefined;
  why: Set<string>;
  codes: Set<string>;
  canonical: string | undefined;
  /** Occurrences seeded by context: always mentions, even where jieba's words do not line up. */
  seeded: { start: number; end: number }[];
  /** Whether every occurrence counts, or only the seeded ones (everyday words such as 苹果). */
  everywhere: boolean;
}

/** Evidence strong enough for a name to be a company even if jieba or a speech verb suggests a person. */
const STRONG_COMPANY = /^(lexicon|morphology:registered-name|context:stock-code)/;
const STRONG_PERSON = /^(context|lexicon)/;
const DEAL_VERBS = /^(收购|入股|投资|宣布|发布|上市|领投|并购|回购|增持|减持|推出|完成)/;

export function findEntities(doc: Doc, lex: Lexicons, titled: readonly TitledName[], hits: LexiconHits): Entities {
  const accepted = decide(companySeeds(doc, lex, titled, hits), personSeeds(doc, lex, titled, hits));
  const mentions = findMentions(doc, accepted);
  const groups = groupNames(lex, accepted, mentions);
  const companies: Omit<Company, 'stance'>[] = [];
  const people: Person[] = [];
  const maxMentions = Math.max(1, ...[...groups.values()].map((g) => g.mentions.length));
  const companyMentions = mentions.filter((m) => accepted.get(m.surface)?.kind === 'company');
  const titledAt = new Map(titled.map((t) => [t.name.start, t]));
  for (const group of groups.values()) {
    const first = accepted.get(group.surfaces[0] as string) as Accepted;
    const { name, aliases } = nameOf(doc, group.mentions, first.canonical);
    const mentionList: Mention[] = group.mentions.map((m) => ({ text: doc.source.slice(m.start, m.end), start: m.start, end: m.end }));
    const salience = salienceOf(doc, group.mentions, maxMentions);
    const why = [...new Set(group.surfaces.flatMap((s) => [...(accepted.get(s)?.why ?? [])]))];
    if (first.kind === 'company') {
      const codes = [...new Set(group.surfaces.flatMap((s) => [...(accepted.get(s)?.codes ?? [])]))];
      companies.push({ name, aliases, mentions: mentionList, salience, codes, why });
    } else {
      people.push({ name, aliases, mentions: mentionList, roles: rolesOf(doc, titledAt, group.mentions, companyMentions), salience, why });
    }
  }
  const byFirstMention = (a: { mentions: Mention[] }, b: { mentions: Mention[] }) =>
    (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
  return { companies: companies.sort(byFirstMention), people: people.sort(byFirstMention) };
}

/** One decision per name: company or person, with all its evidence. */
function decide(companySeedList: CompanySeed[], personSeedList: PersonSeed[]): Map<string, Accepted> {
  const accepted = new Map<string, Accepted>();
  for (const seed of companySeedList) {
    const entry = accepted.get(seed.surface) ?? {
      kind: 'company' as const,
      group: seed.group,
      why: new Set<string>(),
      codes: new Set<string>(),
      canonical: seed.canonical,
      tradeName: seed.tradeName,
      seeded: [],
      everywhere: false,
    };
    entry.why.add(seed.why);
    for (const code of seed.codes ?? []) entry.codes.add(code);
    if (seed.at) entry.seeded.push(seed.at);
    if (seed.only) entry.seeded.push(seed.only);
    else entry.everywhere = true;
    accepted.set(seed.surface, entry);
  }
  for (const seed of personSeedList) {
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
      canonical: undefined,
      tradeName: undefined,
      seeded: [],
      everywhere: true,
    };
    entry.why.add(seed.why);
    entry.seeded.push({ start: seed.start, end: seed.end });
    accepted.set(seed.surface, entry);
  }
  // 托马斯·韦伯 and, later, 韦伯: the surname of a transliterated full name names the same person wherever it stands.
  for (const [surface, entry] of [...accepted]) {
    if (entry.kind !== 'person') continue;
    const last = surface.split(/[·•]/).pop() as string;
    if (last === surface || last.length < 2 || accepted.has(last)) continue;
    accepted.set(last, { ...entry, why: new Set([`context:surname-of:${surface}`]), seeded: [], everywhere: true });
  }
  return accepted;
}

interface Found {
  start: number;
  end: number;
  surface: string;
}

/** Every occurrence of an accepted name at a token start, plus the seeded ones; longer names win overlaps. */
function findMentions(doc: Doc, accepted: Map<string, Accepted>): Found[] {
  const candidates: Found[] = [];
  // A document accepts a few dozen names: searching the text for each (Latin letters in either case, as the
  // lexicon matches them) is cheaper than building a trie of them for every document.
  const folded = foldLatin(doc.text);
  const searched = new Set<string>();
  for (const [surface, entry] of accepted) {
    const key = foldLatin(surface);
    if (!entry.everywhere || searched.has(key)) continue;
    searched.add(key);
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (!startsWord(doc, at)) continue;
      if (entry.kind === 'company' && !companyNameEnds(doc, at, end)) continue;
      // 《叶问》, 安徒生博物馆: the title of a work or the name of a place, not a mention of the person.
      if (entry.kind === 'person' && notPersonMention(doc.text, at, end)) continue;
      candidates.push({ start: at, end, surface });
    }
  }
  for (const [surface, entry] of accepted) for (const s of entry.seeded) candidates.push({ ...s, surface });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let covered = 0;
  for (const c of candidates) {
    if (c.start < covered) continue;
    kept.push(c);
    covered = c.end;
  }
  return kept;
}

function foldLatin(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

interface Group {
  surfaces: string[];
  mentions: Found[];
}

/**
 * Names join one entity when they share a lexicon entry or registered name, differ only in the case of Latin
 * letters, or one is the other plus a word that still names the same company (新浪公司, 阿里巴巴集团, 携程旅行网);
 * a transliterated full name and its surname are one person. 新浪微博 stays apart from 新浪: 微博 is not such a word.
 */
function groupNames(lex: Lexicons, accepted: Map<string, Accepted>, mentions: Found[]): Map<string, Group> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const keyOf = (surface: string) => {
    const entry = accepted.get(surface) as Accepted;
    return `${entry.kind}:${entry.group.toLowerCase()}`;
  };
  const used = [...new Set(mentions.map((m) => m.surface))];
  for (const surface of used) {
    const key = keyOf(surface);
    if (!parent.has(key)) parent.set(key, key);
  }
  const companySurfaces = new Set(used.filter((s) => accepted.get(s)?.kind === 'company'));
  for (const surface of companySurfaces) {
    for (let cut = surface.length - 1; cut >= 2; cut--) {
      const head = surface.slice(0, cut);
      if (!companySurfaces.has(head)) continue;
      const tail = lex.orgWords.get(surface.slice(cut));
      if (tail && (tail.has('generic') || tail.has('legal'))) union(keyOf(surface), keyOf(head));
    }
    // 中国平安 and 平安.
    if (surface.startsWith('中国') && companySurfaces.has(surface.slice(2))) union(keyOf(surface), keyOf(surface.slice(2)));
  }
  // 托马斯·韦伯 and, later, 韦伯: a transliterated name and its last part (the surname) are one person.
  const personSurfaces = new Set(used.filter((s) => accepted.get(s)?.kind === 'person'));
  for (const surface of personSurfaces) {
    const last = surface.split(/[·•]/).pop() as string;
    if (last !== surface && personSurfaces.has(last)) union(keyOf(last), keyOf(surface));
  }
  // A short form that opens with a registered name's trade name (驰远汽车 for 合肥驰远新能源汽车有限公司), unless
  // the lexicon knows it as another company.
  const tradeNames = new Map<string, string>();
  for (const surface of companySurfaces) {
    const trade = accepted.get(surface)?.tradeName;
    if (trade) tradeNames.set(trade, surface);
  }
  for (const surface of companySurfaces) {
    const owner = tradeNames.get(surface.slice(0, 2));
    const entry = accepted.get(surface) as Accepted;
    if (owner && owner !== surface && (entry.canonical === undefined || entry.canonical === accepted.get(owner)?.canonical)) {
      union(keyOf(surface), keyOf(owner));
    }
  }
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const root = find(keyOf(m.surface));
    const group = groups.get(root) ?? { surfaces: [], mentions: [] };
    if (!group.surfaces.includes(m.surface)) group.surfaces.push(m.surface);
    group.mentions.push(m);
    groups.set(root, group);
  }
  return groups;
}

/**
 * The name: the lexicon's canonical name when the text uses it, else the most complete (longest) form; aliases
 * are the other forms as written (traditional and simplified forms of one name are both kept).
 */
function nameOf(doc: Doc, mentions: Found[], canonical: string | undefined): { name: string; aliases: string[] } {
  const written = new Map<string, string>();
  for (const m of mentions) {
    const source = doc.source.slice(m.start, m.end);
    if (!written.has(source)) written.set(source, m.surface);
  }
  const forms = [...written.keys()];
  const name =
    forms.find((f) => canonical !== undefined && written.get(f)?.toLowerCase() === canonical.toLowerCase()) ??
    forms.reduce((best, f) => (f.length > best.length ? f : best), forms[0] as string);
  return { name, aliases: forms.filter((f) => f !== name) };
}

/** Frequency, an early mention (headline or lead), and being the subject of a deal verb. */
function salienceOf(doc: Doc, mentions: Found[], maxMentions: number): number {
  const frequency = mentions.length / maxMentions;
  const early = mentions.some((m) => (paragraphAt(doc, m.start)?.index ?? 99) <= 1) ? 1 : 0;
  const deal = mentions.some((m) => DEAL_VERBS.test(doc.text.slice(m.end, m.end + 2))) ? 1 : 0;
  return Math.round((0.6 * frequency + 0.25 * early + 0.15 * deal) * 1000) / 1000;
}

/**
 * A person's roles from the titles next to their name. An organisation written as a pronoun (该公司董事长, 该行行长)
 * is the company named last before it, within a few sentences.
 */
function rolesOf(doc: Doc, titledAt: ReadonlyMap<number, TitledName>, mentions: Found[], companies: readonly Found[]): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const t = titledAt.get(m.start);
    if (!t || t.name.end !== m.end) continue;
    let previousOrg: string | null = null;
    for (const r of t.roles) {
      const org = organisationOf(doc, t, r, companies, previousOrg);
      const role: Role = { title: doc.source.slice(r.title.start, r.title.end), org, former: r.former };
      previousOrg = org;
      const key = `${role.title}|${role.org}|${role.former}`;
      if (seen.has(key)) continue;
      seen.add(key);
      roles.push(role);
    }
  }
  return roles;
}

/** The organisation of one role as the text names it, with the companies found in the text to complete it. */
function organisationOf(doc: Doc, t: TitledName, r: RoleSpan, companies: readonly Found[], previousOrg: string | null): string | null {
  const name = (f: { start: number; end: number }) => doc.source.slice(f.start, f.end);
  if (r.orgIsPronoun) {
    const before = lastBefore(companies, r.title.start);
    return before && r.title.start - before.end <= 300 ? name(before) : null;
  }
  // 澄明储能副总裁, 和沐生物董事长, 启衡/v 董事长: a company found whole ends where the organisation does (or the
  // title begins), which the words before the title cut short or left out (澄明/a, 和 taken for a conjunction).
  const whole = companyEndingAt(companies, r.org?.end ?? r.title.start);
  if (whole && (!r.org || (whole.start < r.org.start && r.org.start - whole.start <= 4))) return name(whole);
  if (r.org) return name(r.org);
  // 红杉中国的郑岚合伙人: the company before 的 and a name with its title after it.
  const owner = doc.text[t.name.start - 1] === '的' ? companyEndingAt(companies, t.name.start - 1) : undefined;
  if (owner) return name(owner);
  // 启衡董事长兼CEO: the second title of a pair has the first one's organisation.
  return doc.text[r.title.start - 1] === '兼' ? previousOrg : null;
}

function companyEndingAt(sorted: readonly Found[], end: number): Found | undefined {
  const last = lastBefore(sorted, end + 1);
  return last?.end === end ? last : undefined;
}

function lastBefore(sorted: readonly Found[], offset: number): Found | undefined {
  return sorted[partitionPoint(sorted, (f) => f.end <= offset) - 1];
}
