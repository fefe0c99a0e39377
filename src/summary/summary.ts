import { sentenceAt, type Doc, type SentenceBlock } from '../text/document.js';
import type { ContentTerms } from './keywords.js';
import type { Layout } from '../text/layout.js';
import type { ArticleLabel, Label, SummarySentence } from '../schema.js';

/**
 * An extractive summary: TextRank over sentence similarity (shared content words, normalised by length), weighted
 * by where a sentence stands and what it holds: the lead, each section's first and last sentence, words shared
 * with its section's heading or the headline, facts (figures and named companies and people), and the stance the
 * article takes. A greedy pick then skips near-duplicates and spreads across sections. Headings, bylines and
 * fragments are never picked. Returned in document order.
 */

/** TextRank is quadratic in sentences; a long text ranks its most promising candidates only, keeping time linear. */
const MAX_CANDIDATES = 80;
const MIN_LENGTH = 12;
const MAX_LENGTH = 260;
const DAMPING = 0.85;
const ITERATIONS = 30;
const NEAR_DUPLICATE = 0.5;

export interface SummarySignals {
  /** Per sentence: how many figures and entity mentions it holds. */
  facts: Uint16Array;
  /** Per sentence: how many figures (amounts and percentages) it holds. */
  figures: Uint16Array;
  /** Per sentence: its stance. */
  stance: readonly Label[];
  /** The article's stance. */
  article: ArticleLabel;
}

interface Candidate {
  sentence: SentenceBlock;
  terms: number[];
  section: number;
  prior: number;
}

export function summarize(doc: Doc, layout: Layout, content: ContentTerms, signals: SummarySignals, most: number): SummarySentence[] {
  const candidates = pickCandidates(doc, layout, content, signals);
  if (candidates.length === 0) return [];
  const rank = textRank(candidates);
  const scored = candidates.map((c, i) => ({ c, score: (rank[i] as number) * c.prior }));
  const wanted = Math.min(candidates.length, Math.max(Math.min(3, most), Math.min(most, Math.round(candidates.length / 15))));
  const chosen: typeof scored = [];
  const remaining = [...scored];
  while (chosen.length < wanted && remaining.length > 0) {
    let best = -1;
    let bestScore = -Infinity;
    remaining.forEach((r, i) => {
      const sameSection = chosen.filter((c) => c.c.section === r.c.section).length;
      const adjusted = r.score * 0.5 ** sameSection;
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = i;
      }
    });
    const [pick] = remaining.splice(best, 1);
    if (!pick) break;
    if (chosen.some((c) => jaccard(c.c.terms, pick.c.terms) > NEAR_DUPLICATE)) continue;
    chosen.push(pick);
  }
  const top = Math.max(...chosen.map((c) => c.score), Number.MIN_VALUE);
  return chosen
    .sort((a, b) => a.c.sentence.start - b.c.sentence.start)
    .map(({ c, score }) => ({
      text: doc.source.slice(c.sentence.start, c.sentence.end),
      start: c.sentence.start,
      end: c.sentence.end,
      score: Math.round((score / top) * 1000) / 1000,
    }));
}

