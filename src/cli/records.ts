import { describeValue } from '../describe.js';
import type { Identifiable } from './ids.js';

/** One document read, before its id is settled: its text, or why it cannot be analysed. */
export interface Entry extends Identifiable {
  read(): { text: string } | { error: string };
}

/** A JSONL line read: the id it names (undefined for none) and its text, or why it cannot be analysed. */
export type ParsedRecord = { declared: unknown; text: string } | { declared: unknown; error: string };

/**
 * One JSONL line as a record {"id", "text"} (other fields are ignored), each problem with its own message.
 * @example parseRecord('{"id": 7, "text": 5}') // => { declared: 7, error: '"text" must be a string, got number 5' }
 */
export function parseRecord(line: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { declared: undefined, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { declared: undefined, error: `expected a JSON object with "text" and "id", got ${describeValue(value)}` };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (text === undefined) return { declared: id, error: 'the record has no "text"' };
  if (typeof text !== 'string') return { declared: id, error: `"text" must be a string, got ${describeValue(text)}` };
  return { declared: id, text };
}
