import { describe, expect, test } from 'vitest';
import { decodeAll, detectEncoding } from '../src/cli/encoding.js';
import { jsonlEntries } from '../src/cli/jsonl.js';
import { cli, folder, records } from './cli-run.js';

/** Bytes made once with Python's codecs (`'…'.encode('gbk').hex()`), so that no encoder is needed here. */
const FIXTURES = {
  gbk: { text: '阿里巴巴宣布以5.86亿美元入股新浪微博，持股比例18%。', hex: 'b0a2c0efb0cdb0cdd0fbb2bcd2d4352e3836d2dac3c0d4aac8ebb9c9d0c2c0cbcea2b2a9a3acb3d6b9c9b1c8c0fd313825a1a3' },
  big5: { text: '騰訊宣佈以5.86億港元收購星火互娛三成股份。', hex: 'c4cbb054abc5a747a548352e3836bbf5b4e4a4b8a6acc1caac50a4f5a4acae54a454a6a8aad1a5f7a143' },
  shortGbk: { text: '腾讯营收增长', hex: 'ccdad1b6d3aacad5d4f6b3a4' },
  gb18030: { text: '𠮷野家宣布', hex: '9534b235d2b0bcd2d0fbb2bc' },
  shortBig5: { text: '騰訊營收增長', hex: 'c4cbb054c0e7a6acbc57aaf8' },
};
const bytes = (hex: string) => Buffer.from(hex, 'hex');
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), order === 'le' ? le : Buffer.from(le).swap16()]);
};

