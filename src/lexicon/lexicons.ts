import { jiebaWords } from '../text/segmenter.js';
import { WordList, WordLists, type WordHit } from './word-list.js';
import { Gazetteer } from './gazetteer.js';
import { once, readTable, readWords } from './files.js';
import type { Doc } from '../text/document.js';
import type { AnalyzerConfig } from '../options.js';
import type { Polarity } from '../schema.js';

/**
 * The lexicons an analyzer reads, compiled once: built-in files (see lexicons/README.md) with the caller's entries
 * merged over them. The user wins: a user company replaces the built-in one of the same name, a user cue the
 * built-in cue of the same text, and `notCompanies` removes names. Nothing here changes after it is built.
 */
export interface Lexicons {
  /**
   * Every phrase of the phrase lexicons (companies, people, media, names that are not companies, stance cues) in
   * one trie, so that a document is scanned once for all of them ({@link findPhrases}).
   */
  readonly phrases: Gazetteer<Phrase>;
  /** Company names and aliases → the company's entry. */
  readonly companies: PhraseView<CompanyEntry>;
  readonly notCompanies: ReadonlySet<string>;
  /** Well-known people's names and aliases → the person's canonical name. */
  readonly people: PhraseView<PersonEntry>;
  /** Single-character surnames, as UTF-16 code units (names are read a character at a time, unallocated). */
  readonly surnames: ReadonlySet<number>;
  readonly compoundSurnames: ReadonlySet<string>;
  /** The first characters of the compound surnames (欧 of 欧阳), as code units. */
  readonly compoundSurnameStarts: ReadonlySet<number>;
  readonly givenNameChars: ReadonlySet<number>;
  readonly transliterationChars: ReadonlySet<number>;
  readonly titles: WordList<TitleKind>;
  readonly titleModifiers: WordList<true>;
  /** Words that shape company names; a word may have several kinds (集团 is an industry word and a generic one). */
  readonly orgWords: WordList<ReadonlySet<OrgWordKind>>;
  readonly places: WordList<true>;
  readonly speechVerbs: WordList<true>;
  /** Verbs whose subject is a person (出任, 会见): evidence for a name before them, never a quote's speaker. */
  readonly personVerbs: WordList<true>;
  readonly media: PhraseView<true>;
  readonly stanceModifiers: WordList<StanceModifier>;
  /** The marker lists scanned together ({@link findLexiconHits}). */
  readonly markers: WordLists<
    readonly [
      WordList<TitleKind>,
      WordList<ReadonlySet<OrgWordKind>>,
      WordList<true>,
      WordList<true>,
      WordList<StanceModifier>,
    ]
  >;
  /** Whether jieba's dictionary knows a word (from its IDF table): an everyday word, not a name it has never seen. */
  readonly knownWord: (word: string) => boolean;
  /**
   * The tag of a word in the dictionary jieba segments with, or undefined (its IDF table also holds names from its
   * corpus: 张路).
   */
  readonly dictionaryTag: (word: string) => string | undefined;
}

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
  /** Its phrases starting at `at`, longest first. */
  matchesAt(text: string, at: number): { phrase: string; end: number; value: V }[];
}

/** A title's last word: a business role (CEO), a public, sporting or artistic office (州长, 导演), a byline role. */
export type TitleKind = 'head' | 'office' | 'credit';

export type StanceModifier = 'negator' | 'hedge' | 'intensifier' | 'concession' | 'turn' | 'rhetorical' | 'burden' | 'remedy';

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

export type OrgWordKind = 'legal' | 'industry' | 'generic' | 'descriptor' | 'branch';

export interface StanceCue {
  readonly text: string;
  readonly polarity: Polarity;
  readonly weight: number;
}

interface CompanyRow {
  name: string;
  aliases: string[];
  codes: string[];
  needsContext: boolean;
}

const builtin = once(() => {
  const companyRows: CompanyRow[] = readTable('companies.tsv', 4).map(([name = '', aliases = '', codes = '', flags = '']) => ({
    name,
    aliases: split(aliases),
    codes: split(codes),
    needsContext: flags.split(/[,\s]+/).includes('ctx'),
  }));
  const people = readTable('people.tsv', 3).map(([name = '', aliases = '']) => ({ name, aliases: split(aliases) }));
  const titleRows = readTable('titles.tsv', 2);
  const surnames = readWords('surnames.txt');
  // Titles in capitals are also written in lower case (盖蒂信托ceo穆尼兹).
  const titles = new WordList(
    titleRows
      .filter((r) => r[1] !== 'modifier')
      .flatMap(([word = '', kind]) => (/^[A-Z]+$/.test(word) ? [word, word.toLowerCase()] : [word]).map((w) => [w, kind as TitleKind] as const)),
  );
  const orgWords = new WordList(groupKinds(readTable('org-words.tsv', 2)));
  const speechVerbs = new WordList(readWords('speech-verbs.txt').map((w) => [w, true] as const));
  const personVerbs = new WordList(readWords('person-verbs.txt').map((w) => [w, true] as const));
  const stanceModifiers = new WordList(
    readTable('stance-modifiers.tsv', 2).map((r) => [r[0] as string, r[1] as StanceModifier] as const),
  );
  return {
    companyRows,
    people,
    notCompanies: readWords('not-companies.txt'),
    surnames: codeUnits(surnames.filter((s) => s.length === 1).join('')),
    compoundSurnames: new Set(surnames.filter((s) => s.length === 2)),
    compoundSurnameStarts: codeUnits(surnames.filter((s) => s.length === 2).map((s) => s[0]).join('')),
    givenNameChars: codeUnits(readWords('given-name-chars.txt').join('')),
    transliterationChars: codeUnits(readWords('transliteration-chars.txt').join('')),
    titles,
    titleModifiers: new WordList(titleRows.filter((r) => r[1] === 'modifier').map((r) => [r[0] as string, true] as const)),
    orgWords,
    places: new WordList(readWords('places.txt').map((w) => [w, true] as const)),
    speechVerbs,
    personVerbs,
    media: readWords('media.txt'),
    stanceModifiers,
    markers: new WordLists([titles, orgWords, speechVerbs, personVerbs, stanceModifiers] as const),
    cues: readTable('stance-cues.tsv', 3).map(([text = '', polarity = '', weight = '1']) => ({
      text,
      polarity: polarity as Polarity,
      weight: Number(weight),
    })),
  };
});

