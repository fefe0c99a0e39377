import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The built command line, as a user runs it (`npm test` builds first). */
export const root = new URL('..', import.meta.url).pathname;
export const cliPath = join(root, 'dist/cli.js');

export function cli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? root, input: options.input });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** A fresh folder holding these files (paths may have subfolders; contents are text or bytes). */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinwen-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export type OutputRecord = { id: string | number; analysis?: { companies: { name: string }[] }; error?: string };

/** The records of JSONL output. */
export function records(jsonl: string): OutputRecord[] {
  return jsonl.split('\n').filter(Boolean).map((line) => JSON.parse(line) as OutputRecord);
}

/** The last line on stderr: the closing line. */
export function closing(stderr: string): string {
  return stderr.trimEnd().split('\n').pop() ?? '';
}

export const articles = {
  'a.txt': '阿里巴巴入股新浪微博\n阿里巴巴宣布，以5.86亿美元买入新浪微博18%股份。\n',
  'b.txt': '腾讯发布财报\n腾讯营收同比增长12%，CEO马化腾表示看好前景。\n',
  'c.txt': '小米宣布回购\n小米集团宣布回购股份，金额不超过20亿港元。\n',
};
