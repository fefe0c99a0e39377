import { once, readTable } from '../lexicon/files.js';
import { WordList } from '../lexicon/word-list.js';

/**
 * What the words around a figure say about it: approximation (约, 以上), the metric it measures (营收, 股份) and the
 * direction of a change (增长, 下滑). Shared by the amount and percentage recognisers.
 */

/** How far back (in characters, inside the clause) a metric or a change word may stand from its figure. */
const LOOKBACK = 16;
const CLAUSE_BREAKS = new Set([...',。;:!?\n，；：'].map((c) => c.charCodeAt(0)));

export type MetricKind = 'money' | 'ratio' | 'both' | 'count' | 'spend';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const qualifiers = once(() => {
  const rows = readTable('qualifiers.tsv', 2);
  return {
    before: new WordList(rows.filter((r) => r[1] === 'before').map((r) => [r[0] as string, true] as const)),
    after: new WordList(rows.filter((r) => r[1] === 'after').map((r) => [r[0] as string, true] as const)),
    clause: new WordList(rows.filter((r) => r[1] === 'clause').map((r) => [r[0] as string, true] as const)),
  };
});

export const metrics = once(
  () => new WordList(readTable('metrics.tsv', 2).map((r) => [r[0] as string, r[1] as MetricKind] as const)),
);

const changeRows = once(() => readTable('changes.tsv', 2).map((r) => [r[0] as string, r[1] as 'up' | 'down' | 'mark'] as const));
const changes = once(
  () => new WordList(changeRows().flatMap(([word, direction]) => (direction === 'mark' ? [] : [[word, direction] as const]))),
);
const changeWords = once(() => new Set(changeRows().map(([word]) => word)));

/** Whether a word says that something rose, fell or passed a mark (增长, 下滑, 突破). */
export function isChangeWord(word: string): boolean {
  return changeWords().has(word);
}

/** Where the clause holding `offset` begins (after the previous comma, full stop, colon …). */
export function clauseStart(text: string, offset: number, limit = LOOKBACK): number {
  const floor = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= floor; i--) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return i + 1;
  return floor;
}

/** A qualifier such as 约 or 超过 right before `start`, 左右 / 以上 right after `end`, or 至少 earlier in the clause. */
export function approximation(text: string, start: number, end: number): boolean {
  const q = qualifiers();
  return (
    q.before.endingAt(text, start) !== null ||
    q.after.at(text, end) !== null ||
    q.clause.last(text, clauseStart(text, start), start) !== null
  );
}

/** The nearest metric word before a figure in its clause (营收同比增长12%, 盈利为1500万). */
export function metricBefore(text: string, start: number): { word: string; kind: MetricKind } | null {
  const found = metrics().last(text, clauseStart(text, start), start);
  return found ? { word: found.word, kind: found.value } : null;
}

/** A metric word right after a figure, with or without 的 (5.86亿美元的估值, 5.86亿美元现金流). */
export function metricAfter(text: string, end: number): { word: string; kind: MetricKind } | null {
  const found = metrics().at(text, text[end] === '的' ? end + 1 : end);
  return found ? { word: found.word, kind: found.value } : null;
}

/** up or down when a change word stands before the figure in its clause (同比增长12%, 跌幅达3%). */
export function changeOf(text: string, start: number): 'up' | 'down' | null {
  return changes().last(text, clauseStart(text, start), start)?.value ?? null;
}