function codeUnits(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

function groupKinds(rows: string[][]): [string, ReadonlySet<OrgWordKind>][] {
  const kinds = new Map<string, Set<OrgWordKind>>();
  for (const [word = '', kind = ''] of rows) {
    const set = kinds.get(word) ?? new Set<OrgWordKind>();
    set.add(kind as OrgWordKind);
    kinds.set(word, set);
  }
  return [...kinds];
}

function split(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function buildLexicons(config: AnalyzerConfig): Lexicons {
  const base = builtin();
  const notCompanies = new Set([...base.notCompanies, ...config.notCompanies].map((s) => s.toLowerCase()));
  const phrases = new Map<string, Phrase>();
  const add = (surface: string, part: Phrase) => {
    const key = surface.toLowerCase();
    if (key === '') return;
    const phrase = phrases.get(key) ?? {};
    // The first entry for a phrase wins within each lexicon: user entries come first.
    phrases.set(key, { ...part, ...phrase });
  };
  const userNames = new Set(config.companies.map((c) => c.name));
  const rows: CompanyRow[] = [
    ...config.companies.map((c) => ({ name: c.name, aliases: c.aliases, codes: c.codes, needsContext: false })),
    ...base.companyRows.filter((r) => !userNames.has(r.name)),
  ];
  for (const row of rows) {
    const tickers = row.codes.filter(isTickerWord);
    for (const surface of [row.name, ...row.aliases, ...tickers]) {
      if (notCompanies.has(surface.toLowerCase())) continue;
      // 苹果 needs context, 苹果公司 does not: the flag holds for the name and short forms only.
      const needsContext = row.needsContext && (surface === row.name || [...surface].length <= 2);
      add(surface, { company: { name: row.name, codes: row.codes, needsContext, ticker: tickers.includes(surface) } });
    }
  }
  const userPeople = new Set(config.people.map((p) => p.name));
  for (const p of [...config.people, ...base.people.filter((p) => !userPeople.has(p.name))]) {
    for (const surface of [p.name, ...p.aliases]) add(surface, { person: { name: p.name } });
  }
  for (const name of base.media) add(name, { media: true });
  for (const name of notCompanies) add(name, { notCompany: true });
  const userCues = new Set(config.stanceCues.map((c) => c.text));
  for (const cue of [...config.stanceCues, ...base.cues.filter((c) => !userCues.has(c.text))]) add(cue.text, { cue });
  const trie = new Gazetteer(phrases);
  const view = <V>(pick: (p: Phrase) => V | undefined): PhraseView<V> => ({
    get: (phrase) => {
      const p = trie.get(phrase);
      return p && pick(p);
    },
    matchesAt: (text, at) =>
      trie.matchesAt(text, at).flatMap((m) => {
        const value = pick(m.value);
        return value === undefined ? [] : [{ phrase: m.phrase, end: m.end, value }];
      }),
  });
  return {
    phrases: trie,
    companies: view((p) => p.company),
    notCompanies,
    people: view((p) => p.person),
    surnames: base.surnames,
    compoundSurnames: base.compoundSurnames,
    compoundSurnameStarts: base.compoundSurnameStarts,
    givenNameChars: base.givenNameChars,
    transliterationChars: base.transliterationChars,
    titles: base.titles,
    titleModifiers: base.titleModifiers,
    orgWords: base.orgWords,
    places: base.places,
    speechVerbs: base.speechVerbs,
    personVerbs: base.personVerbs,
    media: view((p) => p.media),
    stanceModifiers: base.stanceModifiers,
    markers: base.markers,
    knownWord: (word) => jiebaWords().idf(word) !== undefined,
    dictionaryTag: (word) => jiebaWords().dictionaryTag(word),
  };
}

export type PhraseHit = { start: number; end: number; value: Phrase };

/** The document's marker words (titles, organisation words, speech verbs, stance modifiers), found in one pass. */
export interface Markers {
  titles: WordHit<TitleKind>[];
  orgWords: WordHit<ReadonlySet<OrgWordKind>>[];
  speechVerbs: WordHit<true>[];
  personVerbs: WordHit<true>[];
  stanceModifiers: WordHit<StanceModifier>[];
}

function findMarkers(doc: Doc, lex: Lexicons): Markers {
  const [titles, orgWords, speechVerbs, personVerbs, stanceModifiers] = lex.markers.all(doc.text);
  return { titles, orgWords, speechVerbs, personVerbs, stanceModifiers };
}

/** What the lexicons find in one document: looked up once, read by every stage. */
export interface LexiconHits {
  /** Phrases of every phrase lexicon, longest first at each token start. */
  phrases: PhraseHit[];
  markers: Markers;
}

export function findLexiconHits(doc: Doc, lex: Lexicons): LexiconHits {
  return { phrases: lex.phrases.scan(doc), markers: findMarkers(doc, lex) };
}

/** Letter tickers (NIO, BABA) name the company in running text; numeric codes (688065) only label it. */
export function isTickerWord(code: string): boolean {
  return /^[A-Z]{3,5}$/.test(code);
}
