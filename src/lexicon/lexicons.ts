import type { AnalyzerConfig } from '../options.js';
import type { Polarity } from '../schema.js';
import type { WordIndex } from '../text/segmenter.js';
import { readTable } from './files.js';
import { CharacterClasses, KindedWords } from './kinds.js';
import { CodeUnits } from './code-units.js';
import { buildPhrases, isTickerWord, type CompanyEntry, type CompanyRow, type PersonEntry, type PersonRow, type Phrase, type PhraseView, type StanceCue } from './phrases.js';
import { builtinCharacters, builtinKinds, builtinWords, KIND_TABLES, WORD_LISTS, type CharacterClass, type KindOf, type KindTable, type WordListName } from './tables.js';
import { Gazetteer } from './gazetteer.js';
import { internalized } from './internalized.js';
import { builtinNameModel, type NameModel } from './name-model.js';
import { WordList } from './word-list.js';

export type { CompanyEntry, PersonEntry, Phrase, PhraseView, StanceCue } from './phrases.js';
export { isTickerWord };

/**
 * The lexicons an analyzer reads, compiled once: the built-in files (see lexicons/README.md) with the caller's
 * entries merged over them. The user wins: a user company replaces the built-in one of the same name, a user cue
 * the built-in cue of the same text, `notCompanies` removes names, and `words` adds rows to any list. Nothing here
 * changes after it is built.
 */
export interface Lexicons {
  /**
   * Every phrase of the phrase lexicons (companies, people, media, names that are not companies, stance cues) in
   * one trie, so that a document is scanned once for all of them.
   */
  readonly phrases: Gazetteer<Phrase>;
  /** Company names and aliases → the company's entry. */
  readonly companies: PhraseView<CompanyEntry>;
  readonly notCompanies: ReadonlySet<string>;
  /** Well-known people's names and aliases → the person's canonical name. */
  readonly people: PhraseView<PersonEntry>;
  readonly media: PhraseView<true>;
  /** Single-character surnames, as UTF-16 code units (names are read a character at a time, unallocated). */
  readonly surnames: CodeUnits;
  readonly compoundSurnames: ReadonlySet<string>;
  /** The first and the second characters of the compound surnames (欧 and 阳 of 欧阳), as code units. */
  readonly compoundSurnameStarts: CodeUnits;
  readonly compoundSurnameSeconds: CodeUnits;
  /** How name-like each character is in each part of a Chinese name and next to one (name-model.tsv). */
  readonly nameModel: NameModel;
  /** Classes of characters (given-name characters, transliteration characters, name followers …). */
  readonly chars: CharacterClasses<CharacterClass>;
  readonly titles: WordList<TitleKind>;
  readonly titleModifiers: WordList<true>;
  /** Words that shape company names; a word may have several kinds (集团 is an industry word and a generic one). */
  readonly orgWords: WordList<ReadonlySet<OrgWordKind>>;
  readonly speechVerbs: WordList<true>;
  /** Verbs whose subject is a person (出任, 会见): evidence for a name before them, never a quote's speaker. */
  readonly personVerbs: WordList<true>;
  readonly stanceModifiers: WordList<StanceModifier>;
  /** The stance modifiers that are negators: every word of a text is asked whether it is one (see wordFeatures). */
  readonly negators: WordList<true>;
  /** Words of the rules, by table and kind (see lexicons/README.md). */
  readonly words: { [T in Exclude<KindTable, 'org-words' | 'stance-modifiers' | 'titles'>]: KindedWords<KindOf<T>> };
  /** Currency words and signs → their ISO code and where they stand. */
  readonly currencies: ReadonlyMap<string, Currency>;
  /** Words that, right after a number, make it a count (万股, 万辆). */
  readonly counters: WordList<true>;
  /** Words jieba tags as never inside a name that stand inside known companies' names (出版 in 安徽出版集团). */
  readonly orgNameWords: ReadonlySet<string>;
  readonly metrics: WordList<MetricKind>;
  /** Words that say a figure rose or fell (增长, 下滑), with the direction. */
  readonly changes: WordList<'up' | 'down'>;
  /** Words too common to be keywords: the segmenter's stop words and ours. */
  readonly stopWords: ReadonlySet<string>;
  /** A single character folded to one form in any script (億 → 亿), by code unit. */
  readonly folds: ReadonlyMap<number, number>;
  /** Whether the segmenter's dictionary knows a word (from its IDF table): an everyday word, not a name it never saw. */
  knownWord(word: string): boolean;
  /** The word's IDF weight in the segmenter's table (the lower, the more everyday the word), or undefined. */
  idf(word: string): number | undefined;
  /** The tag of a word in the segmenter's dictionary, or undefined (its IDF table also holds names from its corpus). */
  dictionaryTag(word: string): string | undefined;
}

