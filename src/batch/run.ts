import { createAnalyzer } from '../analyzer.js';
import type { AnalyzerConfig } from '../options.js';
import type { Analysis } from '../schema.js';
import type { BatchId, Job } from './jobs.js';

/** One result, in input order: the analysis, or the error that document met. */
export type BatchResult = { id: BatchId; analysis: Analysis } | { id: BatchId; error: string };

/**
 * Analyzes jobs in a fixed pool and yields their results in job order; a job that is already an error passes
 * through in its place. Work in flight is bounded (four jobs per worker), so memory stays flat however long the
 * stream; a result is yielded as soon as it and those before it are done, even while the next job is awaited (a
 * live stream is answered as it comes). If reading the jobs throws, the results already under way are delivered,
 * then one error in the place of the job that could not be read (its position as id), and the run ends.
 */
export async function* runJobs(jobs: Iterable<Job> | AsyncIterable<Job>, workers: number, analyzer: AnalyzerConfig): AsyncGenerator<BatchResult> {
  const pool = await startPool(workers, analyzer);
  const limit = Math.max(2, workers * 4);
  const iterator = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]();
  const pending: Promise<BatchResult>[] = [];
  let next: Promise<IteratorResult<Job>> | null = null;
  let index = 0;
  let ended = false;
  try {
    for (;;) {
      if (!next) {
        next = Promise.resolve(iterator.next());
        next.catch(() => {}); // awaited below; this only keeps an abandoned one from being reported unhandled
      }
      if (pending.length > 0 && (pending.length >= limit || (await first(pending[0]!, next)) === 'result')) {
        yield await (pending.shift() as Promise<BatchResult>);
        continue;
      }
      let step: IteratorResult<Job>;
      try {
        step = await next;
      } catch (error) {
        ended = true;
        while (pending.length > 0) yield await (pending.shift() as Promise<BatchResult>);
        yield { id: index, error: `reading the input failed after ${index} documents: ${error instanceof Error ? error.message : String(error)}` };
        return;
      }
      next = null;
      if (step.done) break;
      pending.push(settle(step.value, pool.analyze));
      index++;
    }
    ended = true;
    while (pending.length > 0) yield await (pending.shift() as Promise<BatchResult>);
  } finally {
    // A consumer that stops early closes the input (without waiting on a read that may never end).
    if (!ended) void Promise.resolve(iterator.return?.()).catch(() => {});
    await Promise.allSettled(pending);
    await pool.close();
  }
}

/** Which comes first: the oldest result, or the next job (the result on a tie, so that output is never held back). */
function first(result: Promise<BatchResult>, next: Promise<unknown>): Promise<'result' | 'next'> {
  return Promise.race([result.then(() => 'result' as const), next.then(() => 'next' as const, () => 'next' as const)]);
}

/**
 * The analyzers: `workers` threads started once for the whole run and never replaced (jieba's memory is not freed
 * when a worker exits), or this thread for 0. The pool's library is loaded here, when a run needs threads: a
 * program that only calls analyze does not pay its import (about 25 ms of every cold start).
 */
async function startPool(workers: number, options: AnalyzerConfig): Promise<{ analyze: (text: string) => Promise<Analysis>; close: () => Promise<void> }> {
  if (workers === 0) {
    const analyzer = createAnalyzer(options);
    return { analyze: async (text) => analyzer.analyze(text), close: async () => {} };
  }
  const { default: Piscina } = await import('piscina');
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
