import { ArticleLabel, type Label, type ParagraphKind } from '../schema.js';
import { LABELS } from './labels.js';
import { softmax } from './model.js';

/** One paragraph as the article's stance reads it: what it is, its length, the model's probabilities for it. */
export interface ArticlePart {
  kind: ParagraphKind;
  length: number;
  probabilities: Float64Array;
}

/**
 * How an article gathers its paragraphs, fitted by `npm run train` on the articles we labelled. Each paragraph
 * weighs by the square root of its length (a long paragraph says more, but not in proportion), the headline as the
 * average body paragraph times `headline` (it states the case), a heading times `heading`. An article of one body
 * paragraph takes the label with the most weight; a longer one is labelled by the article model, a logistic
 * regression over the features of {@link articleFeatures} (`weights`: per feature, a weight per article label).
 */
export interface ArticleParams {
  headline: number;
  heading: number;
  weights: Record<string, number[]>;
}

/** The article labels in the order of the article model's weights. */
export const ARTICLE_LABELS: readonly ArticleLabel[] = ArticleLabel.options;

function size(p: ArticlePart): number {
  return Math.sqrt(Math.max(1, p.length));
}

const BULLISH = LABELS.indexOf('bullish');
const SKEPTICAL = LABELS.indexOf('skeptical');
const NEUTRAL = LABELS.indexOf('neutral');

/** The fewest body paragraphs an article needs for the article model: one paragraph reads as its stronger side. */
export const MODELLED_PARTS = 2;

/** The article's paragraphs gathered: how many are body paragraphs, their total weight and the weight on each label. */
export interface ArticleReading {
  bodies: number;
  total: number;
  mass: number[];
}

export function readArticle(parts: readonly ArticlePart[], params: Pick<ArticleParams, 'headline' | 'heading'>): ArticleReading {
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
  return { bodies, total, mass };
}

/**
 * What the article model reads: the share of the weight on each label, the smaller of the two sides and the gap
 * between them (a mixed article has two substantial sides, close to even), and the headline's probabilities (it
 * states the case).
 */
export function articleFeatures(parts: readonly ArticlePart[], reading: ArticleReading): Map<string, number> {
  const share = (k: number) => (reading.total === 0 ? 0 : (reading.mass[k] as number) / reading.total);
  const bullish = share(BULLISH);
  const skeptical = share(SKEPTICAL);
  const features = new Map<string, number>([
    ['bias', 1],
    ['share:bullish', bullish],
    ['share:skeptical', skeptical],
    ['share:neutral', share(NEUTRAL)],
    ['share:smaller', Math.min(bullish, skeptical)],
    ['share:gap', Math.abs(bullish - skeptical)],
  ]);
  const headline = parts.find((p) => p.kind === 'title');
  if (headline) {
    features.set('headline:bullish', headline.probabilities[BULLISH] as number);
    features.set('headline:skeptical', headline.probabilities[SKEPTICAL] as number);
  }
  return features;
}

/** The article model's probabilities, in ARTICLE_LABELS order. */
export function articleProbabilities(features: ReadonlyMap<string, number>, weights: Readonly<Record<string, number[]>>): Float64Array {
  const raw = new Float64Array(ARTICLE_LABELS.length);
  for (const [name, value] of features) {
    const w = weights[name];
    if (w) for (let k = 0; k < raw.length; k++) raw[k] = (raw[k] as number) + (w[k] as number) * value;
  }
  return softmax(raw);
}

export function gatherArticle(parts: readonly ArticlePart[], params: ArticleParams): { label: ArticleLabel; bullish: number; skeptical: number; confidence: number } {
  const reading = readArticle(parts, params);
  const { total, mass } = reading;
  if (total === 0) return { label: 'neutral', bullish: 0, skeptical: 0, confidence: 1 };
  const bullish = (mass[BULLISH] as number) / total;
  const skeptical = (mass[SKEPTICAL] as number) / total;
  if (reading.bodies >= MODELLED_PARTS) {
    const p = articleProbabilities(articleFeatures(parts, reading), params.weights);
    let top = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[top] as number)) top = k;
    return { label: ARTICLE_LABELS[top] as ArticleLabel, bullish, skeptical, confidence: p[top] as number };
  }
  let top = 0;
  for (let k = 1; k < mass.length; k++) if ((mass[k] as number) > (mass[top] as number)) top = k;
  return { label: LABELS[top] as Label, bullish, skeptical, confidence: Math.max(0, Math.min(1, (mass[top] as number) / total)) };
}