function pickCandidates(doc: Doc, layout: Layout, content: ContentTerms, signals: SummarySignals): Candidate[] {
  const termsOf = doc.sentences.map(() => [] as number[]);
  let s = 0;
  doc.tokens.forEach((t, i) => {
    while (s < doc.sentences.length && (doc.sentences[s] as SentenceBlock).end <= t.start) s++;
    const id = content.ids[i] as number;
    if (s >= doc.sentences.length || id < 0) return;
    termsOf[s]?.push(id);
  });
  // Sections run from one heading to the next. In a compilation, a heading followed by a source line opens a piece
  // (网易科技, 搜狐IT under a headline); a sentence echoes the words of its section's heading, its piece's headline,
  // or the article's headline.
  const kindOf = (paragraph: number) => layout.kinds[paragraph] ?? 'body';
  const opensPiece = (paragraph: number) => {
    let next = paragraph + 1;
    while (kindOf(next) === 'heading') next++;
    return kindOf(next) === 'credit';
  };
  const sectionOf: number[] = [];
  const pieceOf: number[] = [];
  const echoTerms: Set<number>[] = [];
  const pieceTerms: Set<number>[] = [new Set()];
  /** Pieces with a headline of their own (or the article's): their first and last sentences frame them. */
  const framed = new Set<number>();
  let section = 0;
  let piece = 0;
  let previousKind = 'body';
  for (const sentence of doc.sentences) {
    const kind = kindOf(sentence.paragraph);
    const terms = termsOf[sentence.index] ?? [];
    if (kind === 'title') {
      framed.add(0);
      for (const t of terms) pieceTerms[0]?.add(t);
    }
    // A byline line after body text closes a piece: what follows (an outro) belongs to no headline.
    if (kind === 'credit' && previousKind === 'body') {
      piece++;
      section++;
      pieceTerms[piece] = new Set();
      echoTerms[section] = new Set();
    }
    if (kind === 'heading') {
      if (previousKind !== 'heading') section++;
      if (opensPiece(sentence.paragraph) && previousKind !== 'heading') {
        piece++;
        framed.add(piece);
        pieceTerms[piece] = new Set(pieceTerms[0]);
      }
      echoTerms[section] ??= new Set(pieceTerms[piece]);
      for (const t of terms) {
        echoTerms[section]?.add(t);
        if (opensPiece(sentence.paragraph)) pieceTerms[piece]?.add(t);
      }
    }
    previousKind = kind;
    sectionOf.push(section);
    pieceOf.push(piece);
  }
  const all: (Candidate & { piece: number; figures: number })[] = [];
  for (const sentence of doc.sentences) {
    if (layout.kinds[sentence.paragraph] !== 'body') continue;
    const length = sentence.end - sentence.start;
    const terms = uniqueSorted(termsOf[sentence.index] ?? []);
    if (length < MIN_LENGTH || length > MAX_LENGTH || terms.length < 3) continue;
    const sec = sectionOf[sentence.index] ?? 0;
    const pc = pieceOf[sentence.index] ?? 0;
    const echo = echoTerms[sec] ?? pieceTerms[pc];
    const echoes = terms.filter((t) => echo?.has(t)).length;
    const label = signals.stance[sentence.index] ?? 'neutral';
    const leaning = label !== 'neutral' && (label === signals.article || signals.article === 'mixed');
    const facts = signals.facts[sentence.index] ?? 0;
    let prior = 1 + 0.08 * Math.min(6, facts);
    // Echoing the heading: a short sentence that restates it (现在的微信还只是半张电商船票) beats a long one that
    // happens to share two of its words.
    prior *= 1 + Math.min(0.8, (2 * echoes) / terms.length);
    if (leaning) prior *= 1.2;
    all.push({ sentence, terms, section: sec, piece: pc, figures: signals.figures[sentence.index] ?? 0, prior });
  }
  // The lead (the first sentence with a figure in it), each piece's first and last sentence, each section's first.
  const lead = all.find((c) => c.figures > 0) ?? all[0];
  all.forEach((c, i) => {
    const previous = all[i - 1];
    const following = all[i + 1];
    if (c === lead) c.prior *= 1.5;
    if (previous?.piece !== c.piece && framed.has(c.piece)) c.prior *= 1.3;
    else if (previous?.section !== c.section) c.prior *= 1.15;
    // A piece's closing sentence is often its verdict.
    if (following?.piece !== c.piece && framed.has(c.piece)) c.prior *= 1.6;
  });
  if (all.length <= MAX_CANDIDATES) return all;
  // Keep the sentences that share most words with the whole text, weighted by their priors, in their order.
  const frequency = new Int32Array(content.keys.length);
  for (const c of all) for (const t of c.terms) frequency[t]!++;
  const central = Float64Array.from(all, (c) => (c.prior * c.terms.reduce((sum, t) => sum + (frequency[t] as number), 0)) / Math.sqrt(c.terms.length));
  // Positions sorted by centrality (a stable sort: ties keep text order), the best kept, back in text order.
  return all
    .map((_, i) => i)
    .sort((a, b) => (central[b] as number) - (central[a] as number))
    .slice(0, MAX_CANDIDATES)
    .sort((a, b) => a - b)
    .map((i) => all[i] as Candidate);
}

