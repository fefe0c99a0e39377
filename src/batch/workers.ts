import { availableParallelism, totalmem } from 'node:os';

/** Each worker holds its own jieba dictionaries, about 250 MB, which it never gives back. */
const WORKER_MEMORY = 350 * 1024 * 1024;

/**
 * Worker count for this machine: one per core, as many as half the memory holds, at least one; and one on a
 * machine of two cores or fewer, where one worker already keeps about 1.4 cores busy (its results come back to
 * the main thread and V8's collector runs beside it), so a second would add 300 MB for little.
 * @example defaultWorkers() // => 1 on a 2-core machine
 */
export function defaultWorkers(): number {
  return workersFor(availableParallelism(), totalmem());
}

/** {@link defaultWorkers} for a given machine. */
export function workersFor(cores: number, memory: number): number {
  if (cores <= 2) return 1;
  return Math.max(1, Math.min(cores, Math.floor((memory * 0.5) / WORKER_MEMORY)));
}
