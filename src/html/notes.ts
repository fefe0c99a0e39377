import { describe, extraLines, fields, formatNumber, list, num, str, type Fields } from './fields.js';

/**
 * What xinwen read, in words: the text of each tooltip and of the side list. Each function takes the raw object
 * from the analysis, names the fields it knows, and adds any field it does not know as `key: value`.
 */

/** Fields shown elsewhere (the span itself) or as a line of their own below. */
const SPAN = ['text', 'start', 'end'];
const COMPANY = new Set([...SPAN, 'name', 'aliases', 'mentions', 'salience', 'stance', 'codes', 'listedCodes', 'why']);
const PERSON = new Set([...SPAN, 'name', 'aliases', 'mentions', 'roles', 'salience', 'why']);
const AMOUNT = new Set([...SPAN, 'value', 'valueMax', 'currency', 'approximate', 'per', 'metric', 'loss']);
const PERCENTAGE = new Set([...SPAN, 'value', 'valueMax', 'kind', 'approximate', 'change', 'metric']);
const QUOTE = new Set([...SPAN, 'speaker', 'rule']);
const EVIDENCE = new Set([...SPAN, 'polarity', 'weight', 'negated', 'reversed', 'rule', 'voice']);
/** New fields that matter most to a reader of figures: shown right after the value. */
const FIGURE_FIRST = ['owner', 'period', 'currencySource', 'currencyWhy'];

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** `原新浪CEO`, `阿里巴巴 董事局主席 (former)`: one role as the text gives it. */
export function roleText(value: unknown, input: string): string | null {
  const role = fields(value);
  const title = str(role.title);
  if (!title) return describe(value, input);
  const org = str(role.org);
  return `${org ? `${org} ` : ''}${title}${role.former === true ? ' (former)' : ''}`;
}

/** 586,000,000 USD / 股, ≈ and ranges included; `no currency stated` when the text gives none. */
export function amountValue(value: unknown): string {
  const a = fields(value);
  const v = num(a.value);
  const max = num(a.valueMax);
  const currency = str(a.currency);
  const per = str(a.per);
  const shown = v === null ? '?' : `${a.approximate === true ? '≈' : ''}${formatNumber(v)}${max !== null ? `–${formatNumber(max)}` : ''}`;
  return `${shown} ${currency ?? '(no currency stated)'}${per ? ` per ${per}` : ''}`;
}

/** ↑ 18% / ↓ 2.5 points. */
export function percentageValue(value: unknown): string {
  const p = fields(value);
  const v = num(p.value);
  const max = num(p.valueMax);
  const arrow = p.change === 'up' ? '↑ ' : p.change === 'down' ? '↓ ' : '';
  const unit = p.kind === 'points' ? ' points' : '%';
  const shown = v === null ? '?' : `${p.approximate === true ? '≈' : ''}${formatNumber(v)}${max !== null ? `–${formatNumber(max)}` : ''}`;
  return `${arrow}${shown}${unit}`;
}

export function companyNote(value: unknown, input: string): string {
  const c = fields(value);
  const lines = [`Company: ${str(c.name) ?? '?'}`];
  const aliases = strings(c.aliases);
  if (aliases.length) lines.push(`also written: ${aliases.join(', ')}`);
  const codes = strings(c.codes);
  if (codes.length) lines.push(`codes in the text: ${codes.join(', ')}`);
  const listed = strings(c.listedCodes);
  if (listed.length) lines.push(`codes the lexicon knows: ${listed.join(', ')}`);
  lines.push(`stance toward it: ${str(c.stance) ?? 'none'}`);
  const salience = num(c.salience);
  const mentions = list(c.mentions).length;
  if (salience !== null) lines.push(`salience: ${formatNumber(salience)}, ${mentions} mention${mentions === 1 ? '' : 's'}`);
  return finish(lines, c, COMPANY, input, []);
}

export function personNote(value: unknown, input: string): string {
  const p = fields(value);
  const lines = [`Person: ${str(p.name) ?? '?'}`];
  const aliases = strings(p.aliases);
  if (aliases.length) lines.push(`also written: ${aliases.join(', ')}`);
  const roles = list(p.roles).map((r) => roleText(r, input)).filter((r): r is string => r !== null);
  lines.push(roles.length ? `role: ${roles.join('; ')}` : 'role: none found');
  return finish(lines, p, PERSON, input, []);
}

export function amountNote(value: unknown, input: string): string {
  const a = fields(value);
  const lines = [`Amount: ${amountValue(a)}`];
  if (num(a.valueMax) !== null) lines.push('a range: the value is its lower bound');
  const metric = str(a.metric);
  if (metric) lines.push(`metric: ${metric}`);
  if (a.loss === true) lines.push('a loss');
  return finish(lines, a, AMOUNT, input, FIGURE_FIRST);
}

export function percentageNote(value: unknown, input: string): string {
  const p = fields(value);
  const lines = [`Percentage: ${percentageValue(p)}`];
  const kind = str(p.kind);
  if (kind && kind !== 'percent') lines.push(`written as: ${kind === 'cheng' ? '成 (tenths)' : kind}`);
  const metric = str(p.metric);
  if (metric) lines.push(`metric: ${metric}`);
  return finish(lines, p, PERCENTAGE, input, FIGURE_FIRST);
}

export function quoteNote(value: unknown, input: string): string {
  const q = fields(value);
  const speaker = str(q.speaker);
  const rule = str(q.rule);
  const lines = [speaker ? `Quote, said by ${speaker}` : 'Quote, no speaker found'];
  if (rule) lines.push(`speaker found by: ${rule}`);
  return finish(lines, q, QUOTE, input, []);
}

/** One stance cue: its polarity and weight, the rules that fired, and whose voice. */
export function evidenceNote(value: unknown, input: string): string {
  const e = fields(value);
  const weight = num(e.weight);
  const lines = [`Stance evidence: ${str(e.polarity) ?? '?'}${weight !== null ? `, weight ${formatNumber(weight)}` : ''}`];
  const rule = str(e.rule);
  if (rule) lines.push(`rule: ${rule}`);
  const flags = evidenceFlags(e);
  if (flags.length) lines.push(flags.join(', '));
  return finish(lines, e, EVIDENCE, input, ['probability']);
}

/** Whose voice a cue is in, and whether a negator or irony flipped it. */
export function evidenceFlags(value: unknown): string[] {
  const e = fields(value);
  const voice = str(e.voice);
  return [voice ? `${voice}'s voice` : null, e.negated === true ? 'negated' : null, e.reversed === true ? 'reversed by irony' : null].filter(
    (f): f is string => f !== null,
  );
}

/** The `why` of an entity on its own line, then whatever the view does not know. */
function finish(lines: string[], o: Fields, known: ReadonlySet<string>, input: string, first: readonly string[]): string {
  const why = strings(o.why);
  if (why.length) lines.push(`why: ${why.join(', ')}`);
  return [...lines, ...extraLines(o, new Set([...known, 'why']), input, first)].join('\n');
}
