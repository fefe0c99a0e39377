import { describe, expect, test } from 'vitest';
// Worker threads run the built worker, so this test uses the package as built by `npm test`.
import { analyzeMany, type BatchResult } from '../dist/index.js';

const texts = [
  '阿里巴巴宣布以5.86亿美元买入新浪微博18%股份。',
  '腾讯控股发布财报，营收同比增长12%。',
  '',
  '騰訊宣佈以5億港元收購星火互娛三成股份。',
  '新浪CEO曹国伟表示，双方合作前景可期。',
];

async function collect(iterable: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of iterable) out.push(r);
  return out;
}

describe('analyzeMany', () => {
  test('yields results in input order, ids from positions or from the inputs', async () => {
    const results = await collect(analyzeMany(texts, { workers: 0 }));
    expect(results.map((r) => r.id)).toEqual(['0', '1', '2', '3', '4']);
    const named = await collect(analyzeMany([{ id: 'a', text: texts[0] }, { id: 7, text: texts[1] }], { workers: 0 }));
    expect(named.map((r) => r.id)).toEqual(['a', '7']);
  });

  test('a bad document yields an error record and the batch goes on', async () => {
    const results = await collect(analyzeMany([texts[0]!, { id: 'bad', text: 42 }, { id: 'nul', text: null }, texts[1]!], { workers: 0 }));
    expect(results.map((r) => ('error' in r ? `error:${r.id}` : r.id))).toEqual(['0', 'error:bad', 'error:nul', '3']);
    expect(results[1]).toMatchObject({ id: 'bad', error: expect.stringContaining('number') });
  });

  test('output is identical whatever the worker count', async () => {
    const inThread = await collect(analyzeMany(texts, { workers: 0 }));
    const two = await collect(analyzeMany(texts, { workers: 2 }));
    expect(JSON.stringify(two)).toBe(JSON.stringify(inThread));
  });

  test('reads a stream lazily: work in flight stays bounded', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield '营收增长18%。';
      }
    }
    let seen = 0;
    for await (const _ of analyzeMany(endless(), { workers: 0 })) if (++seen === 10) break;
    expect(pulled).toBeLessThanOrEqual(10 + 2);
  });

  test('a worker count that is not a whole number is a TypeError', async () => {
    await expect(collect(analyzeMany(texts, { workers: -1 }))).rejects.toThrow(TypeError);
  });
});
