import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads the data files in `lexicons/` (see its README). The folder is `src/lexicons/` beside this module's folder,
 * and is copied next to the bundle as `dist/lexicons/`: the first of the two places that exists is the one.
 */
const folder = [new URL('./lexicons/', import.meta.url), new URL('../lexicons/', import.meta.url)].find((url) => existsSync(url)) ?? new URL('./lexicons/', import.meta.url);

/** The path of a lexicon file, for readers outside this module (jieba). */
export function lexiconPath(file: string): string {
  return fileURLToPath(new URL(file, folder));
}

/** The non-empty, non-comment lines of a lexicon file, trimmed. */
export function readLines(file: string): string[] {
  const lines: string[] = [];
  for (const raw of readFileSync(new URL(file, folder), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) lines.push(line);
  }
  return lines;
}

/** The rows of a tab-separated lexicon file; missing trailing columns read as ''. */
export function readTable(file: string, columns: number): string[][] {
  const rows: string[][] = [];
  // A loop rather than a closure per line and per cell: tables are read once per process, before the code is
  // optimised, and companies.tsv alone has 10,000 lines.
  for (const line of readLines(file)) {
    const cells = line.split('\t');
    for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] as string).trim();
    while (cells.length < columns) cells.push('');
    rows.push(cells);
  }
  return rows;
}

/** Whitespace-separated words of a list file (several per line allowed). */
export function readWords(file: string): string[] {
  return readLines(file).flatMap((line) => line.split(/\s+/));
}

/** Memoises a loader so that each file is read and compiled once per process. */
export function once<T>(load: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = load();
      done = true;
    }
    return value as T;
  };
}