/** A title's last word: a business role (CEO), a public, sporting or artistic office (州长, 导演), a byline role. */
export type TitleKind = 'head' | 'office' | 'credit';
export type OrgWordKind = KindOf<'org-words'>;
export type StanceModifier = KindOf<'stance-modifiers'>;
export type MetricKind = KindOf<'metrics'>;

export interface Currency {
  code: string;
  position: 'before' | 'after' | 'both';
  /** The power of ten from the word's unit to the currency's base unit: 美分 -2 (50美分 is 0.5 USD), else 0. */
  power: number;
}

/** What the user's `words` option adds: words for a plain list, [word, kind] rows for a table. */
export type ExtraWords = Readonly<Record<string, readonly (string | readonly [string, string])[]>>;

/**
 * The built-in phrase and currency tables, read for each analyzer built and dropped once it is (about 15,000 rows
 * that would otherwise stay on the heap for the life of the process).
 */
const builtinTables = () => ({
  companies: readTable('companies.tsv', 4).map(([name = '', aliases = '', codes = '', flags = '']): CompanyRow => ({
    name,
    aliases: split(aliases),
    codes: split(codes),
    needsContext: flags.split(/[,\s]+/).includes('ctx'),
  })),
  people: readTable('people.tsv', 3).map(([name = '', aliases = '']): PersonRow => ({ name, aliases: split(aliases) })),
  cues: readTable('stance-cues.tsv', 3).map(([text = '', polarity = '', weight = '1']): StanceCue => ({ text, polarity: polarity as Polarity, weight: Number(weight) })),
  currencies: readTable('currencies.tsv', 4).map(
    ([word = '', code = '', position = '', power = '0']) => [word, { code, position, power: Number(power) } as Currency] as const,
  ),
  folds: readTable('folds.tsv', 2).map(([from = '', to = '']) => [from.charCodeAt(0), to.charCodeAt(0)] as const),
});

