import type { BatchResult } from '../../batch/run.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { pretty } from './pretty.js';

/** How results are written: what comes before the first, each result, and what closes the output. */
export interface Format {
  start: string;
  record(result: BatchResult, first: boolean): string;
  end: string;
}

export const FORMATS = { jsonl, json, pretty } satisfies Record<string, Format>;
export type FormatName = keyof typeof FORMATS;
