import type { ArticleLabel, Label, ParagraphKind } from '../schema.js';
import { LABELS } from './labels.js';

/** One paragraph as the article's stance reads it: what it is, its length, the model's probabilities for it. */
export interface ArticlePart {
  kind: ParagraphKind;
  length: number;
  probabilities: Float64Array;
}

/**
 * How an article gathers its paragraphs, fitted by `npm run train` on the articles we labelled: each paragraph
 * weighs by the square root of its length (a long paragraph says more, but not in proportion), the headline as the
 * average body paragraph times `headline` (it states the case), a heading times `heading`; the article is mixed
 * when bullish and skeptical each hold at least `mixedShare` of the weight and neither is ahead by more than
 * `mixedGap`, else it takes the label with the most weight.
 */
export interface ArticleParams {
  headline: number;
  heading: number;
  mixedShare: number;
  mixedGap: number;
}

function size(p: ArticlePart): number {
  return Math.sqrt(Math.max(1, p.length));
}

const BULLISH = LABELS.indexOf('bullish');
const SKEPTICAL = LABELS.indexOf('skeptical');

/** The fewest body paragraphs an article needs to be mixed: one paragraph that weighs both ways reads as its stronger side. */
const MIXED_PARTS = 2;

export function gatherArticle(parts: readonly ArticlePart[], params: ArticleParams): { label: ArticleLabel; bullish: number; skeptical: number; confidence: number } {
  // In plain loops: a short text's article is one paragraph, and array methods and closures cost it more than the sums.
  let bodies = 0;
  let bodySizes = 0;
  for (const p of parts) {
    if (p.kind !== 'body') continue;
    bodySizes += size(p);
    bodies++;
  }
  const averageBody = bodies ? bodySizes / bodies : 1;
  const mass = new Array<number>(LABELS.length).fill(0);
  let total = 0;
  for (const p of parts) {
    if (p.kind === 'credit') continue;
    const weight = p.kind === 'title' ? Math.max(size(p), averageBody) * params.headline : p.kind === 'heading' ? size(p) * params.heading : size(p);
    for (let k = 0; k < mass.length; k++) mass[k] = (mass[k] as number) + weight * (p.probabilities[k] as number);
    total += weight;
  }
  if (total === 0) return { label: 'neutral', bullish: 0, skeptical: 0, confidence: 1 };
  const bullish = (mass[BULLISH] as number) / total;
  const skeptical = (mass[SKEPTICAL] as number) / total;
  const mixed = bodies >= MIXED_PARTS && bullish >= params.mixedShare && skeptical >= params.mixedShare && Math.abs(bullish - skeptical) <= params.mixedGap;
  let top = 0;
  for (let k = 1; k < mass.length; k++) if ((mass[k] as number) > (mass[top] as number)) top = k;
  const label: ArticleLabel = mixed ? 'mixed' : (LABELS[top] as Label);
  const confidence = mixed ? 1 - Math.abs(bullish - skeptical) / params.mixedGap / 2 : (mass[top] as number) / total;
  return { label, bullish, skeptical, confidence: Math.max(0, Math.min(1, confidence)) };
}
