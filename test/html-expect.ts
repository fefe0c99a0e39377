import type { Analysis } from '../src/index.js';

/** What the page must highlight: `kind text` for every mention in the analysis, sliced from the input, sorted. */
export function expectedMentions(a: Analysis, input: string): string[] {
  const slice = (s: { start: number; end: number }) => input.slice(s.start, s.end);
  return [
    ...a.companies.flatMap((c) => c.mentions.map((m) => `company ${slice(m)}`)),
    ...a.people.flatMap((p) => p.mentions.map((m) => `person ${slice(m)}`)),
    ...a.amounts.map((m) => `amount ${slice(m)}`),
    ...a.percentages.map((m) => `percentage ${slice(m)}`),
    ...a.quotes.map((m) => `quote ${slice(m)}`),
  ].sort();
}

/** Distinct stance evidence spans of the article, its paragraphs and sentences, as `start:end`. */
export function expectedEvidence(a: Analysis): string[] {
  const all = [a.stance, ...a.paragraphs.map((p) => p.stance), ...a.sentences.map((s) => s.stance)].flatMap((s) => s.evidence);
  return [...new Set(all.map((e) => `${e.start}:${e.end}`))].sort();
}
