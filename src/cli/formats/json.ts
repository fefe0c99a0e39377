import type { Format } from './index.js';

/** One JSON array of the records, written as they come (a stopped run still closes it). */
export const json: Format = {
  start: '[\n',
  record: (result, first) => `${first ? '' : ',\n'}${JSON.stringify(result)}`,
  end: () => '\n]\n',
};
