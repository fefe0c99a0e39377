import { describeValue } from '../describe.js';
import { AnalyzerOptions, parseOptions } from '../options.js';
import { idProblem, type BatchId, type Job } from './jobs.js';
import { runJobs, type BatchResult } from './run.js';
import { defaultWorkers } from './workers.js';

export type { BatchId } from './jobs.js';
export type { BatchResult } from './run.js';

/** A document for {@link analyzeMany}: a string (its id is its position) or an object with an id and a text. */
export type BatchInput = string | { id: BatchId; text: unknown };

export interface BatchOptions {
  /** Worker threads; 0 analyzes in the calling thread. Default: {@link defaultWorkers}. */
  workers?: number;
  /** Options for the analyzer in each worker (plain data: they are copied to the workers). */
  analyzer?: AnalyzerOptions;
}

/**
 * Analyzes a stream of documents, yielding one result per document in input order, with the document's id as
 * given (a number stays a number) or its position. A document that is not a string or `{ id, text }`, whose id is
 * not a non-empty string or finite number, or whose analysis throws yields `{ id, error }` and the rest go on; if
 * the input itself throws, the results made before are delivered, then one error, and the batch ends. Ids are not
 * checked for repeats (that would hold every id in memory). Memory stays flat over any stream; results do not
 * depend on the worker count; workers are started once per call and never replaced.
 * @example for await (const r of analyzeMany(texts, { workers: 2 })) if ('analysis' in r) console.log(r.id, r.analysis.title)
 */
export async function* analyzeMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  const analyzer = parseOptions(AnalyzerOptions, options.analyzer, 'analyzeMany analyzer options');
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0) throw new TypeError(`xinwen: workers must be a whole number ≥ 0, got ${String(workers)}`);
  yield* runJobs(jobsOf(inputs), workers, analyzer);
}

async function* jobsOf(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>): AsyncGenerator<Job> {
  let index = 0;
  for await (const input of inputs) yield toJob(input as unknown, index++);
}

function toJob(input: unknown, index: number): Job {
  if (typeof input === 'string') return { id: index, text: input };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: index, error: `expected a string or { id, text }, got ${describeValue(input)}` };
  }
  const { id = index, text } = input as { id?: unknown; text?: unknown };
  const problem = idProblem(id);
  if (problem) return { id: index, error: `the id ${problem}` };
  if (typeof text !== 'string') return { id: id as BatchId, error: `expected the text to be a string, got ${describeValue(text)}` };
  return { id: id as BatchId, text };
}
