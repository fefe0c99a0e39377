import { availableParallelism, totalmem } from 'node:os';
import Piscina from 'piscina';
import { createAnalyzer } from './analyzer.js';
import { AnalyzerOptions, parseOptions } from './options.js';
import type { Analysis } from './schema.js';

/** A document for {@link analyzeMany}: a string (its id is its position) or an object with an id. */
export type BatchInput = string | { id: string | number; text: unknown };

/** One result, in input order: the analysis, or the error that document met. */
export type BatchResult = { id: string; analysis: Analysis } | { id: string; error: string };

export interface BatchOptions {
  /** Worker threads; 0 analyzes in the calling thread. Default: from the cores and memory available. */
  workers?: number;
  /** Options for the analyzer in each worker (plain data: they are copied to the workers). */
  analyzer?: AnalyzerOptions;
}

/** Each worker holds its own jieba dictionaries, about 250 MB, which it never gives back. */
const WORKER_MEMORY = 350 * 1024 * 1024;

/** Worker count for this machine: one per core, as many as half the memory holds, at least one. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor((totalmem() * 0.5) / WORKER_MEMORY)));
}

/**
 * Analyzes a stream of documents, yielding results in input order. Work in flight is bounded (two documents per
 * worker), so memory stays flat however long the stream; a document that is not a string, or whose analysis
 * throws, yields `{ id, error }` and the rest go on. Results do not depend on the worker count. Workers are
 * started once per call and never replaced (jieba's memory is not freed when a worker exits).
 * @example for await (const r of analyzeMany(texts, { workers: 2 })) if ('analysis' in r) console.log(r.id, r.analysis.title)
 */
export async function* analyzeMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  const analyzerOptions = parseOptions(AnalyzerOptions, options.analyzer, 'analyzeMany analyzer options');
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0) throw new TypeError(`xinwen: workers must be a whole number ≥ 0, got ${String(workers)}`);
  let pool: Piscina | null = null;
  let analyze: (text: string) => Promise<Analysis>;
  if (workers === 0) {
    const analyzer = createAnalyzer(analyzerOptions);
    analyze = async (text) => analyzer.analyze(text);
  } else {
    const running = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: Infinity,
      // A second task waits in each worker's queue, so that a worker never idles while its result travels to
      // this thread and the next task comes back (a third of one worker's time when it held one task at a time).
      concurrentTasksPerWorker: 2,
      workerData: analyzerOptions,
    });
    pool = running;
    analyze = (text) => running.run(text) as Promise<Analysis>;
  }
  const limit = Math.max(2, workers * 4);
  const pending: Promise<BatchResult>[] = [];
  let index = 0;
  try {
    for await (const input of inputs) {
      pending.push(settle(input, index++, analyze));
      if (pending.length >= limit) yield await (pending.shift() as Promise<BatchResult>);
    }
    while (pending.length > 0) yield await (pending.shift() as Promise<BatchResult>);
  } finally {
    await Promise.allSettled(pending);
    await pool?.destroy();
  }
}

async function settle(input: BatchInput, index: number, analyze: (text: string) => Promise<Analysis>): Promise<BatchResult> {
  const id = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : String(index);
  const text = typeof input === 'object' && input !== null ? input.text : input;
  if (typeof text !== 'string') return { id, error: `expected the text to be a string, got ${text === null ? 'null' : typeof text}` };
  try {
    return { id, analysis: await analyze(text) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
