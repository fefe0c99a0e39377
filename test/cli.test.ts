import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, input, encoding: 'utf8' });

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinwen-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const articles = {
  'a.txt': '阿里巴巴入股新浪微博\n阿里巴巴宣布，以5.86亿美元买入新浪微博18%股份。\n',
  'b.txt': '腾讯发布财报\n腾讯营收同比增长12%，CEO马化腾表示看好前景。\n',
  'c.txt': '小米宣布回购\n小米集团宣布回购股份，金额不超过20亿港元。\n',
};

describe('xinwen analyze', () => {
  test('files and folders to JSONL, one line per document, with a closing line on stderr', () => {
    const dir = folder(articles);
    const r = cli(['analyze', dir, '--workers', '0']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; analysis: { amounts: unknown[] } });
    expect(lines.map((l) => l.id.split('/').pop())).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(r.stderr).toMatch(/^xinwen: 3 documents, 0 errors, [\d.]+ s \([\d.]+ documents\/s, in this thread\)$/m);
  });

  test('stdin: one article, or JSONL of {id, text} where a bad line is an error and exit code 1', () => {
    const one = cli(['analyze', '-', '--workers', '0'], articles['a.txt']);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).id).toBe('-');
    const jsonl = cli(['analyze', '-', '--jsonl', '--workers', '0'], `${JSON.stringify({ id: 'x', text: articles['b.txt'] })}\n{oops\n${JSON.stringify({ id: 'y', text: 5 })}\n`);
    expect(jsonl.status).toBe(1);
    const ids = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string });
    expect(ids.map((l) => [l.id, 'error' in l])).toEqual([['x', false], ['line 2', true], ['y', true]]);
  });

  test('--format json is one JSON array; --format pretty is readable', () => {
    const dir = folder(articles);
    const json = cli(['analyze', dir, '--format', 'json', '--workers', '0']);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(3);
    const pretty = cli(['analyze', join(dir, 'a.txt'), '--format', 'pretty', '--workers', '0']);
    expect(pretty.stdout).toMatch(/title: +阿里巴巴入股新浪微博/);
    expect(pretty.stdout).toMatch(/5\.86亿美元 = 586,000,000 USD/);
  });

  test('--resume continues a killed run without losing or repeating a document', () => {
    const dir = folder(articles);
    const out = join(dir, 'out.jsonl');
    const full = cli(['analyze', dir, '-o', out, '--workers', '0']);
    expect(full.status).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    // Kill after the first document, halfway through writing the second.
    writeFileSync(out, `${lines[0]}\n${lines[1]!.slice(0, 40)}`);
    const resumed = cli(['analyze', dir, '-o', out, '--resume', '--workers', '0']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/2 documents/);
    expect(readFileSync(out, 'utf8')).toBe(lines.join('\n'));
  });

  test('--shard i/n splits the documents with no overlap and no loss', () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`doc${i}.txt`, `营收增长${i}%。`])));
    const idsOf = (args: string[]) => cli(['analyze', dir, '--workers', '0', ...args]).stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
    const shards = [0, 1, 2].map((i) => idsOf(['--shard', `${i}/3`]));
    expect(shards.flat().sort()).toEqual(idsOf([]).sort());
    expect(shards.every((ids) => ids.length < 12)).toBe(true);
  });

  test.each([
    [['analyze'], /at least one PATH/],
    [['analyze', 'no/such/file.txt'], /no such file/],
    [['analyze', '.', '--format', 'xml'], /--format/],
    [['analyze', '.', '--shard', '3/3'], /--shard/],
    [['analyze', '.', '--workers', 'many'], /--workers/],
    [['analyze', '.', '--bogus'], /bogus/],
    [['frobnicate'], /unknown command/],
  ])('usage error %j exits 2 with one clear line', (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});

describe('xinwen eval', () => {
  test('prints the accuracy table for a gold folder', () => {
    const r = cli(['eval', 'corpus']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/companies +\d\.\d{3}/);
    expect(r.stdout).toMatch(/stance paragraph \(mF1\)/);
  });
});
