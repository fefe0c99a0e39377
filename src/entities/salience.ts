import { paragraphAt, type Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { Found } from './mentions.js';
import { originalNameSpan } from './names/foreign.js';

/** How much an entity matters to the text: frequency, an early mention (headline or lead), the subject of a deal. */
const WEIGHTS = { frequency: 0.6, early: 0.25, deal: 0.15 } as const;

/**
 * Frequency (`counted` mentions) against the most mentioned entity, a mention in the first two paragraphs, and a deal
 * verb after a mention.
 */
export function salienceOf(doc: Doc, lex: Lexicons, mentions: readonly Found[], counted: number, maxMentions: number): number {
  const frequency = counted / maxMentions;
  const early = mentions.some((m) => (paragraphAt(doc, m.start)?.index ?? 99) <= 1) ? 1 : 0;
  // 阿里巴巴收购…, 小米宣布…
  const dealVerbs = lex.words['company-words'].of('deal-verb');
  const deal = mentions.some((m) => dealVerbs.at(doc.text, m.end, m.end + 2) !== null) ? 1 : 0;
  return Math.round((WEIGHTS.frequency * frequency + WEIGHTS.early * early + WEIGHTS.deal * deal) * 1000) / 1000;
}

/**
 * How many mentions count towards frequency: not an original name in brackets right after another mention of the
 * entity (`isOriginal` tells the names found as such), which restates that mention.
 */
export function countedMentions(doc: Doc, mentions: readonly Found[], isOriginal: (m: Found) => boolean): number {
  const restated = (m: Found) => isOriginal(m) && mentions.some((p) => p !== m && originalNameSpan(doc.text, p.end)?.start === m.start);
  return mentions.filter((m) => !restated(m)).length;
}
