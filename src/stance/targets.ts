import { partitionPoint } from '../lexicon/sorted.js';
import { sentenceAt, tokenEndingAt, tokenStartingAt, type Doc } from '../text/document.js';
import { CLAUSE_ENDS, LIST_COMMA, markSet } from '../text/marks.js';
import { forEachFeature, type FeatureContext, type Features } from './features.js';
import { addRow, NEIGHBOUR, neighbourAt, scoreSpan, SPAN_PREFIXES, type Classifier, type SpanPrefix } from './model.js';
import type { Polarity } from '../schema.js';

/**
 * What the target model reads about one mention of a company: the clause that holds it (A涨停、B跌停 gives each its
 * own clause), what it owns (its clause and those after it up to the next company named), the whole sentence,
 * and where the company stands in it: the first company named (most often the subject), an item of a list, the
 * only company or one of several, and the words right before and after it (存管银行 before a bank names a
 * depository, not the subject of the news).
 */
const isBreak = markSet(CLAUSE_ENDS, LIST_COMMA);
const isClauseEnd = markSet(CLAUSE_ENDS);

/** Whether any evidence of the rules begins in [from, to). */
function holdsEvidence(context: FeatureContext, from: number, to: number): boolean {
  const e = context.evidence[partitionPoint(context.evidence, (x) => x.start < from)];
  return e !== undefined && e.start < to;
}

/**
 * The text model's reading of the mention's sentence, as features of the target model (stacked: the training reads
 * each sentence's held-out probabilities, analyze the probabilities it computed for the sentence): most companies
 * share the fortune of the sentence that names them, and the text model, trained on whole sentences, reads it
 * better than three copies of the sentence's words can. Neutral is what the two leave.
 */
export function visitSentenceReading(probabilities: Float64Array, labels: readonly string[], visit: (name: string, value: number) => void): void {
  visit('t:bullish', probabilities[labels.indexOf('bullish')] as number);
  visit('t:skeptical', probabilities[labels.indexOf('skeptical')] as number);
}

/** The spans and position of a mention, read by both the features the training stores and the scores analyze makes. */
interface Reading {
  clause: { from: number; to: number };
  owned: { from: number; to: number };
  sentence: { from: number; to: number };
  position: Position;
}

/**
 * Where the mention stands, as read (the features' names are built only for the training; analyze
 * looks their weights up without building them: names built per mention cost a few percent of reading a text's
 * stance).
 */
interface Position {
  /** How many other names its sentence gives: none, one, or 2 for more (`p:companies:N`). */
  others: number;
  /** The first company its sentence names (`p:first`). */
  first: boolean;
  /** An item of a list (`p:list`). */
  list: boolean;
  /** The tokens right before and after it (`pre:存管银行`, `post:称`). */
  before: { start: number; end: number } | null;
  after: { start: number; end: number } | null;
  /** The side of the evidence that predicates it (`own:skeptical`). */
  own: Polarity | null;
}

const COMPANIES = ['p:companies:0', 'p:companies:1', 'p:companies:2'];
const OWN: Record<Polarity, string> = { bullish: 'own:bullish', skeptical: 'own:skeptical' };

/**
 * Visits the position's features in order: `named` with each feature's name, `neighbour` with the side and span of
 * each neighbouring word (whose feature is its side's NEIGHBOUR prefix and the word). The one order of both readers.
 */
function forEachPosition(p: Position, named: (name: string) => void, neighbour: (side: keyof typeof NEIGHBOUR, word: { start: number; end: number }) => void): void {
  named(COMPANIES[p.others] as string);
  if (p.first) named('p:first');
  if (p.list) named('p:list');
  if (p.before) neighbour('before', p.before);
  if (p.after) neighbour('after', p.after);
  if (p.own) named(OWN[p.own]);
}

function readMention(doc: Doc, context: FeatureContext, mention: { start: number; end: number }, companyMentions: readonly { start: number; end: number }[]): Reading | null {
  const sentence = sentenceAt(doc, mention.start);
  if (!sentence) return null;
  const { text } = doc;
  let from = mention.start;
  while (from > sentence.start && !isBreak(text.charCodeAt(from - 1))) from--;
  let to = mention.end;
  while (to < sentence.end && !isBreak(text.charCodeAt(to))) to++;
  // An item of a list with no word of its own shares the predicate of its list (净买入A、B; A、B、C涨停): its clause
  // runs over the whole enumeration, from the clause that opens it to the one that closes it.
  if (!holdsEvidence(context, from, to) && (text[from - 1] === LIST_COMMA || text[to] === LIST_COMMA)) {
    while (from > sentence.start && !isClauseEnd(text.charCodeAt(from - 1))) from--;
    while (to < sentence.end && !isClauseEnd(text.charCodeAt(to))) to++;
  }
  const inSentence = companyMentions.slice(
    partitionPoint(companyMentions, (m) => m.start < sentence.start),
    partitionPoint(companyMentions, (m) => m.start < sentence.end),
  );
  const others = otherNames(text, inSentence, mention);
  // What the company owns: from its clause to the clause that names the next company (宁德时代涨停，| 比亚迪跌停。).
  const next = inSentence.find((m) => m.start >= to && !sameName(text, m, mention));
  let owned = sentence.end;
  if (next) {
    owned = next.start;
    while (owned > to && !isBreak(text.charCodeAt(owned - 1))) owned--;
  }
  const position: Position = {
    others,
    first: inSentence[0]?.start === mention.start,
    list: text[mention.start - 1] === LIST_COMMA || text[mention.end] === LIST_COMMA,
    before: tokenEndingAt(doc, mention.start) ?? null,
    after: tokenStartingAt(doc, mention.end) ?? null,
    own: ownEvidence(context, mention.end, to),
  };
  return { clause: { from, to }, owned: { from, to: Math.max(to, owned) }, sentence: { from: sentence.start, to: sentence.end }, position };
}

