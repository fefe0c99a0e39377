import { locateInOrder, type GoldArticle, type GoldFile } from './gold.js';
import type { Analysis, Label } from 'xinwen';

/**
 * Scores analyses against gold annotations. Entities: a predicted group matches a gold entity when they share a
 * surface form; a second group for the same gold entity is a false hit; groups matching optional entities do not
 * count. Figures: span match is exact; value match is an overlapping span with the value within 0.1 %, the same
 * currency, and 个百分点 read as points. Quotes: the text (gold may give a prefix of twelve characters or more),
 * and the speaker naming the same entity. Stance: article accuracy, paragraph accuracy and macro-F1.
 */

export interface Count {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  companies: Count;
  people: Count;
  roles: { correct: number; total: number };
  amountSpans: Count;
  amountValues: Count;
  percentageSpans: Count;
  percentageValues: Count;
  /** Of the figures matched by value where the gold annotates them: owner and period right. */
  owners: { correct: number; total: number };
  periods: { correct: number; total: number };
  quoteSpans: Count;
  quotesAttributed: Count;
  article: { correct: number; total: number };
  /** Of the gold's stanceTargets: the company found, with the stance the gold gives it. */
  companyStance: { correct: number; total: number };
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  splitGroups: number;
}

export interface Miss {
  article: string;
  field: string;
  kind: 'miss' | 'false';
  detail: string;
}

export interface ArticleScore {
  id: string;
  scores: Scores;
  misses: Miss[];
  predictedStance: string;
  goldStance: string;
}

export const LABELS: Label[] = ['bullish', 'skeptical', 'neutral'];

/** What joins two titles of one person written as one (董事长兼总裁, 首席经济学家、研究所所长). */
const JOINED_TITLES = /兼|、/;

export function emptyScores(): Scores {
  const count = (): Count => ({ tp: 0, predicted: 0, gold: 0 });
  const row = (): Record<Label, number> => ({ bullish: 0, skeptical: 0, neutral: 0 });
  return {
    companies: count(),
    people: count(),
    roles: { correct: 0, total: 0 },
    amountSpans: count(),
    amountValues: count(),
    percentageSpans: count(),
    percentageValues: count(),
    owners: { correct: 0, total: 0 },
    periods: { correct: 0, total: 0 },
    quoteSpans: count(),
    quotesAttributed: count(),
    article: { correct: 0, total: 0 },
    companyStance: { correct: 0, total: 0 },
    confusion: { bullish: row(), skeptical: row(), neutral: row() },
    splitGroups: 0,
  };
}

