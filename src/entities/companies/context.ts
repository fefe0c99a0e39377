import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { LIST_COMMA, markTest } from '../../text/marks.js';
import { endsListItem } from '../lists.js';
import { periodEndAt } from '../../figures/periods.js';
import { opensAnnouncement } from './announcers.js';

/**
 * What makes a name act as a company where it stands: the words around it (苹果公司, 小米发布, 收购了小米, 美的集团的股价),
 * a stock code after it, a flash it opens with a colon (某某能源：公司预计…), or a list of companies it is an item of.
 */

export function hasCompanyContext(lex: Lexicons, text: string, start: number, end: number): boolean {
  return (
    companyContextAfter(lex, text, end) ||
    companyContextBefore(lex, text, start) ||
    opensAnnouncement(lex, text, start, end) ||
    /^\s?[(（]\s?(\d{6}|\d{4,5}\.HK|[A-Z]{2,5})/.test(text.slice(end, end + 12))
  );
}

/**
 * Words right after a name that make it act as a company (苹果公司, 小米发布, 美的集团的股价), 的 and a Latin word, or
 * a period and the results a company reports for it (快手第一季度营收, 小米上半年净利润).
 */
export function companyContextAfter(lex: Lexicons, text: string, at: number): boolean {
  const words = lex.words['company-words'];
  if (words.of('context-after').at(text, at, at + 5) !== null) return true;
  const period = periodEndAt(lex, text, at);
  if (period !== null && words.of('results').at(text, period, period + 6) !== null) return true;
  return lex.words.particles.isCharAt(text, at, 'possessive') && /[A-Za-z]/.test(text[at + 1] ?? '');
}

/**
 * A company's shares moving right after its name (快手涨超6%, 贝壳跌近7%, 日出东方3连板): the name is its stock. Read
 * after names the lexicon knows and after a proper name closed by an industry word (云翎科技涨停): an index or a
 * commodity moves the same way (沪铝涨超2%), so a bare word before these is no company.
 */
export function stockMovesAfter(lex: Lexicons, text: string, at: number): boolean {
  const words = lex.words['company-words'];
  // 日出东方继续涨停, 快手早盘大涨: one adverb of a session or a repeat may stand between.
  const adverb = words.of('move-adverb').at(text, at, at + 3);
  if (words.of('stock-move').at(text, at, at + 4) !== null || (adverb !== null && words.of('stock-move').at(text, adverb.end, adverb.end + 4) !== null)) return true;
  if (movesInBrackets(lex, text, at)) return true;
  let days = at;
  while (days < text.length && days - at < 2 && isAsciiDigit(text.charCodeAt(days))) days++;
  return days > at && words.of('stock-board').at(text, days, days + 2) !== null;
}

/** How far into a bracket after a name its move may start (（累计下跌19.44%）: 累计). */
const BRACKET_LEAD = 3;

/** 上海能源（累计下跌19.44%）, 快手(涨5%): a rise or a fall by a percentage in brackets right after the name. */
function movesInBrackets(lex: Lexicons, text: string, at: number): boolean {
  if (text[at] !== '（' && text[at] !== '(') return false;
  for (let from = at + 1; from <= at + 1 + BRACKET_LEAD && from < text.length; from++) {
    const change = lex.changes.at(text, from, from + 4) ?? lex.words['company-words'].of('stock-move').at(text, from, from + 4);
    if (change !== null) return /^\d+(?:\.\d+)?[%％]/.test(text.slice(change.end, change.end + 12));
    if (/[)）\d]/.test(text[from] ?? '')) return false;
  }
  return false;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Words right before a name, an optional 了 between, that make it a company (收购了小米, 竞争对手美团). */
function companyContextBefore(lex: Lexicons, text: string, at: number): boolean {
  const before = lex.words['company-words'].of('context-before');
  if (before.endingAt(text, at) !== null) return true;
  const perfective = lex.words.particles.of('perfective').endingAt(text, at);
  return perfective !== null && before.endingAt(text, perfective.start) !== null;
}

const isListMark = markTest(LIST_COMMA, ',');

/**
 * 通卡公司、一卡易公司; 晨曦股份、华韵科技涨停: an item of a list (、 or ,) next to an item that is a known company or
 * ends in an organisation word.
 */
export function listedWithCompany(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const { text } = doc;
  const isCompany = (from: number, to: number) => {
    if (to - from < 2 || to - from > 12) return false;
    const ending = lex.orgWords.endingAt(text, to);
    return lex.companies.getSpan(text, from, to) !== undefined || (ending !== null && !ending.value.has('descriptor') && ending.start - from >= 2);
  };
  // The item itself ends where the list goes on (百度智能云 is no item 百度智能).
  if (end < text.length && !endsListItem(lex, text, end)) return false;
  if (isListMark(text[start - 1])) {
    let from = start - 1;
    while (from > 0 && start - from < 14 && !endsListItem(lex, text, from - 1)) from--;
    if (isCompany(from, start - 1)) return true;
  }
  if (isListMark(text[end])) {
    let to = end + 1;
    // 郑州煤电、安源煤业涨停: the last item ends where the move of the listed shares begins.
    while (to < text.length && to - end < 14 && !endsListItem(lex, text, to) && !(to - end > 2 && stockMovesAfter(lex, text, to))) to++;
    if (isCompany(end + 1, to)) return true;
  }
  return false;
}
