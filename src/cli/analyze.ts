import { availableParallelism } from 'node:os';
import type { Job } from '../batch/jobs.js';
import { runJobs } from '../batch/run.js';
import { defaultWorkers } from '../batch/workers.js';
import { AnalyzerOptions } from '../options.js';
import { parseAnalyzeArgs, type AnalyzeArgs } from './args.js';
import { EXIT } from './exit.js';
import { FORMATS } from './formats/index.js';
import { IdRegistry, idKey, inShard } from './ids.js';
import { checkOutput, finishedIds, openWriter, OutputClosed, OutputFailed, resumeCommand } from './output.js';
import { count, Progress } from './progress.js';
import { entriesOf, listInputs, type Input } from './sources.js';

/** What a run did, for its closing line. */
interface Tally {
  written: number;
  errors: number;
  /** Already in the output of the run being resumed. */
  skipped: number;
  /** Left to the other shards. */
  elsewhere: number;
  /** Why the run stopped before the end, or null. */
  stopped: string | null;
  /** The reader of stdout went away. */
  closed: boolean;
}

/** `xinwen analyze`: reads the inputs, writes one record per document, and returns the exit code. */
export async function analyzeCommand(args: string[]): Promise<number> {
  const options = parseAnalyzeArgs(args, { workers: defaultWorkers(), cores: availableParallelism() });
  for (const warning of options.warnings) process.stderr.write(`xinwen: ${warning}\n`);
  const inputs = await listInputs(options.paths, options.jsonl);
  if (options.output) checkOutput(options.output, inputs.flatMap((input) => ('path' in input ? [input.path] : [])));
  const done = options.resume && options.output ? await finishedIds(options.output) : new Set<string>();
  const tally: Tally = { written: 0, errors: 0, skipped: 0, elsewhere: 0, stopped: null, closed: false };
  const started = performance.now();

  const stdin = inputs.some((input) => input.kind === 'stdin');
  const interrupt = (signal: NodeJS.Signals) => {
    if (tally.stopped) {
      process.stderr.write(`xinwen: stopped at once by a second ${signal}: ${count(tally.written, 'document')} written\n`);
      process.exit(EXIT.stopped);
    }
    tally.stopped = `interrupted by ${signal}`;
    // A read of stdin waits for input that may never come: end it, so that the results under way are written.
    if (stdin) process.stdin.destroy();
  };
  process.on('SIGINT', interrupt).on('SIGTERM', interrupt);

  const ids = new IdRegistry();
  const format = FORMATS[options.format]();
  const texts = format.needsText ? new Map<string, string>() : null;
  async function* jobs(): AsyncGenerator<Job> {
    try {
      for await (const entry of entriesOf(inputs, options.encoding)) {
        if (tally.stopped) return;
        const { id, problem } = ids.settle(entry);
        if (done.has(idKey(id))) tally.skipped++;
        else if (!inShard(id, options.shard)) tally.elsewhere++;
        else if (problem) yield { id, error: problem };
        else {
          const job = entry.read();
          if ('text' in job) texts?.set(idKey(id), job.text);
          yield { id, ...job };
        }
      }
    } catch (error) {
      tally.stopped ??= `reading the input failed: ${(error as Error).message}`;
    }
  }

  const progress = new Progress(filesToDo(inputs, options, done));
  const writer = openWriter(options.output, options.resume);
  try {
    writer.write(format.start);
    for await (const result of runJobs(jobs(), options.workers, AnalyzerOptions.parse({}))) {
      const record = 'error' in result ? { id: result.id, error: `${ids.whereOf(result.id)}: ${result.error}` } : result;
      if ('error' in record) {
        tally.errors++;
        progress.note(`xinwen: ${record.error}`);
      }
      writer.write(format.record(record, tally.written === 0, texts?.get(idKey(record.id))));
      tally.written++;
      progress.tick();
    }
    writer.write(format.end());
  } catch (error) {
    if (error instanceof OutputClosed) tally.closed = true;
    else tally.stopped ??= error instanceof OutputFailed ? error.message : `failed: ${(error as Error).message}`;
  } finally {
    progress.clear();
    writer.close();
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
    // A run that stopped while stdin still had input: stop reading it, or the process would wait for it.
    if (stdin) process.stdin.destroy();
  }
  process.stderr.write(`${closingLine(tally, options, args, (performance.now() - started) / 1000)}\n`);
  if (tally.stopped) return EXIT.stopped;
  return tally.errors > 0 ? EXIT.failed : EXIT.ok;
}

/** How many files the run will analyse, for the progress bar; null when the inputs include JSONL or stdin. */
function filesToDo(inputs: Input[], options: AnalyzeArgs, done: Set<string>): number | null {
  if (!inputs.every((input) => input.kind === 'article')) return null;
  return inputs.filter((input) => 'id' in input && !done.has(idKey(input.id)) && inShard(input.id, options.shard)).length;
}

/** The last line on stderr, in every case: what was written and, when the run stopped early, how to continue it. */
function closingLine(tally: Tally, options: AnalyzeArgs, args: string[], seconds: number): string {
  const counts = [
    `${count(tally.written, 'document')} written`,
    count(tally.errors, 'error'),
    ...(options.resume ? [`${tally.skipped} skipped as already in ${options.output}`] : []),
    ...(options.shard ? [`${tally.elsewhere} left to other shards`] : []),
  ].join(', ');
  if (tally.stopped) {
    const resume =
      options.output && options.format === 'jsonl'
        ? `to resume: ${options.paths[0] === '-' ? 'with the same input on stdin, ' : ''}${resumeCommand(['analyze', ...args])}`
        : 'a run can resume only with -o FILE in jsonl';
    return `xinwen: stopped early, ${tally.stopped}: ${counts}; ${resume}`;
  }
  if (tally.closed) return `xinwen: the reader closed the output: ${counts}`;
  const rate = (tally.written / Math.max(seconds, 1e-9)).toFixed(1);
  const where = options.workers === 0 ? 'in this thread' : count(options.workers, 'worker');
  return `xinwen: ${counts}, ${seconds.toFixed(2)} s (${rate} documents/s, ${where})`;
}
