import { readdirSync, readFileSync } from 'node:fs';
import type { Analysis, Label } from 'xinwen';
import { LABELS, paragraphScores, type Scores } from './score.js';

/**
 * Stance on the public sentence sets in ../shared/data (measured there, never copied here):
 * - CFSC-ABSA: the label of each sentence, and of each target naming a company or its stock: the stance of the
 *   company whose mention covers the target (a target not reported as a company counts as neutral);
 * - FinNSP: each listed entity is reported skeptical exactly when it is the subject of the item's negative news.
 */

export type Confusion = Scores['confusion'];

const POLARITY: Record<string, Label> = { positive: 'bullish', negative: 'skeptical', neutral: 'neutral' };

export interface CfscSentence {
  text: string;
  label: Label;
}

export interface CfscTarget {
  text: string;
  label: Label;
  start: number;
  end: number;
  category: string;
}

export function readCfscSentences(file: string): CfscSentence[] {
  return readJsonl(file).map((o) => ({ text: o.text as string, label: POLARITY[o.label as string] as Label }));
}

/** The company and stock targets only (market and economy targets name no company). */
export function readCfscTargets(file: string): CfscTarget[] {
  return readJsonl(file)
    .filter((o) => o.aspect_category === 'Corporate' || o.aspect_category === 'Stock')
    .map((o) => ({
      text: o.text as string,
      label: POLARITY[o.label as string] as Label,
      start: o.target_start as number,
      end: o.target_end as number,
      category: o.aspect_category as string,
    }));
}

export interface FinnspItem {
  text: string;
  entities: string[];
  negative: Set<string>;
}

/** The title and the text as one document, the title as its first line. */
export function readFinnsp(file: string): FinnspItem[] {
  return readJsonl(file).map((o) => ({
    text: `${(o.title as string | undefined)?.trim() ?? ''}\n${o.text as string}`,
    entities: o.entities as string[],
    negative: new Set(o.negativeEntities as string[]),
  }));
}

export function emptyConfusion(): Confusion {
  const row = (): Record<Label, number> => ({ bullish: 0, skeptical: 0, neutral: 0 });
  return { bullish: row(), skeptical: row(), neutral: row() };
}

/** An article label as a sentence label: mixed has no side. */
export function asLabel(label: string): Label {
  return label === 'bullish' || label === 'skeptical' ? label : 'neutral';
}

export function scoreSentences(items: readonly CfscSentence[], analyses: readonly Analysis[]): Confusion {
  const confusion = emptyConfusion();
  items.forEach((item, i) => confusion[item.label][asLabel((analyses[i] as Analysis).stance.label)]++);
  return confusion;
}

/** The stance of the company whose mention overlaps the target's span; neutral when no company covers it. */
export function targetStance(analysis: Analysis, start: number, end: number): Label {
  const company = analysis.companies.find((c) => c.mentions.some((m) => m.start < end && start < m.end));
  return company?.stance ?? 'neutral';
}

export function scoreTargets(items: readonly CfscTarget[], analyses: readonly Analysis[]): Confusion {
  const confusion = emptyConfusion();
  items.forEach((item, i) => confusion[item.label][targetStance(analyses[i] as Analysis, item.start, item.end)]++);
  return confusion;
}

/**
 * FinNSP, entity by entity: reported skeptical when a company of the analysis is that entity (its name, an alias or
 * a mention is the entity's string, or holds it, or is held by it) and its stance is skeptical.
 */
export function scoreFinnsp(items: readonly FinnspItem[], analyses: readonly Analysis[]): { correct: number; total: number; found: number; confusion: Confusion } {
  let correct = 0;
  let total = 0;
  let found = 0;
  const confusion = emptyConfusion();
  items.forEach((item, i) => {
    const analysis = analyses[i] as Analysis;
    for (const entity of item.entities) {
      const key = entity.toLowerCase();
      const same = (s: string) => {
        const x = s.toLowerCase();
        return x === key || (x.length >= 2 && key.includes(x)) || x.includes(key);
      };
      const companies = analysis.companies.filter((c) => [c.name, ...c.aliases].some(same));
      if (companies.length > 0) found++;
      const reported = companies.some((c) => c.stance === 'skeptical');
      const negative = item.negative.has(entity);
      total++;
      if (reported === negative) correct++;
      confusion[negative ? 'skeptical' : 'neutral'][reported ? 'skeptical' : 'neutral']++;
    }
  });
  return { correct, total, found, confusion };
}

/** Our labelled articles kept out of the training (corpus/stance-held-out/*.jsonl). */
export interface HeldOutArticle {
  title: string;
  paragraphs: string[];
  label: string;
  paragraphLabels: Label[];
}

export function readHeldOut(folder: string): HeldOutArticle[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(`${folder}/${f}`) as unknown as HeldOutArticle[]);
}

/** The text analyze reads for a held-out article: its headline, then its paragraphs, one per line. */
export function heldOutText(a: HeldOutArticle): string {
  return [a.title, ...a.paragraphs].join('\n');
}

/**
 * Our texts with no investable subject (corpus/stance-off-market), sentences ({ text }) and short articles ({ title,
 * paragraphs }), each as the text analyze reads: all of them neutral under the investor definition.
 */
export function readOffMarket(file: string): string[] {
  return readJsonl(file).map((o) => (typeof o.text === 'string' ? o.text : heldOutText(o as unknown as HeldOutArticle)));
}

/** Article accuracy, and the paragraphs' confusion (a paragraph the analysis lacks counts as neutral). */
export function scoreHeldOut(items: readonly HeldOutArticle[], analyses: readonly Analysis[]): { correct: number; confusion: Confusion } {
  let correct = 0;
  const confusion = emptyConfusion();
  items.forEach((row, i) => {
    const a = analyses[i] as Analysis;
    if (a.stance.label === row.label) correct++;
    row.paragraphLabels.forEach((gold, p) => confusion[gold][a.paragraphs[p]?.stance.label ?? 'neutral']++);
  });
  return { correct, confusion };
}

export function accuracy(confusion: Confusion): number {
  return paragraphScores(confusion).accuracy;
}

export { LABELS };

/** The rows of a JSON Lines file (blank lines skipped). */
export function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
