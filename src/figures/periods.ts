import { escapeRegExp } from '../lexicon/kinds.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { KindOf } from '../lexicon/tables.js';
import type { FigurePeriod } from '../schema.js';
import { alignsWithTokens, type Doc } from '../text/document.js';
import { anchoredPattern, nextMatch, type AnchoredPattern } from './anchored.js';
import { clauseStart, sentenceStart, sentenceStartFrom } from './context.js';
import { CHINESE_DIGITS, UNITS } from './numerals.js';

/**
 * The period each figure covers, as written: the nearest period before it in its clause (全年实现营收218.6亿元), else
 * the nearest earlier in its sentence (前三季度，公司实现营收21.4亿元，同比增长47.3% — both take 前三季度). A sentence
 * runs to 。, ! or ? (a semicolon goes on with it: 全年营收…；净利润… share 全年). Sessions, rates and bases written
 * for themselves (盘中, 每月, 上年同期为5.6亿元) govern their own clause only; a comparison base is no period (较上年末
 * 增长 takes no 上年末), and a starting point is its own figure's only (从上年的86元降至79元: 86元 takes 上年, 79元
 * not); a date or a year is an event's, no period, when an event stands between it and the figure (7月8日宣布完成
 * 2.8亿美元融资; 2021年获得A轮融资). The grammar is periods.tsv.
 */

type PeriodKind = KindOf<'periods'>;

interface Found {
  start: number;
  end: number;
  /** A session, a rate or a base for itself: it governs its own clause only. */
  clauseOnly: boolean;
  /** A point in time (a date, a year, a month): an event's date when an event word follows it towards the figure. */
  point: boolean;
  /** After 从 or 由: the starting figure's only, the one right after it. */
  from: boolean;
}

/** `{n}` in a word of periods.tsv: a small number (3, 12, 三, 十二); `{y}`: a year (2023, 二〇二三). */
const SMALL_NUMBER = String.raw`(?:\d{1,2}|[${CHINESE_DIGITS.slice(2)}${UNITS[0]}]{1,3})`;
const YEAR_NUMBER = String.raw`(?:\d{4}|[${CHINESE_DIGITS.slice(0, 4)}${CHINESE_DIGITS.slice(5)}]{4})`;
/** How far after a starting point its figure may begin (上年的86元: one 的). */
const FROM_REACH = 2;

interface Grammar {
  /** Tried only before the last character of a period word (年, 月, 季度, 同期 …), where a period can be. */
  period: AnchoredPattern;
  /** A period ending on a year, a month or a day: a point in time. */
  pointEnd: RegExp;
}

const grammars = new WeakMap<Lexicons, Grammar>();

function grammarOf(lex: Lexicons): Grammar {
  let grammar = grammars.get(lex);
  if (grammar) return grammar;
  const listed = (kind: PeriodKind) => [...lex.words.periods.of(kind).words()];
  const words = (kind: PeriodKind) =>
    listed(kind)
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/\\\{n\\\}/g, SMALL_NUMBER).replace(/\\\{y\\\}/g, YEAR_NUMBER))
      .join('|');
  const [year, month, day, close] = [words('year'), words('month'), words('day'), words('close')];
  const part = `${words('part')}|${month}`;
  const days = `(?:${day}){1,2}(?:${close})?`;
  const core = [
    `(?<span>${words('span')})`,
    `(?<session>${words('session')})`,
    // A date before a month alone: 6月30日, not 6月 and a stray 30日.
    `(?:${year})(?:(?:${words('connector')})(?:${year}))?(?:${days}|(?:${part})(?:${days})?)?`,
    days,
    `(?:${part})(?:${days})?`,
  ].join('|');
  const opener = words('opener');
  // 截至 opens any period, and a close on its own (截至收盘).
  const period = `(?<until>${opener})?(?:${core}|(?<=${opener})(?:${close}))(?<suffix>${words('suffix')}){0,2}`;
  // Every period holds a word of the core, so the last written character of each is an anchor; a period is made of
  // the words' characters and the numbers' digits.
  const written = (word: string) => word.replace(/\{[ny]\}/g, '');
  const coreWords = (['span', 'session', 'year', 'month', 'day', 'part', 'close'] as const).flatMap(listed);
  const allWords = (['span', 'session', 'year', 'month', 'day', 'part', 'close', 'connector', 'opener', 'suffix'] as const).flatMap(listed);
  grammar = {
    period: anchoredPattern(period, [...new Set(coreWords.map((w) => written(w).at(-1) ?? ''))].join(''), `${allWords.map(written).join('')}0123456789${CHINESE_DIGITS}${UNITS[0]}`),
    pointEnd: new RegExp(`(?:${year}|${month}|${day})$`),
  };
  grammars.set(lex, grammar);
  return grammar;
}

