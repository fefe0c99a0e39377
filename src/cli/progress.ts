/** Where progress goes: stderr, drawn over in place only when it is a terminal. */
export interface ProgressSink {
  write(text: string): void;
  live: boolean;
  now(): number;
}

export const stderrSink: ProgressSink = {
  write: (text) => process.stderr.write(text),
  live: process.stderr.isTTY === true,
  now: () => performance.now(),
};

/**
 * The progress line on a terminal: documents done (of how many, when the inputs are files), their rate, and the
 * time left. The rate is counted from the first result, not from the start, which includes loading jieba: so
 * neither shows before a second result. Messages go on their own lines above it.
 */
export class Progress {
  private first = 0;
  private last = -Infinity;
  private shown = false;
  private done = 0;

  constructor(
    private readonly total: number | null,
    private readonly sink: ProgressSink = stderrSink,
  ) {}

  /** One more document written; redrawn at most five times a second. */
  tick(): void {
    const now = this.sink.now();
    if (this.done++ === 0) this.first = now;
    if (now - this.last < 200) return;
    this.last = now;
    this.draw(now);
  }

  /** A line of its own (an error), with the progress line redrawn below it. */
  note(line: string): void {
    this.clear();
    this.sink.write(`${line}\n`);
    if (this.sink.live && this.done > 0) this.draw(this.sink.now());
  }

  clear(): void {
    if (this.shown) this.sink.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(now: number): void {
    if (!this.sink.live) return;
    const seconds = (now - this.first) / 1000;
    const rate = this.done > 1 && seconds > 0 ? (this.done - 1) / seconds : null;
    const of = this.total !== null ? `/${this.total}` : '';
    const bar = this.total ? `[${'#'.repeat(Math.min(20, Math.round((20 * this.done) / this.total))).padEnd(20, '.')}] ` : '';
    const speed = rate === null ? '' : ` · ${rate.toFixed(1)}/s`;
    const eta = this.total !== null && rate ? ` · ETA ${Math.max(0, (this.total - this.done) / rate).toFixed(0)} s` : '';
    this.sink.write(`\r\x1b[2Kxinwen: ${bar}${of ? `${this.done}${of} documents` : count(this.done, 'document')}${speed}${eta}`);
    this.shown = true;
  }
}

/** 1 document, 2 documents. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
