import type { ArticleLabel, Evidence, Label, ParagraphStance } from '../schema.js';
import { round } from './evidence.js';
import { LEANING } from './weights.js';

/** The weight of a text's evidence on each side, and its score in [-1, 1]. */
export interface Tally {
  bullish: number;
  skeptical: number;
  score: number;
  evidence: Evidence[];
}

export function tally(items: Evidence[]): Tally {
  let bullish = 0;
  let skeptical = 0;
  for (const e of items) {
    if (e.polarity === 'bullish') bullish += e.weight;
    else skeptical += e.weight;
  }
  return { bullish, skeptical, score: round((bullish - skeptical) / (bullish + skeptical + 1)), evidence: items };
}

/** Evidence that argues a case: no figure and no reporting word (增长, 下降), which support a lean but argue nothing. */
export function argues(e: Evidence): boolean {
  return !e.rule.startsWith('figure:') && e.weight > LEANING.reporting;
}

/** A lean read on its own: enough weight on the leading side, and a clear score. */
export function ownLabel(t: { bullish: number; skeptical: number; score: number }): Label {
  if (Math.max(t.bullish, t.skeptical) < LEANING.minEvidence || Math.abs(t.score) < LEANING.lean) return 'neutral';
  return t.score > 0 ? 'bullish' : 'skeptical';
}

/**
 * A paragraph read in the light of the article, as a reader does: in a bullish piece, a paragraph with a bullish
 * cue that outweighs its doubts is part of the case; going against the article takes clear evidence; in a neutral
 * report only strong evidence makes a paragraph lean (a fine reported or a growth figure stated is not stance).
 */
export function inContext(t: Tally, article: ArticleLabel): ParagraphStance {
  let label: Label;
  if (article === 'bullish' || article === 'skeptical') {
    const [along, against] = article === 'bullish' ? [t.bullish, t.skeptical] : [t.skeptical, t.bullish];
    if (along >= LEANING.withArticle && along >= against) label = article;
    else if (against >= LEANING.againstArticle && against > along * LEANING.againstRatio) label = article === 'bullish' ? 'skeptical' : 'bullish';
    else label = 'neutral';
  } else if (article === 'neutral') {
    const strong = Math.max(t.bullish, t.skeptical) >= LEANING.inNeutralReport && Math.abs(t.score) >= LEANING.inNeutralReportScore;
    label = strong ? (t.score > 0 ? 'bullish' : 'skeptical') : 'neutral';
  } else label = ownLabel(t);
  return { label, score: t.score, evidence: t.evidence };
}
