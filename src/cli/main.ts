#!/usr/bin/env node
import { version } from '../../package.json';
import { analyzeCommand } from './analyze.js';
import { HELP, USAGE, UsageError } from './args.js';
import { EXIT } from './exit.js';

/** The command line: a command, its options, an exit code from {@link EXIT}. */
async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') return print(`xinwen ${version}`);
  if (command === 'help' || command === '--help' || command === '-h') return print(HELP);
  if (command === 'analyze') return rest.includes('--help') || rest.includes('-h') ? print(HELP) : analyzeCommand(rest);
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`xinwen: ${error.message}\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`xinwen: stopped early: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.stopped;
    }
  },
);