/** The end of a period written right at `at` (第一季度, 2023年上半年), or null: for readers outside the figures. */
export function periodEndAt(lex: Lexicons, text: string, at: number): number | null {
  const { sticky } = grammarOf(lex).period;
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  return m !== null && m[0].length > 0 ? at + m[0].length : null;
}

/**
 * The periods written in the sentences that hold figures, up to the last figure of each: the rest of the text is
 * never read. No period holds a sentence's end, so a scan begun at a sentence's start finds what a scan of the
 * whole text finds there.
 */
function findPeriods(doc: Doc, lex: Lexicons, figureStarts: readonly number[]): Found[] {
  const { text } = doc;
  const { period, pointEnd } = grammarOf(lex);
  const periods = lex.words.periods;
  const found: Found[] = [];
  for (let f = 0; f < figureStarts.length; ) {
    const from = sentenceStartFrom(text, figureStarts[f] as number, 0);
    // The figures of one sentence are read by one scan, to the last of them: a figure is in the same sentence when
    // no sentence ends between it and the one before (looking back no further keeps the search linear).
    let to = figureStarts[f] as number;
    while (++f < figureStarts.length && sentenceStartFrom(text, figureStarts[f] as number, to + 1) === to + 1) to = figureStarts[f] as number;
    for (let m = nextMatch(period, text, from, to); m; m = nextMatch(period, text, m.index + m[0].length, to)) {
      const start = m.index;
      if (periods.of('base').endingAt(text, start)) continue;
      const g = m.groups ?? {};
      found.push({
        start,
        end: start + m[0].length,
        clauseOnly: g.session !== undefined,
        point: g.until === undefined && g.span === undefined && g.session === undefined && g.suffix === undefined && pointEnd.test(m[0]),
        from: periods.of('from').endingAt(text, start) !== null,
      });
    }
  }
  return found;
}

/** Sets `period` on each figure (amounts and percentages alike) where its sentence gives one. */
export function assignPeriods(doc: Doc, lex: Lexicons, figures: readonly { start: number; period: FigurePeriod | null }[]): void {
  if (figures.length === 0) return;
  const periods = findPeriods(doc, lex, figures.map((f) => f.start).sort((a, b) => a - b));
  const { text } = doc;
  for (const figure of figures) {
    const sentence = sentenceStart(text, figure.start);
    const clause = clauseStart(text, figure.start, figure.start - sentence);
    // The nearest period first: the last that ends before the figure, then back to the sentence's start.
    let chosen: Found | null = null;
    for (let i = partitionPoint(periods, (p) => p.end <= figure.start) - 1; i >= 0 && chosen === null; i--) {
      const p = periods[i] as Found;
      if (p.start < sentence) break;
      if (p.clauseOnly && p.start < clause) continue;
      if (p.from && figure.start - p.end > FROM_REACH) continue;
      if (p.point && eventBetween(doc, lex, p.end, figure.start)) continue;
      chosen = p;
    }
    figure.period = chosen && { text: doc.source.slice(chosen.start, chosen.end), start: chosen.start, end: chosen.end, why: chosen.start >= clause ? 'clause' : 'sentence' };
  }
}

/** An event verb, as a word of its own, between a point in time and the figure (宣布, 签下; not 上市 in 上市公司). */
function eventBetween(doc: Doc, lex: Lexicons, from: number, to: number): boolean {
  return lex.words.periods.of('event').all(doc.text, from, to).some((w) => alignsWithTokens(doc, w.start, w.end));
}
