import { tokenContaining, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { markSet } from '../../text/marks.js';
import { PERSON_TAGS, PLACE } from '../../text/tags.js';
import { looksLikeName, wholeChineseName } from '../names/chinese.js';
import { hasProperToken } from './proper.js';
import { namesPersonMediumOrPlace } from './other-names.js';
import { groupOf, type CompanySeed } from './seed.js';

/**
 * A flash or a headline opened by a name and a colon, then the company's own words (某某股份：公司预计…, 某某科技：控股
 * 股东拟减持, 某某能源：本公司股票…): the name is the company announcing. A person's name before a colon is a speaker
 * (interviews, quotes), a medium's is its credit, a place's a dateline, and a word jieba knows is a label (快讯：,
 * 重磅：): all are left out.
 */

/** The longest name before the colon: a market short name, or a registered name's short form. */
const MAX_ANNOUNCER = 10;
/** How far after 预计 the results it forecasts may stand (预计上半年净利润…). */
const FORECAST_REACH = 12;

const COLON = /[:：]/;
/** Where the name before a colon ends: at the colon, or at a space or a mark no name holds. */
const NAME_STOP = /[:：\s,，。;；!?、]/;
/** What a headline follows: a line break, or the bracket closing a flash's label (【快讯】). */
const HEADLINE_OPENERS = '\n】';
const opensHeadline = markSet(HEADLINE_OPENERS);

export function fromAnnouncers(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  // No colon, no announcer: most texts are left at once, unread headline by headline.
  if (!text.includes(':') && !text.includes('：')) return seeds;
  for (const start of headlineStarts(text)) {
    let end = start;
    while (end < text.length && end - start <= MAX_ANNOUNCER && !NAME_STOP.test(text[end] ?? '')) end++;
    if (!COLON.test(text[end] ?? '') || !announcesAfter(lex, text, end + 1) || !looksLikeAnnouncer(doc, lex, start, end)) continue;
    const surface = text.slice(start, end);
    seeds.push({ surface, group: groupOf(lex, surface), why: 'context:announcer', at: { start, end } });
  }
  return seeds;
}

/** Whether [start, end) opens a headline or a flash and a colon and the company's own words follow it. */
export function opensAnnouncement(lex: Lexicons, text: string, start: number, end: number): boolean {
  return isHeadlineStart(text, start) && COLON.test(text[end] ?? '') && announcesAfter(lex, text, end + 1);
}

function isHeadlineStart(text: string, at: number): boolean {
  // By code unit: a regular expression on text[at - 1] built a string per character of the text.
  return at === 0 || opensHeadline(text.charCodeAt(at - 1));
}

/**
 * Where headlines may start, in order: the text's start, and after each opener where no space follows. Found opener
 * by opener with indexOf: a test at every character of the text was most of this recogniser's cost.
 */
function headlineStarts(text: string): number[] {
  const starts: number[] = [];
  for (const opener of HEADLINE_OPENERS) {
    for (let at = text.indexOf(opener); at >= 0 && at + 1 < text.length; at = text.indexOf(opener, at + 1)) {
      if (!/\s/.test(text[at + 1] as string)) starts.push(at + 1);
    }
  }
  starts.sort((a, b) => a - b);
  return text.length === 0 ? [] : [0, ...starts];
}

/** 公司, 控股股东, 本公司股票 right after the colon, or 预计 and the results forecast. */
function announcesAfter(lex: Lexicons, text: string, at: number): boolean {
  const words = lex.words['company-words'];
  if (words.of('announcement-opening').at(text, at) !== null) return true;
  const forecast = words.of('forecast').at(text, at);
  return forecast !== null && words.of('results').all(text, forecast.end, Math.min(text.length, forecast.end + FORECAST_REACH)).length > 0;
}

/** A name, not a person's, a medium's, a place's or a word jieba knows (快讯, 重磅, 提示): a proper name or a firm's. */
function looksLikeAnnouncer(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const { text } = doc;
  const surface = text.slice(start, end);
  if (end - start < 2 || !/^(?:\*?ST)?[\p{Script=Han}A-Za-z]/u.test(surface)) return false;
  if (lex.companies.get(surface) !== undefined) return true;
  if (namesPersonMediumOrPlace(lex, surface)) return false;
  if (wholeChineseName(text, start, end, lex) !== null || looksLikeName(text, start, end, lex)) return false;
  // 快讯/nz, 重磅, 公告: a word of jieba's dictionary before the colon labels the flash.
  if (lex.dictionaryTag(surface) !== undefined) return false;
  const only = tokenContaining(doc, start);
  if (only && only.start === start && only.end === end && (PERSON_TAGS.has(only.pos) || only.pos === PLACE)) return false;
  // A trade name jieba does not know, or one closed by an organisation word (某某股份, 某某能源).
  return hasProperToken(doc, lex, start, end) || lex.orgWords.endingAt(surface, surface.length) !== null;
}
