import { tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { NOT_IN_ORG_TAGS } from '../../text/tags.js';
import { CLAUSE_ENDS, LIST_COMMA, markSet } from '../../text/marks.js';
import type { DocWords } from '../doc-words.js';
import type { Evidence } from '../evidence.js';
import { endsListItem, joinsList } from '../lists.js';
import { orgSlot } from '../org-slot.js';
import { isPlausible } from './plausible.js';
import { stockMovesAfter } from './context.js';
import { nameStart } from './glued.js';
import { hasProperToken } from './proper.js';
import { groupOf, type CompanySeed } from './seed.js';

/**
 * 澜庭置业、嘉禾地产、远川等民营房企; 甲、乙、丙三家公司: a list closed by 等 (or a count of firms) and a noun for firms
 * says what every item is. Each item that looks like a name is a company, known to the lexicon or not.
 */

/** Characters between the list's closer and the firms' noun (等民营房企, 等同行企业, 等多家银行). */
const MAX_QUALIFIER = 6;
/** What may stand between them: nouns, adjectives, place and direction words, numerals (not 李强等人私刻公司…). */
const QUALIFIER_TAGS: ReadonlySet<string> = new Set(['n', 'a', 'b', 's', 'ns', 'nr', 'm', 'mq', 'q', 'f', 'an', 'vn', 'nz', 'j']);
/** An item of the list: two to twelve characters. */
const MAX_ITEM = 12;

const isBreak = markSet(CLAUSE_ENDS, LIST_COMMA, '()“”"《》【】');

export function fromEnumerations(doc: Doc, lex: Lexicons, { words }: Evidence): CompanySeed[] {
  return [...closedLists(doc, lex, words), ...besideCompanies(doc, lex), ...stockLists(doc, lex)];
}

/** How many items of a list of movers the lexicon must know as companies for the rest to be stocks too. */
const KNOWN_STOCKS = 2;
/** The fewest characters of a stock's short name. */
const MIN_STOCK = 2;
/** A stock's short name: two to four Han characters, a share class letter after them, or a warning prefix before. */
const STOCK_NAME = new RegExp(`^(?:\\*?ST)?[\\u4e00-\\u9fff]{${MIN_STOCK},4}[AB]?$`);

/**
 * 宁德时代、澜海旅游、比亚迪等涨停: the items of a list whose shares move together are stocks, everyday words among
 * them (蓝天), where the lexicon knows KNOWN_STOCKS of them as companies (a list of indexes or commodities
 * moves the same way: 沪铝、沪锌涨超2%).
 */
function stockLists(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (let comma = text.indexOf(LIST_COMMA); comma >= 0; comma = text.indexOf(LIST_COMMA, comma + 1)) {
    // The items between commas are exact; the last one ends where the shares' move starts (比亚迪涨停), or at 等.
    const commas = [comma];
    let at = itemEnd(lex, text, comma);
    while (text[at] === LIST_COMMA) {
      commas.push(at);
      at = itemEnd(lex, text, at);
    }
    comma = commas[commas.length - 1] as number;
    const end = moveAfterList(lex, text, comma + 1, at);
    if (end < 0) continue;
    const first = itemsBefore(doc, lex, commas[0] as number)[0];
    const items = first ? [first] : [];
    for (let k = 0; k < commas.length; k++) items.push({ start: (commas[k] as number) + 1, end: k + 1 < commas.length ? (commas[k + 1] as number) : end });
    const rows = items.map((item) => lex.companies.getSpan(text, item.start, item.end));
    if (rows.filter((row) => row?.needsContext === false).length < KNOWN_STOCKS) continue;
    for (const [k, item] of items.entries()) {
      const surface = text.slice(item.start, item.end);
      if (rows[k] !== undefined || !STOCK_NAME.test(surface)) continue;
      if (!isPlausible(surface, lex) || lex.words.places.kindsOf(surface).size > 0 || lex.orgWords.get(surface) !== undefined) continue;
      seeds.push({ surface, group: surface, why: 'context:listed-stocks', at: item });
    }
  }
  return seeds;
}

/** Where the list item after the comma (or joining word) at `at` ends: at the next item break, MAX_ITEM at most. */
function itemEnd(lex: Lexicons, text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && end - at <= MAX_ITEM && !endsListItem(lex, text, end)) end++;
  return end;
}

