import { basename } from 'node:path';
import { expect, test } from 'vitest';
import { loadGold } from '../tools/eval/gold.js';
import { analyze } from '../src/index.js';
import { checkInvariants } from './helpers.js';

/**
 * Each corpus article's full Analysis, kept as a golden file so every change in behaviour shows up in review.
 * After an intended change: `npx vitest run test/golden.test.ts -u`, then read the diff.
 */
test.each(loadGold(['corpus']).map((a) => [a.id, a.text] as const))('%s', async (id, text) => {
  const analysis = analyze(text);
  checkInvariants(text, analysis);
  await expect(`${JSON.stringify(analysis, null, 1)}\n`).toMatchFileSnapshot(`golden/${basename(id)}.json`);
});
