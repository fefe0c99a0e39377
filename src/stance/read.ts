import { pronounReferents } from '../figures/owners.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { ArticleStance, Company, Evidence, Label, ParagraphKind, ParagraphStance, Quote, Span } from '../schema.js';
import { paragraphAt, sentenceAt, type Doc } from '../text/document.js';
import { stanceContext, type StanceInputs } from './context.js';
import { judgeSpan, round, type Judged } from './judge.js';
import { gatherArticle, MODELLED_PARTS, type ArticleParams } from './article.js';
import { LABELS } from './labels.js';
import { softmax, stanceModels, type StanceModels } from './model.js';
import { keepStrongest } from './strongest.js';
import { hasInvestableSubject } from './subject.js';
import { targetScores } from './targets.js';
import { inQuote } from './voices.js';
import { ARTICLE_EVIDENCE, TARGET_MENTIONS, TITLE_MENTION } from './weights.js';

/**
 * Stance as an investor reads the news: a trained model (see model.ts) reads each sentence and paragraph, over its
 * words and the evidence the rules found (cues turned by negation, hedges and concession, telling figures, irony);
 * the article gathers its paragraphs; each company is read in the clauses that name it.
 */
export interface StanceReading {
  sentences: ParagraphStance[];
  paragraphs: ParagraphStance[];
  article: ArticleStance;
  /** Each company's stance, in the order given; null when only credits name it. */
  companies: (Label | null)[];
}

export function readStance(
  doc: Doc,
  lex: Lexicons,
  inputs: StanceInputs,
  companies: readonly Pick<Company, 'name' | 'mentions' | 'salience'>[],
  models: StanceModels = stanceModels(),
): StanceReading {
  // A text with no investable subject (a match, a festival) conveys nothing for an investor, whatever its words: like
  // a credit, none of it is read (and it names no company to read).
  const context = hasInvestableSubject(doc, lex, inputs.found) ? stanceContext(doc, lex, inputs, models.text.vocabulary) : null;
  const { kinds } = inputs.layout;
  const judge = (from: number, to: number, credit: boolean): Judged =>
    credit || !context ? NEUTRAL : judgeSpan(doc, context, inputs.quotes, models.text, from, to);
  const sentences = doc.sentences.map((s) => judge(s.start, s.end, kinds[s.paragraph] === 'credit'));
  // A paragraph of one sentence reads as that sentence.
  const whole: (Judged | undefined)[] = new Array(doc.paragraphs.length);
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.paragraph];
    if (p?.start === s.start && p.end === s.end) whole[s.paragraph] = sentences[s.index];
  }
  const paragraphs = doc.paragraphs.map((p, i) => whole[i] ?? judge(p.start, p.end, kinds[i] === 'credit'));
  const companyMentions = byStart(companies);
  // Found once, and only for a text with a company whose named mentions read no lean.
  let pronouns: Span[][] | null = null;
  const memo = new Map<number, Float64Array>();
  const article = articleStance(doc, kinds, paragraphs, models.article);
  let bodies = 0;
  for (const kind of kinds) if (kind === 'body') bodies++;
  return {
    sentences: sentences.map(reported),
    paragraphs: paragraphs.map(reported),
    article,
    companies: companies.map((c, index) => {
      // The mentions' readings pooled as independent evidence, in log space (a logarithmic opinion pool): a mention
      // the model reads with confidence outweighs several it is unsure of, where a sum of probabilities let the
      // neutral share of many plain mentions outvote the one that tells the company's news.
      const pooled = new Float64Array(LABELS.length);
      const read = (mentions: readonly { start: number; end: number }[]) => {
        let count = 0;
        let titled = false;
        for (const m of mentionsRead(doc, kinds, mentions)) {
          const paragraph = paragraphAt(doc, m.start);
          if (!paragraph) continue;
          const sentence = sentenceAt(doc, m.start);
          if (!sentence) continue;
          const raw = context && targetScores(doc, context, models.target, m, companyMentions, memo, (sentences[sentence.index] as Judged).probabilities);
          if (!raw) continue;
          const p = softmax(raw, models.target.temperature);
          // A company the headline names is what the article is about: its reading there counts more.
          const title = kinds[paragraph.index] === 'title';
          const weight = title ? TITLE_MENTION : 1;
          for (let k = 0; k < pooled.length; k++) pooled[k] = (pooled[k] as number) + weight * Math.log(p[k] as number);
          titled ||= title;
          count++;
        }
        return { count, titled };
      };
      const named = read(c.mentions);
      if (named.count === 0) return null;
      const own = models.target.labels[argmax(pooled)] as Label;
      if (own !== 'neutral') return own;
      // A company the headline names is what an article is about: where its own mentions read no lean, the article's
      // lean is its news (a text of one body paragraph is its sentence, which its mentions have read already).
      if (named.titled) return bodies >= MODELLED_PARTS && article.label !== 'mixed' ? article.label : own;
      // Nor where the headline does not name it: the clauses that name it by a pronoun (该公司, 该所) may tell its news.
      pronouns ??= byCompany(companies.length, pronounReferents(inputs.owners), inputs.quotes);
      const standing = pronouns[index] as Span[];
      if (standing.length === 0) return own;
      read(standing);
      return models.target.labels[argmax(pooled)] as Label;
    }),
  };
}

