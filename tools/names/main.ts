import { readFileSync, writeFileSync } from 'node:fs';
import nodejieba from 'nodejieba';

/**
 * `npm run -s build && node build/tools/names.js`: compiles src/lexicons/name-model.tsv, the name-likeness of each
 * character, from HanLP 1.x's person-name data (Apache-2.0, ../shared/data/lexicon-sources/hanlp-1.x; see
 * src/lexicons/NOTICE) and jieba's dictionary frequencies (MIT). Deterministic: the same sources give the same file.
 *
 * For each character and each role a character plays in and around a Chinese name (surname, first or last character
 * of a two-character given name, a one-character given name, the character just after a name, just before one), the
 * file holds ln(P(character | role) / P(character in text)): how much more often the character plays that role than
 * it appears at all. A name's likeness is then the sum over its characters (张 as a surname, 馨 first, 正 last), and
 * what stands around it adds the context (称 after a name, 的 before one).
 *
 * Counts per role: person/nr.txt (roles tagged in a news corpus, the method of Zhang & Liu 2004; a given name that is
 * a word, Z, counts for its two characters, a surname and given character that make a word, X, for both), plus one
 * per name of custom/人名词典.txt (its Chinese names, nr). The words around names (K before, L after, M between two
 * names) count for the character next to the name. Background: each character's frequency in jieba's dictionary
 * (the sum of the frequencies of the words it is in).
 */

const HANLP = '../shared/data/lexicon-sources/hanlp-1.x';
const OUT = 'src/lexicons/name-model.tsv';
const ROLES = ['surname', 'given-first', 'given-last', 'given-single', 'after', 'before'] as const;
type Role = (typeof ROLES)[number];
/** Additive smoothing of the role counts, and the number of characters it spreads over. */
const SMOOTHING = 0.5;
const CHARACTERS = 20_000;

const isHan = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
const counts = new Map<Role, Map<string, number>>(ROLES.map((r) => [r, new Map()]));
const add = (role: Role, key: string | undefined, n: number) => {
  if (key === undefined || ![...key].every(isHan)) return;
  const m = counts.get(role) as Map<string, number>;
  m.set(key, (m.get(key) ?? 0) + n);
};

// Compound surnames (欧阳) from our own list: HanLP's role data tags single characters only.
const compounds = new Set(lines('src/lexicons/surnames.txt').filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/)).filter((s) => s.length === 2));

// person/nr.txt: `word ROLE count ROLE count …`.
for (const line of lines(`${HANLP}/person/nr.txt`)) {
  const [word = '', ...rest] = line.split(/\s+/);
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const role = rest[i] as string;
    const n = Number(rest[i + 1]);
    const first = word[0];
    const last = word[word.length - 1];
    if (role === 'B' && word.length === 1) add('surname', word, n);
    else if (word.length === 1 && role === 'C') add('given-first', word, n);
    else if (word.length === 1 && role === 'D') add('given-last', word, n);
    else if (word.length === 1 && role === 'E') add('given-single', word, n);
    else if (word.length === 2 && role === 'Z') {
      add('given-first', first, n);
      add('given-last', last, n);
    } else if (word.length === 2 && role === 'X') {
      add('surname', first, n);
      add('given-first', last, n);
    } else if (role === 'K') add('before', last, n);
    else if (role === 'L') add('after', first, n);
    else if (role === 'M') {
      add('after', first, n);
      add('before', last, n);
    }
  }
}

// custom/人名词典.txt: `name nr|nrf|nrj frequency`; Chinese names only, each counted once.
for (const line of lines(`${HANLP}/custom/人名词典.txt`)) {
  const [name = '', tag] = line.split(/\s+/);
  if (tag !== 'nr' || name.length < 2 || name.length > 4 || ![...name].every(isHan)) continue;
  const surname = name.length >= 3 && compounds.has(name.slice(0, 2)) ? 2 : 1;
  const given = name.slice(surname);
  if (given.length === 1) add('given-single', given, 1);
  else if (given.length === 2) {
    add('given-first', given[0], 1);
    add('given-last', given[1], 1);
  } else continue;
  add('surname', name.slice(0, surname), 1);
}

// Background: character frequencies over jieba's dictionary.
const background = new Map<string, number>();
let backgroundTotal = 0;
for (const line of lines(nodejieba.DEFAULT_DICT)) {
  const [word = '', freq = '0'] = line.split(/\s+/);
  const n = Number(freq);
  for (const c of word) {
    if (!isHan(c)) continue;
    background.set(c, (background.get(c) ?? 0) + n);
    backgroundTotal += n;
  }
}
const backgroundOf = (key: string) => [...key].reduce((p, c) => p * (((background.get(c) ?? 0) + 1) / (backgroundTotal + CHARACTERS)), 1);

const totals = new Map(ROLES.map((r) => [r, [...(counts.get(r) as Map<string, number>).values()].reduce((a, b) => a + b, 0)]));
const keys = [...new Set(ROLES.flatMap((r) => [...(counts.get(r) as Map<string, number>).keys()]))].sort();
const out = [
  '# Name-likeness of characters: compiled by tools/names from HanLP 1.x (Apache-2.0; see NOTICE) and jieba\'s dictionary.',
  '# Columns: character (or compound surname), then for each role ln(P(character | role) / P(character in text)) in',
  '# nats: surname, first and last character of a two-character given name, one-character given name, the character',
  '# just after a name, just before one. Rebuild: npm run -s build && node build/tools/names.js',
];
for (const key of keys) {
  const row = ROLES.map((role) => {
    if (key.length > 1 && role !== 'surname') return '';
    const n = (counts.get(role) as Map<string, number>).get(key) ?? 0;
    const p = (n + SMOOTHING) / ((totals.get(role) as number) + SMOOTHING * CHARACTERS);
    return (Math.round(Math.log(p / backgroundOf(key)) * 10) / 10).toFixed(1);
  });
  out.push([key, ...row].join('\t').trimEnd());
}
writeFileSync(OUT, `${out.join('\n')}\n`);
process.stdout.write(`${OUT}: ${keys.length} rows\n`);

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
