import type { Format } from './index.js';

/** One JSON object per line, `{"id", "analysis"}` or `{"id", "error"}`, id first: what `--resume` reads back. */
export const jsonl: Format = {
  start: '',
  record: (result) => `${JSON.stringify(result)}\n`,
  end: () => '',
};
