import { endsWord, startsWord, tokenContaining, tokenEndingAt, tokenIndexFrom, tokenStartingAt, type Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import { allHan, nameAt, nameBefore, type NameSpan } from './names.js';

/**
 * Titles next to names, the strongest evidence for both people and companies: an organisation, a title and a name
 * (聚美优品联合创始人戴雨森, 炎黄网络CEO、皮皮精灵助理总裁管鹏, 原支付宝首席产品设计师白鸦), a byline (记者张琦,
 * 编辑:秦韵), or a name and a title (宋知远行长, 在上官明远董事长看来).
 */

export interface Span {
  start: number;
  end: number;
}

export interface RoleSpan {
  title: Span;
  /** The organisation as written; for 该公司 or 本报, the pronoun (resolved to a company later, or dropped). */
  org: Span | null;
  orgIsPronoun?: boolean;
  former: boolean;
}

export interface TitledName {
  name: NameSpan;
  roles: RoleSpan[];
  /** A byline role (记者, 编辑, 作者). */
  credit: boolean;
}

const SLOT_BREAKS = new Set([...',。;:!?、()“”"\'《》【】[]<>\n …—·/|　$@#'].map((c) => c.charCodeAt(0)));
/**
 * Parts of speech of words that cannot be inside an organisation's name (prepositions, verbs, adverbs, pronouns …).
 * Only words of two characters or more count: jieba breaks unknown names into single characters with arbitrary
 * tags (日/m 科/n 创/n 想/v), so a single character counts only when it is a function word.
 */
const NOT_IN_ORG = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'd', 'r', 'q', 't', 'f', 'v', 'vd', 'y', 'e', 'o', 'zg', 'df', 'tg', 'dg', 'mq', 'rr', 'rz', 'w']);
const FUNCTION_CHARACTERS = new Set('据在由对与和同向从被将把让给为是而但又也还曾已并即及以于等的了着过所其该这那此占有称说到除赴'.split(''));
/** Words that open a caption or a dateline, never a name (图为润泽地产常务副总…). */
const LEADING_WORDS = /(?:图为|据悉|据了解|据报道|据介绍|本报讯|晨报讯|记者|日前|近日|目前|此前|其中|包括|例如|比如|如今|随后|同时|此外|另外|而且|不过|但是|然而)/y;
/** An organisation named by a pronoun or a generic word: the role's organisation is the company named before it. */
export const PRONOUN_ORGS = /^(该|本|其|这家|那家|此|我|我们|你|他们|公司|该公司|该行|该所|集团|该集团)$/;
const PUBLISHER = /^(本报|本刊|本网|本台|本社)$/;
const MAX_SLOT = 14;

export function findTitledNames(doc: Doc, lex: Lexicons, hits: LexiconHits): TitledName[] {
  const { text } = doc;
  const found: TitledName[] = [];
  for (const title of hits.markers.titles) {
    // 赛区长沙: a title read across two jieba words, with a boundary on neither side, is no title; 英文全称, 文章加强: a
    // one-character title (文) must be a word of its own.
    const opens = startsWord(doc, title.start);
    const closes = endsWord(doc, title.end);
    if (title.end - title.start === 1 ? !(opens && closes) : !(opens || closes)) continue;
    const credit = title.value === 'credit';
    let nameStart = title.end;
    // 记者:张琦, 记者 张琦, and in a byline 摄影/刘文杰; after any other title a colon opens what was said (主持人:谢谢李总).
    if (text[nameStart] === ' ' || (credit && (text[nameStart] === ':' || text[nameStart] === '/'))) nameStart++;
    const after = (credit ? penNameAt(doc, nameStart, lex) : null) ?? nameAt(doc, nameStart, lex);
    if (after && !lex.titles.at(text, after.start)) {
      found.push({ name: after, roles: rolesBefore(doc, lex, title.start, title.end), credit });
      continue;
    }
    // 宋知远行长 / 上官明远董事长看来: a name right before the title, and the title closes the phrase.
    if (credit) continue;
    const before = nameBefore(doc, title.start, lex);
    const next = text[title.end] ?? '';
    if (before && (SLOT_BREAKS.has(text.charCodeAt(title.end)) || lex.speechVerbs.at(text, title.end) || '在也还则就曾将等和与的对向'.includes(next))) {
      found.push({ name: before, roles: [{ title: { start: title.start, end: title.end }, org: null, former: false }], credit });
    }
  }
  return found;
}

