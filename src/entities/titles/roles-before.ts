import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
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
  const second = widenTitle(text, lex, headStart, Math.max(0, headStart - 8));
  const first = particles.isCharAt(text, second - 1, 'title-joiner') ? lex.titles.endingAt(text, second - 1) : null;
  if (first) {
    const earlier = rolesBefore(doc, lex, first.start, second - 1);
    const previous = earlier[earlier.length - 1];
    return [...earlier, { ...(previous ?? { org: null, former: false }), title: { start: second, end } }];
  }
  // 星火互娱(300999)董事长: the company's stock code stands between it and the title.
  const coded = stockCodeEndingAt(lex, text, headStart);
  const slotEnd = coded ?? (particles.isCharAt(text, headStart - 1, 'possessive') ? headStart - 1 : headStart);
  const slot = orgSlot(doc, lex, slotEnd);
  let titleStart = headStart;
  let org: Span | null = null;
  if (slot.org && coded !== null) {
    org = { start: slot.org.start, end: organisationEnd(doc, lex, slot.org.start, slotEnd) ?? slotEnd };
    titleStart = widenTitle(text, lex, headStart, headStart - 6);
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
  const roleWords = lex.words['role-words'];
  // 理财周报记者, 跑马圈地每经记者 (a headline glued on): a byline's organisation is the outlet named before it.
  if (lex.titles.at(text, headStart)?.value === 'credit') org = outletEndingAt(text, lex, slot.slotStart, slotEnd) ?? org;
  // 本报记者, 初现端倪本报记者: the paper the text appears in, which the text does not name.
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

/** The longest news outlet of the media list ending at `end`, not before `from`. */
function outletEndingAt(text: string, lex: Lexicons, from: number, end: number): Span | null {
  for (let start = from; start <= end - 2; start++) if (lex.media.get(text.slice(start, end)) !== undefined) return { start, end };
  return null;
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