/** Where the last item of a list ends, its shares' move right after it or after 等 at `to`; -1 without one. */
function moveAfterList(lex: Lexicons, text: string, from: number, to: number): number {
  if (lex.words.particles.isCharAt(text, to, 'list-closer')) return stockMovesAfter(lex, text, to + 1) ? to : -1;
  for (let at = from + MIN_STOCK; at <= to; at++) if (stockMovesAfter(lex, text, at)) return at;
  return -1;
}

/**
 * 澜庭地产、华景城、万科地产: an item of a list (、) whose neighbour is a company by the lexicon or by its ending is a
 * company when jieba reads a name in it.
 */
function besideCompanies(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  // Each name's answer once: a long text repeats its lists' names, and each question reads the whole text.
  const withOrgWord = new Map<string, boolean>();
  for (let comma = text.indexOf(LIST_COMMA); comma >= 0; comma = text.indexOf(LIST_COMMA, comma + 1)) {
    // The item after the comma counts only where the list goes on after it (、, 和, 等): the last item's end is
    // not known (万科地产均公告称). Read first: the slot before the comma is read only where there is one.
    const afterEnd = itemEnd(lex, text, comma);
    const goesOn = text[afterEnd] === LIST_COMMA || joinsList(lex, text, afterEnd) || lex.words.particles.isCharAt(text, afterEnd, 'list-closer');
    const after = goesOn ? orgSlot(doc, lex, afterEnd, MAX_ITEM).org : null;
    if (!after || after.start !== comma + 1) continue;
    const before = orgSlot(doc, lex, comma, MAX_ITEM).org;
    if (!before) continue;
    for (const [span, other] of [[before, after], [after, before]] as const) {
      const item = { start: nameStart(doc, lex, span.start, span.end), end: span.end };
      const surface = text.slice(item.start, item.end);
      if (!isCompanyShaped(doc, lex, other.start, other.end) || lex.companies.get(surface) !== undefined) continue;
      // 中银 beside 中银基金 elsewhere, CPP beside its full name: a short form of a name the text writes in full is
      // left to that name; an acronym of four letters or fewer is as often a product's or a term's.
      if (/^[A-Z]{1,4}$/.test(surface)) continue;
      let written = withOrgWord.get(surface);
      if (written === undefined) withOrgWord.set(surface, (written = writtenWithOrgWord(text, lex, surface)));
      if (written) continue;
      if (!isPlausible(surface, lex) || !hasProperToken(doc, lex, item.start, item.end) || lex.words.places.kindsOf(surface).size > 0) continue;
      seeds.push({ surface, group: groupOf(lex, surface), why: 'context:listed-with-company', at: { start: item.start, end: item.end } });
    }
  }
  return seeds;
}

/** Whether the text writes the name somewhere with an organisation word after it (中银 and 中银基金). */
function writtenWithOrgWord(text: string, lex: Lexicons, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (lex.orgWords.at(text, at + name.length) !== null) return true;
  return false;
}

/** A known company, or a name before an organisation word (华韵科技, 通卡公司). */
function isCompanyShaped(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const surface = doc.text.slice(start, end);
  if (lex.companies.get(surface) !== undefined) return !lex.companies.get(surface)?.needsContext;
  const ending = lex.orgWords.endingAt(surface, surface.length);
  return ending !== null && ending.start >= 2 && !ending.value.has('descriptor') && hasProperToken(doc, lex, start, start + ending.start);
}

