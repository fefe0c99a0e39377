import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articles, cli, cliPath, closing, folder, records, root } from './cli-run.js';

describe('xinwen analyze', () => {
  test('files and folders to JSONL, one line per document, with a closing line on stderr', () => {
    const dir = folder(articles);
    const r = cli(['analyze', dir, '--workers', '0']);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((l) => String(l.id).split('/').pop())).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(closing(r.stderr)).toMatch(/^xinwen: 3 documents written, 0 errors, [\d.]+ s \([\d.]+ documents\/s, in this thread\)$/);
  });

  test('stdin: one article, or JSONL records where a bad line is an error record and the exit code 1', () => {
    const one = cli(['analyze', '-', '--workers', '0'], { input: articles['a.txt'] });
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).id).toBe('-');
    const jsonl = cli(['analyze', '-', '--jsonl', '--workers', '0'], { input: `${JSON.stringify({ id: 'x', text: articles['b.txt'] })}\n{oops\n` });
    expect(jsonl.status).toBe(1);
    expect(records(jsonl.stdout).map((l) => [l.id, 'error' in l])).toEqual([['x', false], [expect.stringMatching(/^sha256:/), true]]);
    expect(closing(jsonl.stderr)).toMatch(/^xinwen: 2 documents written, 1 error, /);
  });

  test('--format json is one JSON array; --format pretty is readable', () => {
    const dir = folder(articles);
    const json = cli(['analyze', dir, '--format', 'json', '--workers', '0']);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(3);
    const pretty = cli(['analyze', join(dir, 'a.txt'), '--format', 'pretty', '--workers', '0']);
    expect(pretty.stdout).toMatch(/title: +阿里巴巴入股新浪微博/);
    expect(pretty.stdout).toMatch(/5\.86亿美元 = 586,000,000 USD/);
  });

  test('--format html is one self-contained page: a view of one document, an index of several, the text escaped', () => {
    const dir = folder({ ...articles, 'd.txt': '腾讯发布<script>alert(1)</script>财报\n腾讯营收增长12%。\n' });
    const one = cli(['analyze', join(dir, 'a.txt'), '--format', 'html', '--workers', '0']);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^<!doctype html>/);
    expect(one.stdout).toContain('阿里巴巴入股新浪微博');
    const many = cli(['analyze', dir, '--format', 'html', '--workers', '0']);
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) expect(many.stdout).toContain(name);
    expect(many.stdout).not.toContain('<script>alert(1)');
    expect(many.stdout).toContain('&lt;script&gt;alert(1)');
  });

  test('a reader that stops early ends the run without an error, with a closing line', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" analyze corpus --workers 0 | head -c 10 >/dev/null; echo "exit \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('exit 0');
    expect(closing(r.stderr)).toMatch(/^xinwen: the reader closed the output: \d+ documents? written, 0 errors$/);
  });

  test('a file ending in .jsonl holds records; --jsonl reads any file so', () => {
    const dir = folder({ 'news.jsonl': `${JSON.stringify({ id: 'n1', text: articles['a.txt'] })}\n`, 'news.txt': `${JSON.stringify({ id: 'n2', text: articles['b.txt'] })}\n` });
    expect(records(cli(['analyze', join(dir, 'news.jsonl'), '--workers', '0']).stdout).map((l) => l.id)).toEqual(['n1']);
    expect(records(cli(['analyze', join(dir, 'news.txt'), '--jsonl', '--workers', '0']).stdout).map((l) => l.id)).toEqual(['n2']);
  });
});

describe('commands', () => {
  test('--version prints the version of the package', () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`xinwen ${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}`);
  });

  test.each([[['help']], [['--help']], [['-h']], [['analyze', '--help']], [['analyze', '-h']], [['analyze', 'corpus', '--help']]])('%j prints the help and exits 0', (args) => {
    const r = cli(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/xinwen analyze PATH…/);
    expect(r.stdout).toMatch(/--encoding/);
    expect(r.stdout).toMatch(/exit: 0 all analysed, 1 some documents failed, 2 usage error, 3 stopped early/);
  });
});

describe('usage errors exit 2 with one clear line, and the usage', () => {
  test.each([
    [['analyze'], /at least one PATH/],
    [['analyze', 'no/such/file.txt'], /no\/such\/file.txt: no such file or folder/],
    [['analyze', '.', '--format', 'xml'], /--format/],
    [['analyze', '.', '--shard', '3/3'], /--shard/],
    [['analyze', '.', '--workers', 'many'], /--workers must be a whole number ≥ 0, got "many"/],
    [['analyze', '.', '--workers', '-1'], /--workers|-1/],
    [['analyze', '.', '--workers', '1.5'], /--workers must be a whole number ≥ 0, got "1.5"/],
    [['analyze', '.', '--bogus'], /bogus/],
    [['analyze', 'corpus', '-'], /- \(stdin\) cannot be given with other paths/],
    [['analyze', 'corpus', '-o', '/no/such/folder/out.jsonl'], /-o \/no\/such\/folder\/out.jsonl: no such folder/],
    [['analyze', 'corpus', '--encoding', 'klingon'], /--encoding: unknown encoding "klingon"/],
    [['analyze', 'corpus', '--resume'], /--resume needs -o FILE/],
    [['analyze', 'corpus/*.nothing'], /corpus\/\*\.nothing: the glob matches no file/],
    [['eval', 'corpus'], /unknown command "eval"/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
  ])('%j', (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).toMatch(/^usage:/m);
    expect(r.stdout).toBe('');
  });

  test('an empty folder, and -o naming an input', () => {
    const dir = folder({ 'notes.md': 'not an article', 'in.jsonl': '{"text":"文本"}\n' });
    expect(cli(['analyze', dir])).toMatchObject({ status: 2, stderr: expect.stringMatching(/the folder holds no \.txt file/) });
    const input = join(dir, 'in.jsonl');
    expect(cli(['analyze', input, '-o', input])).toMatchObject({ status: 2, stderr: expect.stringMatching(/is also an input/) });
    expect(readFileSync(input, 'utf8')).toBe('{"text":"文本"}\n');
  });

  test('more workers than cores is allowed, with a warning', () => {
    const r = cli(['analyze', 'no/such/file.txt', '--workers', '999']);
    expect(r.stderr).toMatch(/--workers 999 is more than the \d+ cores/);
  });
});
