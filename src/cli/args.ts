import { parseArgs } from 'node:util';
import { encodingNamed, type Encoding } from './encoding.js';
import { FORMATS, type FormatName } from './formats/index.js';
import type { Shard } from './ids.js';

/** A command line that cannot run: exit 2 with the message and the usage. */
export class UsageError extends Error {}

export const USAGE = `usage:
  xinwen analyze PATH… [-o FILE] [--format jsonl|json|pretty|html] [--workers N] [--resume] [--shard i/n] [--encoding NAME]
  xinwen analyze - [--jsonl] …         read one article, or JSONL records {"id", "text"}, from stdin
  xinwen help [analyze]                 xinwen --version`;

export const HELP = `xinwen: structured summaries of Chinese news articles, as JSON lines

${USAGE}

xinwen analyze PATH…
  PATH           a file, a folder (its .txt files, in all subfolders) or a quoted glob ('news/**/*.txt');
                 a file ending in .jsonl holds one JSON record {"id", "text"} per line; - reads stdin
  -o FILE        write to FILE (its folder must exist) instead of stdout, flushed record by record
  --format F     jsonl (default): one {"id", "analysis"} or {"id", "error"} per line;
                 json: one array; pretty: a readable summary per document; html: one self-contained page,
                 a document's view or, for several, an index linking to each (written when the run ends)
  --workers N    worker threads (0: in this thread); default one per core as memory allows (about 300 MB
                 each), and 1 on a machine of 2 cores or fewer
  --resume       skip the documents already in -o FILE (jsonl) and append the rest: a stopped run continues
  --shard i/n    only the documents whose id hashes to i of n (0 ≤ i < n)
  --jsonl        read stdin and every file as JSONL records
  --encoding E   read the input in E (utf-8, utf-16le, gb18030, gbk, big5, …) instead of detecting it

encodings: UTF-8, UTF-16 with a byte order mark, GB18030 (GBK) or Big5, detected; no text is an error record
ids: a file's is its path from the folder holding what was named (news/2024/a.txt for the folder news,
  wherever the command runs); a record's is its "id"; a record without one gets "sha256:" and 16 hex
  digits of its line. A repeated or unusable id is an error record.
exit: 0 all analysed, 1 some documents failed, 2 usage error, 3 stopped early (the closing line says how
  to resume)`;

export interface AnalyzeArgs {
  paths: string[];
  output: string | null;
  format: FormatName;
  workers: number;
  jsonl: boolean;
  resume: boolean;
  shard: Shard | null;
  encoding: Encoding | null;
  /** Things that are allowed but probably not meant, for stderr. */
  warnings: string[];
}

/** The options of `xinwen analyze`, checked: every mistake is a UsageError naming the option. */
export function parseAnalyzeArgs(args: string[], defaults: { workers: number; cores: number }): AnalyzeArgs {
  const { values, positionals } = parse(args);
  const format = values.format;
  if (!(format in FORMATS)) throw new UsageError(`--format must be jsonl, json, pretty or html, got "${format}"`);
  if (positionals.length === 0) throw new UsageError('analyze needs at least one PATH, or - for stdin');
  if (positionals.includes('-') && positionals.length > 1) throw new UsageError('- (stdin) cannot be given with other paths');
  const output = values.output ?? null;
  if (values.resume && (!output || format !== 'jsonl')) throw new UsageError('--resume needs -o FILE and --format jsonl');
  const warnings: string[] = [];
  const workers = values.workers === undefined ? defaults.workers : parseWorkers(values.workers);
  if (workers > defaults.cores) {
    warnings.push(`--workers ${workers} is more than the ${defaults.cores} cores: the workers share them, and each holds about 300 MB`);
  }
  let encoding: Encoding | null = null;
  if (values.encoding !== undefined) {
    encoding = encodingNamed(values.encoding);
    if (!encoding) throw new UsageError(`--encoding: unknown encoding "${values.encoding}" (try utf-8, utf-16le, gb18030, big5)`);
  }
  return {
    paths: positionals,
    output,
    format: format as FormatName,
    workers,
    jsonl: values.jsonl,
    resume: values.resume,
    shard: values.shard === undefined ? null : parseShard(values.shard),
    encoding,
    warnings,
  };
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string', default: 'jsonl' },
        workers: { type: 'string' },
        jsonl: { type: 'boolean', default: false },
        resume: { type: 'boolean', default: false },
        shard: { type: 'string' },
        encoding: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--workers must be a whole number ≥ 0, got "${value}"`);
  return Number(value);
}

function parseShard(value: string): Shard {
  const m = value.match(/^(\d+)\/(\d+)$/);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new UsageError(`--shard must be i/n with 0 ≤ i < n, got "${value}"`);
  return { index, count };
}
