import type { QuotationMarks } from '../attribution/marks.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { ArticleLabel, ArticleStance, Evidence, ParagraphStance, Percentage, Quote } from '../schema.js';
import { sentenceAt, type Doc, type SentenceBlock } from '../text/document.js';
import type { LexiconHits } from '../text/hits.js';
import type { Layout } from '../text/layout.js';
import { compilationLeaning, judge, leaningOf, piecesOf, strongestEvidence, type Leaning } from './article.js';
import { findEvidence } from './evidence.js';
import { figureEvidence } from './figures.js';
import { argues, inContext, tally } from './tally.js';

/**
 * Stance as a careful reader takes it: cues from our finance lexicon (看好, 泡沫 …), turned by negation in their
 * clause (并不乐观), weakened by hedges (或许), strengthened by intensifiers (非常); in a concession the clause
 * after the turn dominates (虽然…但…); praise inside a rhetorical question or scare quotes is read as irony; a
 * quoted speaker's cues are kept as their voice and count for less in the article's stance.
 */
export interface StanceReading {
  sentences: ParagraphStance[];
  paragraphs: ParagraphStance[];
  article: ArticleStance;
}

export function readStance(
  doc: Doc,
  lex: Lexicons,
  layout: Layout,
  hits: LexiconHits,
  quotes: readonly Quote[],
  marks: readonly QuotationMarks[],
  percentages: readonly Percentage[],
): StanceReading {
  const evidence = findEvidence(doc, lex, layout, hits, quotes, marks);
  for (const e of figureEvidence(doc, lex, hits, percentages)) {
    const sentence = sentenceAt(doc, e.start);
    if (!sentence || layout.kinds[sentence.paragraph] === 'credit') continue;
    evidence.items.push(e);
    evidence.sentenceOf.set(e, sentence);
  }
  evidence.items.sort((a, b) => a.start - b.start);
  const bySentence = doc.sentences.map(() => [] as Evidence[]);
  const byParagraph = doc.paragraphs.map(() => [] as Evidence[]);
  for (const e of evidence.items) {
    const sentence = evidence.sentenceOf.get(e) as SentenceBlock;
    bySentence[sentence.index]?.push(e);
    byParagraph[sentence.paragraph]?.push(e);
  }
  const lede = layout.kinds.indexOf('body');
  const paragraphTallies = byParagraph.map((items, i) => tally(layout.kinds[i] === 'credit' ? [] : items));
  // The article's stance is the writers' and speakers' arguments: figures and reporting words (增长, 下降)
  // support a paragraph's lean but, like any reported number, do not make an article argue.
  const arguing = byParagraph.map((items, i) => tally(layout.kinds[i] === 'credit' ? [] : items.filter(argues)));
  const pieces = piecesOf(layout).map((piece) => {
    const leaning = leaningOf(doc, layout, arguing, piece);
    return { ...piece, ...leaning, label: judge(leaning).label };
  });
  const judged = judge(pieces.length === 1 ? (pieces[0] as Leaning) : compilationLeaning(pieces));
  const article: ArticleStance = { ...judged, evidence: strongestEvidence(arguing, judged.label) };
  // Each paragraph is read in the light of its own piece: a compilation's bullish report and its skeptical
  // commentary each set their own context. A piece that argues nothing of its own is read as part of the whole.
  const contextOf = layout.kinds.map((): ArticleLabel => article.label);
  for (const piece of pieces.length > 1 ? pieces : []) if (piece.label !== 'neutral') contextOf.fill(piece.label, piece.from, piece.to);
  return {
    sentences: bySentence.map((items, i) => inContext(tally(items), contextOf[(doc.sentences[i] as SentenceBlock).paragraph] as ArticleLabel)),
    // The lede (the first body paragraph) reports the news: who, what, how much. It leans as a paragraph of a neutral
    // report does, on strong evidence only, whatever the article argues later.
    paragraphs: paragraphTallies.map((t, i) => inContext(t, i === lede ? 'neutral' : (contextOf[i] as ArticleLabel))),
    article,
  };
}
