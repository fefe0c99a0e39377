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
    // Aliases are forms written in the text; the name may be a lexicon entry's name written only as an alias.
    for (const form of e.aliases) if (!input.includes(form)) throw new Error(`${form} is not in the input`);
    for (const m of e.mentions) if (m.text !== e.name && !e.aliases.includes(m.text)) throw new Error(`mention ${m.text} is neither the name nor an alias of ${e.name}`);
  }
  for (const figure of [...a.amounts, ...a.percentages]) checkFigure(input, figure);
  for (const p of a.paragraphs) {
    if (p.stance.label !== 'neutral' && p.stance.evidence.length === 0) throw new Error(`paragraph ${p.index} is ${p.stance.label} without evidence`);
  }
  if (a.stance.label !== 'neutral' && a.stance.evidence.length === 0) throw new Error(`the article is ${a.stance.label} without evidence`);
  for (const p of [...a.paragraphs, ...a.sentences]) {
    if (p.end > input.length || p.start >= p.end) throw new Error(`block ${p.start}-${p.end} out of range`);
  }
}

const INVISIBLE = /\p{Cf}/u;
const DIGIT = /[0-9０-９.．,，零〇一二两兩三四五六七八九十百千万亿萬億]/;
/** A plain figure: one Arabic number, its unit and its sign or currency, nothing else numeric (两万0% is not 0%). */
const PLAIN = /^([^0-9０-９零〇一二两兩三四五六七八九十百千万亿萬億]*?)([0-9]+(?:\.[0-9]+)?)(万|亿)?(%|元|美元|港元|人民币)?$/;
/** A minus sign before the number (ASCII, full-width or the minus sign itself): the value is negative. */
const MINUS = /[-－−]/;

/**
 * A figure is what it claims: it does not stop at an invisible character that joins it to more digits (1\u200b500万
 * is not 500万), and a plain figure's text reads as its value.
 */
function checkFigure(input: string, f: { text: string; start: number; end: number; value: number; valueMax: number | null }): void {
  // Only a figure that starts or ends with a digit can have been cut from one: a sign or a currency opens a
  // number (万\u200b－2个百分点 is −2 points after a stray 万), and 元 or % closes it.
  const joined = (edge: string, invisible: number, other: number) => DIGIT.test(edge) && INVISIBLE.test(input[invisible] ?? '') && DIGIT.test(input[other] ?? '');
  if (joined(f.text[0] ?? '', f.start - 1, f.start - 2) || joined(f.text.at(-1) ?? '', f.end, f.end + 1)) throw new Error(`figure ${f.text} at ${f.start} is cut from its number by an invisible character`);
  const m = PLAIN.exec(f.text);
  if (!m || f.valueMax !== null || /[kmbKMB]/.test(f.text)) return;
  const unit = m[3] === '万' ? 1e4 : m[3] === '亿' ? 1e8 : 1;
  const expected = (MINUS.test(m[1] as string) ? -1 : 1) * Number(m[2]) * unit;
  if (Math.abs(expected - f.value) > 1e-9 * Math.max(1, Math.abs(expected))) throw new Error(`figure ${f.text} reads ${expected}, reported ${f.value}`);
}
