/**
 * Defensive reading of an analysis. The schema grows (new optional fields, new shapes), and a page must still
 * render an older or newer result: every field may be missing or of another type, and is checked where it is read.
 */

export type Fields = Record<string, unknown>;

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function fields(value: unknown): Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {};
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export interface Range {
  start: number;
  end: number;
}

/** A span that can be shown: whole offsets inside the input, not empty. Anything else is left unmarked. */
export function range(value: unknown, length: number): Range | null {
  const { start, end } = fields(value);
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const s = start as number;
  const e = end as number;
  return s >= 0 && e <= length && s < e ? { start: s, end: e } : null;
}

/** 586000000 → 586,000,000; 0.79213 → 0.792. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return String(Math.round(n * 1000) / 1000);
}

/** −0.79 / +0.42 / 0.00, with a real minus sign. */
export function formatScore(n: number): string {
  const fixed = Math.abs(n).toFixed(2);
  return n > 0 ? `+${fixed}` : n < 0 ? `−${fixed}` : fixed;
}

/**
 * Any value as one line of text: a span is shown as its slice of the input (never a copy the analysis holds), an
 * object by its name or text, else as `key: value` pairs. Null when there is nothing to show.
 */
export function describe(value: unknown, input: string, depth = 0): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    const parts = value.map((v) => describe(v, input, depth + 1)).filter((v): v is string => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (value === null || typeof value !== 'object' || depth > 2) return null;
  const span = range(value, input.length);
  if (span) return input.slice(span.start, span.end);
  const o = value as Fields;
  const named = str(o.name) ?? str(o.text);
  if (named) return named;
  const parts = Object.entries(o)
    .map(([k, v]) => {
      const shown = describe(v, input, depth + 1);
      return shown === null ? null : `${words(k)} ${shown}`;
    })
    .filter((v): v is string => v !== null);
  return parts.length ? parts.join(', ') : null;
}

/** currencySource → currency source. */
function words(key: string): string {
  return key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/**
 * The fields of `o` this view has no place for, as `key: value` lines, so that what the analysis gains (owner,
 * period, currencySource, probability …) shows before the view learns about it. `first` come first, in that order.
 */
export function extraLines(o: Fields, known: ReadonlySet<string>, input: string, first: readonly string[] = []): string[] {
  const keys = [...first.filter((k) => k in o), ...Object.keys(o).filter((k) => !first.includes(k))];
  const lines: string[] = [];
  for (const key of keys) {
    if (known.has(key)) continue;
    const shown = describe(o[key], input);
    if (shown !== null) lines.push(`${words(key)}: ${shown}`);
  }
  return lines;
}
