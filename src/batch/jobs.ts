import { describeValue } from '../describe.js';

/** A document's id: a string or a finite number, kept as given, so that 1 and "1" are two ids. */
export type BatchId = string | number;

/** What the pool works on: a text to analyse, or a document already known to be bad, kept in its place. */
export type Job = { id: BatchId; text: string } | { id: BatchId; error: string };

/**
 * Why a value cannot be a document's id, or null when it can: an id is a non-empty string or a finite number,
 * anything else (an object, NaN, an array) would print as something that no longer names the document.
 * @example idProblem({}) // => 'must be a string or a finite number, got an object (Object)'
 */
export function idProblem(id: unknown): string | null {
  if (typeof id === 'string') return id === '' ? 'must not be empty' : null;
  if (typeof id === 'number' && Number.isFinite(id)) return null;
  return `must be a string or a finite number, got ${describeValue(id)}`;
}
