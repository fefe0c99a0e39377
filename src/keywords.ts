import { readFileSync } from 'node:fs';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import type { Doc, Tok } from './document.js';
import { idfTable } from './idf.js';
import { once, readWords } from './lexicon-files.js';
import type { Keyword, Mention } from './schema.js';

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

/** Parts of speech that carry no topic: numerals, measure words, pronouns, function words, time and place words. */
const NOT_TOPICAL = new Set(['m', 'mq', 'q', 'r', 'rr', 'rz', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'd', 'df', 'dg', 'e', 'y', 'o', 't', 'tg', 'f', 'w', 'zg']);


const stopWordsFrom = new Map<string, ReadonlySet<string>>();
const ourStopWords = once(() => readWords('keyword-stopwords.txt'));

function stopWords(file: string): ReadonlySet<string> {
  let set = stopWordsFrom.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').split('\n').map((w) => w.trim()), ...ourStopWords()]);
    stopWordsFrom.set(file, set);
  }
  return set;
}

/**
 * Which of the document's tokens can be keywords or carry a sentence's topic (1) and which cannot (0): words of two
 * characters or more that are not numbers, stop words, or function parts of speech. Computed once per document for
 * both keywords and the summary.
 */
export function contentMask(doc: Doc, stopWordFile: string): Uint8Array {
  const stop = stopWords(stopWordFile);
  const mask = new Uint8Array(doc.tokens.length);
  doc.tokens.forEach((t, i) => {
    const w = t.word;
    if (w.length < 2 || NOT_TOPICAL.has(t.pos) || stop.has(w)) return;
    let topical = false;
    let numeral = true;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c >= 48 && c <= 57) return;
      if (!CHINESE_NUMERAL.has(c)) numeral = false;
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) topical = true;
    }
    if (topical && !numeral) mask[i] = 1;
  });
  return mask;
}

const CHINESE_NUMERAL = new Set([...'零〇一二两三四五六七八九十百千万亿点几多余'].map((c) => c.charCodeAt(0)));

/**
 * The document's candidate terms in order, one entry per occurrence, as lower-cased keys (an entity's mentions
 * under its name), with the first written form of each.
 */
export function terms(doc: Doc, content: Uint8Array, entities: readonly Entity[]): { keys: string[]; written: Map<string, string> } {
  const owner: { start: number; end: number; name: string }[] = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, name: e.name })))
    .sort((a, b) => a.start - b.start);
  const keys: string[] = [];
  const written = new Map<string, string>();
  const add = (key: string, form: () => string) => {
    keys.push(key);
    if (!written.has(key)) written.set(key, form());
  };
  let o = 0;
  let counted = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Tok;
    while (o < owner.length && (owner[o] as { end: number }).end <= t.start) o++;
    const entity = owner[o];
    if (entity && entity.start < t.end) {
      if (counted !== o) add(entity.name.toLowerCase(), () => entity.name);
      counted = o;
      continue;
    }
    if (content[i]) add(t.word.toLowerCase(), () => doc.source.slice(t.start, t.end));
  }
  return { keys, written };
}

export function pickKeywords(doc: Doc, idfFile: string, content: Uint8Array, entities: readonly Entity[], count: number): Keyword[] {
  if (count === 0) return [];
  const idf = idfTable(idfFile);
  const { keys, written } = terms(doc, content, entities);
  const tally = new Map<string, number>();
  for (const key of keys) tally.set(key, (tally.get(key) ?? 0) + 1);
  const total = Math.max(1, keys.length);
  const ranked: { key: string; weight: number; order: number }[] = [];
  let order = 0;
  for (const [key, n] of tally) ranked.push({ key, weight: (n / total) * (idf.get(key) ?? idf.median), order: order++ });
  return ranked
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, count)
    .map(({ key, weight }) => ({ term: written.get(key) as string, weight: Math.round(weight * 10000) / 10000 }));
}

/**
 * Keywords of each document against the others, with natural's TfIdf over their terms: what sets each article apart
 * within its corpus. `documents` are term lists, such as those {@link terms} returns.
 * @example keywordsAcross([['阿里巴巴', '微博'], ['腾讯', '微信']], 5)
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
