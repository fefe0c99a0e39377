import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';
import { sentenceAt, tokenEndingAt, tokenStartingAt, type Doc } from '../text/document.js';
import { CLAUSE_ENDS, LIST_COMMA, markTest } from '../text/marks.js';
import { spanFeatures, type FeatureContext, type Features } from './features.js';

/**
 * What the target model reads about one mention of a company: the clause that holds it (A涨停、B跌停 gives each its
 * own clause), what it owns (its clause and those after it up to the next company named), the whole sentence, and where the company stands in it: the first company named (most often the
 * subject), an item of a list, the only company or one of several, and the words right before and after it (存管银行
 * before a bank names a depository, not the subject of the news).
 */
const isBreak = markTest(CLAUSE_ENDS, LIST_COMMA);

export function targetFeatures(
  doc: Doc,
  lex: Lexicons,
  context: FeatureContext,
  mention: { start: number; end: number },
  companyMentions: readonly { start: number; end: number }[],
): Features | null {
  const sentence = sentenceAt(doc, mention.start);
  if (!sentence) return null;
  const { text } = doc;
  let from = mention.start;
  while (from > sentence.start && !isBreak(text[from - 1])) from--;
  let to = mention.end;
  while (to < sentence.end && !isBreak(text[to])) to++;
  const features: Features = new Map();
  for (const [name, value] of spanFeatures(doc, lex, context, from, to)) features.set(`c:${name}`, value);
  for (const [name, value] of spanFeatures(doc, lex, context, sentence.start, sentence.end)) if (name !== 'bias') features.set(`s:${name}`, value);
  const inSentence = companyMentions.slice(
    partitionPoint(companyMentions, (m) => m.start < sentence.start),
    partitionPoint(companyMentions, (m) => m.start < sentence.end),
  );
  const others = new Set(inSentence.filter((m) => m.start !== mention.start).map((m) => text.slice(m.start, m.end))).size;
  // What the company owns: from its clause to the clause that names the next company (宁德时代涨停，| 比亚迪跌停。).
  const next = inSentence.find((m) => m.start >= to && text.slice(m.start, m.end) !== text.slice(mention.start, mention.end));
  let owned = sentence.end;
  if (next) {
    owned = next.start;
    while (owned > to && !isBreak(text[owned - 1])) owned--;
  }
  for (const [name, value] of spanFeatures(doc, lex, context, from, Math.max(to, owned))) if (name !== 'bias') features.set(`o:${name}`, value);
  features.set(`p:companies:${Math.min(others, 2)}`, 1);
  if (inSentence[0]?.start === mention.start) features.set('p:first', 1);
  if (text[mention.start - 1] === LIST_COMMA || text[mention.end] === LIST_COMMA) features.set('p:list', 1);
  const before = tokenEndingAt(doc, mention.start);
  const after = tokenStartingAt(doc, mention.end);
  if (before) features.set(`pre:${text.slice(before.start, before.end)}`, 1);
  if (after) features.set(`post:${text.slice(after.start, after.end)}`, 1);
  return features;
}
