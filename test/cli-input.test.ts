import { chmodSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { entriesOf, listInputs } from '../src/cli/sources.js';
import { articles, cli, closing, folder, records, type OutputRecord } from './cli-run.js';

describe('each JSONL problem is its own one-line error naming the line', () => {
  const lines: [string, RegExp | string][] = [
    ['{oops', /^line 1: not valid JSON \(.+\)$/],
    ['null', 'line 2: expected a JSON object with "text" and "id", got null'],
    ['5', 'line 3: expected a JSON object with "text" and "id", got number 5'],
    ['"一篇文章"', 'line 4: expected a JSON object with "text" and "id", got string'],
    ['[{"text":"文本"}]', 'line 5: expected a JSON object with "text" and "id", got an array'],
    ['{"id":"t","text":5}', 'line 6: "text" must be a string, got number 5'],
    ['{"id":"n","text":null}', 'line 7: "text" must be a string, got null'],
    ['{"id":"m"}', 'line 8: the record has no "text"'],
    ['{"id":{"a":1},"text":"文本"}', 'line 9: the id must be a string or a finite number, got an object (Object)'],
    ['{"id":[1],"text":"文本"}', 'line 10: the id must be a string or a finite number, got an array'],
    ['{"id":true,"text":"文本"}', 'line 11: the id must be a string or a finite number, got boolean true'],
    ['{"id":1e999,"text":"文本"}', 'line 12: the id must be a string or a finite number, got number Infinity'],
    ['{"id":"","text":"文本"}', 'line 13: the id must not be empty'],
  ];
  let run: { status: number | null; out: OutputRecord[]; stderr: string };
  beforeAll(() => {
    const r = cli(['analyze', '-', '--jsonl', '--workers', '0'], { input: lines.map(([line]) => `${line}\n`).join('') });
    run = { status: r.status, out: records(r.stdout), stderr: r.stderr };
  });

  test.each(lines.map(([line, message], i) => [line, message, i] as const))('%s → %s', (_, message, i) => {
    const record = run.out[i]!;
    expect(record.error).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect(record.error).not.toMatch(/\n/);
    expect(run.stderr).toContain(`xinwen: ${record.error}\n`);
  });

  test('every line is one record, and the run ends with exit 1 and its closing line', () => {
    expect(run.out).toHaveLength(lines.length);
    expect(run.status).toBe(1);
    expect(closing(run.stderr)).toMatch(/^xinwen: 13 documents written, 13 errors, /);
  });
});

describe('one bad record or file never stops a batch', () => {
  test('a null line among good ones: the run goes on and writes everything', () => {
    const input = [{ id: 'a', text: articles['a.txt'] }, null, { id: 'b', text: articles['b.txt'] }].map((x) => JSON.stringify(x)).join('\n');
    const r = cli(['analyze', '-', '--jsonl', '--workers', '1'], { input });
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((l) => [typeof l.id === 'string' && l.id.startsWith('sha256:') ? 'content id' : l.id, 'analysis' in l])).toEqual([
      ['a', true],
      ['content id', false],
      ['b', true],
    ]);
    expect(closing(r.stderr)).toMatch(/^xinwen: 3 documents written, 1 error, /);
  });

  test('a broken link, an unreadable file and an unlistable folder in a folder run are error records', () => {
    const dir = folder({ ...articles, 'locked.txt': '锁住的文章', 'closed/x.txt': '锁住的文件夹' });
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
    chmodSync(join(dir, 'locked.txt'), 0o000);
    chmodSync(join(dir, 'closed'), 0o000);
    const asRoot = process.getuid?.() === 0; // root reads whatever its mode says
    const r = cli(['analyze', dir, '--workers', '0']);
    const out = records(r.stdout).map((l) => [String(l.id).replace(/^[^/]+\//, ''), l.error ?? 'ok']);
    expect(out).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'ok'],
      ['broken.txt', expect.stringMatching(/broken\.txt: cannot read the file: it is gone \(removed after listing, or a broken link\)$/)],
      ['c.txt', 'ok'],
      ...(asRoot ? [['closed/x.txt', 'ok'], ['locked.txt', 'ok']] : [
        ['closed', expect.stringMatching(/closed: cannot list the folder: permission denied$/)],
        ['locked.txt', expect.stringMatching(/locked\.txt: cannot read the file: permission denied$/)],
      ]),
    ]);
    expect(r.status).toBe(1);
  });

  test('a file removed after listing is an error record', async () => {
    const dir = folder(articles);
    const inputs = await listInputs([dir], false);
    rmSync(join(dir, 'b.txt'));
    const read: (string | undefined)[] = [];
    for await (const entry of entriesOf(inputs, null)) {
      const r = entry.read();
      read.push('error' in r ? r.error : undefined);
    }
    expect(read).toEqual([undefined, 'cannot read the file: it is gone (removed after listing, or a broken link)', undefined]);
  });

  test('a JSONL file that is gone when read is one error record under its id', async () => {
    const dir = folder({ 'a.jsonl': '{"text":"文本"}\n' });
    const inputs = await listInputs([join(dir, 'a.jsonl')], false);
    rmSync(join(dir, 'a.jsonl'));
    const entries = [];
    for await (const entry of entriesOf(inputs, null)) entries.push({ id: entry.declared, ...entry.read() });
    expect(entries).toEqual([{ id: 'a.jsonl', error: expect.stringMatching(/it is gone/) }]);
  });
});
