#!/usr/bin/env node
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, writeSync, ftruncateSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { glob } from 'tinyglobby';
import { analyzeMany, defaultWorkers, type BatchInput, type BatchResult } from './batch.js';
import { createAnalyzer } from './analyzer.js';
import { addScores, emptyScores, formatReport, prf, readNerSet, scoreArticle, scoreNer } from './evaluate.js';
import { loadGold } from './gold.js';
import { formatPretty } from './pretty.js';

const USAGE = `usage:
  xinwen analyze PATH… [-o FILE] [--format jsonl|json|pretty] [--workers N] [--resume] [--shard i/n]
  xinwen analyze - [--jsonl] …        read one article (or JSONL of {"id","text"}) from stdin
  xinwen eval [DIR…] [--verbose]       score against gold files (default: corpus and ../shared/gold)
  xinwen eval --ner FILE.jsonl         sentence-level company and person scores on an external set`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'analyze') return analyzeCommand(rest);
  if (command === 'eval') return evalCommand(rest);
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string', default: 'jsonl' },
    workers: { type: 'string' },
    jsonl: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    shard: { type: 'string' },
  });
  const format = values.format as string;
  if (!['jsonl', 'json', 'pretty'].includes(format)) throw new UsageError(`--format must be jsonl, json or pretty, got "${format}"`);
  if (positionals.length === 0) throw new UsageError('analyze needs at least one PATH, or - for stdin');
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers must be a whole number ≥ 0, got "${values.workers}"`);
  const shard = values.shard === undefined ? null : parseShard(values.shard as string);
  const output = values.output as string | undefined;
  if (values.resume && (!output || format !== 'jsonl')) throw new UsageError('--resume needs -o FILE and --format jsonl');

  const done = values.resume && output && existsSync(output) ? finishedIds(output) : new Set<string>();
  const sources = positionals.includes('-') ? null : await expandPaths(positionals);
  const total = sources ? sources.filter((s) => keep(s.id, shard, done)).length : null;
  const inputs: AsyncIterable<BatchInput> | Iterable<BatchInput> = sources
    ? (function* () {
        for (const s of sources) if (keep(s.id, shard, done)) yield { id: s.id, text: readFileSync(s.path, 'utf8') };
      })()
    : stdinInputs(values.jsonl as boolean, shard, done);

  const out = openOutput(output, values.resume as boolean);
  const progress = new Progress(total);
  let documents = 0;
  let errors = 0;
  const started = performance.now();
  if (format === 'json') out.write('[\n');
  for await (const result of analyzeMany(inputs, { workers })) {
    documents++;
    if ('error' in result) {
      errors++;
      process.stderr.write(`xinwen: ${result.id}: ${result.error}\n`);
    }
    out.write(render(result, format, documents === 1));
    progress.tick(documents);
  }
  if (format === 'json') out.write('\n]\n');
  out.close();
  progress.clear();
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `xinwen: ${count(documents, 'document')}, ${count(errors, 'error')}, ${seconds.toFixed(2)} s (${(documents / Math.max(seconds, 1e-9)).toFixed(1)} documents/s, ${workers === 0 ? 'in this thread' : count(workers, 'worker')})\n`,
  );
  return errors > 0 ? 1 : 0;
}

function render(result: BatchResult, format: string, first: boolean): string {
  if (format === 'pretty') return 'error' in result ? `== ${result.id}\nerror: ${result.error}\n\n` : `${formatPretty(result.id, result.analysis)}\n`;
  const line = JSON.stringify(result);
  return format === 'json' ? `${first ? '' : ',\n'}${line}` : `${line}\n`;
}

/** `--shard i/n`: keep documents whose id hashes to i of n, so n machines split a corpus without talking. */
function parseShard(value: string): { index: number; count: number } {
  const m = value.match(/^(\d+)\/(\d+)$/);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new UsageError(`--shard must be i/n with 0 ≤ i < n, got "${value}"`);
  return { index, count };
}

function keep(id: string, shard: { index: number; count: number } | null, done: Set<string>): boolean {
  if (done.has(id)) return false;
  if (!shard) return true;
  return createHash('md5').update(id).digest().readUInt32BE(0) % shard.count === shard.index;
}

/** Ids already written to a JSONL output; a line cut off by a killed run is dropped from the file. */
function finishedIds(file: string): Set<string> {
  const content = readFileSync(file, 'utf8');
  const ids = new Set<string>();
  let kept = 0;
  for (let start = 0; start < content.length; ) {
    const end = content.indexOf('\n', start);
    if (end < 0) break;
    try {
      ids.add(String((JSON.parse(content.slice(start, end)) as { id: unknown }).id));
      kept = Buffer.byteLength(content.slice(0, end + 1));
    } catch {
      break;
    }
    start = end + 1;
  }
  const fd = openSync(file, 'r+');
  ftruncateSync(fd, kept);
  closeSync(fd);
  return ids;
}

async function expandPaths(paths: string[]): Promise<{ id: string; path: string }[]> {
  const files: string[] = [];
  for (const p of paths) {
    if (/[*?[{]/.test(p)) files.push(...(await glob(p, { onlyFiles: true })).sort());
    else if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
    else if (statSync(p).isDirectory()) files.push(...walk(p));
    else files.push(p);
  }
  return files.map((path) => ({ id: relative(process.cwd(), path) || path, path }));
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.txt') ? [path] : [];
    });
}

async function* stdinInputs(jsonl: boolean, shard: { index: number; count: number } | null, done: Set<string>): AsyncGenerator<BatchInput> {
  if (!jsonl) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    if (keep('-', shard, done)) yield { id: '-', text: Buffer.concat(chunks).toString('utf8') };
    return;
  }
  let line = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(raw) as { id?: unknown; text?: unknown };
    } catch {
      yield { id: `line ${line}`, text: undefined };
      continue;
    }
    const id = record.id === undefined ? `line ${line}` : String(record.id);
    if (keep(id, shard, done)) yield { id, text: record.text };
  }
}

/** Output written and flushed record by record, so a killed run loses nothing it reported. */
function openOutput(file: string | undefined, append: boolean): { write(s: string): void; close(): void } {
  const fd = file ? openSync(file, append ? 'a' : 'w') : 1;
  return {
    write(s) {
      let buffer = Buffer.from(s);
      while (buffer.length > 0) {
        try {
          const written = writeSync(fd, buffer);
          buffer = buffer.subarray(written);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
          // stdout as a non-blocking pipe: wait for the reader and retry.
          if (code !== 'EAGAIN') throw error;
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        }
      }
    },
    close() {
      if (file) closeSync(fd);
    },
  };
}

/** A progress line on stderr when it is a terminal: documents, documents/s and the time left when known. */
class Progress {
  private readonly started = performance.now();
  private last = 0;
  private readonly live = process.stderr.isTTY === true;

  constructor(private readonly total: number | null) {}

  tick(done: number): void {
    const now = performance.now();
    if (!this.live || now - this.last < 200) return;
    this.last = now;
    const rate = done / ((now - this.started) / 1000);
    const eta = this.total ? ` · ETA ${Math.max(0, (this.total - done) / rate).toFixed(0)} s` : '';
    const of = this.total ? `/${this.total}` : '';
    const bar = this.total ? ` [${'#'.repeat(Math.round((20 * done) / this.total)).padEnd(20, '.')}]` : '';
    process.stderr.write(`\r\x1b[2Kxinwen:${bar} ${done}${of} documents · ${rate.toFixed(1)}/s${eta}`);
  }

  clear(): void {
    if (this.live) process.stderr.write('\r\x1b[2K');
  }
}

async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    verbose: { type: 'boolean', default: false },
    ner: { type: 'string' },
  });
  const analyzer = createAnalyzer();
  if (values.ner) {
    const file = values.ner as string;
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
    const sentences = readNerSet(file);
    const { company, person } = scoreNer(sentences, sentences.map((s) => analyzer.analyze(s.text)));
    const f = (x: number) => x.toFixed(3);
    for (const [name, c] of [['company', company], ['person', person]] as const) {
      const s = prf(c);
      process.stdout.write(`${name.padEnd(8)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   ${c.tp}/${c.predicted}/${c.gold}\n`);
    }
    process.stdout.write(`(${sentences.length} sentences from ${file})\n`);
    return 0;
  }
  const folders = positionals.length > 0 ? positionals : ['corpus', '../shared/gold'];
  for (const folder of positionals) if (!existsSync(folder)) throw new UsageError(`no such folder: ${folder}`);
  for (const group of folders) {
    const articles = loadGold([group]);
    if (articles.length === 0) continue;
    const scored = articles.map((a) => scoreArticle(a, analyzer.analyze(a.text)));
    const total = emptyScores();
    for (const s of scored) addScores(total, s.scores);
    process.stdout.write(`${formatReport(`== ${group}: ${articles.length} articles`, total, scored, values.verbose as boolean)}\n\n`);
  }
  return 0;
}

// A reader that stops early (xinwen … | head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`xinwen: ${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`xinwen: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);

/** 1 document, 2 documents. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
