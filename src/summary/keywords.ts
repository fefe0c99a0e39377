import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import type { Doc, Tok } from '../text/document.js';
import type { WordIndex } from '../text/segmenter.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { NOT_TOPICAL_TAGS } from '../text/tags.js';
import { NUMERAL_CHARACTERS } from '../figures/numerals.js';
import type { Keyword, Mention } from '../schema.js';

/**
 * Keywords: the terms with the highest TF-IDF, weighted by jieba's IDF table for a single article (or by natural's
 * TfIdf across the documents when a corpus is read together: {@link keywordsAcross}). Numbers, stop words and
 * single characters are left out, and an entity counts as one term under its name, however it is written
 * (阿里 and 阿里巴巴 add up).
 */

export interface Entity {
  name: string;
  mentions: readonly Mention[];
}


/**
 * The document's content words (two characters or more, not numbers, stop words or function parts of speech) as
 * ids, computed once for both keywords and the summary: `ids[token]` is the token's word id or -1, `keys[id]` the
 * word lower-cased, `entries[id]` the key's number in the segmenter's dictionary where a token written as the key
 * had one, else -1 (its weight is then looked up by the key).
 */
export interface ContentTerms {
  ids: Int32Array;
  keys: string[];
  entries: number[];
}

export function contentTerms(doc: Doc, lex: Lexicons): ContentTerms {
  const ids = new Int32Array(doc.tokens.length).fill(-1);
  // By the word as written: news repeats its words, so most tokens are one lookup. A word that is no content maps
  // to -1; two spellings of one key (ETF, etf) share the key's id.
  const idOfWord = new Map<string, number>();
  const idOfKey = new Map<string, number>();
  const keys: string[] = [];
  const entries: number[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Tok;
    if (t.end - t.start < 2 || NOT_TOPICAL_TAGS.has(t.pos)) continue;
    const w = doc.text.slice(t.start, t.end);
    let id = idOfWord.get(w);
    if (id === undefined) {
      const key = contentKey(w, lex.stopWords);
      id = key === null ? -1 : idOfKey.get(key) ?? -1;
      if (key !== null && id < 0) {
        id = keys.length;
        idOfKey.set(key, id);
        keys.push(key);
        entries.push(-1);
      }
      // The entry is the word's as written: the key's only where the two are one spelling.
      if (id >= 0 && key === w && t.entry >= 0) entries[id] = t.entry;
      idOfWord.set(w, id);
    }
    ids[i] = id;
  }
  return { ids, keys, entries };
}

/** A word's key as a content term (lower-cased), or null for a stop word, a number or a word of no letters. */
function contentKey(w: string, stop: ReadonlySet<string>): string | null {
  if (stop.has(w)) return null;
  let topical = false;
  let numeral = true;
  let upper = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return null;
    if (!CHINESE_NUMERAL.has(c)) numeral = false;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) topical = true;
    if (c >= 65 && c <= 90) upper = true;
  }
  if (!topical || numeral) return null;
  return upper ? w.toLowerCase() : w;
}

const CHINESE_NUMERAL = new Set([...NUMERAL_CHARACTERS].map((c) => c.charCodeAt(0)));

interface Term {
  key: string;
  count: number;
  /** Where it first occurs, for ties. */
  first: number;
  /** As first written (an entity's name, else the token as in the input). */
  written: string;
  /** The key's number in the segmenter's dictionary, or -1: looked up by the key. */
  entry: number;
}

