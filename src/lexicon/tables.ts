import { once, readLines, readTable, readWords } from './files.js';

/**
 * The word lists and tables in `lexicons/` that rules read by kind (see its README), with the kinds each may hold:
 * a row with an unknown kind is a mistake in the data, reported when the file is first read. The user's options add
 * rows to any of them by file name (`words: { 'speech-verbs': ['扬言'], 'company-words': [['官宣', 'context-after']] }`).
 */
export const KIND_TABLES = {
  'org-words': ['legal', 'industry', 'generic', 'descriptor', 'branch', 'strong', 'verb-like'],
  'company-words': [
    'context-after', 'context-before', 'facility-after', 'not-company-ending', 'generic-name', 'index', 'index-after',
    'firm-count-opening', 'firm-kind', 'firm-measure', 'deal-verb', 'copula-opening', 'business-noun', 'code-label',
    'short-name-opening', 'short-name-verb', 'subsidiary', 'exchange', 'country-prefix', 'scope-prefix', 'acronym', 'acronym-firm',
    'glued-opening', 'firm-noun', 'after-warning-prefix', 'department',
    'platform-ending', 'platform-word', 'lending-context', 'lending-event', 'event-lead', 'lending-kind', 'lending-term', 'site-ending', 'numbered-unit', 'compound-after',
    'stock-move', 'stock-board', 'move-adverb', 'results', 'holder-after',
    'party-opening', 'party-verb', 'party-object', 'supplier-opening', 'supplier-verb', 'announcement-opening', 'forecast',
    'subsidiary-opening', 'stake-verb',
  ],
  'fund-words': ['house', 'type', 'style', 'filler', 'series', 'context'],
  'person-words': ['honorific', 'address', 'kin', 'descriptor', 'named-after', 'company-object-verb', 'work'],
  'role-words': ['leading', 'pronoun-org', 'publisher', 'dateline', 'author-mark', 'reporter', 'dispatch', 'admin-unit', 'observer', 'role-verb', 'former-role-verb', 'past-adverb', 'unit', 'board-seat', 'seat-rank', 'deputy', 'predicate-adverb'],
  'quote-words': ['company-voice', 'frame-open', 'frame-close', 'coined', 'unnamed-source', 'answer-label', 'question-label', 'causative'],
  'stance-words': [
    'minimizer', 'needed', 'price-move', 'growth-basis', 'regulator', 'enforcement', 'rating-before', 'rating-after',
    'so-called', 'rhetorical-ending', 'question-label', 'market-subject', 'estimate', 'estimate-source', 'light-verb',
  ],
  'stance-modifiers': ['negator', 'hedge', 'intensifier', 'concession', 'turn', 'rhetorical', 'burden', 'remedy'],
  'figure-words': [
    'range', 'per-unit', 'date-unit', 'duration-unit', 'yuan', 'kuai', 'jiao', 'fen', 'money-tail', 'minus', 'inclusive',
    'money-measure', 'local-yuan', 'loss', 'profit', 'vague-numeral', 'measure',
  ],
  'layout-words': ['media-ending', 'credit-role', 'byline-person', 'author', 'wire-dateline'],
  particles: [
    'possessive', 'copula', 'title-joiner', 'former', 'circumstance', 'ordinal', 'list-closer', 'list-joiner',
    'nationality', 'junior', 'person-pronoun', 'perfective', 'not-a-turn', 'per', 'pretransitive',
  ],
  places: ['region', 'country'],
  titles: ['head', 'office', 'modifier', 'credit'],
  changes: ['up', 'down', 'mark', 'none'],
  qualifiers: ['before', 'after', 'clause'],
  metrics: ['money', 'ratio', 'both', 'count', 'spend'],
  bounds: ['over', 'under', 'at-least', 'at-most'],
  locales: ['taiwan', 'hong-kong', 'taiwan-place', 'dateline-end'],
  periods: ['year', 'part', 'month', 'day', 'close', 'span', 'session', 'suffix', 'opener', 'connector', 'base', 'from', 'event'],
  'owner-words': ['pronoun', 'market', 'payer', 'investor', 'party', 'source', 'according'],
} as const;

/** Plain word lists: whitespace-separated words. */
export const WORD_LISTS = ['speech-verbs', 'person-verbs', 'counters', 'keyword-stopwords', 'surnames', 'media', 'not-companies', 'org-name-words'] as const;

/** Character classes: `characters.tsv` and the one-class files. */
export const CHARACTER_CLASSES = [
  'name-follower', 'word-follower', 'not-given', 'noun-ending', 'function', 'after-name', 'circumstance-end',
  'description-ending', 'glued-after-name', 'firm-numeral', 'not-money-after-yuan', 'money-after-kuai', 'given-name', 'transliteration', 'traditional-only',
] as const;

export type KindTable = keyof typeof KIND_TABLES;
export type KindOf<T extends KindTable> = (typeof KIND_TABLES)[T][number];
export type WordListName = (typeof WORD_LISTS)[number];
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

/** The built-in rows of a kind table, checked against its kinds (read once per process). */
export const builtinKinds = memo((table: KindTable): (readonly [string, string])[] => {
  const kinds = new Set<string>(KIND_TABLES[table]);
  return readTable(`${table}.tsv`, 2).map(([word = '', kind = '']) => {
    if (!kinds.has(kind)) throw new Error(`xinwen: lexicons/${table}.tsv: unknown kind "${kind}" for "${word}"`);
    return [word, kind] as const;
  });
});

export const builtinWords = memo((list: WordListName): string[] => readWords(`${list}.txt`));

/** Character classes: the rows of characters.tsv, and the classes kept in files of their own. */
export const builtinCharacters = once((): (readonly [CharacterClass, string])[] => {
  const known = new Set<string>(CHARACTER_CLASSES);
  const rows = readTable('characters.tsv', 2).map(([name = '', chars = '']) => {
    if (!known.has(name)) throw new Error(`xinwen: lexicons/characters.tsv: unknown class "${name}"`);
    return [name as CharacterClass, chars] as const;
  });
  return [
    ...rows,
    ['given-name', readWords('given-name-chars.txt').join('')],
    ['transliteration', readWords('transliteration-chars.txt').join('')],
    ['traditional-only', readLines('traditional.txt').join('')],
  ];
});

function memo<K, V>(load: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, load(key));
    return cache.get(key) as V;
  };
}