/**
 * A byline's name closed off on both sides, whatever its shape (实习编辑婷婷）, 本报记者玺润, 实习生夏冬梅）): two or
 * three Han characters from the credit to a closing bracket, the end of the line, the next credit or a dateline
 * (北京报道). Pen names and unusual surnames need no name shape there; an ordinary word (作者简介）) is still none.
 */
function penNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  for (const length of [2, 3]) {
    const end = start + length;
    if (!closesByline(doc, lex, end)) continue;
    if (!allHan(text, start, end)) return null;
    const word = tokenStartingAt(doc, start);
    if (word && word.end === end && !PEN_NAME_TAGS.has(word.pos)) return null;
    return { start, end, foreign: false };
  }
  return null;
}

/** How jieba tags a word that can be a pen name or given name on its own (婷婷/z, 玺润/x). */
const PEN_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'x', 'z', 'i']);

function closesByline(doc: Doc, lex: Lexicons, at: number): boolean {
  const { text } = doc;
  if (at >= text.length || /[)）\]】\n]/.test(text[at] as string)) return true;
  if (lex.titles.at(text, at)?.value === 'credit') return true;
  const place = tokenStartingAt(doc, at);
  return place !== undefined && place.pos === 'ns' && /^(?:报道|电|讯)/.test(text.slice(place.end, place.end + 2));
}

/**
 * The title ending at `end` and the organisations before it: 港盛证券科技行业分析师 is 港盛证券 + 科技行业分析师,
 * 驰远汽车CEO is 驰远汽车 + CEO. The organisation ends where a known company ends, else at an industry or legal word
 * followed only by title modifiers; otherwise the title is the head widened over its modifiers (联合创始人).
 */
function rolesBefore(doc: Doc, lex: Lexicons, headStart: number, end: number): RoleSpan[] {
  const { text } = doc;
  // 创始人兼CEO, 副总裁兼财务总监: two titles of one organisation.
  const second = widenTitle(text, lex, headStart, Math.max(0, headStart - 8));
  const first = text[second - 1] === '兼' ? lex.titles.endingAt(text, second - 1) : null;
  if (first) {
    const earlier = rolesBefore(doc, lex, first.start, second - 1);
    const previous = earlier[earlier.length - 1];
    return [...earlier, { ...(previous ?? { org: null, former: false }), title: { start: second, end } }];
  }
  const slotEnd = text[headStart - 1] === '的' ? headStart - 1 : headStart;
  const slot = orgSlot(doc, lex, slotEnd);
  let titleStart = headStart;
  let org: Span | null = null;
  if (slot.org) {
    const orgEnd = organisationEnd(doc, lex, slot.org.start, slotEnd);
    if (orgEnd !== null) {
      org = { start: slot.org.start, end: orgEnd };
      titleStart = orgEnd;
    } else {
      titleStart = widenTitle(text, lex, headStart, slot.org.start);
      org = titleStart - slot.org.start >= 2 ? { start: slot.org.start, end: titleStart } : null;
    }
  } else {
    titleStart = widenTitle(text, lex, headStart, Math.max(0, headStart - 6));
  }
  // 本报记者: the paper the text appears in, which the text does not name.
  if (org !== null && PUBLISHER.test(text.slice(org.start, org.end))) org = null;
  const orgIsPronoun = org !== null && PRONOUN_ORGS.test(text.slice(org.start, org.end));
  const role: RoleSpan = { title: { start: titleStart, end }, org, orgIsPronoun, former: slot.former };
  // 炎黄网络CEO、皮皮精灵助理总裁管鹏: another organisation and title before the list comma.
  if (text[slot.slotStart - 1] === '、') {
    const earlier = lex.titles.endingAt(text, slot.slotStart - 1);
    if (earlier) return [...rolesBefore(doc, lex, earlier.start, slot.slotStart - 1), role];
  }
  return [role];
}

/** Where the organisation in [from, to) ends, when a known company or an organisation word marks it; else null. */
function organisationEnd(doc: Doc, lex: Lexicons, from: number, to: number): number | null {
  const { text } = doc;
  const known = lex.companies.matchesAt(text, from).find((m) => m.end <= to);
  if (known) return known.end;
  for (const w of lex.orgWords.all(text, from, to)) {
    if (w.start - from < 2 || !(w.value.has('industry') || w.value.has('legal') || w.value.has('generic'))) continue;
    if (onlyModifiers(text, lex, w.end, to)) return w.end;
  }
  return null;
}

