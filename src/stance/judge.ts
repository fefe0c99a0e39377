import type { Evidence, Label, Polarity, Quote } from '../schema.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { Doc, Tok } from '../text/document.js';
import type { FeatureContext } from './features.js';
import { spanContributions, type Contribution } from './contributions.js';
import { scoreSpan, softmax, type Classifier, type Weighed } from './model.js';
import { keepStrongest } from './strongest.js';
import { inQuote } from './voices.js';
import { JUDGING } from './weights.js';

/** A span's stance with the model's calibrated probabilities (bullish, skeptical, neutral). */
export interface Judged {
  label: Label;
  score: number;
  confidence: number;
  evidence: Evidence[];
  probabilities: Float64Array;
}

/** The stance of a span of text: the model's most probable label, and the words and cues that decided it. */
export function judgeSpan(doc: Doc, context: FeatureContext, quotes: readonly Quote[], model: Classifier, from: number, to: number): Judged {
  const raw = new Float64Array(model.labels.length);
  const words = scoreSpan(doc, context, model, '', from, to, raw, true, weighed);
  const p = softmax(raw, model.temperature);
  let k = 0;
  for (let i = 1; i < p.length; i++) if ((p[i] as number) > (p[k] as number)) k = i;
  const label = model.labels[k] as Label;
  const score = round((p[model.labels.indexOf('bullish')] as number) - (p[model.labels.indexOf('skeptical')] as number));
  // What decided a lean is worked out only where there is a lean to explain.
  const evidence = label === 'neutral' ? [] : explain(doc, context, quotes, spanContributions(context, model, label, words, weighed, JUDGING.evidence), label, from, to);
  return { label, score, confidence: round(p[k] as number), evidence, probabilities: p };
}

/** What scoreSpan weighed of the span being judged besides its words, refilled span after span. */
const weighed: Weighed = { count: 0, names: [], values: [], at: [] };

/** The features that moved the span toward its label, as spans of the text: words, and the rules' cues. */
function explain(
  doc: Doc,
  context: FeatureContext,
  quotes: readonly Quote[],
  moved: readonly Contribution[],
  polarity: Polarity,
  from: number,
  to: number,
): Evidence[] {
  const out: Evidence[] = [];
  const voiceAt = (at: number) => (inQuote(quotes, at) ? ('quote' as const) : ('author' as const));
  for (const { name, value, token } of moved) {
    if (out.length >= JUDGING.evidence) break;
    // The feature's kind, by its name's prefix, read in place.
    const negated = name.startsWith('not:');
    if (negated || name.startsWith('w:')) {
      const t = doc.tokens[token] as Tok;
      out.push({ text: doc.source.slice(t.start, t.end), start: t.start, end: t.end, polarity, weight: round(value), negated, reversed: false, rule: modelRule(name), voice: voiceAt(t.start) });
    } else if (name.startsWith('e:') || name.startsWith('r:')) {
      for (let i = partitionPoint(context.evidence, (e) => e.start < from); i < context.evidence.length && out.length < JUDGING.evidence; i++) {
        const e = context.evidence[i] as Evidence;
        if (e.start >= to) break;
        if (e.polarity !== polarity || out.some((o) => o.start === e.start)) continue;
        const { text, start, end, weight, negated, reversed, voice } = e;
        out.push({ text, start, end, polarity, weight, negated, reversed, rule: `${e.rule} model:${name}`, voice });
      }
    }
  }
  // In text order, put there as they come (a few items: a sort call costs more than the comparisons).
  const shown: Evidence[] = [];
  for (const e of out) keepStrongest(shown, e, Infinity, earlier);
  return shown;
}

/**
 * `model:<feature>`, one string per feature for the life of the process (the model's features are a fixed set):
 * building it for each item cost about 3% of reading a text's stance.
 */
function modelRule(name: string): string {
  let rule = modelRules.get(name);
  if (rule === undefined) {
    rule = `model:${name}`;
    modelRules.set(name, rule);
  }
  return rule;
}

const modelRules = new Map<string, string>();

function earlier(a: Evidence, b: Evidence): boolean {
  return a.start < b.start;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