/** How many names other than the mention's the sentence's other mentions give: none, one, or 2 for more. */
function otherNames(text: string, inSentence: readonly { start: number; end: number }[], mention: { start: number; end: number }): number {
  let first: { start: number; end: number } | null = null;
  for (const m of inSentence) {
    if (m.start === mention.start) continue;
    if (first === null) first = m;
    else if (!sameName(text, m, first)) return 2;
  }
  return first === null ? 0 : 1;
}

/** Whether two mentions give the same name, compared in the text (not sliced out). */
function sameName(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.end - a.start !== b.end - b.start) return false;
  for (let i = 0; i < a.end - a.start; i++) if (text.charCodeAt(a.start + i) !== text.charCodeAt(b.start + i)) return false;
  return true;
}

/**
 * The side of the evidence that predicates the company itself, starting right after its name in its clause (宁德时代
 * 涨停, 比亚迪股价跌停): the company's own news, whatever the sentence around it says.
 */
function ownEvidence(context: FeatureContext, end: number, clauseEnd: number): Polarity | null {
  const { evidence } = context;
  const e = evidence[partitionPoint(evidence, (x) => x.start < end)];
  return e !== undefined && e.start - end <= OWN_REACH && e.end <= clauseEnd ? e.polarity : null;
}

/** How many characters may stand between a name and its own evidence (股价 in 比亚迪股价跌停). */
const OWN_REACH = 2;

/** Visits each feature of a mention's reading, with its span prefix: `c:` clause, `o:` owned, `s:` sentence, none for position. */
function visitReading(doc: Doc, context: FeatureContext, r: Reading, visit: (prefix: string, name: string, value: number) => void): void {
  forEachFeature(doc, context, r.clause.from, r.clause.to, (name, value) => visit('c:', name, value));
  forEachFeature(doc, context, r.owned.from, r.owned.to, (name, value) => name !== 'bias' && visit('o:', name, value));
  forEachFeature(doc, context, r.sentence.from, r.sentence.to, (name, value) => name !== 'bias' && visit('s:', name, value));
  forEachPosition(
    r.position,
    (name) => visit('', name, 1),
    (side, word) => visit('', NEIGHBOUR[side] + doc.text.slice(word.start, word.end), 1),
  );
}

/** The features of a mention (for the training). */
export function targetFeatures(
  doc: Doc,
  context: FeatureContext,
  mention: { start: number; end: number },
  companyMentions: readonly { start: number; end: number }[],
): Features | null {
  const r = readMention(doc, context, mention, companyMentions);
  if (!r) return null;
  const features: Features = new Map();
  visitReading(doc, context, r, (prefix, name, value) => features.set(prefix + name, value));
  return features;
}

/**
 * The target model's raw scores for a mention, without building its features (the same sum as looking up
 * {@link targetFeatures}); null outside any sentence. A span's part is kept in `memo`: the mentions of one
 * sentence share its sentence part, and often what they own.
 */
export function targetScores(
  doc: Doc,
  context: FeatureContext,
  model: Classifier,
  mention: { start: number; end: number },
  companyMentions: readonly { start: number; end: number }[],
  memo: Map<number, Float64Array>,
  sentence: Float64Array,
): Float64Array | null {
  const r = readMention(doc, context, mention, companyMentions);
  if (!r) return null;
  const raw = new Float64Array(model.labels.length);
  const part = (prefix: string, span: { from: number; to: number }, bias: boolean) => {
    // A number, not a string built per part: the prefix, then the span's ends.
    const key = (SPAN_PREFIXES.indexOf(prefix as SpanPrefix) * (doc.text.length + 1) + span.from) * (doc.text.length + 1) + span.to;
    let scores = memo.get(key);
    if (!scores) {
      scores = new Float64Array(model.labels.length);
      scoreSpan(doc, context, model, prefix, span.from, span.to, scores, bias);
      memo.set(key, scores);
    }
    for (let k = 0; k < raw.length; k++) raw[k] = (raw[k] as number) + (scores[k] as number);
  };
  part('c:', r.clause, true);
  part('o:', r.owned, false);
  part('s:', r.sentence, false);
  const table = model.byPrefix.get('');
  const add = (name: string, value: number) => addRow(model, table?.get(name), value, raw);
  // The neighbouring words are found in the text, not sliced and named.
  forEachPosition(
    r.position,
    (name) => add(name, 1),
    (side, word) => addRow(model, neighbourAt(model.neighbours[side], doc.text, word), 1, raw),
  );
  visitSentenceReading(sentence, model.labels, add);
  return raw;
}
