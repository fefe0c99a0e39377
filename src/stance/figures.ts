import type { Lexicons } from '../lexicon/lexicons.js';
import { hitsIn } from '../lexicon/word-list.js';
import type { Amount, Evidence, Percentage } from '../schema.js';
import type { Doc } from '../text/document.js';
import type { LexiconHits } from '../text/hits.js';
import { clauseStart } from '../figures/context.js';
import { isWhitespace } from './features.js';
import { FIGURE_WEIGHTS as F } from './weights.js';

/**
 * Figures that sell or doubt the story on their own: strong year-on-year growth of a business figure (营收同比增长
 * 47.3%) or a steep decline; and a reported price or index move (腾讯涨0.9%, 恒指收跌2%), which investors read as
 * good or bad news unless it is slight (沪指微跌0.08%), under a rule of its own so that the model weighs it apart
 * from results.
 */
export function figureEvidence(doc: Doc, lex: Lexicons, hits: LexiconHits, percentages: readonly Percentage[]): Evidence[] {
  const { text } = doc;
  const words = lex.words['stance-words'];
  const out: Evidence[] = [];
  for (const p of percentages) {
    if (!p.change || p.kind === 'cheng') continue;
    const from = Math.max(0, p.start - F.window);
    const clause = text.slice(from, p.start);
    const lastBreak = Math.max(clause.lastIndexOf('。'), clause.lastIndexOf(';'), clause.lastIndexOf(','));
    const window = clause.slice(lastBreak + 1);
    const move = words.of('price-move').occursIn(window) || (!words.of('growth-basis').occursIn(window) && p.metric === null);
    const points = p.kind === 'points';
    const strong = !move && (points ? p.value >= F.strongPoints : p.value >= (p.change === 'up' ? F.strongGrowth : F.strongDecline));
    const moderate = !move && (points ? p.value >= F.moderatePoints : p.value >= (p.change === 'up' ? F.moderateGrowth : F.moderateDecline));
    if (move ? p.value < F.smallestMove : !strong && !moderate) continue;
    // 净亏损同比扩大45%, 单位成本下降30%: the figure measures a burden, so a rise is bad news and a fall good.
    const burden = burdenIn(hits, from + lastBreak + 1, p.start);
    const good = (p.change === 'up') !== (burden !== undefined);
    const kind = move ? 'move' : p.change === 'up' ? 'growth' : 'decline';
    out.push({
      text: p.text,
      start: p.start,
      end: p.end,
      polarity: good ? 'bullish' : 'skeptical',
      weight: move ? F.move : strong ? F.strong : F.moderate,
      negated: false,
      reversed: false,
      rule: `figure:${kind === 'move' ? `move-${p.change}` : kind}${burden ? ` burden:${text.slice(burden.start, burden.end)}` : ''}`,
      voice: 'author',
    });
  }
  return out;
}

/** The first burden word (亏损, 成本) in [from, to), whose rise is bad news and fall good. */
function burdenIn(hits: LexiconHits, from: number, to: number) {
  return hitsIn(hits.markers.stanceModifiers, from, to).find((w) => w.value === 'burden');
}

/**
 * A stock's run of daily limit-up closes as market flashes count it right after its name (宝馨科技4板, 集泰股份13板12板,
 * 奥飞娱乐7天6板): the number right before 板, which no board's name has (主板, 科创板) and a sector (板块) does not
 * continue. Counts not after a name describe the market (3连板及以上个股仅5只).
 */
export function streakEvidence(doc: Doc, mentions: readonly { end: number }[]): Evidence[] {
  const out: Evidence[] = [];
  for (const m of mentions) {
    LIMIT_UP_STREAK.lastIndex = m.end;
    const streak = LIMIT_UP_STREAK.exec(doc.text);
    if (!streak) continue;
    const end = m.end + streak[0].length;
    out.push({ text: doc.source.slice(m.end, end), start: m.end, end, polarity: 'bullish', weight: F.streak, negated: false, reversed: false, rule: 'figure:limit-up-streak', voice: 'author' });
  }
  return out;
}

/** Sticky, at a name's end: a count of limit-up closes (8板, 8天7板, 3连板), not a sector (板块). */
const LIMIT_UP_STREAK = /(?:\d+天)?\d+连?板(?!块)/y;

/**
 * A figure set against the estimate or the earlier forecast written right after it (营收12.3亿美元，分析师预期11.8亿美元;
 * 同店销售额增长12%，预估10.6%): above it is good news, below it bad; for a burden (亏损, 成本) the other way round.
 * Only figures of one kind are compared: money in one currency, or percentages of one kind.
 */
export function estimateEvidence(doc: Doc, lex: Lexicons, hits: LexiconHits, amounts: readonly Amount[], percentages: readonly Percentage[]): Evidence[] {
  const out: Evidence[] = [];
  // Most texts hold fewer than two figures of a kind: nothing to set against anything, and nothing built.
  if (amounts.length < 2 && percentages.length < 2) return out;
  const { text } = doc;
  const figures: Figure[] = [];
  for (const a of amounts) figures.push({ figure: a, unit: `money:${a.currency ?? ''}`, burden: a.loss });
  for (const p of percentages) figures.push({ figure: p, unit: `percent:${p.kind}`, burden: false });
  figures.sort((a, b) => a.figure.start - b.figure.start);
  for (let i = 0; i + 1 < figures.length; i++) {
    const { figure: actual, unit, burden: loss } = figures[i] as Figure;
    const { figure: estimate, unit: estimateUnit } = figures[i + 1] as Figure;
    if (unit !== estimateUnit || actual.valueMax !== null || !opensEstimate(lex, text, actual.end, estimate.start)) continue;
    const above = actual.value > (estimate.valueMax ?? estimate.value);
    if (!above && actual.value >= estimate.value) continue;
    const burden = loss || burdenIn(hits, clauseStart(text, actual.start, F.window), actual.start) !== undefined;
    out.push({
      text: actual.text,
      start: actual.start,
      end: actual.end,
      polarity: above !== burden ? 'bullish' : 'skeptical',
      weight: F.estimate,
      negated: false,
      reversed: false,
      rule: `figure:${above ? 'above' : 'below'}-estimate`,
      voice: 'author',
    });
  }
  return out;
}

/** A money amount or a percentage, with what it is counted in (the currency, the kind) and whether it is a loss. */
interface Figure {
  figure: Amount | Percentage;
  unit: string;
  burden: boolean;
}

/** How far an estimate may stand after the figure it is set against (，分析师此前的预期为). */
const ESTIMATE_GAP = 12;

/** Whether text[from, to) is a clause break, who made the estimate (optional), an estimate's word and 为 or 值 (optional). */
function opensEstimate(lex: Lexicons, text: string, from: number, to: number): boolean {
  if (to - from > ESTIMATE_GAP || !ESTIMATE_BREAKS.includes(text[from] ?? '')) return false;
  const words = lex.words['stance-words'];
  let at = from + 1;
  while (at < to && isWhitespace(text.charCodeAt(at))) at++;
  for (let source = words.of('estimate-source').at(text, at, to); source !== null; source = words.of('estimate-source').at(text, at, to)) at = source.end;
  if (text[at] === '的') at++;
  const estimate = words.of('estimate').at(text, at, to);
  if (estimate === null) return false;
  at = estimate.end;
  while (at < to && ESTIMATE_LINKS.includes(text[at] as string)) at++;
  return at === to;
}

const ESTIMATE_BREAKS = '，,；;';
const ESTIMATE_LINKS = '为值是约 ';