export function buildLexicons(config: AnalyzerConfig, dictionary: WordIndex, segmenterStopWords: ReadonlySet<string>): Lexicons {
  const extra: ExtraWords = config.words;
  for (const name of Object.keys(extra)) {
    if (!(name in KIND_TABLES) && !(WORD_LISTS as readonly string[]).includes(name)) {
      throw new TypeError(`xinwen: words option: no built-in list "${name}" (lists: ${[...Object.keys(KIND_TABLES), ...WORD_LISTS].join(', ')})`);
    }
  }
  const listWords = (list: WordListName): string[] => [...builtinWords(list), ...((extra[list] ?? []) as readonly unknown[]).filter((w): w is string => typeof w === 'string')];
  const rows = <T extends KindTable>(table: T): (readonly [string, KindOf<T>])[] => {
    const kinds = new Set<string>(KIND_TABLES[table]);
    const user = (extra[table] ?? []).map((row) => {
      const [word, kind] = typeof row === 'string' ? [row, ''] : row;
      if (!kinds.has(kind)) throw new TypeError(`xinwen: words option: "${word}" in ${table} needs a kind (${[...kinds].join(', ')})`);
      return [word, kind] as const;
    });
    // Kinds internalized: the rules ask for them by literals, and compare and look them up by identity so.
    return [...builtinKinds(table), ...user].map(([word, kind]) => [word, internalized(kind)]) as (readonly [string, KindOf<T>])[];
  };
  const base = builtinTables();
  const surnames = listWords('surnames');
  const titleRows = rows('titles');
  // Titles in capitals are also written in lower case (基金会ceo穆兰德).
  const titles = new WordList(
    titleRows
      .filter(([, kind]) => kind !== 'modifier')
      .flatMap(([word, kind]) => (/^[A-Z]+$/.test(word) ? [word, word.toLowerCase()] : [word]).map((w) => [w, kind as TitleKind] as const)),
  );
  const orgWords = new WordList(groupKinds(rows('org-words')));
  const speechVerbs = new WordList(listWords('speech-verbs').map((w) => [w, true] as const));
  const personVerbs = new WordList(listWords('person-verbs').map((w) => [w, true] as const));
  const stanceModifiers = new WordList(rows('stance-modifiers'));
  const notCompanies = new Set([...listWords('not-companies'), ...config.notCompanies].map((s) => s.toLowerCase()));
  const phrases = buildPhrases({
    companies: [
      ...config.companies.map((c): CompanyRow => ({ name: c.name, aliases: c.aliases, codes: c.codes, needsContext: false })),
      ...base.companies.filter((r) => !config.companies.some((c) => c.name === r.name)),
    ],
    people: [...config.people, ...base.people.filter((p) => !config.people.some((u) => u.name === p.name))],
    media: listWords('media'),
    notCompanies,
    cues: [...config.stanceCues, ...base.cues.filter((c) => !config.stanceCues.some((u) => u.text === c.text))],
  });
  return {
    ...phrases,
    notCompanies,
    surnames: new CodeUnits(surnames.filter((s) => s.length === 1).join('')),
    compoundSurnames: new Set(surnames.filter((s) => s.length === 2)),
    compoundSurnameStarts: new CodeUnits(surnames.filter((s) => s.length === 2).map((s) => s[0]).join('')),
    compoundSurnameSeconds: new CodeUnits(surnames.filter((s) => s.length === 2).map((s) => s[1]).join('')),
    nameModel: builtinNameModel(),
    chars: new CharacterClasses(builtinCharacters()),
    titles,
    titleModifiers: new WordList(titleRows.filter(([, kind]) => kind === 'modifier').map(([word]) => [word, true] as const)),
    orgWords,
    speechVerbs,
    personVerbs,
    stanceModifiers,
    negators: new WordList([...stanceModifiers.words()].filter((w) => stanceModifiers.get(w) === 'negator').map((w) => [w, true] as const)),
    words: {
      'company-words': new KindedWords(rows('company-words')),
      'fund-words': new KindedWords(rows('fund-words')),
      'person-words': new KindedWords(rows('person-words')),
      'role-words': new KindedWords(rows('role-words')),
      'quote-words': new KindedWords(rows('quote-words')),
      'stance-words': new KindedWords(rows('stance-words')),
      'figure-words': new KindedWords(rows('figure-words')),
      'layout-words': new KindedWords(rows('layout-words')),
      particles: new KindedWords(rows('particles')),
      places: new KindedWords(rows('places')),
      changes: new KindedWords(rows('changes')),
      qualifiers: new KindedWords(rows('qualifiers')),
      metrics: new KindedWords(rows('metrics')),
      bounds: new KindedWords(rows('bounds')),
      locales: new KindedWords(rows('locales')),
      periods: new KindedWords(rows('periods')),
      'owner-words': new KindedWords(rows('owner-words')),
    },
    currencies: new Map(base.currencies),
    counters: new WordList(listWords('counters').map((w) => [w, true] as const)),
    orgNameWords: new Set(listWords('org-name-words')),
    metrics: new WordList(rows('metrics')),
    changes: new WordList(rows('changes').filter((r): r is readonly [string, 'up' | 'down'] => r[1] === 'up' || r[1] === 'down')),
    stopWords: new Set([...segmenterStopWords, ...listWords('keyword-stopwords')]),
    folds: new Map(base.folds),
    knownWord: (word) => dictionary.idf(word) !== undefined,
    idf: (word) => dictionary.idf(word),
    dictionaryTag: (word) => dictionary.dictionaryTag(word),
  };
}

function groupKinds<K extends string>(rows: readonly (readonly [string, K])[]): [string, ReadonlySet<K>][] {
  const kinds = new Map<string, Set<K>>();
  for (const [word, kind] of rows) {
    const set = kinds.get(word) ?? new Set<K>();
    set.add(kind);
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
