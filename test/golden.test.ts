import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from 'vitest';
import { loadGold } from '../tools/eval/gold.js';
import { analyze } from '../src/index.js';
import { checkInvariants } from './helpers.js';

/**
 * Each corpus article's full Analysis, kept as a golden file so every change in behaviour shows up in review.
 * After an intended change: `npx vitest run test/golden.test.ts -u`, then read the diff. A missing golden file is
 * written on a developer's machine, and fails under CI (env CI set), where writing it would pass unreviewed.
 */
test.each(loadGold(['corpus']).map((a) => [a.id, a.text] as const))('%s', async (id, text) => {
  const analysis = analyze(text);
  checkInvariants(text, analysis);
  const golden = `golden/${basename(id)}.json`;
  if (process.env.CI && !existsSync(new URL(golden, import.meta.url))) {
    throw new Error(`test/${golden} is missing: write it with \`npx vitest run test/golden.test.ts -u\`, review it and commit it`);
  }
  await expect(`${JSON.stringify(analysis, null, 1)}\n`).toMatchFileSnapshot(golden);
});