/** 1 MB of reproducible noise. */
function noise(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('the encoding is detected from the bytes', () => {
  test.each([
    ['GBK', bytes(FIXTURES.gbk.hex), 'gb18030', FIXTURES.gbk.text],
    ['Big5', bytes(FIXTURES.big5.hex), 'big5', FIXTURES.big5.text],
    ['a short GBK text, valid in both (GB18030 wins the tie)', bytes(FIXTURES.shortGbk.hex), 'gb18030', FIXTURES.shortGbk.text],
    ['GB18030 with a four-byte character', bytes(FIXTURES.gb18030.hex), 'gb18030', FIXTURES.gb18030.text],
    ['UTF-8', Buffer.from(FIXTURES.gbk.text), 'utf-8', FIXTURES.gbk.text],
    ['UTF-8 with a BOM (dropped)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXTURES.big5.text)]), 'utf-8', FIXTURES.big5.text],
    ['UTF-16LE with a BOM', utf16(FIXTURES.gbk.text, 'le'), 'utf-16le', FIXTURES.gbk.text],
    ['UTF-16BE with a BOM', utf16(FIXTURES.big5.text, 'be'), 'utf-16be', FIXTURES.big5.text],
  ])('%s', (_, input, encoding, text) => {
    expect(detectEncoding(input)).toBe(encoding);
    expect(decodeAll(input, null)).toEqual({ text });
  });

  test.each([
    ['1 MB of random bytes', noise(1 << 20)],
    ['24 random bytes', noise(24)],
    ['UTF-16 without its byte order mark', Buffer.from('Revenue rose 18% to $5 billion.', 'utf16le')],
  ])('%s is no text', (_, input) => {
    expect(detectEncoding(input)).toBeNull();
    expect(decodeAll(input, null)).toEqual({ error: expect.stringMatching(/^not text in UTF-8, UTF-16 with a byte order mark, GB18030 \(GBK\) or Big5; give --encoding/) });
  });

  test('a forced encoding is used as it is, and bytes invalid in it are an error', () => {
    expect(decodeAll(bytes(FIXTURES.shortGbk.hex), 'big5')).toEqual({ text: '枆捅茠彶崝酗' });
    expect(decodeAll(bytes(FIXTURES.gbk.hex), 'utf-8')).toEqual({ error: 'not valid utf-8 (as --encoding says)' });
  });
});

describe('a JSONL stream is decoded line by line', () => {
  async function read(chunks: Uint8Array[], forced: string | null = null) {
    async function* stream() {
      yield* chunks;
    }
    const out: (string | { error: string })[] = [];
    for await (const entry of jsonlEntries(stream(), 'line', 'stdin', forced)) {
      const r = entry.read();
      out.push('text' in r ? r.text : { error: `${entry.where}: ${r.error}` });
    }
    return out;
  }
  const record = (text: string | Buffer) => Buffer.concat([Buffer.from('{"text":"'), Buffer.from(text), Buffer.from('"}\n')]);

  test('a bad line in a UTF-8 stream is one error, and the other lines are read as UTF-8', async () => {
    expect(await read([Buffer.from([0xc3, 0x28, 0x0a]), record('腾讯'), record(bytes(FIXTURES.gbk.hex))])).toEqual([
      { error: 'line 1: not valid utf-8; give --encoding if the input is in another' },
      '腾讯',
      { error: 'line 3: not valid utf-8; give --encoding if the input is in another' },
    ]);
  });

  test('GBK lines are read as GB18030, Big5 lines as Big5, with ASCII lines in their place', async () => {
    expect(await read([record('ascii'), record(bytes(FIXTURES.gbk.hex)), record('more ascii'), record(bytes(FIXTURES.shortGbk.hex))])).toEqual(['ascii', FIXTURES.gbk.text, 'more ascii', FIXTURES.shortGbk.text]);
    expect(await read([record(bytes(FIXTURES.big5.hex)), record(bytes(FIXTURES.shortBig5.hex))])).toEqual([FIXTURES.big5.text, FIXTURES.shortBig5.text]);
  });

  test('a stream of random bytes is one error, under the stream, and is not read further', async () => {
    expect(await read([noise(1 << 20)])).toEqual([{ error: expect.stringMatching(/^stdin: not text in UTF-8/) }]);
  });

  test('a live UTF-8 stream is answered line by line, before it ends', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* live() {
      yield record('第一条');
      await gate;
      yield record('第二条');
    }
    const entries = jsonlEntries(live(), 'line', 'stdin', null);
    const first = await entries.next();
    expect(first.done ? null : first.value.read()).toEqual({ text: '第一条' });
    release();
    const second = await entries.next();
    expect(second.done ? null : second.value.read()).toEqual({ text: '第二条' });
  });
});

describe('files and stdin in any of these encodings are analysed', () => {
  // A company's forms: a lexicon entry is reported under its name, with the forms the text wrote as aliases.
  const companies = (r: { analysis?: { companies: { name: string; aliases?: string[] }[] } }) => r.analysis?.companies.flatMap((c) => [c.name, ...(c.aliases ?? [])]);

  test('a folder of GBK, Big5 and UTF-16 files, and one of random bytes that is an error naming it', () => {
    const dir = folder({ 'gbk.txt': bytes(FIXTURES.gbk.hex), 'big5.txt': bytes(FIXTURES.big5.hex), 'utf16.txt': utf16(FIXTURES.gbk.text, 'le'), 'random.txt': noise(1 << 20) });
    const r = cli(['analyze', dir, '--workers', '0']);
    const out = records(r.stdout);
    expect(out.map((l) => String(l.id).replace(/^[^/]+\//, ''))).toEqual(['big5.txt', 'gbk.txt', 'random.txt', 'utf16.txt']);
    expect(companies(out[0]!)).toContain('騰訊');
    expect(companies(out[1]!)).toEqual(expect.arrayContaining(['阿里巴巴', '新浪微博']));
    expect(out[2]).toEqual({ id: expect.stringMatching(/random\.txt$/), error: expect.stringMatching(/random\.txt: not text in UTF-8/) });
    expect(companies(out[3]!)).toEqual(companies(out[1]!));
    expect(r.status).toBe(1);
  });

  test('GBK JSONL with CRLF, UTF-16 JSONL, and --encoding on stdin', () => {
    const gbkLines = Buffer.concat([Buffer.from('{"id":"g","text":"'), bytes(FIXTURES.gbk.hex), Buffer.from('"}\r\n{"id":"s","text":"'), bytes(FIXTURES.shortGbk.hex), Buffer.from('"}\r\n')]);
    const gbk = records(cli(['analyze', '-', '--jsonl', '--workers', '0'], { input: gbkLines }).stdout);
    expect(gbk.map((l) => [l.id, companies(l)?.[0]])).toEqual([['g', '阿里巴巴'], ['s', '腾讯']]);
    const wide = utf16(`${JSON.stringify({ id: 'u', text: FIXTURES.big5.text })}\n${JSON.stringify({ id: 'v', text: FIXTURES.gbk.text })}\n`, 'be');
    expect(records(cli(['analyze', '-', '--jsonl', '--workers', '0'], { input: wide }).stdout).map((l) => [l.id, companies(l)?.[0]])).toEqual([['u', '騰訊'], ['v', '阿里巴巴']]);
    // Too short for the frequent-character score: read as GB18030 unless told.
    const guessed = records(cli(['analyze', '-', '--workers', '0'], { input: bytes(FIXTURES.shortBig5.hex) }).stdout);
    expect(companies(guessed[0]!)).not.toContain('騰訊');
    const forced = records(cli(['analyze', '-', '--encoding', 'BIG5', '--workers', '0'], { input: bytes(FIXTURES.shortBig5.hex) }).stdout);
    expect(companies(forced[0]!)).toContain('騰訊');
  });
});
