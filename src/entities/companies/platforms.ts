import { endsWord, startsWord, tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { partitionPoint } from '../../lexicon/sorted.js';
import type { WordHit } from '../../lexicon/word-list.js';
import { joinsList } from '../lists.js';
import { orgSlot } from '../org-slot.js';
import { nameStart } from './glued.js';
import type { Evidence } from '../evidence.js';
import type { CompanySeed } from './seed.js';

/**
 * Lending and fintech platforms in a text about lending (网贷, 出借人, 逾期): a name ending as platforms' names do
 * (…贷, …宝, …金融, …理财, …钱包, …网) is a platform where the text calls it one (平台橙子钱包, 鲸鱼理财平台), tells
 * what befalls it (青松理财发布清盘), lists it beside another such name (云朵贷、青松理财) or names it twice. Kinds of
 * lending (现金贷, 消费金融) and everyday words are none.
 */

/** A platform's name: at least three characters, the ending included, at most four before it. */
const MIN_NAME = 3;
const MAX_HEAD = 4;
/** Words that are no part of a platform's name before its ending (诈骗平台橙子钱包, 朝阳区橙子钱包, 违规金融). */
const NOT_IN_HEAD: ReadonlySet<string> = new Set(['v', 'vn', 'vd', 'd', 'ad', 'b', 'm', 'q', 'mq', 'r', 'p', 'c', 'u', 'uj', 'ul', 'f', 's', 't', 'ns']);
/** How far after a name what befalls it may start, within its clause (云朵金融总部人去楼空, 青松贷于上月正式对外发布展期公告). */
const EVENT_REACH = 12;
/** What may stand between a platform word and the name (平台“橙子钱包”, 平台(鲸鱼理财)). */
const QUOTE = /^[“"「(]?$/;

interface Candidate {
  start: number;
  end: number;
  /** A website's name (…网, …在线), which names sites of every kind. */
  site: boolean;
  /** The text calls it a platform, tells what befalls it, or lists it beside another such name. */
  called: boolean;
}

export function fromPlatforms(doc: Doc, lex: Lexicons, evidence: Evidence): CompanySeed[] {
  const { text } = doc;
  const words = lex.words['company-words'];
  const { lendingContext, lendingEvents } = evidence.words;
  if (lendingContext.length === 0 && lendingEvents.length === 0) return [];
  const found = new Map<string, Candidate[]>();
  for (const ending of words.of('platform-ending').all(text)) {
    // The ending must close a word, unless what befalls platforms follows, which jieba glues on (云朵|宝跑|路).
    if (/[\p{L}\p{N}]/u.test(text[ending.end] ?? '') && !endsWord(doc, ending.end) && !befalls(text, lendingEvents, ending.end, 0)) continue;
    // 丰台区金融办: a government office's ending follows.
    if (words.of('not-company-ending').at(text, ending.end) !== null) continue;
    const start = headStart(doc, lex, ending.start);
    if (ending.end - start < MIN_NAME || ending.start - start < 1) continue;
    const surface = text.slice(start, ending.end);
    if (!isPlatformName(doc, lex, start, ending.start, ending.end)) continue;
    const list = found.get(surface) ?? [];
    // A website's name (…网, …在线) takes what befalls platforms only right after it (澜鑫网非法集资, not 中国政府网显示逾期).
    const site = words.is(ending.word, 'site-ending');
    const called = calledPlatform(text, lex, start, ending.end) || befalls(text, lendingEvents, ending.end, site ? 0 : EVENT_REACH);
    list.push({ start, end: ending.end, site, called });
    found.set(surface, list);
  }
  markListed(text, lex, [...found.values()].flat());
  const seeds: CompanySeed[] = [];
  for (const [surface, spans] of found) {
    // …网 and …在线 name websites of every kind (中国政府网): those only where the text calls them platforms.
    if (!spans.some((s) => s.called) && (spans.length < 2 || spans[0]?.site === true)) continue;
    for (const { start, end } of spans) seeds.push({ surface, group: surface, why: 'context:platform', at: { start, end } });
  }
  return seeds;
}

/**
 * Where the name before the ending starts: at most four characters back, after a mark, a platform word, a figure
 * and the words that are no part of such a name (诈骗平台橙子钱包 → 橙子钱包, 朝阳区橙子钱包 → 橙子钱包).
 */
function headStart(doc: Doc, lex: Lexicons, endingStart: number): number {
  const { text } = doc;
  const slot = orgSlot(doc, lex, endingStart, MAX_HEAD).org;
  let start = slot ? nameStart(doc, lex, slot.start, endingStart) : endingStart;
  // 朝阳区橙子钱包 read four characters back starts inside 朝阳区: the name starts at the next word.
  while (start < endingStart && !startsWord(doc, start)) start++;
  for (let i = start; i < endingStart; i++) {
    const t = tokenStartingAt(doc, i);
    const stop = lex.words['company-words'].of('platform-word').at(text, i, endingStart) !== null || /[\d\p{P}]/u.test(text[i] as string);
    if (stop || (t && t.end <= endingStart && NOT_IN_HEAD.has(t.pos))) start = Math.max(start, t && t.end <= endingStart ? t.end : i + 1);
  }
  return start;
}

/** Neither a kind of lending (现金贷, 高利贷, 消费金融, 互联网) nor an everyday word. */
function isPlatformName(doc: Doc, lex: Lexicons, start: number, endingStart: number, end: number): boolean {
  const words = lex.words['company-words'];
  const surface = doc.text.slice(start, end);
  const head = doc.text.slice(start, endingStart);
  if (lex.knownWord(surface) || words.is(head, 'generic-name') || words.of('lending-kind').at(head, 0) !== null) return false;
  if (words.of('lending-term').endingAt(surface, surface.length)?.start !== undefined && words.of('lending-term').endingAt(surface, surface.length)?.start !== 0) {
    return false;
  }
  return lex.words.places.kindsOf(head).size === 0 && lex.orgWords.get(head) === undefined;
}

/**
 * 云朵贷、青松理财、澜鑫网; “云朵宝”“青松贷”: names shaped as platforms' are, listed next to each other in a text
 * about lending, are platforms, each vouching for the other; two websites' names vouch for none (据澜海网、澜江网报道).
 */
function markListed(text: string, lex: Lexicons, candidates: Candidate[]): void {
  candidates.sort((a, b) => a.start - b.start);
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1] as Candidate;
    const b = candidates[i] as Candidate;
    const between = text.slice(a.end, b.start);
    const bare = between.replace(/[“”"「」]/g, '');
    const joined = bare.length === 1 ? joinsList(lex, bare, 0) : bare.length === 0 && between.length > 0;
    if (joined && !(a.site && b.site)) a.called = b.called = true;
  }
}

/** 青松理财发布清盘, 云朵财富涉嫌非吸: what befalls lending platforms follows the name in its clause. */
function befalls(text: string, events: readonly WordHit<true>[], end: number, reach: number): boolean {
  // The events come by start: the first at or after the name is found by halving, not by reading them all.
  const event = events[partitionPoint(events, (e) => e.start < end)];
  if (event === undefined || event.start - end > reach) return false;
  return !/[\p{P}\s]/u.test(text.slice(end, event.start));
}

/** 平台橙子钱包, 平台“橙子钱包”, 鲸鱼理财平台: the text calls it a platform right before or after the name. */
function calledPlatform(text: string, lex: Lexicons, start: number, end: number): boolean {
  const platform = lex.words['company-words'].of('platform-word');
  const before = platform.endingAt(text, start) ?? platform.endingAt(text, start - 1);
  if (before && QUOTE.test(text.slice(before.start + before.word.length, start))) return true;
  const afterAt = /[”"」)]/.test(text[end] ?? '') ? end + 1 : end;
  return platform.at(text, afterAt) !== null;
}
