import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, cliPath, closing, folder, records } from './cli-run.js';

const COMPANIES = ['阿里巴巴', '腾讯', '小米集团', '京东', '百度', '美团', '比亚迪', '宁德时代'];
const PEOPLE = ['马化腾', '雷军', '刘强东', '李彦宏', '王兴'];

/**
 * 2,000 JSONL records, one in twenty bad in a different way each time: invalid JSON, null, an array, a text that
 * is a number, no text, an object id, an id used before, a line repeated exactly, no id (a content id), bytes that
 * are not UTF-8; with 1.0 and "1" among the ids, and blank lines between.
 */
export function messyLines(count: number): Buffer {
  const bad = [
    () => Buffer.from('{"id":"broken",'),
    () => Buffer.from('null'),
    () => Buffer.from('[1,2,3]'),
    (i: number) => Buffer.from(JSON.stringify({ id: `t${i}`, text: i })),
    (i: number) => Buffer.from(JSON.stringify({ id: `m${i}` })),
    (i: number) => Buffer.from(JSON.stringify({ id: { n: i }, text: '对象编号' })),
    (i: number) => Buffer.from(JSON.stringify({ id: `doc${i - 7}`, text: '重复的编号' })),
    () => Buffer.from(JSON.stringify({ text: '一模一样的一行。' })),
    (i: number) => Buffer.from(JSON.stringify({ text: `没有编号的第${i}篇。` })),
    () => Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0xff, 0xfe, 0x7d]),
  ];
  const lines: Buffer[] = [Buffer.from('{"id":1.0,"text":"营收增长1%。"}'), Buffer.from('{"id":"1","text":"营收增长2%。"}')];
  for (let i = 2; lines.filter((l) => l.length > 0).length < count; i++) {
    if (i % 20 === 0) lines.push(bad[(i / 20) % bad.length]!(i));
    else {
      const text = `${COMPANIES[i % 8]}宣布以${(i % 97) + 1}亿元收购一家公司${(i % 60) + 1}%股份。${PEOPLE[i % 5]}表示看好前景。`;
      lines.push(Buffer.from(JSON.stringify({ id: `doc${i}`, text })));
    }
    if (i % 150 === 0) lines.push(Buffer.alloc(0));
  }
  return Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
}

/** Runs the CLI, and kills it with SIGKILL once its output file has reached `killAt` bytes. */
function runUntil(args: string[], output: string, killAt: number | null): Promise<{ status: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const watch =
      killAt === null
        ? null
        : setInterval(() => {
            let size = 0;
            try {
              size = statSync(output).size;
            } catch {}
            if (size >= killAt) child.kill('SIGKILL');
          }, 5);
    child.on('close', (status, signal) => {
      if (watch) clearInterval(watch);
      resolve({ status, signal, stderr });
    });
  });
}

describe('kill -9 at five points of a 2,000-document run with bad lines, each followed by --resume', () => {
  test('every id once, and the same lines as an uninterrupted run', async () => {
    const dir = folder({ 'corpus.jsonl': messyLines(2000) });
    const corpus = join(dir, 'corpus.jsonl');
    const full = join(dir, 'full.jsonl');
    const out = join(dir, 'out.jsonl');
    const uninterrupted = await runUntil(['analyze', corpus, '-o', full, '--workers', '1'], full, null);
    expect(uninterrupted.status).toBe(1);
    const fullText = readFileSync(full, 'utf8');
    const fullLines = fullText.split('\n').filter(Boolean);
    expect(fullLines).toHaveLength(2000);
    // The output of a resumed run is always a prefix of the uninterrupted one, so its size says how far it got.
    const offsets = fullLines.reduce<number[]>((acc, line) => [...acc, (acc.at(-1) ?? 0) + Buffer.byteLength(line) + 1], []);

    const figures = [];
    for (const [point, line] of [200, 600, 1000, 1400, 1800].entries()) {
      const run = await runUntil(['analyze', corpus, '-o', out, '--workers', '1', '--resume'], out, offsets[line - 1]!);
      expect(run.signal).toBe('SIGKILL');
      let size = statSync(out).size;
      const complete = offsets.filter((o) => o <= size).length;
      // A record is one write, so a kill almost never tears one: tear one by hand at the third point.
      if (point === 2 && size === offsets[complete - 1]) {
        appendFileSync(out, fullLines[complete]!.slice(0, 40));
        size += 40;
      }
      figures.push({ killedAfter: complete, tornBytes: size - (offsets[complete - 1] ?? 0) });
    }
    const last = await runUntil(['analyze', corpus, '-o', out, '--workers', '1', '--resume'], out, null);
    expect(last.status).toBe(1);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    const ids = records(lines.join('\n')).map((r) => JSON.stringify(r.id));
    console.log(`kill -9 figures: ${JSON.stringify(figures)}; final: ${closing(last.stderr)}; ${lines.length} lines (${lines.filter((l) => l.includes('"error":')).length} error records), ${new Set(ids).size} distinct ids`);
    expect(new Set(ids).size).toBe(2000);
    expect(lines).toHaveLength(2000);
    expect([...lines].sort()).toEqual([...fullLines].sort());
    expect(figures.map((f) => f.killedAfter)).toEqual(figures.map((f) => f.killedAfter).sort((a, b) => a - b));
    // A full run and five killed and resumed ones over 2,000 documents: about 20 s alone, a minute on a busy machine.
  }, 180_000);
});

describe('a run that stops early exits 3 with a closing line that says how to resume', () => {
  test('interrupted (SIGTERM): the results under way are written, then the closing line', async () => {
    const dir = folder();
    const out = join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [cliPath, 'analyze', '-', '--jsonl', '-o', out, '--workers', '0'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.write('{"id":"a","text":"腾讯营收增长12%。"}\n{"id":"b","text":"小米宣布回购。"}\n');
    // stdin stays open: the run waits for more until the signal.
    for (let waited = 0; waited < 30_000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
      if (existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 2) break;
    }
    child.kill('SIGTERM');
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(3);
    expect(records(readFileSync(out, 'utf8')).map((r) => r.id)).toEqual(['a', 'b']);
    expect(closing(stderr)).toBe(
      `xinwen: stopped early, interrupted by SIGTERM: 2 documents written, 0 errors; to resume: with the same input on stdin, xinwen analyze - --jsonl -o ${out} --workers 0 --resume`,
    );
  });

  test('disk full: exit 3, and the closing line names the output and the resume command', () => {
    const dir = folder({ 'a.txt': '腾讯营收增长12%。' });
    const r = cli(['analyze', dir, '-o', '/dev/full', '--workers', '0']);
    expect(r.status).toBe(3);
    expect(closing(r.stderr)).toMatch(
      /^xinwen: stopped early, cannot write \/dev\/full: ENOSPC: no space left on device, write: 0 documents written, 0 errors; to resume: xinwen analyze \S+ -o \/dev\/full --workers 0 --resume$/,
    );
  });
});
