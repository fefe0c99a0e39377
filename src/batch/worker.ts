import { workerData } from 'node:worker_threads';
import { createAnalyzer } from '../analyzer.js';
import type { AnalyzerOptions } from '../options.js';
import type { Analysis } from '../schema.js';

/** A piscina worker: one analyzer per thread, created when the thread starts, for the life of the pool. */
const analyzer = createAnalyzer((workerData ?? {}) as AnalyzerOptions);

export default function analyzeInWorker(text: string): Analysis {
  return analyzer.analyze(text);
}
