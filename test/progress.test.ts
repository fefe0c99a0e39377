import { describe, expect, test } from 'vitest';
import { Progress, type ProgressSink } from '../src/cli/progress.js';

/** A terminal that keeps what was written, on a clock the test moves. */
function terminal(live = true) {
  const sink: ProgressSink & { written: string; at: number } = {
    written: '',
    at: 0,
    live,
    write: (text) => void (sink.written += text),
    now: () => sink.at,
  };
  /** What the screen shows: each \r returns to the start of the line, and \x1b[2K clears it. */
  const screen = () =>
    sink.written
      .split('\n')
      .map((line: string) => line.split('\r').pop()!.replaceAll('\x1b[2K', ''))
      .filter(Boolean);
  return { sink, screen };
}

describe('the progress line', () => {
  test('says "1 document", with no rate and no ETA before a second result', () => {
    const { sink, screen } = terminal();
    const files = new Progress(3, sink);
    sink.at = 1500; // loading jieba
    files.tick();
    expect(screen()).toEqual(['xinwen: [#######.............] 1/3 documents']);
    const stream = terminal();
    new Progress(null, stream.sink).tick();
    expect(stream.screen()).toEqual(['xinwen: 1 document']);
  });

  test('rate and ETA are counted from the first result', () => {
    const { sink, screen } = terminal();
    const p = new Progress(11, sink);
    sink.at = 5000;
    p.tick();
    sink.at = 6000;
    p.tick();
    expect(screen()).toEqual(['xinwen: [####................] 2/11 documents · 1.0/s · ETA 9 s']);
  });

  test('an error goes on its own line, and the progress line is drawn again below it', () => {
    const { sink, screen } = terminal();
    const p = new Progress(null, sink);
    p.tick();
    p.note('xinwen: line 2: not valid JSON');
    p.tick();
    p.clear();
    expect(screen()).toEqual(['xinwen: line 2: not valid JSON']);
    expect(sink.written).toContain('xinwen: line 2: not valid JSON\n\r\x1b[2Kxinwen: 1 document');
  });

  test('off a terminal: no progress line, errors only', () => {
    const { sink } = terminal(false);
    const p = new Progress(3, sink);
    p.tick();
    p.note('xinwen: a.txt: cannot read the file');
    p.tick();
    p.clear();
    expect(sink.written).toBe('xinwen: a.txt: cannot read the file\n');
  });
});
