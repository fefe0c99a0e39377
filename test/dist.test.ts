import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';

/** The built package, as a consumer gets it: `npm test` builds first. */
const run = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', cwd: new URL('..', import.meta.url) });
const sample = '阿里巴巴宣布，以5.86亿美元买入新浪微博18%股份。新浪CEO曹国伟表示：“双方合作前景可期。”';

test('ESM import of the package works', () => {
  const out = run(['--input-type=module', '-e', `import { analyze, Analysis } from 'xinwen'; const a = analyze(${JSON.stringify(sample)}); Analysis.parse(a); console.log(JSON.stringify([a.amounts[0].value, a.percentages[0].value, a.companies.flatMap((c) => [c.name, ...c.aliases])]));`]);
  expect(JSON.parse(out)).toEqual([586000000, 18, expect.arrayContaining(['阿里巴巴', '新浪微博'])]);
});

test('CJS require of the package works', () => {
  const out = run(['-e', `const { analyze, analysisJsonSchema } = require('xinwen'); const a = analyze(${JSON.stringify(sample)}); console.log(JSON.stringify([a.amounts[0].value, typeof analysisJsonSchema().properties]));`]);
  expect(JSON.parse(out)).toEqual([586000000, 'object']);
});

test('type declarations are built for both', () => {
  for (const file of ['dist/index.d.ts', 'dist/index.d.cts']) expect(existsSync(new URL(`../${file}`, import.meta.url))).toBe(true);
});

test('importing the package does no work: jieba is not loaded until the first analysis', () => {
  const out = run(['--input-type=module', '-e', `const before = process.memoryUsage().rss; await import('xinwen'); console.log(Math.round((process.memoryUsage().rss - before) / 1e6));`]);
  expect(Number(out)).toBeLessThan(60);
});
