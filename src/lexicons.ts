import { idfTable } from './idf.js';
import { idfFile } from './segmenter.js';
import { WordList } from './word-list.js';
import { Gazetteer } from './gazetteer.js';
import { once, readTable, readWords } from './lexicon-files.js';
import type { AnalyzerConfig } from './options.js';
import type { Polarity } from './schema.js';

/**
 * The lexicons an analyzer reads, compiled once: built-in files (see lexicons/README.md) with the caller's entries
 * merged over them. The user wins: a user company replaces the built-in one of the same name, a user cue the
 * built-in cue of the same text, and `notCompanies` removes names. Nothing here changes after it is built.
 */
export interface Lexicons {
  /** Company names and aliases → the company's entry. */
  readonly companies: Gazetteer<CompanyEntry>;
  readonly notCompanies: ReadonlySet<string>;
  /** The same names as phrases to find in a text, so that a company's name inside one is not a mention. */
  readonly notCompanyPhrases: Gazetteer<true>;
  /** Well-known people's names and aliases → the person's canonical name. */
  readonly people: Gazetteer<PersonEntry>;
  readonly surnames: ReadonlySet<string>;
  readonly compoundSurnames: ReadonlySet<string>;
  readonly givenNameChars: ReadonlySet<string>;
  readonly transliterationChars: ReadonlySet<string>;
  readonly titles: WordList<'head' | 'credit'>;
  readonly titleModifiers: WordList<true>;
  /** Words that shape company names; a word may have several kinds (集团 is an industry word and a generic one). */
  readonly orgWords: WordList<ReadonlySet<OrgWordKind>>;
  readonly places: WordList<true>;
  readonly speechVerbs: WordList<true>;
  readonly media: Gazetteer<true>;
  readonly stanceCues: Gazetteer<StanceCue>;
  readonly stanceModifiers: WordList<StanceModifier>;
  /** Whether jieba's dictionary knows a word (from its IDF table): an everyday word, not a name it has never seen. */
  readonly knownWord: (word: string) => boolean;
}

export type StanceModifier = 'negator' | 'hedge' | 'intensifier' | 'concession' | 'turn' | 'rhetorical';

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

export type OrgWordKind = 'legal' | 'industry' | 'generic' | 'descriptor';

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
  const titles = readTable('titles.tsv', 2);
  const orgWords = readTable('org-words.tsv', 2);
  const surnames = readWords('surnames.txt');
  return {
    companyRows,
    people,
    notCompanies: readWords('not-companies.txt'),
    surnames: new Set(surnames.filter((s) => s.length === 1)),
    compoundSurnames: new Set(surnames.filter((s) => s.length === 2)),
    givenNameChars: new Set(readWords('given-name-chars.txt').join('')),
    transliterationChars: new Set(readWords('transliteration-chars.txt').join('')),
    titles: new WordList(
      titles.filter((r) => r[1] !== 'modifier').map((r) => [r[0] as string, r[1] as 'head' | 'credit'] as const),
    ),
    titleModifiers: new WordList(titles.filter((r) => r[1] === 'modifier').map((r) => [r[0] as string, true] as const)),
    orgWords: new WordList(groupKinds(orgWords)),
    places: new WordList(readWords('places.txt').map((w) => [w, true] as const)),
    speechVerbs: new WordList(readWords('speech-verbs.txt').map((w) => [w, true] as const)),
    media: new Gazetteer(readWords('media.txt').map((w) => [w, true] as const)),
    stanceModifiers: new WordList(readTable('stance-modifiers.tsv', 2).map((r) => [r[0] as string, r[1] as StanceModifier] as const)),
    cues: readTable('stance-cues.tsv', 3).map(([text = '', polarity = '', weight = '1']) => ({
      text,
      polarity: polarity as Polarity,
      weight: Number(weight),
    })),
  };
});

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
  const userNames = new Set(config.companies.map((c) => c.name));
  const rows: CompanyRow[] = [
    ...config.companies.map((c) => ({ name: c.name, aliases: c.aliases, codes: c.codes, needsContext: false })),
    ...base.companyRows.filter((r) => !userNames.has(r.name)),
  ];
  const companyEntries: [string, CompanyEntry][] = [];
  for (const row of rows) {
    const tickers = row.codes.filter(isTickerWord);
    for (const surface of [row.name, ...row.aliases, ...tickers]) {
      if (notCompanies.has(surface.toLowerCase())) continue;
      // 苹果 needs context, 苹果公司 does not: the flag holds for the name and short forms only.
      const needsContext = row.needsContext && (surface === row.name || [...surface].length <= 2);
      companyEntries.push([surface, { name: row.name, codes: row.codes, needsContext, ticker: tickers.includes(surface) }]);
    }
  }
  const userPeople = new Set(config.people.map((p) => p.name));
  const people: [string, PersonEntry][] = [...config.people, ...base.people.filter((p) => !userPeople.has(p.name))].flatMap(
    (p) => [p.name, ...p.aliases].map((surface) => [surface, { name: p.name }] as [string, PersonEntry]),
  );
  const userCues = new Set(config.stanceCues.map((c) => c.text));
  const cues = [...config.stanceCues, ...base.cues.filter((c) => !userCues.has(c.text))];
  return {
    companies: new Gazetteer(companyEntries),
    notCompanies,
    notCompanyPhrases: new Gazetteer([...notCompanies].map((n) => [n, true] as const)),
    people: new Gazetteer(people),
    surnames: base.surnames,
    compoundSurnames: base.compoundSurnames,
    givenNameChars: base.givenNameChars,
    transliterationChars: base.transliterationChars,
    titles: base.titles,
    titleModifiers: base.titleModifiers,
    orgWords: base.orgWords,
    places: base.places,
    speechVerbs: base.speechVerbs,
    media: base.media,
    stanceCues: new Gazetteer(cues.map((c) => [c.text, c] as const)),
    stanceModifiers: base.stanceModifiers,
    knownWord: (word) => idfTable(idfFile(config.jieba)).get(word) !== undefined,
  };
}

/** Letter tickers (NIO, BABA) name the company in running text; numeric codes (688065) only label it. */
function isTickerWord(code: string): boolean {
  return /^[A-Z]{3,5}$/.test(code);
}