export function scoreArticle(article: GoldArticle, analysis: Analysis): ArticleScore {
  const { gold, id } = article;
  const scores = emptyScores();
  const misses: Miss[] = [];
  const note = (field: string, kind: 'miss' | 'false', detail: string) => misses.push({ article: id, field, kind, detail });

  const companyMatch = matchEntities(analysis.companies, gold.companies, gold.companiesOptional, scores.companies, (k, d) => note('companies', k, d));
  scores.splitGroups += companyMatch.split;
  const peopleMatch = matchEntities(analysis.people, gold.people, gold.peopleOptional, scores.people, (k, d) => note('people', k, d));
  scores.splitGroups += peopleMatch.split;

  const sameOrg = (a: string | null, b: string | null) => {
    const x = (a ?? '').trim();
    const y = (b ?? '').trim();
    if (x === y) return true;
    if (x === '' || y === '') return false;
    const group = analysis.companies.find((c) => [c.name, ...c.aliases].includes(x));
    return group !== undefined && [group.name, ...group.aliases].includes(y);
  };
  gold.people.forEach((person, i) => {
    const predicted = peopleMatch.byGold[i];
    for (const role of person.roles) {
      scores.roles.total++;
      // A title the gold writes as several joined (联合创始人兼联席首席执行官, 首席经济学家、研究所所长) is found when each
      // is: gold annotators write them either way, and xinwen reports each title as a role of its own.
      const found = (title: string) => predicted?.roles.some((r) => r.title === title && sameOrg(r.org, role.org) && r.former === (role.former ?? false));
      const ok = found(role.title) || (JOINED_TITLES.test(role.title) && role.title.split(JOINED_TITLES).every((t) => t !== '' && found(t)));
      if (ok) scores.roles.correct++;
      else note('roles', 'miss', `${person.name}: ${role.title} @ ${role.org || '—'}${role.former ? ' (former)' : ''} ← ${JSON.stringify(predicted?.roles.map((r) => `${r.title}@${r.org ?? '—'}`) ?? [])}`);
    }
  });

  const whose = (g: GoldWhose, p: PredictedWhose) => scoreWhose(gold, analysis, g, p, scores, note);
  scoreFigures(article.text, gold.amounts, analysis.amounts, scores.amountSpans, scores.amountValues, (g, p) =>
    close(g.value, p.value) && close(g.valueMax ?? null, g.valueMax == null ? null : p.valueMax) && (g.currency ?? null) === p.currency,
    (k, d) => note('amounts', k, d), whose);
  scoreFigures(article.text, gold.percentages, analysis.percentages, scores.percentageSpans, scores.percentageValues, (g, p) =>
    close(g.value, p.value) && close(g.valueMax ?? null, g.valueMax == null ? null : p.valueMax) && (g.kind === 'points') === (p.kind === 'points'),
    (k, d) => note('percentages', k, d), whose);

  scoreQuotes(gold, analysis, scores, (k, d) => note('quotes', k, d));

  scores.article.total = 1;
  if (analysis.stance.label === gold.stance) scores.article.correct = 1;
  gold.paragraphs.forEach((p) => {
    const paragraph = analysis.paragraphs[p.index];
    const predicted = paragraph?.stance.label ?? 'neutral';
    scores.confusion[p.stance][predicted]++;
    if (paragraph && predicted !== p.stance) {
      const cues = paragraph.stance.evidence.map((e) => `${e.text}${e.polarity === 'bullish' ? '+' : '-'}${e.weight}`).join(' ');
      note('stance', 'miss', `¶${p.index} gold ${p.stance}, got ${predicted} (${paragraph.stance.score}) [${cues}] ${article.text.slice(paragraph.start, paragraph.end).slice(0, 60)}`);
    }
  });
  if (analysis.stance.label !== gold.stance) note('stance', 'miss', `article gold ${gold.stance}, got ${analysis.stance.label} (score ${analysis.stance.score})`);
  for (const target of gold.stanceTargets) {
    const predicted = companyMatch.byGold[gold.companies.findIndex((c) => c.name === target.name)];
    scores.companyStance.total++;
    if (predicted?.stance === target.stance) scores.companyStance.correct++;
    else note('stance', 'miss', `company ${target.name} gold ${target.stance}, got ${predicted ? predicted.stance : 'not found'}`);
  }
  return { id, scores, misses, predictedStance: analysis.stance.label, goldStance: gold.stance };
}

interface PredictedEntity {
  name: string;
  aliases: string[];
}

function forms(e: { name: string; aliases: readonly string[] }): Set<string> {
  return new Set([e.name, ...e.aliases].map((s) => s.toLowerCase()));
}

function matchEntities<P extends PredictedEntity>(
  predicted: readonly P[],
  gold: readonly { name: string; aliases: readonly string[] }[],
  optional: readonly { name: string; aliases: readonly string[] }[],
  count: Count,
  note: (kind: 'miss' | 'false', detail: string) => void,
): { byGold: (P | undefined)[]; split: number } {
  const goldForms = gold.map(forms);
  const optionalForms = optional.map(forms);
  const byGold: (P | undefined)[] = gold.map(() => undefined);
  let split = 0;
  count.gold += gold.length;
  for (const p of predicted) {
    const mine = forms(p);
    const g = goldForms.findIndex((f) => [...mine].some((s) => f.has(s)));
    if (g >= 0) {
      count.predicted++;
      if (byGold[g] === undefined) {
        byGold[g] = p;
        count.tp++;
      } else {
        split++;
        note('false', `${p.name} splits ${gold[g]?.name} (already ${byGold[g]?.name})`);
      }
      continue;
    }
    if (optionalForms.some((f) => [...mine].some((s) => f.has(s)))) continue;
    count.predicted++;
    note('false', `${p.name}${p.aliases.length ? ` (${p.aliases.join('/')})` : ''}`);
  }
  gold.forEach((g, i) => {
    if (byGold[i] === undefined) note('miss', `${g.name}${g.aliases.length ? ` (${g.aliases.join('/')})` : ''}`);
  });
  return { byGold, split };
}

