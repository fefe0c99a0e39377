import type { Amount, Analysis, Company, Credits, Keyword, Percentage, Person, Quote, SummarySentence } from './schema.js';
import type { StanceReading } from './stance/read.js';
import { countCodePoints, type Doc } from './text/document.js';
import type { Layout } from './text/layout.js';

/** What the stages found, gathered for the result. */
export interface Findings {
  layout: Layout;
  amounts: Amount[];
  percentages: Percentage[];
  companies: Company[];
  people: Person[];
  quotes: Quote[];
  credits: Credits;
  stance: StanceReading;
  keywords: Keyword[];
  summary: SummarySentence[];
}

/** The Analysis: the document's blocks with their kinds and stance, and every stage's findings. */
export function assemble(doc: Doc, f: Findings, withTokens: boolean): Analysis {
  const input = doc.source;
  const neutral = { label: 'neutral' as const, score: 0, confidence: 1, evidence: [] };
  const analysis: Analysis = {
    schemaVersion: 1,
    title: f.layout.title ? input.slice(f.layout.title.start, f.layout.title.end) : null,
    script: doc.script,
    stats: {
      characters: countCodePoints(input),
      paragraphs: doc.paragraphs.length,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
    },
    paragraphs: doc.paragraphs.map((p, i) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      kind: f.layout.kinds[i] ?? 'body',
      stance: f.stance.paragraphs[i] ?? neutral,
    })),
    sentences: doc.sentences.map((s, i) => ({
      index: s.index,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      stance: f.stance.sentences[i] ?? neutral,
    })),
    companies: f.companies,
    people: f.people,
    amounts: f.amounts,
    percentages: f.percentages,
    quotes: f.quotes,
    credits: f.credits,
    keywords: f.keywords,
    summary: f.summary,
    stance: f.stance.article,
  };
  // Added last when asked for, rather than spread into the literal (a spread made every result's object slower).
  if (withTokens) analysis.tokens = doc.tokens.map((t) => ({ text: input.slice(t.start, t.end), start: t.start, end: t.end, pos: t.pos }));
  return analysis;
}