function onlyModifiers(text: string, lex: Lexicons, from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    const m = lex.titleModifiers.at(text, at, to);
    if (!m) return false;
    at = m.end;
  }
  return true;
}

/** The title head widened leftwards over modifiers (联合 + 创始人, 首席 + 产品 + 设计师), not past `floor`. */
function widenTitle(text: string, lex: Lexicons, headStart: number, floor: number): number {
  let start = headStart;
  for (let mod = lex.titleModifiers.endingAt(text, start); mod && mod.start >= floor && headStart - mod.start <= 8; mod = lex.titleModifiers.endingAt(text, start)) {
    start = mod.start;
  }
  return start;
}

/**
 * The organisation in the words before a title: back to a punctuation mark, then past any word that cannot be in a
 * name (据, 索要, 曾) and any word that introduces one (服务商雅座 → 雅座). 原 or 前 in front marks a former role.
 */
export function orgSlot(
  doc: Doc,
  lex: Lexicons,
  end: number,
  maxLength = MAX_SLOT,
): { org: Span | null; former: boolean; slotStart: number } {
  const { text } = doc;
  let start = end;
  while (start > 0 && end - start < maxLength && !SLOT_BREAKS.has(text.charCodeAt(start - 1))) start--;
  const slotStart = start;
  for (let i = tokenIndexFrom(doc, start), t = doc.tokens[i]; t && t.start < end; t = doc.tokens[++i]) {
    // 买1.49亿中国国贸, 9月2日美的集团: a figure, a date and their units are never the start of a name.
    const word = text.slice(t.start, t.end);
    const figure = /\d/.test(word) || (/^[万亿年月日号]$/.test(word) && /\d/.test(text[t.start - 1] ?? ''));
    // 观澜资本创始/v 合伙人: a verb that opens the title (创始, 联合) does not end the organisation before it.
    const stop =
      figure ||
      (word.length >= 2 ? NOT_IN_ORG.has(t.pos) && lex.titleModifiers.at(text, t.start, t.end)?.end !== t.end : FUNCTION_CHARACTERS.has(word));
    if (stop && t.end <= end) start = t.end;
    // 由星/x 河网, 5358 万星岚/x: jieba glued a preposition or a unit to a name it does not know.
    else if (t.pos === 'x' && word.length >= 2 && t.start >= start && gluedToName(text, t.start)) start = t.start + 1;
  }
  LEADING_WORDS.lastIndex = start;
  const leading = LEADING_WORDS.exec(text);
  if (leading && end - start - leading[0].length >= 2) start += leading[0].length;
  // 据金种子创投: jieba glued the preposition to the name.
  if (end - start > 2 && FUNCTION_CHARACTERS.has(text[start] as string) && !lex.companies.get(text.slice(start, end))) start++;
  // 远高于亚马逊网: a known company ending the slot marks where the name starts, when an everyday word stands
  // before it (in 东和电装 the 东和 is part of another company's name).
  for (let i = start + 1; i <= end - 2; i++) {
    if (lex.companies.get(text.slice(i, end)) === undefined) continue;
    const before = tokenEndingAt(doc, i);
    if (before && before.end - before.start >= 2 && lex.knownWord(text.slice(before.start, before.end)) && before.pos !== 'ns') start = i;
    break;
  }
  let former = false;
  if (text[start] === '原' || text[start] === '前') {
    former = true;
    start++;
  }
  // Words that introduce the name after them (服务商雅座, 旗下天猫); at the very end they are part of it (通卡公司).
  let cut = start;
  for (const w of lex.orgWords.all(text, start, end)) {
    // 中金公司电力设备分析师: a descriptor ending a name jieba knows as an organisation ends that name instead.
    const word = tokenContaining(doc, w.start);
    const insideName = word !== undefined && word.start < w.start && word.pos === 'nt';
    if (w.value.has('descriptor') && w.end < end && !insideName) cut = w.end;
  }
  start = cut;
  if (end - start < 2) return { org: null, former, slotStart };
  return { org: { start, end }, former, slotStart };
}

function gluedToName(text: string, at: number): boolean {
  const first = text[at] as string;
  return FUNCTION_CHARACTERS.has(first) || ((first === '万' || first === '亿') && /\d/.test(text[at - 1] ?? ''));
}