interface Located {
  text: string;
  start: number;
  end: number;
}

type GoldWhose = { text: string; owner?: string | null; period?: string | null };
type PredictedWhose = { text: string; owner: { company: number } | null; period: { text: string } | null };

/**
 * Owner and period of a figure matched by value, where the gold annotates them: the owner is right when the
 * company it refers to shares a surface form with the gold company (or both are null), the period when its text
 * is the gold phrase (or both are null).
 */
function scoreWhose(gold: GoldFile, analysis: Analysis, g: GoldWhose, p: PredictedWhose, scores: Scores, note: (field: string, kind: 'miss' | 'false', detail: string) => void): void {
  if (g.owner !== undefined) {
    const goldCompany = g.owner === null ? null : [...gold.companies, ...gold.companiesOptional].find((c) => c.name === g.owner);
    const predicted = p.owner === null ? null : analysis.companies[p.owner.company];
    const ok =
      (g.owner === null && predicted === null) ||
      (goldCompany != null && predicted != null && [...forms(predicted)].some((f) => forms(goldCompany).has(f)));
    scores.owners.total++;
    if (ok) scores.owners.correct++;
    else note('owner', 'miss', `${g.text}: gold ${g.owner ?? 'null'}, got ${predicted?.name ?? 'null'}`);
  }
  if (g.period !== undefined) {
    const ok = (g.period ?? null) === (p.period?.text.trim() ?? null);
    scores.periods.total++;
    if (ok) scores.periods.correct++;
    else note('period', 'miss', `${g.text}: gold ${g.period ?? 'null'}, got ${p.period?.text ?? 'null'}`);
  }
}

function scoreFigures<G extends { text: string }, P extends Located>(
  text: string,
  gold: readonly G[],
  predicted: readonly P[],
  spans: Count,
  values: Count,
  sameValue: (g: G, p: P) => boolean,
  note: (kind: 'miss' | 'false', detail: string) => void,
  whose: (g: G, p: P) => void,
): void {
  const at = locateInOrder(text, gold);
  spans.gold += gold.length;
  values.gold += gold.length;
  spans.predicted += predicted.length;
  values.predicted += predicted.length;
  const usedSpan = new Set<number>();
  const usedValue = new Set<number>();
  gold.forEach((g, i) => {
    const start = at[i] as number;
    const end = start + g.text.length;
    const exact = predicted.findIndex((p, j) => !usedSpan.has(j) && p.start === start && p.end === end);
    if (exact >= 0) {
      usedSpan.add(exact);
      spans.tp++;
    }
    const valued = predicted.findIndex((p, j) => !usedValue.has(j) && p.start < end && start < p.end && sameValue(g, p));
    if (valued >= 0) {
      usedValue.add(valued);
      values.tp++;
      whose(g, predicted[valued] as P);
    } else {
      const near = predicted.find((p) => p.start < end && start < p.end);
      note('miss', `${g.text} ${JSON.stringify(stripText(g))}${near ? ` ← got ${near.text} ${JSON.stringify(stripText(near))}` : ''}`);
    }
  });
  predicted.forEach((p, j) => {
    if (!usedValue.has(j)) note('false', `${p.text} ${JSON.stringify(stripText(p))}`);
  });
}

function stripText(x: object): object {
  const { text: _t, start: _s, end: _e, ...rest } = x as Record<string, unknown>;
  return rest;
}

