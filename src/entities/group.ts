import type { Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { lastPartOf, type Accepted } from './decide.js';
import type { Found } from './mentions.js';

/** The names of one entity and their mentions. */
export interface Group {
  surfaces: string[];
  mentions: Found[];
}

/**
 * Names join one entity when they share a lexicon entry or registered name, differ only in the case of Latin
 * letters, or one is the other plus a word that still names the same company (新浪公司, 阿里巴巴集团, 携程旅行网);
 * a transliterated full name and its surname are one person. 新浪微博 stays apart from 新浪: 微博 is not such a word.
 */
export function groupNames(lex: Lexicons, accepted: ReadonlyMap<string, Accepted>, mentions: readonly Found[]): Map<string, Group> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  // Each name's key made once: a key per mention, cut and lower-cased, was most of the grouping's cost.
  const keys = new Map<string, string>();
  const keyOf = (surface: string) => {
    let key = keys.get(surface);
    if (key === undefined) {
      const entry = accepted.get(surface) as Accepted;
      key = `${entry.kind}:${entry.group.toLowerCase()}`;
      keys.set(surface, key);
    }
    return key;
  };
  const used = [...new Set(mentions.map((m) => m.surface))];
  for (const surface of used) {
    const key = keyOf(surface);
    if (!parent.has(key)) parent.set(key, key);
  }
  const companySurfaces = new Set(used.filter((s) => accepted.get(s)?.kind === 'company'));
  const countryPrefix = lex.words['company-words'].of('country-prefix');
  for (const surface of companySurfaces) {
    for (let cut = surface.length - 1; cut >= 2; cut--) {
      const head = surface.slice(0, cut);
      if (!companySurfaces.has(head)) continue;
      const tail = lex.orgWords.get(surface.slice(cut));
      if (tail && (tail.has('generic') || tail.has('legal'))) union(keyOf(surface), keyOf(head));
    }
    // 中国平安 and 平安.
    const country = countryPrefix.at(surface, 0);
    if (country && companySurfaces.has(surface.slice(country.end))) union(keyOf(surface), keyOf(surface.slice(country.end)));
  }
  // 托马斯·韦伯 and, later, 韦伯: a transliterated name and its last part (the surname) are one person.
  const personSurfaces = new Set(used.filter((s) => accepted.get(s)?.kind === 'person'));
  for (const surface of personSurfaces) {
    const last = lastPartOf(surface);
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
  const roots = new Map(used.map((surface) => [surface, find(keyOf(surface))]));
  for (const m of mentions) {
    const root = roots.get(m.surface) as string;
    const group = groups.get(root) ?? { surfaces: [], mentions: [] };
    if (!group.surfaces.includes(m.surface)) group.surfaces.push(m.surface);
    group.mentions.push(m);
    groups.set(root, group);
  }
  return groups;
}

/**
 * The name: a lexicon entry's name, else the `preferred` form if written (a person named with the original in
 * brackets: 奥斯卡·林德, not Oscar Linde), else the most complete (longest) form written; aliases are the other
 * forms as written (traditional and simplified forms of one name are both kept).
 */
export function nameOf(doc: Doc, mentions: readonly Found[], canonical: string | undefined, preferred?: string): { name: string; aliases: string[] } {
  const written = new Map<string, string>();
  for (const m of mentions) {
    const source = doc.source.slice(m.start, m.end);
    if (!written.has(source)) written.set(source, m.surface);
  }
  const forms = [...written.keys()];
  // A lexicon entry is reported under its name, even where the text uses only an alias (老沈 for 沈听澜); written in
  // the text (in either script), the name is kept as written.
  const name =
    forms.find((f) => canonical !== undefined && written.get(f)?.toLowerCase() === canonical.toLowerCase()) ??
    canonical ??
    forms.find((f) => written.get(f) === preferred) ??
    forms.reduce((best, f) => (f.length > best.length ? f : best), forms[0] as string);
  return { name, aliases: forms.filter((f) => f !== name) };
}
