import { describe, expect, test } from 'vitest';
// Worker threads run the built worker, so this test uses the package as built by `npm test`.
import { analyzeMany, type BatchResult } from '../dist/index.js';
import { workersFor } from '../src/batch/workers.js';

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

const summary = (results: BatchResult[]) => results.map((r) => ('error' in r ? `error:${JSON.stringify(r.id)}` : JSON.stringify(r.id)));

describe('analyzeMany', () => {
  test('yields results in input order, with ids as given (a number stays a number) or positions', async () => {
    const results = await collect(analyzeMany(texts, { workers: 0 }));
    expect(results.map((r) => r.id)).toEqual([0, 1, 2, 3, 4]);
    const named = await collect(analyzeMany([{ id: 'a', text: texts[0] }, { id: 7, text: texts[1] }, { id: '7', text: texts[1] }], { workers: 0 }));
    expect(named.map((r) => r.id)).toEqual(['a', 7, '7']);
  });

  test('a bad document yields an error record and the batch goes on', async () => {
    const results = await collect(analyzeMany([texts[0]!, { id: 'bad', text: 42 }, { id: 'nul', text: null }, texts[1]!], { workers: 0 }));
    expect(summary(results)).toEqual(['0', 'error:"bad"', 'error:"nul"', '3']);
    expect(results[1]).toMatchObject({ id: 'bad', error: expect.stringContaining('number 42') });
  });

  test.each([
    [null, 'got null'],
    [42, 'got number 42'],
    [['文本'], 'got an array'],
    [{ id: {}, text: '文本' }, 'the id must be a string or a finite number, got an object (Object)'],
    [{ id: Number.NaN, text: '文本' }, 'got number NaN'],
    [{ id: '', text: '文本' }, 'the id must not be empty'],
  ])('input %j is an error record at its position: %s', async (input, message) => {
    const results = await collect(analyzeMany([texts[0]!, input as never, texts[1]!], { workers: 0 }));
    expect(summary(results)).toEqual(['0', 'error:1', '2']);
    expect(results[1]).toMatchObject({ error: expect.stringContaining(message) });
  });

  test('an input that throws after 5 items: the 5 results, then one error record, then a clean end', async () => {
    function* failing() {
      yield* texts;
      throw new Error('the disk went away');
    }
    for (const workers of [0, 1]) {
      const results = await collect(analyzeMany(failing(), { workers }));
      expect(summary(results)).toEqual(['0', '1', '2', '3', '4', 'error:5']);
      expect(results[5]).toMatchObject({ error: 'reading the input failed after 5 documents: the disk went away' });
    }
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

describe('default worker count', () => {
  const GB = 1024 ** 3;
  test.each([
    [1, 16 * GB, 1],
    [2, 24 * GB, 1],
    [4, 24 * GB, 4],
    [8, 2 * GB, 2],
    [16, 0.5 * GB, 1],
  ])('%d cores, %d bytes: %d', (cores, memory, workers) => {
    expect(workersFor(cores, memory)).toBe(workers);
  });
});