/** The distinct ids in ascending order (a typed-array sort: no comparator calls, no Set). */
function uniqueSorted(ids: readonly number[]): number[] {
  const sorted = Int32Array.from(ids).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i] as number);
  return out;
}

/** How many figures and entity mentions each sentence holds. */
function factCounts(doc: Doc, spans: Iterable<{ start: number }>, weight = 1): Uint16Array {
  const counts = new Uint16Array(doc.sentences.length);
  for (const span of spans) {
    const sentence = sentenceAt(doc, span.start);
    if (sentence) counts[sentence.index] = Math.min(65535, (counts[sentence.index] ?? 0) + weight);
  }
  return counts;
}

/** A figure says more about what happened than a name does: it counts this many times among a sentence's facts. */
const FIGURE_FACT_WEIGHT = 2;

/** What the summary reads from the other stages: each sentence's facts, figures and stance, and the article's stance. */
export function summarySignals(
  doc: Doc,
  amounts: readonly { start: number }[],
  percentages: readonly { start: number }[],
  companies: readonly { mentions: readonly { start: number }[] }[],
  people: readonly { mentions: readonly { start: number }[] }[],
  stance: { sentences: readonly { label: Label }[]; article: { label: ArticleLabel } },
): SummarySignals {
  const figures = factCounts(doc, [...amounts, ...percentages]);
  const facts = factCounts(doc, [...amounts, ...percentages], FIGURE_FACT_WEIGHT);
  const mentions = factCounts(doc, [...companies, ...people].flatMap((e) => e.mentions));
  for (let i = 0; i < facts.length; i++) facts[i] = Math.min(65535, (facts[i] as number) + (mentions[i] as number));
  return { facts, figures, stance: stance.sentences.map((s) => s.label), article: stance.article.label };
}

/**
 * PageRank over the similarity graph. Shared words are counted through each word's list of sentences, so pairs that
 * share nothing cost nothing; the graph is kept as adjacency lists.
 */
function textRank(candidates: Candidate[]): number[] {
  const n = candidates.length;
  const postings = new Map<number, number[]>();
  candidates.forEach((c, i) => {
    for (const t of c.terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const shared = new Uint16Array(n * n);
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      const row = list[x]! * n;
      for (let y = x + 1; y < list.length; y++) shared[row + list[y]!]!++;
    }
  }
  // Edges in compressed rows: for sentence i, targets[offsets[i] .. offsets[i + 1]) with their weights.
  const logLength = candidates.map((c) => Math.log(c.terms.length + 1));
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (shared[i * n + j]) {
    degree[i + 1]!++;
    degree[j + 1]!++;
  }
  for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
  const targets = new Int32Array(degree[n]!);
  const weights = new Float64Array(degree[n]!);
  const fill = degree.slice(0, n);
  const outSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const count = shared[i * n + j]!;
      if (count === 0) continue;
      const weight = count / (logLength[i]! + logLength[j]!);
      targets[fill[i]!] = j;
      weights[fill[i]!++] = weight;
      targets[fill[j]!] = i;
      weights[fill[j]!++] = weight;
      outSum[i]! += weight;
      outSum[j]! += weight;
    }
  }
  // Each rank gathered from its neighbours' shares rather than scattered to them: a row lists its neighbours in
  // ascending order (see the fill above), so the sums add the same terms in the same order as a scatter would.
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let j = 0; j < n; j++) share[j] = outSum[j] === 0 ? 0 : (DAMPING * rank[j]!) / outSum[j]!;
    let change = 0;
    for (let i = 0; i < n; i++) {
      let sum = (1 - DAMPING) / n;
      for (let e = degree[i]!; e < degree[i + 1]!; e++) sum += share[targets[e]!]! * weights[e]!;
      next[i] = sum;
      change += Math.abs(sum - rank[i]!);
    }
    [rank, next] = [next, rank];
    if (change < 1e-5) break;
  }
  return [...rank];
}

/** Shared items of two sorted id lists. */
function overlap(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function jaccard(a: number[], b: number[]): number {
  const shared = overlap(a, b);
  return shared / (a.length + b.length - shared || 1);
}
