import { endsWord, tokenContaining, tokenEndingAt, type Doc } from '../../text/document.js';
import { NOT_IN_ORG_TAGS } from '../../text/tags.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { CLAUSE_ENDS, LIST_COMMA, markSet } from '../../text/marks.js';
import type { Evidence } from '../evidence.js';
import type { CompanySeed } from './seed.js';

/**
 * Funds are companies of financial news: a public fund's product is named by its manager's brand, a name and a
 * type or style (汇添富稳进精选, 华夏上证50ETF, 农银汇理中证800指数型基金); a private fund's or a trust's by a name and
 * its number in a series (澄湖1期). Read only in a text about funds (基金, 私募, 净值).
 */

/** A product's name after its brand: at most this many characters, brand excluded. */
const MAX_PRODUCT = 12;
/** A private fund's name before its number: two to six characters. */
const MAX_SERIES_NAME = 6;
const SERIES = /^(\d{1,2})(?:[~～-]\d{1,2})?/;

const isBreak = markSet(CLAUSE_ENDS, LIST_COMMA, '()“”"《》【】 ');
/** Words that end a product's name: function words, verbs, pronouns, measure words and numerals in words. */
const STOP_TAGS: ReadonlySet<string> = new Set([...NOT_IN_ORG_TAGS, 'm', 'ad']);

export function fromFunds(doc: Doc, lex: Lexicons, { words }: Evidence): CompanySeed[] {
  if (words.fundContext.length === 0) return [];
  return [...publicFunds(doc, lex), ...seriesFunds(doc, lex)];
}

/**
 * 嘉实远见精选, 交银施罗德安裕债券型基金: a brand at a word's start, then jieba's words up to the last style word or
 * the first type word (nothing follows a type: 华夏中证环保ETF). A function word, a verb, a pronoun or a measure
 * word ends the name (广发等基金, 嘉实偏股型基金整体实现…), and so does a number right after the brand (富国3家).
 */
function publicFunds(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const words = lex.words['fund-words'];
  const houses = words.of('house');
  const seeds: CompanySeed[] = [];
  for (const t of doc.tokens) {
    const house = houses.at(text, t.start);
    if (!house) continue;
    const end = productEnd(doc, lex, house.end);
    if (end < 0 || !namesNoOtherCompany(text, lex, t.start, house.end, end)) continue;
    const surface = text.slice(t.start, end);
    seeds.push({ surface, group: productGroup(text, lex, t.start, house.end, end), why: 'morphology:fund-product', at: { start: t.start, end } });
  }
  return seeds;
}

/**
 * 农银中证800指数基金 and 农银汇理中证800指数型基金 are one fund: the shortest brand the product's brand opens with,
 * and the name without the characters a type may leave out (指数型基金 = 指数基金).
 */
function productGroup(text: string, lex: Lexicons, start: number, houseEnd: number, end: number): string {
  const words = lex.words['fund-words'];
  let brandEnd = houseEnd;
  for (let i = start + 2; i < houseEnd; i++) if (words.is(text.slice(start, i), 'house')) brandEnd = i;
  const name = [...text.slice(houseEnd, end)].filter((ch) => !words.is(ch, 'filler')).join('');
  return text.slice(start, brandEnd) + name;
}

/** Where the product's name after a brand ends, or -1. */
function productEnd(doc: Doc, lex: Lexicons, from: number): number {
  const { text } = doc;
  const words = lex.words['fund-words'];
  let best = -1;
  for (let at = from; at < text.length && at - from < MAX_PRODUCT; ) {
    const t = tokenContaining(doc, at);
    if (!t || isBreak(text.charCodeAt(at))) break;
    const end = t.end;
    const word = text.slice(at, end);
    const closes = (kind: 'type' | 'style') => {
      const w = words.of(kind).endingAt(text, end);
      return w !== null && w.start > from;
    };
    if (closes('type')) return end;
    if (closes('style')) best = end;
    else if ((/^\d/.test(word) && at === from) || (!/^\d+$/.test(word) && STOP_TAGS.has(t.pos)) || lex.chars.hasChar('function', word)) break;
    at = end;
  }
  return best;
}

/**
 * 华夏幸福成长, 南方航空收益: where a longer company's name opens the phrase, it is that company's, not a fund's; and
 * a company word inside (基金公司, 集团) makes it no product.
 */
function namesNoOtherCompany(text: string, lex: Lexicons, start: number, houseEnd: number, end: number): boolean {
  for (let i = houseEnd + 1; i <= end; i++) if (lex.companies.getSpan(text, start, i) !== undefined && i > houseEnd) return false;
  for (const w of lex.orgWords.all(text, houseEnd, end)) if (w.value.has('generic') || w.value.has('legal')) return false;
  return true;
}

/** 澄湖1期, 启明2号: a name of two to six characters right before a number and a series word. */
function seriesFunds(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const series = lex.words['fund-words'].of('series');
  const seeds: CompanySeed[] = [];
  const numbers = /\d{1,2}(?:[~～-]\d{1,2})?/g;
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    const word = series.at(text, m.index + m[0].length);
    if (!word || /[\d.]/.test(text[m.index - 1] ?? '') || !SERIES.test(m[0])) continue;
    if (/[\p{L}\p{N}]/u.test(text[word.end] ?? '') && !endsWord(doc, word.end)) continue;
    const org = seriesNameBefore(doc, lex, m.index);
    if (!org) continue;
    // 观澜·启明2号: the manager's name and a dot before the product's.
    const manager = text[org.start - 1] === '·' ? tokenEndingAt(doc, org.start - 1) : undefined;
    const start = manager && manager.end - manager.start >= 2 && /^[\u4e00-\u9fff]+$/.test(text.slice(manager.start, manager.end)) ? manager.start : org.start;
    const surface = text.slice(start, word.end);
    seeds.push({ surface, group: surface, why: 'morphology:fund-series', at: { start, end: word.end } });
  }
  return seeds;
}

/** Words that end a series name before them: function words, pronouns, time, measure and numeral words. */
const NOT_IN_SERIES_NAME: ReadonlySet<string> = new Set(['m', 'q', 'mq', 't', 'tg', 'r', 'rr', 'rz', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'd', 'f']);

/**
 * The private fund's name before its number: jieba's words back to a mark, a function word or a time or number
 * word, two to six Han characters (青松/n 远航/v 1期: jieba reads no name in it, so verbs and nouns may be in it).
 */
function seriesNameBefore(doc: Doc, lex: Lexicons, end: number): { start: number; end: number } | null {
  const { text } = doc;
  let start = end;
  for (let t = tokenEndingAt(doc, start); t && end - t.start <= MAX_SERIES_NAME; t = tokenEndingAt(doc, start)) {
    const word = text.slice(t.start, t.end);
    if (!/^[\u4e00-\u9fff]+$/.test(word) || NOT_IN_SERIES_NAME.has(t.pos) || lex.chars.hasChar('function', word)) break;
    start = t.start;
  }
  return end - start >= 2 ? { start, end } : null;
}
