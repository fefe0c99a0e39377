import { escapeHtml } from './escape.js';

/** One element to wrap around a span of the input: how to open it (first piece or a continuation) and close it. */
export interface Mark {
  start: number;
  end: number;
  /** Which of two marks on the same span is the outer one: the lower rank. */
  rank: number;
  open(first: boolean): string;
  close: string;
}

/** Outer before inner: the earlier start, then the longer span, then the lower rank, then the order given. */
function outerFirst(a: { mark: Mark; order: number }, b: { mark: Mark; order: number }): number {
  return a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.mark.rank - b.mark.rank || a.order - b.order;
}

/**
 * The text from `from` to `to`, escaped, with every mark that touches it wrapped around its part of it.
 *
 * Built from the sorted boundaries, never by replacing strings: between two neighbouring boundaries the set of
 * marks is fixed, and the open elements must be exactly those marks, outer first. At each boundary the elements
 * that no longer match are closed and the new ones opened, so the output always nests. A mark that crosses the
 * end of another (or the end of the region) is closed and opened again: `opened` remembers which marks were
 * already opened, in this region or an earlier one, so that the later pieces open as continuations.
 */
export function markUp(text: string, from: number, to: number, marks: readonly Mark[], opened: Set<Mark>): string {
  const inside = marks
    .map((mark, order) => ({ mark, order }))
    .filter(({ mark }) => mark.start < to && mark.end > from && mark.start < mark.end)
    .sort(outerFirst);
  const cuts = new Set([from, to]);
  for (const { mark } of inside) {
    cuts.add(Math.max(mark.start, from));
    cuts.add(Math.min(mark.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  let stack: Mark[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const wanted = inside.filter(({ mark }) => mark.start <= a && mark.end >= b).map(({ mark }) => mark);
    let same = 0;
    while (same < stack.length && same < wanted.length && stack[same] === wanted[same]) same++;
    for (let j = stack.length - 1; j >= same; j--) out += (stack[j] as Mark).close;
    for (const mark of wanted.slice(same)) {
      out += mark.open(!opened.has(mark));
      opened.add(mark);
    }
    stack = wanted;
    out += escapeHtml(text.slice(a, b));
  }
  for (let j = stack.length - 1; j >= 0; j--) out += (stack[j] as Mark).close;
  return out;
}
