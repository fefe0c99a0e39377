import { tokenStartingAt, type Doc } from '../../text/document.js';
import { gluedAt } from './glued.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { joinsList } from '../lists.js';
import { orgSlot } from '../org-slot.js';
import { perLexicons } from '../per-lexicons.js';
import type { CompanySeed } from './seed.js';

/** 深圳市极光芯片股份有限公司, then 极光芯片 and 极光: the registered name and the short forms it implies. */
export function fromRegisteredNames(doc: Doc, lex: Lexicons, { hits }: Evidence): CompanySeed[] {
  const { text } = doc;
  const regions = lex.words.places.of('region');
  const seeds: CompanySeed[] = [];
  for (const legal of hits.markers.orgWords) {
    if (!legal.value.has('legal')) continue;
    let nameEnd = legal.start;
    // 云帆网络科技(北京)股份有限公司: a place in brackets before the legal form belongs to the name.
    const bracket = text.slice(Math.max(0, nameEnd - 6), nameEnd).match(/[(（][\u4e00-\u9fff]{2,4}[)）]$/);
    if (bracket) nameEnd -= bracket[0].length;
    const slot = orgSlot(doc, lex, nameEnd, 20);
    if (!slot.org) continue;
    const slotStart = afterEarlierName(text, lex, slot.slotStart, nameEnd);
    // A registered name opens with its place (常州联电能源服务有限公司 in 运营平台常州联电…): start there.
    let start = Math.max(slot.org.start, slotStart);
    if (nameEnd - start < 2) continue;
    // 江西省国资委通过江西赣鑫电子(集团)有限责任公司: only a place with nothing but the name after it opens it.
    for (let i = slotStart; i < nameEnd - 2; i++) {
      const region = regions.at(text, i, nameEnd);
      if (region && !stopsName(doc, lex, region.end, start)) {
        start = i;
        break;
      }
    }
    // 因百瑞/x 国际信托有限公司: jieba glued a function character onto the name.
    if (gluedAt(doc, lex, start) && nameEnd - start > 2) start++;
    // 恒锐微电(苏州)科技有限公司, 中国海洋建设(集团)总公司: a place or 集团 in brackets inside the name; the name goes on
    // before it, and its short forms end there.
    let innerEnd = nameEnd;
    const inner = start === slot.slotStart ? text.slice(Math.max(0, start - 6), start).match(/\(([\u4e00-\u9fff]{2,4})\)$/) : null;
    if (inner && (regions.get(inner[1] as string) || lex.orgWords.get(inner[1] as string)?.has('industry'))) {
      const before = orgSlot(doc, lex, start - inner[0].length, 12).org;
      if (before && start - inner[0].length - before.start >= 2) {
        innerEnd = start - inner[0].length;
        start = before.start;
      }
    }
    start = afterDescription(text, lex, start, innerEnd);
    if (innerEnd - start < 2) continue;
    const full = text.slice(start, legal.end);
    const place = regions.at(text, start, innerEnd);
    const coreStart = place && innerEnd - place.end >= 2 ? place.end : start;
    const forms = new Set([full, text.slice(coreStart, innerEnd)]);
    // Strip industry words from the end while a name of two characters or more remains: 云栖数智科技 → 云栖数智.
    let coreEnd = innerEnd;
    for (let w = lex.orgWords.endingAt(text, coreEnd); w && w.value.has('industry') && w.start - coreStart >= 2; w = lex.orgWords.endingAt(text, coreEnd)) {
      coreEnd = w.start;
      forms.add(text.slice(coreStart, coreEnd));
    }
    const tradeName = text.slice(coreStart, coreStart + 2);
    // 中国石油化工集团有限公司: a name the lexicon knows, up to the legal form or into it, is that company's.
    const group = knownPrefix(text, lex, start, innerEnd, legal.end) ?? full;
    for (const surface of forms) seeds.push({ surface, group, why: 'morphology:registered-name', tradeName });
    // 深圳市芯曜智算科技有限公司（下称“芯曜智算”）: the text declares its own short name.
    const declared = text.slice(legal.end, legal.end + 20).match(declarationOf(lex));
    if (declared) seeds.push({ surface: (declared[1] ?? declared[2]) as string, group, why: 'context:declared-short-name', tradeName });
  }
  return seeds;
}

/**
 * 某某股份有限公司子公司星河证券有限责任公司, 甲有限公司及乙有限公司: the name begins after an earlier registered
 * name in the slot, past the word that names it a subsidiary and the words that join the two.
 */
function afterEarlierName(text: string, lex: Lexicons, slotStart: number, nameEnd: number): number {
  let start = slotStart;
  for (const w of lex.orgWords.all(text, start, nameEnd)) if (w.value.has('legal')) start = w.end;
  const subsidiary = lex.words['company-words'].of('subsidiary');
  for (;;) {
    const word = subsidiary.at(text, start);
    if (word) start = word.end;
    else if (joinsList(lex, text, start) || lex.words.particles.isCharAt(text, start, 'possessive')) start++;
    else return start;
  }
}

/**
 * 同在杭州的蜂巢星选传媒有限公司: what ends in 的 describes the company and is no part of its name (unless the 的
 * ends a known name: 佛山美的智能家居有限公司).
 */
function afterDescription(text: string, lex: Lexicons, start: number, nameEnd: number): number {
  let describedUntil = nameEnd - 1;
  while (describedUntil >= start && !lex.words.particles.isCharAt(text, describedUntil, 'possessive')) describedUntil--;
  if (describedUntil < start) return start;
  const endsKnownName = [1, 2, 3].some((n) => lex.companies.get(text.slice(describedUntil - n, describedUntil + 1)) !== undefined);
  return endsKnownName ? start : describedUntil + 1;
}

/**
 * (以下简称“芯曜智算”), (下称“芯曜智算”), （简称芯曜智算）: how a text declares the short name it will use, quoted or
 * closed by the bracket.
 */
const declarationOf = perLexicons((lex) => {
  const words = lex.words['company-words'];
  const opening = `^[(（](?:${words.alternation('short-name-opening')})?(?:${words.alternation('short-name-verb')})[:：]?`;
  return new RegExp(`${opening}(?:[“"「]([^”"」]{2,12})[”"」]|([\\p{L}\\p{N}]{2,12})[)）])`, 'u');
});

/** The lexicon's name for the longest known name that opens text[start, end) and reaches `from` at least. */
function knownPrefix(text: string, lex: Lexicons, start: number, from: number, end: number): string | undefined {
  for (let i = end; i >= from; i--) {
    const known = lex.companies.get(text.slice(start, i));
    if (known) return known.name;
  }
  return undefined;
}

/**
 * Whether [from, to) holds what cannot be inside one name: a preposition or a conjunction of two characters (通过,
 * 以及), or the end of a body's name (国资委, 管理局). jieba's verbs and single characters may be parts of a trade name
 * (优选/v 汇, 和/c 沐/nz).
 */
function stopsName(doc: Doc, lex: Lexicons, from: number, to: number): boolean {
  const bodyEnding = lex.words['company-words'].of('not-company-ending');
  for (let i = from; i < to; i++) {
    const t = tokenStartingAt(doc, i);
    if ((t && t.end - t.start >= 2 && JOINING_TAGS.has(t.pos)) || bodyEnding.endingAt(doc.text, i + 1)?.start !== undefined) return true;
  }
  return false;
}

const JOINING_TAGS: ReadonlySet<string> = new Set(['p', 'c']);