/** The document's terms with their counts: content words, and each entity once per mention under its name. */
export function terms(doc: Doc, content: ContentTerms, entities: readonly Entity[]): { terms: Term[]; total: number } {
  const owner: { start: number; end: number; name: string }[] = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, name: e.name })))
    .sort((a, b) => a.start - b.start);
  const counts = new Uint32Array(content.keys.length);
  const firstToken = new Int32Array(content.keys.length).fill(-1);
  const named = new Map<string, Term>();
  let total = 0;
  let o = 0;
  let counted = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Tok;
    while (o < owner.length && (owner[o] as { end: number }).end <= t.start) o++;
    const entity = owner[o];
    if (entity && entity.start < t.end) {
      if (counted !== o) {
        const key = entity.name.toLowerCase();
        const term = named.get(key) ?? { key, count: 0, first: i, written: entity.name, entry: -1 };
        term.count++;
        named.set(key, term);
        total++;
      }
      counted = o;
      continue;
    }
    const id = content.ids[i] as number;
    if (id < 0) continue;
    if (counts[id] === 0) firstToken[id] = i;
    counts[id]!++;
    total++;
  }
  const out: Term[] = [...named.values()];
  for (let id = 0; id < counts.length; id++) {
    const count = counts[id] as number;
    if (count === 0) continue;
    const key = content.keys[id] as string;
    const first = firstToken[id] as number;
    const entity = named.get(key);
    if (entity) {
      // 亚马逊 written outside a recognised mention still counts for the entity of that name.
      entity.count += count;
      entity.first = Math.min(entity.first, first);
      continue;
    }
    const token = doc.tokens[first] as Tok;
    out.push({ key, count, first, written: doc.source.slice(token.start, token.end), entry: content.entries[id] as number });
  }
  return { terms: out, total };
}

export function pickKeywords(doc: Doc, words: WordIndex, content: ContentTerms, entities: readonly Entity[], count: number): Keyword[] {
  if (count === 0) return [];
  const { terms: found, total } = terms(doc, content, entities);
  // The best `count` by tf × idf, ties to the term seen first. Terms are visited by count, most frequent first, so
  // once count / total × the largest idf cannot beat the last kept weight, the rest (mostly words seen once) are
  // never looked up.
  const byCount: Term[][] = [];
  for (const term of found) (byCount[term.count] ??= []).push(term);
  const top: { term: Term; weight: number }[] = [];
  for (let n = byCount.length - 1; n > 0; n--) {
    const bucket = byCount[n];
    if (!bucket) continue;
    if (top.length === count && (n / Math.max(1, total)) * words.max < (top[count - 1] as { weight: number }).weight) break;
    for (const term of bucket) insertTop(top, { term, weight: (n / Math.max(1, total)) * (idfOf(words, term) ?? words.median) }, count);
  }
  return top.map(({ term, weight }) => ({ term: term.written, weight: Math.round(weight * 10000) / 10000 }));
}

/**
 * A term's IDF weight, by its dictionary number where it has one: hashing the key to find it in the table again was
 * most of what picking a short text's keywords cost.
 */
function idfOf(words: WordIndex, term: Term): number | undefined {
  return term.entry >= 0 ? words.idfAt(term.entry) : words.idf(term.key);
}

type Ranked = { term: Term; weight: number };

/** Keeps `top` the best `count` items, by weight and then by first occurrence. */
function insertTop(top: Ranked[], item: Ranked, count: number): void {
  const before = (a: Ranked, b: Ranked) => a.weight > b.weight || (a.weight === b.weight && a.term.first < b.term.first);
  const last = top[top.length - 1];
  if (top.length === count && last && !before(item, last)) return;
  let at = top.length;
  while (at > 0 && !before(top[at - 1] as Ranked, item)) at--;
  top.splice(at, 0, item);
  if (top.length > count) top.pop();
}

/** The document's terms as a list, each as often as it occurs (an entity under its name), for {@link keywordsAcross}. */
export function termList(doc: Doc, content: ContentTerms, entities: readonly Entity[]): string[] {
  return terms(doc, content, entities).terms.flatMap((t) => Array.from({ length: t.count }, () => t.written));
}

/**
 * Keywords of each document against the others, with natural's TfIdf over their term lists ({@link termList}):
 * what sets each article apart within its corpus.
 */
export function keywordsAcross(documents: readonly (readonly string[])[], count: number): Keyword[][] {
  const tfidf = new TfIdf();
  for (const d of documents) tfidf.addDocument([...d]);
  return documents.map((_, i) =>
    (tfidf.listTerms(i) as { term: string; tfidf: number }[])
      .slice(0, count)
      .map((t) => ({ term: t.term, weight: Math.round(t.tfidf * 10000) / 10000 })),
  );
}
