import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import type { Label } from 'xinwen';

/**
 * The word-count anchor: a text's label is the sign of (bullish − skeptical) words of a sentiment word list among its
 * jieba words, as the published baselines on these sets are computed. Our list is our own cue lexicon, so this shows
 * what counting alone reaches with it; the published list's figures are printed beside it (../shared/data/README.md).
 */
export function wordCounter(cueFile: string): (text: string) => Label {
  const polarity = new Map<string, number>();
  for (const line of readFileSync(cueFile, 'utf8').split('\n')) {
    const [word = '', side = '', weight = '1'] = line.split('\t').map((c) => c.trim());
    if (word === '' || word.startsWith('#') || Number(weight) === 0) continue;
    polarity.set(word, side === 'bullish' ? 1 : -1);
  }
  return (text) => {
    let sum = 0;
    for (const word of nodejieba.cut(text, true)) sum += polarity.get(word) ?? 0;
    return sum > 0 ? 'bullish' : sum < 0 ? 'skeptical' : 'neutral';
  };
}

/** The published word-list anchors on the same items (../shared/data/README.md). */
export const PUBLISHED_ANCHOR = {
  cfscSentences: 'accuracy ≈ 0.70, macro-F1 ≈ 0.61 (majority label ≈ 0.59)',
  cfscTargets: 'per-target accuracy ≈ 0.68',
  finnsp: 'entity-level accuracy ≈ 0.66',
};