function close(a: number | null, b: number | null | undefined): boolean {
  if (a === null || b === null || b === undefined) return a === null && (b === null || b === undefined);
  if (a === 0) return b === 0;
  return Math.abs(a - b) / Math.abs(a) <= 0.001;
}

function scoreQuotes(gold: GoldFile, analysis: Analysis, scores: Scores, note: (kind: 'miss' | 'false', detail: string) => void): void {
  const attributed = analysis.quotes.filter((q) => q.speaker !== null);
  const groupOf = (speaker: string) =>
    [...analysis.people, ...analysis.companies].find((e) => [e.name, ...e.aliases].includes(speaker));
  const sameSpeaker = (predicted: string, goldSpeaker: string | null) => {
    if (goldSpeaker === null) return false;
    if (predicted === goldSpeaker) return true;
    const group = groupOf(goldSpeaker);
    return group !== undefined && [group.name, ...group.aliases].includes(predicted);
  };
  const matches = (q: { text: string }, g: { text: string }) =>
    q.text === g.text || (g.text.length >= 12 && q.text.startsWith(g.text)) || (q.text.length >= 12 && g.text.startsWith(q.text));
  for (const count of [scores.quoteSpans, scores.quotesAttributed]) {
    count.gold += gold.quotes.length;
    count.predicted += attributed.length;
  }
  const usedSpan = new Set<number>();
  const usedAttributed = new Set<number>();
  for (const g of gold.quotes) {
    const span = attributed.findIndex((q, i) => !usedSpan.has(i) && matches(q, g));
    if (span >= 0) {
      usedSpan.add(span);
      scores.quoteSpans.tp++;
    }
    const right = attributed.findIndex((q, i) => !usedAttributed.has(i) && matches(q, g) && sameSpeaker(q.speaker as string, g.speaker));
    if (right >= 0) {
      usedAttributed.add(right);
      scores.quotesAttributed.tp++;
    } else {
      const any = analysis.quotes.find((q) => matches(q, g));
      note('miss', `${g.speaker}: “${g.text.slice(0, 24)}…”${any ? ` ← speaker ${any.speaker ?? 'null'} (${any.rule ?? 'none'})` : ' ← not found'}`);
    }
  }
  attributed.forEach((q, i) => {
    if (!usedAttributed.has(i)) note('false', `${q.speaker}: “${q.text.slice(0, 24)}…” (${q.rule})`);
  });
}

export function addScores(into: Scores, from: Scores): void {
  for (const key of ['companies', 'people', 'amountSpans', 'amountValues', 'percentageSpans', 'percentageValues', 'quoteSpans', 'quotesAttributed'] as const) {
    into[key].tp += from[key].tp;
    into[key].predicted += from[key].predicted;
    into[key].gold += from[key].gold;
  }
  for (const key of ['roles', 'owners', 'periods', 'companyStance'] as const) {
    into[key].correct += from[key].correct;
    into[key].total += from[key].total;
  }
  into.article.correct += from.article.correct;
  into.article.total += from.article.total;
  into.splitGroups += from.splitGroups;
  for (const g of LABELS) for (const p of LABELS) into.confusion[g][p] += from.confusion[g][p];
}

export function prf(c: Count): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.predicted;
  const recall = c.gold === 0 ? 1 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Paragraph accuracy and macro-F1 over bullish, skeptical and neutral. */
export function paragraphScores(confusion: Scores['confusion']): { accuracy: number; macroF1: number } {
  let correct = 0;
  let total = 0;
  let f1Sum = 0;
  for (const label of LABELS) {
    correct += confusion[label][label];
    for (const p of LABELS) total += confusion[label][p];
    const tp = confusion[label][label];
    const predicted = LABELS.reduce((s, g) => s + confusion[g][label], 0);
    const gold = LABELS.reduce((s, p) => s + confusion[label][p], 0);
    f1Sum += prf({ tp, predicted, gold }).f1;
  }
  return { accuracy: total === 0 ? 1 : correct / total, macroF1: f1Sum / LABELS.length };
}

