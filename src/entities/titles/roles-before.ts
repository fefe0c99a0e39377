import { tokenStartingAt, type Doc } from '../../text/document.js';
import { PLACE } from '../../text/tags.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { CHINESE_DIGITS } from '../../figures/numerals.js';
import { LIST_COMMA } from '../../text/marks.js';
import { stockCodeEndingAt } from '../companies/stock-codes.js';
import { orgSlot } from '../org-slot.js';
import type { RoleSpan, Span } from '../roles.js';

/**
 * The title ending at `end` and the organisations before it: 港盛证券科技行业分析师 is 港盛证券 + 科技行业分析师,
 * 驰远汽车CEO is 驰远汽车 + CEO. The organisation ends where a known company ends, else at an industry or legal word
 * followed only by title modifiers; otherwise the title is the head widened over its modifiers (联合创始人).
 */
export function rolesBefore(doc: Doc, lex: Lexicons, headStart: number, end: number): RoleSpan[] {
  const { text } = doc;
  const { particles } = lex.words;
  // 创始人兼CEO, 副总裁兼财务总监: two titles of one organisation.
  const widened = widenTitle(text, lex, headStart, Math.max(0, headStart - 8));
  // 副总裁兼研究中心主任, 首席策略师、研究所副所长: after 兼 or a list comma, a unit of the organisation (研究中心) is part
  // of the second title, not an organisation of its own.
  const unit = lex.words['role-words'].of('unit').endingAt(text, widened);
  const unitJoined = unit !== null && (particles.isCharAt(text, unit.start - 1, 'title-joiner') || text[unit.start - 1] === LIST_COMMA);
  const second = unitJoined ? unit.start : widened;
  const joined = particles.isCharAt(text, second - 1, 'title-joiner') || (unitJoined && text[second - 1] === LIST_COMMA);
  const first = joined ? lex.titles.endingAt(text, second - 1) : null;
  if (first) {
    const earlier = rolesBefore(doc, lex, first.start, second - 1);
    const previous = earlier[earlier.length - 1];
    return [...earlier, { ...(previous ?? { org: null, former: false }), title: { start: second, end } }];
  }
  // 星火互娱(300999)董事长: the company's stock code stands between it and the title; 鹏华基金的基金经理: 的 does.
  const coded = stockCodeEndingAt(lex, text, headStart);
  const possessive = coded === null && particles.isCharAt(text, headStart - 1, 'possessive');
  const slotEnd = coded ?? bracketStart(text, possessive ? headStart - 1 : headStart);
  const slot = afterRoleVerb(text, lex, orgSlot(doc, lex, slotEnd));
  let titleStart = headStart;
  let org: Span | null = null;
  if (slot.org && (coded !== null || possessive)) {
    org = { start: slot.org.start, end: organisationEnd(doc, lex, slot.org.start, slotEnd) ?? slotEnd };
    titleStart = widenTitle(text, lex, headStart, possessive ? headStart : headStart - 6);
  } else if (slot.org) {
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
  org = org && afterDateline(text, lex, org);
  // 而立委立委林国华: a title before the title is no organisation; 杭州一家女装网店的店主: a described one is unnamed.
  if (org !== null && (lex.titles.get(text.slice(org.start, org.end)) !== undefined || describesOne(text, lex, org))) org = null;
  // 高雄市长韩国瑜, 高雄市议员何美雅: a public office is written with its place, and the place is its organisation.
  if (org !== null && org.end === titleStart && lex.titles.at(text, headStart)?.value === 'office' && isPlace(doc, lex, org)) {
    titleStart = org.start;
    if (lex.words['role-words'].isCharAt(text, org.end, 'admin-unit')) org = { start: org.start, end: org.end + 1 };
  }
  const roleWords = lex.words['role-words'];
  // 理财周报记者, 扩张提速每经记者 (a headline glued on): a byline's organisation is the outlet named before it.
  if (lex.titles.at(text, headStart)?.value === 'credit') org = outletEndingAt(text, lex, slot.slotStart, slotEnd) ?? org;
  // 本报记者, 渐成共识本报记者: the paper the text appears in, which the text does not name.
  if (org !== null && roleWords.of('publisher').endingAt(text, org.end) !== null) org = null;
  // 该公司董事长: an organisation named by a pronoun or a generic word is the company named before it.
  const orgIsPronoun = org !== null && roleWords.is(text.slice(org.start, org.end), 'pronoun-org');
  const role: RoleSpan = { title: { start: titleStart, end }, org, orgIsPronoun, former: slot.former };
  // 炎黄网络CEO、皮皮精灵助理总裁管鹏: another organisation and title before the list comma.
  if (text[slot.slotStart - 1] === LIST_COMMA) {
    const earlier = lex.titles.endingAt(text, slot.slotStart - 1);
    if (earlier) return [...rolesBefore(doc, lex, earlier.start, slot.slotStart - 1), role];
  }
  return [role];
}

/**
 * 記者陳怡君/台中報導環保署署長: a byline's dateline glued before the organisation is no part of it; what follows the
 * dateline word is (null when nothing does).
 */
function afterDateline(text: string, lex: Lexicons, org: Span): Span | null {
  const dateline = lex.words['role-words'].of('dateline');
  for (let at = org.end - 1; at > org.start; at--) {
    // A dateline word of one character (电, 讯) is too often part of a name (东和电装).
    const word = dateline.endingAt(text, at);
    if (word !== null && word.start >= org.start && at - word.start >= 2) return org.end - at >= 2 ? { start: at, end: org.end } : null;
  }
  return org;
}

/**
 * 苏雨辰曾任/x 阿里云…负责人: a role verb jieba did not read as a verb is no part of the organisation after it; the
 * slot starts after it (where described-roles.ts finds it).
 */
function afterRoleVerb<S extends { org: Span | null }>(text: string, lex: Lexicons, slot: S): S {
  if (!slot.org) return slot;
  const words = lex.words['role-words'];
  // From one character before: the slot may have taken the verb's first character for a function word (曾 of 曾任).
  const from = Math.max(0, slot.org.start - 1);
  const verb = words.of('former-role-verb').last(text, from, slot.org.end) ?? words.of('role-verb').last(text, from, slot.org.end);
  if (!verb) return slot;
  return { ...slot, org: slot.org.end - verb.end >= 2 ? { start: verb.end, end: slot.org.end } : null };
}

/** 远景设计(远景设计博客)的总经理: where a bracketed aside ending at `end` opens, or `end` when none does. */
function bracketStart(text: string, end: number): number {
  if (text[end - 1] !== ')') return end;
  const open = text.lastIndexOf('(', end - 1);
  return open >= 0 && end - open <= MAX_ASIDE ? open : end;
}

const MAX_ASIDE = 20;

/** Whether jieba reads the span as one place name, or the places list holds it (高雄, 美国). */
function isPlace(doc: Doc, lex: Lexicons, span: Span): boolean {
  const word = tokenStartingAt(doc, span.start);
  const name = doc.text.slice(span.start, span.end);
  return (word !== undefined && word.end === span.end && word.pos === PLACE) || lex.words.places.kindsOf(name).size > 0;
}

/** 一家女装网店, 某基金公司: a numeral and a measure for firms, or 某, describe an organisation without naming it. */
function describesOne(text: string, lex: Lexicons, org: Span): boolean {
  const opening = lex.words['company-words'];
  for (let at = org.start; at < org.end; at++) {
    if (opening.of('firm-count-opening').at(text, at, org.end) !== null) return true;
    if (CHINESE_DIGITS.includes(text[at] as string) && opening.isCharAt(text, at + 1, 'firm-measure')) return true;
  }
  return false;
}

/** The longest news outlet of the media list ending at `end`, not before `from`. */
function outletEndingAt(text: string, lex: Lexicons, from: number, end: number): Span | null {
  for (let start = from; start <= end - 2; start++) if (lex.media.getSpan(text, start, end) !== undefined) return { start, end };
  return null;
}

/** Where the organisation in [from, to) ends, when a known company or an organisation word marks it; else null. */
function organisationEnd(doc: Doc, lex: Lexicons, from: number, to: number): number | null {
  const { text } = doc;
  const known = lex.companies.matchesAt(text, from).find((m) => m.end <= to);
  if (known) return afterOrgWords(text, lex, known.end, to);
  for (const w of lex.orgWords.all(text, from, to)) {
    if (w.start - from < 2 || !endsOrganisation(w.value)) continue;
    if (onlyModifiers(text, lex, w.end, to)) return w.end;
  }
  return null;
}

/**
 * 万向期货副总经理, 某某基金管理公司总经理助理: a known short name (万向, 某某基金) goes on over the words that after a name
 * nearly always close it (期货, 基金管理, 公司), when only title modifiers follow them; not over a plain industry word,
 * which before a title is the sector the person covers (星河证券医药分析师).
 */
function afterOrgWords(text: string, lex: Lexicons, knownEnd: number, to: number): number {
  let end = knownEnd;
  for (let at = knownEnd, w = lex.orgWords.at(text, at, to); w !== null && closesName(w.value); at = w.end, w = lex.orgWords.at(text, at, to)) {
    if (onlyModifiers(text, lex, w.end, to)) end = w.end;
  }
  return end;
}

function closesName(kinds: ReadonlySet<string>): boolean {
  return kinds.has('strong') || kinds.has('legal') || kinds.has('generic');
}

function endsOrganisation(kinds: ReadonlySet<string>): boolean {
  return kinds.has('industry') || kinds.has('legal') || kinds.has('generic');
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

/**
 * The title head widened leftwards over modifiers (联合 + 创始人, 首席 + 产品 + 设计师), not past `floor`. A seat on a
 * board is the whole company's, so only the words of a seat's rank (独立, 非执行) widen it: a word before it that could
 * name a department or a region ends the company's name instead (某某国际执行董事).
 */
function widenTitle(text: string, lex: Lexicons, headStart: number, floor: number): number {
  const roleWords = lex.words['role-words'];
  // 董事 in 董事总经理, 董事会 in 董事会秘书: a seat's word counts only where it is the whole title.
  const seatWord = roleWords.of('board-seat').at(text, headStart);
  const seat = seatWord !== null && seatWord.end === lex.titles.at(text, headStart)?.end;
  let start = headStart;
  for (let mod = lex.titleModifiers.endingAt(text, start); mod && mod.start >= floor && headStart - mod.start <= 8; mod = lex.titleModifiers.endingAt(text, start)) {
    if (seat && !roleWords.is(mod.word, 'seat-rank')) break;
    start = mod.start;
  }
  return start;
}
