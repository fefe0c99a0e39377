import Piscina from 'piscina';
import { createAnalyzer } from '../analyzer.js';
import type { AnalyzerConfig } from '../options.js';
import type { Analysis } from '../schema.js';
import type { BatchId, Job } from './jobs.js';

/** One result, in input order: the analysis, or the error that document met. */
export type BatchResult = { id: BatchId; analysis: Analysis } | { id: BatchId; error: string };

/**
 * Analyzes jobs in a fixed pool and yields their results in job order; a job that is already an error passes
 * through in its place. Work in flight is bounded (four jobs per worker), so memory stays flat however long the
 * stream. If reading the jobs throws, the results already under way are delivered, then one error in the place of
 * the job that could not be read (its position as id), and the run ends: nothing made is lost.
 */
export async function* runJobs(jobs: Iterable<Job> | AsyncIterable<Job>, workers: number, analyzer: AnalyzerConfig): AsyncGenerator<BatchResult> {
  const pool = startPool(workers, analyzer);
  const limit = Math.max(2, workers * 4);
  const pending: Promise<BatchResult>[] = [];
  let index = 0;
  let failure: unknown = null;
  try {
    try {
      for await (const job of jobs) {
        pending.push(settle(job, pool.analyze));
        index++;
        if (pending.length >= limit) yield await (pending.shift() as Promise<BatchResult>);
      }
    } catch (error) {
      // Only the input can throw here: settle() never rejects.
      failure = error;
    }
    while (pending.length > 0) yield await (pending.shift() as Promise<BatchResult>);
    if (failure !== null) {
      yield { id: index, error: `reading the input failed after ${index} documents: ${failure instanceof Error ? failure.message : String(failure)}` };
    }
  } finally {
    await Promise.allSettled(pending);
    await pool.close();
  }
}

/**
 * The analyzers: `workers` threads started once for the whole run and never replaced (jieba's memory is not freed
 * when a worker exits), or this thread for 0.
 */
function startPool(workers: number, options: AnalyzerConfig): { analyze: (text: string) => Promise<Analysis>; close: () => Promise<void> } {
  if (workers === 0) {
    const analyzer = createAnalyzer(options);
    return { analyze: async (text) => analyzer.analyze(text), close: async () => {} };
  }
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    // A second task waits in each worker's queue, so that a worker never idles while its result travels to
    // this thread and the next task comes back (a third of one worker's time when it held one task at a time).
    concurrentTasksPerWorker: 2,
    workerData: options,
  });
  return { analyze: (text) => pool.run(text) as Promise<Analysis>, close: () => pool.destroy() };
}

async function settle(job: Job, analyze: (text: string) => Promise<Analysis>): Promise<BatchResult> {
  if ('error' in job) return job;
  try {
    return { id: job.id, analysis: await analyze(job.text) };
  } catch (error) {
    return { id: job.id, error: `the analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
