import type { Label, ParagraphStance } from '../schema.js';
import { sentenceAt, type Doc } from '../text/document.js';
import type { Layout } from '../text/layout.js';
import { LEANING } from './weights.js';

/** The stance the text takes toward a company: from the sentences that mention it, null when none is body text. */
export function companyStance(doc: Doc, layout: Layout, sentences: readonly ParagraphStance[], mentions: readonly { start: number }[]): Label | null {
  const counted = new Set<number>();
  let sum = 0;
  for (const m of mentions) {
    const sentence = sentenceAt(doc, m.start);
    if (!sentence || counted.has(sentence.index) || layout.kinds[sentence.paragraph] === 'credit') continue;
    counted.add(sentence.index);
    sum += (sentences[sentence.index] as ParagraphStance).score;
  }
  if (counted.size === 0) return null;
  const score = sum / Math.sqrt(counted.size);
  return score >= LEANING.lean ? 'bullish' : score <= -LEANING.lean ? 'skeptical' : 'neutral';
}
