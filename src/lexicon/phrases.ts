import type { Polarity } from '../schema.js';
import { Gazetteer } from './gazetteer.js';

/** What a phrase is, in each lexicon that has it. */
export interface Phrase {
  company?: CompanyEntry;
  person?: PersonEntry;
  media?: true;
  /** A product or body whose name holds a company's (阿里旺旺): the company inside it is no mention. */
  notCompany?: true;
  cue?: StanceCue;
}

/** One lexicon's part of the phrase trie. */
export interface PhraseView<V> {
  get(phrase: string): V | undefined;
  /** {@link get} of text[start, end), read along the trie without cutting the text (loops over a span's starts). */
  getSpan(text: string, start: number, end: number): V | undefined;
  /** Its phrases starting at `at`, longest first. */
  matchesAt(text: string, at: number): { phrase: string; end: number; value: V }[];
}

export interface CompanyEntry {
  /** The canonical name: entries sharing it are one company. */
  readonly name: string;
  readonly codes: readonly string[];
  /** An everyday word too (苹果, 小米): a company only with company context. */
  readonly needsContext: boolean;
  /** A letter ticker (NIO): a name only when written in capitals (App is not APP). */
  readonly ticker: boolean;
}

export interface PersonEntry {
  readonly name: string;
}

export interface StanceCue {
  readonly text: string;
  readonly polarity: Polarity;
  readonly weight: number;
}

export interface CompanyRow {
  name: string;
  aliases: readonly string[];
  codes: readonly string[];
  needsContext: boolean;
}

export interface PersonRow {
  name: string;
  aliases: readonly string[];
}

/**
 * The phrase lexicons in one trie, each entry in the order given (the user's first): the first entry for a phrase
 * wins within each lexicon, and a phrase may be in several (a company and a cue).
 */
export function buildPhrases(input: {
  companies: readonly CompanyRow[];
  people: readonly PersonRow[];
  media: readonly string[];
  notCompanies: ReadonlySet<string>;
  cues: readonly StanceCue[];
}): { phrases: Gazetteer<Phrase>; companies: PhraseView<CompanyEntry>; people: PhraseView<PersonEntry>; media: PhraseView<true> } {
  // Every phrase in one shape, its absent parts undefined: the readers of hits take each phrase's parts by name, and
  // a dozen shapes (the parts in the order the lexicons added them) made each such read a slow, megamorphic one.
  const phrases = new Map<string, Phrase>();
  const add = <K extends keyof Phrase>(key: string, kind: K, value: NonNullable<Phrase[K]>) => {
    if (key === '') return;
    let phrase = phrases.get(key);
    if (!phrase) phrases.set(key, (phrase = { company: undefined, person: undefined, media: undefined, notCompany: undefined, cue: undefined }));
    phrase[kind] ??= value;
  };
  // Each surface visited in place, not gathered into a list per row: this runs once per process, before its code is
  // optimised, over some 30,000 names.
  for (const row of input.companies) {
    const tickers = row.codes.filter(isTickerWord);
    const company = (surface: string) => {
      const key = lowered(surface);
      if (input.notCompanies.has(key)) return;
      // 苹果 needs context, 苹果公司 does not: the flag holds for the name and short forms only.
      const needsContext = row.needsContext && (surface === row.name || [...surface].length <= 2);
      add(key, 'company', { name: row.name, codes: row.codes, needsContext, ticker: tickers.includes(surface) });
    };
    company(row.name);
    for (const alias of row.aliases) company(alias);
    for (const ticker of tickers) company(ticker);
  }
  for (const p of input.people) {
    add(lowered(p.name), 'person', { name: p.name });
    for (const alias of p.aliases) add(lowered(alias), 'person', { name: p.name });
  }
  for (const name of input.media) add(lowered(name), 'media', true);
  for (const name of input.notCompanies) add(lowered(name), 'notCompany', true);
  for (const cue of input.cues) add(lowered(cue.text), 'cue', cue);
  const trie = new Gazetteer(phrases);
  const view = <V>(pick: (p: Phrase) => V | undefined): PhraseView<V> => ({
    get: (phrase) => {
      const p = trie.get(phrase);
      return p && pick(p);
    },
    getSpan: (text, start, end) => {
      const p = trie.valueOf(text, start, end);
      return p && pick(p);
    },
    matchesAt: (text, at) => {
      // A loop, not flatMap: an array per match, at each offset inside every unknown word, added up.
      const found: { phrase: string; end: number; value: V }[] = [];
      for (const m of trie.matchesAt(text, at)) {
        const value = pick(m.value);
        if (value !== undefined) found.push({ phrase: m.phrase, end: m.end, value });
      }
      return found;
    },
  });
  return { phrases: trie, companies: view((p) => p.company), people: view((p) => p.person), media: view((p) => p.media) };
}

/**
 * The phrase lower-cased, as toLowerCase gives it; a phrase with no character that has a case (most: Han
 * characters, digits, marks) is returned as it is, without the call.
 */
function lowered(phrase: string): string {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    // Caseless for certain: ASCII but A–Z, and the CJK blocks from their marks to the unified ideographs.
    const caseless = c < 128 ? c < 65 || c > 90 : c >= 0x3000 && c <= 0x9fff;
    if (!caseless) return phrase.toLowerCase();
  }
  return phrase;
}

/** Letter tickers (NIO, BABA) name the company in running text; numeric codes (688065) only label it. */
export function isTickerWord(code: string): boolean {
  return /^[A-Z]{3,5}$/.test(code);
}
