import { escapeHtml } from './escape.js';

/**
 * The words and symbols the page uses for each stance and each kind of mark. Colour is never the only signal:
 * every stance has a symbol and a word, every kind of mark a short label and a pattern (see style.ts).
 */

const STANCES: Record<string, string> = { bullish: '▲', skeptical: '▼', neutral: '●', mixed: '◆' };

/** A stance label the view knows, or `unknown` for a value a newer schema may add. */
export function stanceOf(label: unknown): string {
  return typeof label === 'string' && label in STANCES ? label : 'unknown';
}

/** `<span class="badge st-bullish">▲ bullish</span>`, with optional text after the word (a score, a count). */
export function stanceBadge(label: unknown, after = ''): string {
  const stance = stanceOf(label);
  const word = stance === 'unknown' ? (typeof label === 'string' ? label : 'no stance') : stance;
  return `<span class="badge st-${stance}"><span aria-hidden="true">${STANCES[stance] ?? '○'}</span> ${escapeHtml(word)}${after ? ` ${escapeHtml(after)}` : ''}</span>`;
}

export type MentionKind = 'company' | 'person' | 'amount' | 'percentage' | 'quote';

/** Short labels shown after each highlighted span, as displaCy shows ORG or PERSON. */
export const KIND_LABEL: Record<MentionKind, string> = { company: 'ORG', person: 'PER', amount: 'MONEY', percentage: 'PCT', quote: 'QUOTE' };

export const KINDS = Object.keys(KIND_LABEL) as MentionKind[];
