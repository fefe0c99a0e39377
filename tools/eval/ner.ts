import { readFileSync } from 'node:fs';
import type { Analysis } from 'xinwen';
import type { Count } from './score.js';

/** A sentence of an external NER set (one JSON object per line: `{ text, entities: [{ type, text }] }`). */
export interface NerSentence {
  text: string;
  entities: { type: string; text: string }[];
}

export function readNerSet(file: string): NerSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NerSentence);
}

/** Sentence-level NER scores against an external set: distinct strings per sentence, per type. */
export function scoreNer(
  sentences: readonly NerSentence[],
  analyses: readonly Analysis[],
): { company: Count; person: Count } {
  const company: Count = { tp: 0, predicted: 0, gold: 0 };
  const person: Count = { tp: 0, predicted: 0, gold: 0 };
  sentences.forEach((s, i) => {
    const a = analyses[i] as Analysis;
    const tally = (count: Count, gold: Set<string>, predicted: Set<string>) => {
      count.gold += gold.size;
      count.predicted += predicted.size;
      for (const p of predicted) if (gold.has(p)) count.tp++;
    };
    const goldOf = (type: string) => new Set(s.entities.filter((e) => e.type === type).map((e) => e.text));
    tally(company, goldOf('company'), new Set(a.companies.flatMap((c) => c.mentions.map((m) => m.text))));
    tally(person, goldOf('person'), new Set(a.people.flatMap((p) => p.mentions.map((m) => m.text))));
  });
  return { company, person };
}
