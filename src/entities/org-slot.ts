import { tokenContaining, tokenEndingAt, tokenIndexFrom, type Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { LARGE_UNITS } from '../figures/numerals.js';
import { BRACKETS, CLAUSE_ENDS, DOUBLE_QUOTES, LIST_COMMA, markSet, SEPARATORS, TITLE_MARKS } from '../text/marks.js';
import { NOT_IN_ORG_TAGS, ORGANISATION, PLACE, UNKNOWN } from '../text/tags.js';
import type { Span } from './roles.js';

/**
 * The organisation slot: the words before a title, a legal form, a stock code or 是 that may name an organisation
 * (雅座CEO, 深圳市极光芯片股份有限公司, 凯赛生物(688065)). Titles and companies read it alike.
 */

/** Marks that no organisation's name crosses: clause and list marks, brackets, quotation and title marks, separators. */
export const isSlotBreak = markSet(CLAUSE_ENDS, LIST_COMMA, BRACKETS, DOUBLE_QUOTES, "'", TITLE_MARKS, SEPARATORS);
const MAX_SLOT = 14;

/**
 * The organisation in the words before `end`: back to a punctuation mark, then past any word that cannot be in a
 * name (据, 索要, 曾) and any word that introduces one (服务商雅座 → 雅座). 原 or 前 in front marks a former role.
 * Parts of speech of words that cannot be inside a name count only for words of two characters or more: jieba
 * breaks unknown names into single characters with arbitrary tags (日/m 科/n 创/n 想/v), so a single character
 * counts only when it is a function word (据, 由, 在).
 */
export function orgSlot(
  doc: Doc,
  lex: Lexicons,
  end: number,
  maxLength = MAX_SLOT,
): { org: Span | null; former: boolean; slotStart: number } {
  const { text } = doc;
  let start = end;
  while (start > 0 && end - start < maxLength && !isSlotBreak(text.charCodeAt(start - 1))) start--;
  const slotStart = start;
  for (let i = tokenIndexFrom(doc, start), t = doc.tokens[i]; t && t.start < end; t = doc.tokens[++i]) {
    // 买1.82亿宝钢股份, 9月2日美的集团: a figure, a date and their units are never the start of a name. (Read by code
    // unit: a slice and a regular expression per word were most of the slot's cost.)
    const length = t.end - t.start;
    const figure = hasDigit(text, t.start, t.end) || (length === 1 && isFigureUnit(text[t.start] as string, lex) && hasDigit(text, t.start - 1, t.start));
    // 观澜资本创始/v 合伙人: a verb that opens the title (创始, 联合) does not end the organisation before it; nor does
    // a word that stands inside known companies' names whatever its tag (安徽出版/v 集团: see org-name-words.txt).
    const stop =
      figure ||
      (length >= 2 ? NOT_IN_ORG_TAGS.has(t.pos) && !lex.orgNameWords.has(text.slice(t.start, t.end)) && lex.titleModifiers.at(text, t.start, t.end)?.end !== t.end : lex.chars.has('function', text.charCodeAt(t.start)));
    if (stop && t.end <= end) start = t.end;
    // 由星/x 河网, 5358 万星岚/x: jieba glued a preposition or a unit to a name it does not know.
    else if (t.pos === UNKNOWN && length >= 2 && t.start >= start && gluedToName(text, t.start, lex)) start = t.start + 1;
  }
  // 图为澜庭地产常务副总: a word that opens a caption, a dateline or a clause is never part of the name.
  const leading = lex.words['role-words'].of('leading').at(text, start);
  if (leading && end - start - leading.word.length >= 2) start = leading.end;
  // 据金种子创投: jieba glued the preposition to the name.
  if (end - start > 2 && lex.chars.has('function', text.charCodeAt(start)) && !lex.companies.getSpan(text, start, end)) start++;
  // 远高于亚马逊网: a known company ending the slot marks where the name starts, when an everyday word stands
  // before it (in 东和电装 the 东和 is part of another company's name).
  for (let i = start + 1; i <= end - 2; i++) {
    if (lex.companies.getSpan(text, i, end) === undefined) continue;
    const before = tokenEndingAt(doc, i);
    if (before && before.end - before.start >= 2 && lex.knownWord(text.slice(before.start, before.end)) && before.pos !== PLACE) start = i;
    break;
  }
  const former = lex.words.particles.of('former').at(text, start);
  if (former) start = former.end;
  // Words that introduce the name after them (服务商雅座, 旗下天猫); at the very end they are part of it (通卡公司).
  let cut = start;
  for (const w of lex.orgWords.all(text, start, end)) {
    // 中金公司电力设备分析师: a descriptor ending a name jieba knows as an organisation ends that name instead.
    const word = tokenContaining(doc, w.start);
    const insideName = word !== undefined && word.start < w.start && word.pos === ORGANISATION;
    if (w.value.has('descriptor') && w.end < end && !insideName) cut = w.end;
  }
  start = cut;
  if (end - start < 2) return { org: null, former: former !== null, slotStart };
  return { org: { start, end }, former: former !== null, slotStart };
}

/** A unit that follows a figure or a date (万, 亿, 年, 月, 日, 号), as a word of its own. */
function isFigureUnit(word: string, lex: Lexicons): boolean {
  return word.length === 1 && (LARGE_UNITS.includes(word) || lex.words['figure-words'].is(word, 'date-unit'));
}

/** Whether text[from, to) holds an ASCII digit (none before the text's start). */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function gluedToName(text: string, at: number, lex: Lexicons): boolean {
  // 如/景顺长城: a character jieba glues onto the front of a name (but 原 of a former role, which is read as one).
  const opening = lex.words['company-words'].isCharAt(text, at, 'glued-opening') && !lex.words.particles.isCharAt(text, at, 'former');
  return lex.chars.has('function', text.charCodeAt(at)) || opening || (LARGE_UNITS.includes(text[at] as string) && /\d/.test(text[at - 1] ?? ''));
}