function closedLists(doc: Doc, lex: Lexicons, words: DocWords): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  // Where a list may close: at 等, or at the numeral before 家.
  const closers = [
    ...words.listClosers.map((w) => w.start),
    ...words.firmMeasures.map((w) => w.start - 1),
  ];
  for (const end of closers) {
    const closerEnd = end < 0 ? -1 : listCloserEnd(text, lex, end);
    if (closerEnd < 0 || !firmNounFollows(doc, lex, closerEnd)) continue;
    const items = itemsBefore(doc, lex, end);
    // 甲、乙两家银行: a count closes a list of two or more (街上开着多家中介 counts firms it does not name).
    if (items.length < 2 && !lex.words.particles.isCharAt(text, end, 'list-closer')) continue;
    for (const item of items) {
      const surface = text.slice(item.start, item.end);
      if (!isPlausible(surface, lex) || !looksLikeName(doc, lex, item.start, item.end)) continue;
      seeds.push({ surface, group: groupOf(lex, surface), why: 'context:enumeration', at: item });
    }
  }
  return seeds;
}

/** Where a list's closer that starts at `at` ends (等, 等等; 三家, 两家), or -1. */
function listCloserEnd(text: string, lex: Lexicons, at: number): number {
  const { particles } = lex.words;
  if (particles.isCharAt(text, at, 'list-closer')) return particles.isCharAt(text, at + 1, 'list-closer') ? at + 2 : at + 1;
  const measure = lex.words['company-words'].of('firm-measure').at(text, at + 1);
  return measure && lex.chars.has('firm-numeral', text.charCodeAt(at)) && !lex.chars.has('firm-numeral', text.charCodeAt(at - 1)) ? measure.end : -1;
}

/** A noun for firms at a word's start right after the closer, or after a few words that qualify it (等民营房企). */
function firmNounFollows(doc: Doc, lex: Lexicons, from: number): boolean {
  const nouns = lex.words['company-words'].of('firm-noun');
  for (let at = from; at <= from + MAX_QUALIFIER; ) {
    if (nouns.at(doc.text, at) !== null) return true;
    const t = tokenStartingAt(doc, at);
    if (!t || !QUALIFIER_TAGS.has(t.pos)) return false;
    at = t.end;
  }
  return false;
}

/** The items of the list that ends at `end`, last first: back over 、 and joining words to the clause's start. */
function itemsBefore(doc: Doc, lex: Lexicons, end: number): { start: number; end: number }[] {
  const { text } = doc;
  const items: { start: number; end: number }[] = [];
  let itemEnd = end;
  for (;;) {
    // An item starts where a name can: after a mark, a joining word, or the words that introduce the list (包括, 像).
    const slot = orgSlot(doc, lex, itemEnd, MAX_ITEM).org;
    const start = slot ? nameStart(doc, lex, slot.start, itemEnd) : itemEnd;
    const joined = start > 0 && joinsList(lex, text, start - 1);
    if (itemEnd - start < 2) break;
    items.push({ start, end: itemEnd });
    if (!joined) break;
    itemEnd = start - 1;
  }
  return items;
}

/**
 * An item names a firm when the lexicon knows it, when it ends in an organisation word, or when jieba reads a name
 * in it; one everyday word (银行, 地产) or a place alone names none.
 */
function looksLikeName(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const surface = doc.text.slice(start, end);
  if (lex.companies.get(surface) !== undefined) return true;
  if (lex.orgWords.get(surface) !== undefined || lex.words.places.kindsOf(surface).size > 0) return false;
  // 再入股银行: the words before an organisation word must name something too.
  const ending = lex.orgWords.endingAt(surface, surface.length);
  const nameEnd = ending && ending.start >= 2 ? start + ending.start : end;
  if (lex.companies.get(doc.text.slice(start, nameEnd)) !== undefined) return true;
  let plainWords = true;
  for (let i = start; i < nameEnd; i++) {
    const t = tokenStartingAt(doc, i);
    // 年/m 金/nr: single characters jieba could not join, one of them a numeral.
    if (t?.pos === 'm' && !/\d/.test(doc.text[i] as string)) return false;
    if (t && NOT_IN_ORG_TAGS.has(t.pos)) plainWords = false;
  }
  // 拳头游戏: nouns before an industry word, in a list that says they are firms.
  return (nameEnd < end && plainWords) || hasProperToken(doc, lex, start, nameEnd);
}
