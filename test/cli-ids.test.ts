import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentId, fileId, globBase, IdRegistry } from '../src/cli/ids.js';
import { listInputs } from '../src/cli/sources.js';
import { articles, cli, closing, folder, records } from './cli-run.js';

describe('a file id does not depend on the working directory', () => {
  test.each([
    ['news', 'news/2024/a.txt', 'news/2024/a.txt'],
    ['./news/', 'news/2024/a.txt', 'news/2024/a.txt'],
    ['/data/news', '/data/news/2024/a.txt', 'news/2024/a.txt'],
    ['news/2024/a.txt', 'news/2024/a.txt', 'a.txt'],
    ['/', '/data/a.txt', 'data/a.txt'],
  ])('named %s, file %s → %s', (named, file, id) => {
    expect(fileId(named, file)).toBe(id);
  });

  test.each([
    ['news/**/*.txt', 'news'],
    ['/data/news/*/a.txt', '/data/news'],
    ['*.txt', '.'],
    ['/*/a.txt', '/'],
  ])('the glob %s names %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });

  test('the same folder given relatively, absolutely, or from elsewhere, and as a glob, gives the same ids', async () => {
    const parent = folder(Object.fromEntries(Object.entries(articles).map(([name, text]) => [`news/sub/${name}`, text])));
    const news = join(parent, 'news');
    const expected = ['news/sub/a.txt', 'news/sub/b.txt', 'news/sub/c.txt'];
    const listed = async (path: string, cwd: string) => {
      const before = process.cwd();
      process.chdir(cwd);
      try {
        return (await listInputs([path], false)).map((input) => ('id' in input ? input.id : null));
      } finally {
        process.chdir(before);
      }
    };
    for (const [path, cwd] of [
      [news, '/'],
      ['news', parent],
      ['.', news],
      ['..', join(news, 'sub')],
      [`${news}/**/*.txt`, '/'],
      ['*/*.txt', news],
    ] as const) {
      expect(await listed(path, cwd), `${path} from ${cwd}`).toEqual(expected);
    }
    expect(records(cli(['analyze', '.', '--workers', '0'], { cwd: news }).stdout).map((l) => l.id)).toEqual(expected);
  });
});

describe('records without a usable id get one from their content', () => {
  test('the id is the SHA-256 of the line, the same for CRLF and LF and in every run', () => {
    const lines = ['{oops', '{"text":5}'];
    const lf = records(cli(['analyze', '-', '--jsonl', '--workers', '0'], { input: lines.join('\n') }).stdout).map((l) => l.id);
    const crlf = records(cli(['analyze', '-', '--jsonl', '--workers', '0'], { input: `${lines.join('\r\n')}\r\n` }).stdout).map((l) => l.id);
    expect(lf).toEqual(lines.map((l) => contentId(Buffer.from(l))));
    expect(crlf).toEqual(lf);
  });

  test.each([
    ['no id', [{ text: 'a' }], [null]],
    ['"id": null', [{ id: null, text: 'a' }], [null]],
    ['a repeated id', [{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }], ['the id "x" is already used by line 1']],
    ['1.0 and "1"', [{ id: 1, text: 'a' }, { id: '1', text: 'b' }], []],
    ['an object id', [{ id: { a: 1 }, text: 'a' }], ['the id must be a string or a finite number, got an object (Object)']],
  ])('%s', (_, values, problems) => {
    const registry = new IdRegistry();
    const settled = values.map((value, i) => registry.settle({ where: `line ${i + 1}`, declared: (value as { id?: unknown }).id, content: () => Buffer.from(JSON.stringify(value)) }));
    const derived = settled.filter((s) => String(s.id).startsWith('sha256:'));
    expect(derived.map((s) => s.problem)).toEqual(problems);
    expect(new Set(settled.map((s) => JSON.stringify(s.id))).size).toBe(values.length);
  });

  test('identical lines get -2, -3 after the first content id', () => {
    const registry = new IdRegistry();
    const doc = { where: 'line', declared: undefined, content: () => Buffer.from('{oops') };
    const base = contentId(Buffer.from('{oops'));
    expect([1, 2, 3].map(() => registry.settle(doc).id)).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  test('1.0 and "1" are two documents: both analysed, and a resume skips neither wrongly', () => {
    const dir = folder();
    const out = join(dir, 'out.jsonl');
    const input = '{"id":1.0,"text":"营收增长18%。"}\n{"id":"1","text":"营收增长12%。"}\n';
    const first = cli(['analyze', '-', '--jsonl', '-o', out, '--workers', '0'], { input });
    expect(records(readFileSync(out, 'utf8')).map((l) => [l.id, 'analysis' in l])).toEqual([[1, true], ['1', true]]);
    expect(first.status).toBe(0);
    writeFileSync(out, `${readFileSync(out, 'utf8').split('\n')[0]}\n`);
    const resumed = cli(['analyze', '-', '--jsonl', '-o', out, '--resume', '--workers', '0'], { input });
    expect(records(readFileSync(out, 'utf8')).map((l) => l.id)).toEqual([1, '1']);
    expect(closing(resumed.stderr)).toMatch(/^xinwen: 1 document written, 0 errors, 1 skipped as already in /);
  });
});

/** A JSONL corpus with every kind of bad line, for the resume and shard tests. */
function messyCorpus(): string {
  const lines: string[] = [];
  for (let i = 0; i < 12; i++) lines.push(JSON.stringify({ id: `doc${i}`, text: `公司营收增长${i}%。` }));
  lines.splice(2, 0, '{oops', 'null', '[1,2]', '{"id":"doc1","text":"重复的编号"}', '{"text":"没有编号的文章。"}', '{"id":{"x":1},"text":"对象编号"}', '{oops');
  lines.splice(12, 0, '', '{"id":"t","text":5}', '{"id":7,"text":"数字编号"}', '{"id":"7","text":"字符串编号"}');
  return `${lines.join('\n')}\n`;
}

describe('resume and shard with bad lines', () => {
  test('the shards of a run split it with no overlap and no loss, error records included', () => {
    const input = messyCorpus();
    const run = (args: string[]) => cli(['analyze', '-', '--jsonl', '--workers', '0', ...args], { input }).stdout.split('\n').filter(Boolean);
    const whole = run([]);
    const shards = [0, 1, 2].map((i) => run(['--shard', `${i}/3`]));
    expect(shards.flat().sort()).toEqual([...whole].sort());
    expect(shards.every((lines) => lines.length < whole.length)).toBe(true);
  });

  test('a resumed run holds each id once and equals an uninterrupted run, line for line as a set', () => {
    const input = messyCorpus();
    const dir = folder();
    const out = join(dir, 'out.jsonl');
    cli(['analyze', '-', '--jsonl', '-o', out, '--workers', '0'], { input });
    const whole = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    for (const cut of [1, 9, whole.length - 1]) {
      // A killed run: the first records, and half of the next.
      writeFileSync(out, `${whole.slice(0, cut).join('\n')}\n${whole[cut]!.slice(0, 30)}`);
      const resumed = cli(['analyze', '-', '--jsonl', '-o', out, '--resume', '--workers', '0'], { input });
      expect(closing(resumed.stderr)).toMatch(new RegExp(`^xinwen: ${whole.length - cut} documents? written, .*${cut} skipped as already in `));
      const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
      expect([...lines].sort()).toEqual([...whole].sort());
      expect(new Set(records(lines.join('\n')).map((l) => JSON.stringify(l.id))).size).toBe(whole.length);
    }
  });

  test('a resume that finds everything done says how many it skipped', () => {
    const dir = folder(articles);
    const out = join(dir, 'out.jsonl');
    cli(['analyze', dir, '-o', out, '--workers', '0']);
    const again = cli(['analyze', dir, '-o', out, '--resume', '--workers', '0']);
    expect(again.status).toBe(0);
    expect(closing(again.stderr)).toMatch(/^xinwen: 0 documents written, 0 errors, 3 skipped as already in .*out\.jsonl, /);
  });

  test('a resume from another folder finds the same ids', () => {
    const parent = folder(Object.fromEntries(Object.entries(articles).map(([name, text]) => [`news/${name}`, text])));
    const out = join(parent, 'out.jsonl');
    cli(['analyze', 'news', '-o', out, '--workers', '0'], { cwd: parent });
    const elsewhere = cli(['analyze', join(parent, 'news'), '-o', out, '--resume', '--workers', '0'], { cwd: dirname(parent) });
    expect(closing(elsewhere.stderr)).toMatch(/^xinwen: 0 documents written, 0 errors, 3 skipped/);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
  });

  test('--resume refuses a file that is not xinwen output, and leaves it as it was', () => {
    const dir = folder({ 'notes.jsonl': '{"text":"我的笔记"}\n{"text":"第二条"}\n', 'a.txt': articles['a.txt'] });
    const notes = join(dir, 'notes.jsonl');
    const r = cli(['analyze', join(dir, 'a.txt'), '-o', notes, '--resume']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/notes\.jsonl line 1 is not an xinwen record; not resuming into it/);
    expect(readFileSync(notes, 'utf8')).toBe('{"text":"我的笔记"}\n{"text":"第二条"}\n');
  });

  test('a second file with the id of an earlier one is an error record naming it', () => {
    const one = folder({ 'news/a.txt': articles['a.txt'] });
    const two = folder({ 'news/a.txt': articles['b.txt'] });
    mkdirSync(join(two, 'empty'));
    const r = cli(['analyze', join(one, 'news'), join(two, 'news'), '--workers', '0']);
    const out = records(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['news/a.txt', contentId(Buffer.from(articles['b.txt']))]);
    expect(out[1]!.error).toBe('news/a.txt: the id "news/a.txt" is already used by news/a.txt');
    expect(basename(one)).not.toBe(basename(two));
  });
});
