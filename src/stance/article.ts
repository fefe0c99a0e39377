import type { ArticleLabel, ArticleStance, Evidence } from '../schema.js';
import type { Block, Doc } from '../text/document.js';
import type { Layout } from '../text/layout.js';
import { round } from './evidence.js';
import { ownLabel, type Tally } from './tally.js';
import { LEANING } from './weights.js';

export interface Piece {
  /** Paragraph indexes, half-open. */
  from: number;
  to: number;
}

/**
 * A compilation's pieces: a heading after body text opens a new one (a dek right under the title does not), so
 * each report or commentary in a digest, or each section of a long feature, is a piece. Most articles are one.
 */
export function piecesOf(layout: Layout): Piece[] {
  const starts = [0];
  let bodySeen = false;
  layout.kinds.forEach((kind, i) => {
    if (kind === 'body') bodySeen = true;
    else if (kind === 'heading' && bodySeen) {
      starts.push(i);
      bodySeen = false;
    }
  });
  return starts.map((from, k) => ({ from, to: starts[k + 1] ?? layout.kinds.length }));
}

/** How much of a text leans each way, and its whole size. */
export interface Leaning {
  bullish: number;
  skeptical: number;
  total: number;
}

/**
 * A piece's leaning: its paragraphs that lean on their own, weighed by their strength and length (a quoted
 * speaker's view counts less); the headline weighs as much as a body paragraph.
 */
export function leaningOf(doc: Doc, layout: Layout, paragraphs: readonly Tally[], piece: Piece): Leaning {
  const sizeOf = (i: number) => Math.sqrt(Math.max(1, (doc.paragraphs[i] as Block).end - (doc.paragraphs[i] as Block).start));
  const sum = { bullish: 0, skeptical: 0, total: 0 };
  const bodySizes: number[] = [];
  for (let i = piece.from; i < piece.to; i++) if (layout.kinds[i] === 'body') bodySizes.push(sizeOf(i));
  const headlineSize = bodySizes.length === 0 ? 0 : bodySizes.reduce((a, b) => a + b, 0) / bodySizes.length;
  for (let i = piece.from; i < piece.to; i++) {
    const kind = layout.kinds[i];
    const p = paragraphs[i] as Tally;
    if (kind === 'credit') continue;
    const size = kind === 'title' ? Math.max(sizeOf(i), headlineSize) : sizeOf(i);
    sum.total += size;
    const label = ownLabel(p);
    if (label === 'neutral') continue;
    const authorShare = p.evidence.some((e) => e.voice === 'author') ? 1 : LEANING.quoteShare;
    sum[label] += size * Math.abs(p.score) * authorShare;
  }
  return sum;
}

/** A compilation leans as its pieces do, each weighed by its size: a mixed piece counts half to each side. */
export function compilationLeaning(pieces: readonly (Leaning & { label: ArticleLabel })[]): Leaning {
  const sum = { bullish: 0, skeptical: 0, total: 0 };
  for (const piece of pieces) {
    sum.total += piece.total;
    const { label } = piece;
    if (label === 'bullish' || label === 'skeptical') sum[label] += piece.total;
    else if (label === 'mixed') {
      sum.bullish += piece.total / 2;
      sum.skeptical += piece.total / 2;
    }
  }
  return sum;
}

/**
 * Leaning to a label: mixed when both sides are substantial and neither dominates; neutral when little leans, or a
 * little leans each way.
 */
export function judge({ bullish, skeptical, total }: Leaning): Omit<ArticleStance, 'evidence'> {
  const leaning = bullish + skeptical;
  const coverage = total === 0 ? 0 : leaning / total;
  const share = leaning === 0 ? 0.5 : bullish / leaning;
  let label: ArticleLabel;
  const balanced = share >= 1 - LEANING.mixedShare && share <= LEANING.mixedShare;
  if (coverage < LEANING.articleCoverage) label = 'neutral';
  else if (balanced) label = coverage >= LEANING.mixedCoverage ? 'mixed' : 'neutral';
  else label = share > 0.5 ? 'bullish' : 'skeptical';
  const score = round(leaning === 0 ? 0 : ((bullish - skeptical) / leaning) * Math.min(1, coverage * 2));
  const confidence =
    label === 'neutral'
      ? 1 - coverage / LEANING.articleCoverage
      : label === 'mixed'
        ? 1 - Math.abs(share - 0.5) * 2
        : Math.min(1, coverage * 2) * Math.abs(share - 0.5) * 2;
  return { label, score: clamp(score), confidence: round(Math.max(0, Math.min(1, confidence))) };
}

/** The article's strongest evidence: on its side when it leans, either side when it is mixed or neutral. */
export function strongestEvidence(paragraphs: readonly Tally[], label: ArticleLabel): Evidence[] {
  return paragraphs
    .flatMap((p) => p.evidence)
    .filter((e) => label === 'mixed' || label === 'neutral' || e.polarity === label)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, LEANING.articleEvidence)
    .sort((a, b) => a.start - b.start);
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}
