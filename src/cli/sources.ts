import { createReadStream, existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './args.js';
import { decodeAll, type Encoding } from './encoding.js';
import { fileId, globBase } from './ids.js';
import { jsonlEntries } from './jsonl.js';
import type { Entry } from './records.js';

/** Something named on the command line, as read: one article, a JSONL file, stdin, or a folder that could not be listed. */
export type Input =
  | { kind: 'article'; path: string; id: string }
  | { kind: 'jsonl'; path: string; id: string }
  | { kind: 'stdin'; jsonl: boolean }
  | { kind: 'unlisted'; id: string; error: string };

/**
 * What the paths name, in a fixed order: a file; a folder's .txt files, walked in code-point order of their names
 * (links to folders are not followed); a glob's files, sorted; `-` for stdin. A file ending in .jsonl, or any
 * with `jsonl`, holds JSONL records. A path that does not exist, a folder with no .txt file and a glob matching no
 * file are usage errors; a folder inside that cannot be listed is an error record.
 */
export async function listInputs(paths: string[], jsonl: boolean): Promise<Input[]> {
  if (paths.length === 1 && paths[0] === '-') return [{ kind: 'stdin', jsonl }];
  const inputs: Input[] = [];
  const file = (named: string, path: string): Input => {
    const id = fileId(named, path);
    return jsonl || path.endsWith('.jsonl') ? { kind: 'jsonl', path, id } : { kind: 'article', path, id };
  };
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const files = (await glob(path, { onlyFiles: true, absolute: true })).sort(byCodePoint);
      if (files.length === 0) throw new UsageError(`${path}: the glob matches no file`);
      inputs.push(...files.map((f) => file(globBase(path), f)));
    } else if (!existsSync(path)) {
      throw new UsageError(`${path}: no such file or folder`);
    } else if (statSync(path).isDirectory()) {
      const found = walk(path, path, file);
      if (found.length === 0) throw new UsageError(`${path}: the folder holds no .txt file`);
      inputs.push(...found);
    } else {
      inputs.push(file(path, path));
    }
  }
  return inputs;
}

function walk(named: string, folder: string, file: (named: string, path: string) => Input): Input[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (folder === named) throw new UsageError(`${named}: cannot list the folder: ${ioProblem(error as Error)}`);
    return [{ kind: 'unlisted', id: fileId(named, folder), error: `cannot list the folder: ${ioProblem(error as Error)}` }];
  }
  return entries
    .sort((a, b) => byCodePoint(a.name, b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(named, path, file);
      // A link is read for what it points to; a broken one becomes an error record when read.
      return (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.txt') ? [file(named, path)] : [];
    });
}

/** Order by UTF-16 code units, the same in every locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The documents of the inputs, in order: an article file is read when its text is asked for (a resume skips it
 * unread); a JSONL file or stdin is streamed line by line. A file that cannot be read or decoded is one error
 * record; so is each JSONL line that cannot. Only stdin failing stops the run (the error is thrown).
 */
export async function* entriesOf(inputs: Input[], encoding: Encoding | null): AsyncGenerator<Entry> {
  for (const input of inputs) {
    if (input.kind === 'article') yield fileEntry(input.id, () => readFileSync(input.path), encoding);
    else if (input.kind === 'unlisted') yield failedEntry(input.id, input.error);
    else if (input.kind === 'jsonl') yield* jsonlFile(input.path, input.id, encoding);
    else if (input.jsonl) yield* jsonlEntries(process.stdin, 'line', '-', encoding);
    else {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      yield fileEntry('-', () => Buffer.concat(chunks), encoding, 'stdin');
    }
  }
}

function fileEntry(id: string, load: () => Buffer, encoding: Encoding | null, where = id): Entry {
  let bytes: Buffer | Error | undefined;
  const loaded = () => {
    try {
      bytes ??= load();
    } catch (error) {
      bytes = error as Error;
    }
    return bytes;
  };
  return {
    where,
    declared: id,
    // A file that cannot be read is known by its id alone, should a repeat of that id need a content id.
    content: () => {
      const b = loaded();
      return b instanceof Error ? Buffer.from(id) : b;
    },
    read: () => {
      const b = loaded();
      return b instanceof Error ? { error: readProblem(b) } : decodeAll(b, encoding);
    },
  };
}

function failedEntry(id: string, error: string, where = id): Entry {
  return { where, declared: id, content: () => Buffer.from(id), read: () => ({ error }) };
}

function readProblem(error: Error): string {
  return `cannot read the file: ${ioProblem(error)}`;
}

/** An I/O error in words, without the absolute path Node puts in its message (records must not depend on it). */
function ioProblem(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it is gone (removed after listing, or a broken link)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error.message.split(', ')[0]!;
}

/** A JSONL file's records; a file that cannot be opened, or fails part way, adds one error record under its id. */
async function* jsonlFile(path: string, id: string, encoding: Encoding | null): AsyncGenerator<Entry> {
  let lines = 0;
  try {
    for await (const entry of jsonlEntries(createReadStream(path), `${id} line`, id, encoding)) {
      lines++;
      yield entry;
    }
  } catch (error) {
    yield failedEntry(id, lines === 0 ? readProblem(error as Error) : `reading stopped after ${lines} records: ${(error as Error).message}`);
  }
}
