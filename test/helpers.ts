import { Analysis } from '../src/schema.js';

/** Every object in a result with start, end and text must be a slice of the input. */
export function spansOf(value: unknown, found: { start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) spansOf(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      found.push(o as { start: number; end: number; text: string });
    }
    for (const v of Object.values(o)) spansOf(v, found);
  }
  return found;
}

/**
 * Schema-valid, every span, name and alias a slice of the input that does not cut a surrogate pair, and every
 * stance but neutral backed by evidence.
 */
export function checkInvariants(input: string, result: unknown): void {
  const parsed = Analysis.safeParse(result);
  if (!parsed.success) throw new Error(`schema: ${parsed.error.message}`);
  const a = parsed.data;
  for (const s of spansOf(a)) {
    if (input.slice(s.start, s.end) !== s.text) throw new Error(`span ${s.start}-${s.end} is not ${JSON.stringify(s.text)}`);
    if (s.end < s.start || s.end > input.length) throw new Error(`span ${s.start}-${s.end} out of range`);
    for (const at of [s.start, s.end]) {
      const before = input.charCodeAt(at - 1);
      const after = input.charCodeAt(at);
      if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) throw new Error(`offset ${at} splits a surrogate pair`);
    }
  }
  for (const e of [...a.companies, ...a.people]) {
    for (const form of [e.name, ...e.aliases]) if (!input.includes(form)) throw new Error(`${form} is not in the input`);
  }
  for (const p of a.paragraphs) {
    if (p.stance.label !== 'neutral' && p.stance.evidence.length === 0) throw new Error(`paragraph ${p.index} is ${p.stance.label} without evidence`);
  }
  if (a.stance.label !== 'neutral' && a.stance.evidence.length === 0) throw new Error(`the article is ${a.stance.label} without evidence`);
  for (const p of [...a.paragraphs, ...a.sentences]) {
    if (p.end > input.length || p.start >= p.end) throw new Error(`block ${p.start}-${p.end} out of range`);
  }
}
