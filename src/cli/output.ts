import { closeSync, createReadStream, existsSync, ftruncateSync, openSync, realpathSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args.js';
import { idKey } from './ids.js';
import { splitLines } from './lines.js';

/** The reader of stdout went away (`xinwen … | head`): the run ends there, which is not an error. */
export class OutputClosed extends Error {}

/** Writing failed (disk full, I/O error): the run stops early. */
export class OutputFailed extends Error {}

export interface Writer {
  write(text: string): void;
  close(): void;
}

/**
 * -o FILE checked before anything is written: its folder exists, and it is none of the inputs (which writing
 * would destroy before reading).
 */
export function checkOutput(file: string, inputs: string[]): void {
  const folder = dirname(resolve(file));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`-o ${file}: no such folder ${folder}`);
  if (!existsSync(file)) return;
  const real = realpathSync(file);
  if (inputs.some((input) => existsSync(input) && realpathSync(input) === real)) throw new UsageError(`-o ${file} is also an input`);
}

/**
 * Output written and flushed record by record (one write per record), so that a killed run loses nothing it
 * reported and leaves at most one record cut short, which {@link finishedIds} removes.
 */
export function openWriter(file: string | null, append: boolean): Writer {
  const fd = file ? openSync(file, append ? 'a' : 'w') : 1;
  const name = file ?? 'stdout';
  return {
    write(text) {
      let buffer = Buffer.from(text);
      while (buffer.length > 0) {
        try {
          buffer = buffer.subarray(writeSync(fd, buffer));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') throw new OutputClosed('the reader closed the output');
          if (code !== 'EAGAIN') throw new OutputFailed(`cannot write ${name}: ${(error as Error).message}`);
          // stdout as a non-blocking pipe: wait for the reader and retry.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        }
      }
    },
    close() {
      if (file) closeSync(fd);
    },
  };
}

/**
 * The ids (as {@link idKey}s) of the records already in a JSONL output, for `--resume`. A last line without its
 * line break, cut short by a killed run, is removed from the file. A whole line that is not an xinwen record
 * means the file is something else: a usage error, and the file is left as it was.
 */
export async function finishedIds(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(file)) return ids;
  let kept = 0;
  let number = 0;
  for await (const line of splitLines(createReadStream(file), [0x0a])) {
    number++;
    if (!line.ended) break;
    const id = recordId(line.bytes.toString('utf8'));
    if (id === null) throw new UsageError(`--resume: ${file} line ${number} is not an xinwen record; not resuming into it`);
    ids.add(idKey(id));
    kept += line.bytes.length + 1;
  }
  const fd = openSync(file, 'r+');
  ftruncateSync(fd, kept);
  closeSync(fd);
  return ids;
}

/** The id of a JSONL record as xinwen writes it, `{"id":…,"analysis"…}` or `{"id":…,"error"…}`, read without parsing the rest. */
function recordId(line: string): string | number | null {
  const m = /^\{"id":("(?:[^"\\]|\\.)*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?),"(?:analysis|error)":/.exec(line);
  return m && line.endsWith('}') ? (JSON.parse(m[1]!) as string | number) : null;
}

/**
 * The command that continues a stopped run: this one with --resume. Arguments are quoted for a POSIX shell.
 * @example resumeCommand(['analyze', 'my news', '-o', 'out.jsonl']) // => "xinwen analyze 'my news' -o out.jsonl --resume"
 */
export function resumeCommand(args: string[]): string {
  const quoted = args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`));
  return ['xinwen', ...quoted, ...(args.includes('--resume') ? [] : ['--resume'])].join(' ');
}
