import type { Lexicons } from '../lexicon/lexicons.js';
import type { Amount } from '../schema.js';
import { sentenceAt, type Doc } from '../text/document.js';
import { LIST_COMMA } from '../text/marks.js';
import { localCurrency, type Local } from './locale.js';

/**
 * The currency of each amount, settled for the whole document, and whether the text wrote it or we inferred it:
 * - a currency word names it (美元, 港元, 人民币): written;
 * - a bare figure in a list takes the unit the list ends on (52.7亿和18.4亿美元): written, shared;
 * - 元, 块 and 圆 name no currency by themselves: the local one of the publication (see locale.ts), except that in
 *   Taiwan and Hong Kong media a sentence that writes another yuan (人民币700亿元，其中…逾百亿元) lends it;
 * - a bare figure written elsewhere with its currency takes that one (a headline's 300亿, the body's 300亿港元);
 * - a bare figure the clause makes money takes the local currency, unless the text reports its money in a foreign
 *   currency (most amounts written in 美元 in a mainland text about 新浪): then its currency is unknown, null.
 * A bare figure with none of these is no amount.
 */

export interface Draft {
  amount: Amount;
  /** The currency word as written (美元, 元), or null. */
  word: string | null;
  /** The numerals as a key, to find the same amount written elsewhere (300亿). */
  numeral: string;
  /** The clause makes it money (a money metric, a verb of spending, a figure in 亿 that counts nothing). */
  money: boolean;
}

/** The currencies a yuan may be: the local 元 of a Taiwan or Hong Kong text may be another of them in a sentence. */
const YUAN_CODES = new Set(['CNY', 'TWD', 'HKD']);

export function resolveCurrencies(doc: Doc, lex: Lexicons, drafts: Draft[]): Amount[] {
  const local = localCurrency(doc, lex);
  const figures = lex.words['figure-words'];
  const isLocalYuan = (d: Draft) => d.word !== null && figures.is(d.word, 'local-yuan');
  for (const d of drafts) if (d.word !== null && !isLocalYuan(d)) set(d, lex.currencies.get(d.word)?.code ?? null, 'written', `written:${d.word}`);
  const lenders = sentenceYuans(doc, drafts);
  for (const d of drafts) if (isLocalYuan(d)) setLocalYuan(doc, lenders, d, local);
  shareListUnits(doc, lex, drafts);
  const reportsLocally = !foreignReporting(drafts, local);
  const bare = drafts.filter((d) => d.amount.currency === null);
  const worded = firstByNumeral(drafts.filter((o) => o.word !== null && o.amount.currency !== null));
  for (const d of bare) {
    const same = worded.get(d.numeral);
    if (same) set(d, same.amount.currency, 'inferred', `repeated:${same.amount.text}`);
    else if (d.money && reportsLocally) set(d, local.code, 'inferred', local.why);
  }
  // A bare figure the clause does not make money is one where the same figure is money elsewhere (a headline's 27万).
  const money = (d: Draft) => d.word !== null || d.money || d.amount.currencyWhy?.startsWith('repeated') === true;
  const moneyed = firstByNumeral(drafts.filter(money));
  for (const d of bare) {
    const same = money(d) ? undefined : moneyed.get(d.numeral);
    if (!same) continue;
    set(d, same.amount.currency, 'inferred', `repeated:${same.amount.text}`);
    d.money = true;
  }
  return drafts.filter(money).map((d) => d.amount);
}

/** The first draft of each numeral key. */
function firstByNumeral(drafts: readonly Draft[]): Map<string, Draft> {
  const first = new Map<string, Draft>();
  for (const d of drafts) if (!first.has(d.numeral)) first.set(d.numeral, d);
  return first;
}

/** Per sentence (by its start), the first amount written in a yuan of its own (人民币, 新台币, 港元). */
function sentenceYuans(doc: Doc, drafts: readonly Draft[]): Map<number, Draft> {
  const lenders = new Map<number, Draft>();
  for (const d of drafts) {
    const start = sentenceAt(doc, d.amount.start)?.start;
    if (start !== undefined && d.amount.currencySource === 'written' && YUAN_CODES.has(d.amount.currency ?? '') && !lenders.has(start)) lenders.set(start, d);
  }
  return lenders;
}

/** Whether most amounts whose currency the text writes are in one foreign currency, more than in the local one. */
function foreignReporting(drafts: readonly Draft[], local: Local): boolean {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const code = d.amount.currency;
    if (code !== null && (d.amount.currencySource === 'written' || code === local.code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const localCount = counts.get(local.code) ?? 0;
  return [...counts].some(([code, n]) => code !== local.code && n > localCount);
}

function set(d: Draft, code: string | null, source: 'written' | 'inferred', why: string): void {
  d.amount.currency = code;
  d.amount.currencySource = code === null ? null : source;
  d.amount.currencyWhy = code === null ? null : why;
}

/** 元 in a mainland text is CNY; in Taiwan or Hong Kong media the local dollar, unless its sentence writes a yuan. */
function setLocalYuan(doc: Doc, lenders: ReadonlyMap<number, Draft>, d: Draft, local: Local): void {
  const start = sentenceAt(doc, d.amount.start)?.start;
  const lender = local.code === 'CNY' || start === undefined ? undefined : lenders.get(start);
  if (lender) set(d, lender.amount.currency, 'inferred', `sentence:${lender.word}`);
  else set(d, local.code, 'inferred', `${local.why} (${d.word})`);
}

/**
 * 52.7亿和18.4亿美元, 10亿、20亿及30亿港元: a bare figure joined to the next by a list word takes its written unit,
 * right to left along the list.
 */
function shareListUnits(doc: Doc, lex: Lexicons, drafts: readonly Draft[]): void {
  const joiners = lex.words.particles;
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i] as Draft;
    const next = drafts[i + 1] as Draft;
    if (d.word !== null || next.amount.currencySource !== 'written') continue;
    const between = doc.text.slice(d.amount.end, next.amount.start).trim();
    if (between !== LIST_COMMA && !joiners.is(between, 'list-joiner')) continue;
    set(d, next.amount.currency, 'written', next.word !== null ? `shared:${next.word}` : (next.amount.currencyWhy as string));
  }
}