const AT = '@'.charCodeAt(0);

/** A letter or digit right before a handle's @ writes the handle into the sentence. */
const WRITTEN_IN = /[\p{L}\p{N}]/u;

const NEUTRAL: Judged = { label: 'neutral', score: 0, confidence: 1, evidence: [], probabilities: Float64Array.from([0, 0, 1]) };

function reported(j: Judged): ParagraphStance {
  return { label: j.label, score: j.score, confidence: j.confidence, evidence: j.evidence };
}

/** The article's stance from its paragraphs' probabilities (see article.ts), with its strongest evidence. */
function articleStance(doc: Doc, kinds: readonly ParagraphKind[], paragraphs: readonly Judged[], params: ArticleParams): ArticleStance {
  const parts = paragraphs.map((p, i) => ({ kind: kinds[i] ?? 'body', length: (doc.paragraphs[i]?.end ?? 0) - (doc.paragraphs[i]?.start ?? 0), probabilities: p.probabilities }));
  const { label, bullish, skeptical, confidence } = gatherArticle(parts, params);
  return { label, score: round(bullish - skeptical), confidence: round(confidence), evidence: strongestEvidence(paragraphs, label) };
}

/**
 * The paragraphs' evidence on the article's side (either, when mixed): the ARTICLE_EVIDENCE strongest (the earlier
 * of equals, then the first met), in text order.
 */
function strongestEvidence(paragraphs: readonly Judged[], label: ArticleStance['label']): Evidence[] {
  const top: Evidence[] = [];
  for (const p of paragraphs) {
    for (const e of p.evidence) {
      if (label === 'mixed' || e.polarity === label) keepStrongest(top, e, ARTICLE_EVIDENCE, stronger);
    }
  }
  return top.sort((a, b) => a.start - b.start);
}

/** Stronger, or as strong and earlier. */
function stronger(a: Evidence, b: Evidence): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.start < b.start);
}

/**
 * The mentions a company's stance is read from: those in the headline, then the first of the body, up to
 * TARGET_MENTIONS (a company named fifty times is read from its first mentions, where the news about it is), none
 * of them a handle.
 */
function mentionsRead(doc: Doc, kinds: readonly ParagraphKind[], mentions: readonly { start: number; end: number }[]) {
  // One pass, each mention's paragraph found once.
  const title: { start: number; end: number }[] = [];
  const rest: { start: number; end: number }[] = [];
  for (const m of mentions) {
    // @江城银行 @某某新闻: a handle addresses its account (as readers are asked to look), it tells no news of it;
    // one written into a sentence (存管银行@江城银行 也…) names it as any name does.
    if (doc.text.charCodeAt(m.start - 1) === AT && !WRITTEN_IN.test(doc.text[m.start - 2] ?? '')) continue;
    const p = paragraphAt(doc, m.start);
    if (p === undefined || kinds[p.index] === 'credit') continue;
    (kinds[p.index] === 'title' ? title : rest).push(m);
  }
  for (const m of rest) {
    if (title.length >= TARGET_MENTIONS) break;
    title.push(m);
  }
  return title.slice(0, TARGET_MENTIONS);
}

/**
 * The companies' mentions by start, equal starts in the order given (as a stable sort): sorted as numbers, start and
 * place in one key, since a comparator called per pair on mentions of many shapes was a large part of reading them.
 */
function byStart(companies: readonly { mentions: readonly { start: number; end: number }[] }[]): { start: number; end: number }[] {
  const all: { start: number; end: number }[] = [];
  for (const c of companies) for (const m of c.mentions) all.push(m);
  const n = all.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (all[i] as { start: number }).start * n + i;
  keys.sort();
  const sorted: { start: number; end: number }[] = [];
  for (const key of keys) sorted.push(all[key % n] as { start: number; end: number });
  return sorted;
}

/**
 * Each company's pronouns, by its index, but those inside quotation marks: in a speaker's words 公司 is whichever
 * company the speaker means (the speaker's own, the one asked about), which where it stands does not tell.
 */
function byCompany(count: number, referents: readonly { pronoun: Span; company: number }[], quotes: readonly Quote[]): Span[][] {
  const out = Array.from({ length: count }, () => [] as Span[]);
  for (const { pronoun, company } of referents) if (!inQuote(quotes, pronoun.start)) out[company]?.push(pronoun);
  return out;
}

function argmax(xs: Float64Array): number {
  let k = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[k] as number)) k = i;
  return k;
}
