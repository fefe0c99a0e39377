import type { BatchResult } from '../../batch/run.js';
import { html } from './html.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { pretty } from './pretty.js';

/**
 * How results are written: what comes before the first, each result (with the document's text when the format
 * asks for it), and what closes the output.
 */
export interface Format {
  start: string;
  /** Whether `record` needs each document's text (a view of the text does; the records alone do not). */
  needsText?: boolean;
  record(result: BatchResult, first: boolean, text?: string): string;
  end(): string;
}

/** Each format makes a fresh writer per run (the HTML report gathers its documents until the end). */
export const FORMATS = { jsonl: () => jsonl, json: () => json, pretty: () => pretty, html } satisfies Record<string, () => Format>;
export type FormatName = keyof typeof FORMATS;
