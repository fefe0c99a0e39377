import type { Analysis } from '../schema.js';
import { attr, escapeHtml } from './escape.js';
import { fields, formatNumber, formatScore, list, num, range, str, type Fields } from './fields.js';
import { KIND_LABEL, KINDS, stanceBadge, stanceOf } from './labels.js';
import { articleMarks, type ArticleMarks } from './marks.js';
import { markUp, type Mark } from './nest.js';
import { evidenceFlags } from './notes.js';
import { sideList } from './side.js';

/** How an article view sits in its page: its id prefix, its name, and links to the pages around it. */
export interface ArticleFrame {
  prefix: string;
  id: string | null;
  /** Links above the title: back to the corpus index, previous, next. */
  nav: string;
}

/**
 * A stretch of the input: a paragraph, text no paragraph covers (drawn as a block of its own), or the blank
 * between them (drawn inline, so that every character of the input is on the page).
 */
interface Block {
  start: number;
  end: number;
  paragraph: Fields | null;
  blank: boolean;
}

/**
 * The view of one article: the headline, the article stance with its confidence and evidence, a key, the text with
 * every paragraph's stance and every highlight, and the side list. All text shown is sliced from `input`.
 */
export function articleView(analysis: Analysis, input: string, frame: ArticleFrame): string {
  const a = fields(analysis);
  const marked = articleMarks(analysis, input, frame.prefix);
  const opened = new Set<Mark>();
  const blocks = blocksOf(a, input);
  const titleBlock = blocks.find((b) => b.paragraph?.kind === 'title') ?? null;
  const heading = titleBlock
    ? `<h1 class="title" lang="${langOf(a)}">${markUp(input, titleBlock.start, titleBlock.end, marked.marks, opened)}</h1>${paragraphMark(titleBlock.paragraph)}`
    : `<h1 class="title untitled" lang="${langOf(a)}">${headlineHtml(a, input)}</h1>`;
  const text = blocks
    .filter((b) => b !== titleBlock)
    .map((b) => (b.blank ? markUp(input, b.start, b.end, marked.marks, opened) : blockView(b, input, marked.marks, opened, frame.prefix)))
    .join('');
  const meta = [frame.id, `${str(a.script) ?? 'unknown'} script`, `${formatNumber(num(fields(a.stats).characters) ?? [...input].length)} characters`, `${list(a.paragraphs).length} paragraphs`];
  return `<header class="doc-head">${frame.nav}
${heading}
<p class="meta">${meta.filter((m): m is string => m !== null).map(escapeHtml).join(' · ')}</p>
</header>
${stanceCard(a, input, marked)}
${legend(marked)}
<div class="layout">
<section class="text" lang="${langOf(a)}" aria-label="Text">${text}</section>
${sideList(analysis, input, marked)}
</div>`;
}

/** The page language for the article's script, which picks the right CJK glyphs. */
export function langOf(a: Fields): string {
  return a.script === 'traditional' ? 'zh-Hant' : 'zh-Hans';
}

/** The headline as written; for a text without one, its opening words, with `found` false. */
export function headline(a: Fields, input: string): { text: string; found: boolean } {
  const title = list(a.paragraphs).find((p) => fields(p).kind === 'title');
  const span = range(title, input.length);
  if (span) return { text: input.slice(span.start, span.end), found: true };
  const first = input.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const chars = [...first];
  return { text: chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : first || '(empty)', found: false };
}

/** The headline as HTML, saying so when there is none. */
export function headlineHtml(a: Fields, input: string): string {
  const { text, found } = headline(a, input);
  return `${escapeHtml(text)}${found ? '' : ' <span class="muted" lang="en">(no headline)</span>'}`;
}

/** The whole input cut into blocks, in text order: the paragraphs, and what lies before, between and after them. */
function blocksOf(a: Fields, input: string): Block[] {
  const paragraphs = list(a.paragraphs)
    .map((p) => ({ ...range(p, input.length), paragraph: fields(p) }))
    .filter((p): p is { start: number; end: number; paragraph: Fields } => p.start !== undefined)
    .sort((x, y) => x.start - y.start);
  const blocks: Block[] = [];
  const between = (start: number, end: number) => {
    if (end > start) blocks.push({ start, end, paragraph: null, blank: input.slice(start, end).trim() === '' });
  };
  let at = 0;
  for (const p of paragraphs) {
    // Paragraphs that overlap (never in a valid analysis) are cut so that no character is shown twice.
    const start = Math.max(p.start, at);
    between(at, start);
    if (p.end > start) blocks.push({ start, end: p.end, paragraph: p.paragraph, blank: false });
    at = Math.max(at, p.end);
  }
  between(at, input.length);
  return blocks;
}

function blockView(block: Block, input: string, marks: readonly Mark[], opened: Set<Mark>, prefix: string): string {
  const p = block.paragraph;
  const kind = str(p?.kind) ?? 'body';
  const stance = stanceOf(fields(p?.stance).label);
  const index = num(p?.index);
  return `<div class="para st-${p ? stance : 'none'} kind-${escapeHtml(kind)}"${attr('id', index === null ? null : `${prefix}p${index}`)}>${paragraphMark(p)}<p class="ptext">${markUp(input, block.start, block.end, marks, opened)}</p></div>`;
}

/** A paragraph's stance as a label: symbol, word and score, and its kind when it is not body text. */
function paragraphMark(p: Fields | null): string {
  if (!p) return '<span class="pmark"><span class="badge st-none">not in a paragraph</span></span>';
  const stance = fields(p.stance);
  const score = num(stance.score);
  const probability = num(stance.probability);
  const after = [score === null ? '' : formatScore(score), probability === null ? '' : `p ${formatNumber(probability)}`].filter(Boolean).join(' ');
  const kind = str(p.kind);
  return `<span class="pmark">${kind && kind !== 'body' ? `<span class="kind">${escapeHtml(kind)}</span>` : ''}${stanceBadge(stance.label, after)}</span>`;
}

/** The article stance at the top: label, score, confidence as a meter, any probability, and the strongest evidence. */
function stanceCard(a: Fields, input: string, marked: ArticleMarks): string {
  const stance = fields(a.stance);
  const score = num(stance.score);
  const confidence = num(stance.confidence);
  const facts: string[] = [];
  if (score !== null) facts.push(`<span>score <b>${formatScore(score)}</b></span>`);
  if (confidence !== null) {
    facts.push(`<span>confidence <b>${Math.round(confidence * 100)}%</b> ${gauge(confidence)}</span>`);
  }
  if ('probability' in stance) facts.push(`<span>probability <b>${escapeHtml(describeProbability(stance.probability))}</b></span>`);
  const counts = new Map<string, number>();
  for (const p of list(a.paragraphs)) {
    const label = stanceOf(fields(fields(p).stance).label);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  facts.push(`<span>paragraphs: ${[...counts].map(([label, n]) => `${n} ${escapeHtml(label)}`).join(', ') || 'none'}</span>`);
  const evidence = list(stance.evidence).map((e) => {
    const span = range(e, input.length);
    if (!span) return '';
    const id = marked.evidence.get(`${span.start}:${span.end}`);
    const words = escapeHtml(input.slice(span.start, span.end));
    const f = fields(e);
    return `<li>${id ? `<a href="#${id}">${words}</a>` : words} ${stanceBadge(f.polarity, num(f.weight) === null ? '' : `weight ${formatNumber(num(f.weight) as number)}`)} <code>${escapeHtml(str(f.rule) ?? '')}</code> <span class="muted">${escapeHtml(evidenceFlags(e).join(', '))}</span></li>`;
  });
  return `<section class="stance-card st-${stanceOf(stance.label)}" aria-label="Article stance">
<div class="stance-main"><span class="muted">Article stance</span> ${stanceBadge(stance.label)}</div>
<p class="facts">${facts.join(' ')}</p>
${evidence.length ? `<details open><summary>Strongest evidence (${evidence.length})</summary><ol class="evidence">${evidence.join('')}</ol></details>` : '<p class="muted">No stance evidence.</p>'}
</section>`;
}

/** A share from 0 to 1 as a small bar; the number beside it says the same in words. */
function gauge(share: number): string {
  const width = `${(Math.min(1, Math.max(0, share)) * 100).toFixed(1)}%`;
  return `<svg class="gauge" width="96" height="8" aria-hidden="true"><rect width="100%" height="8" rx="2" fill="#dfe3e8"/><rect width="${width}" height="8" rx="2" fill="#59636e"/></svg>`;
}

/** A number, or named numbers (a probability per label), in one line. */
function describeProbability(value: unknown): string {
  const n = num(value);
  if (n !== null) return formatNumber(n);
  const parts = Object.entries(fields(value))
    .filter(([, v]) => num(v) !== null)
    .map(([k, v]) => `${k} ${formatNumber(v as number)}`);
  return parts.join(', ') || 'n/a';
}

/** The key to the highlights: each kind's style and label, with its count; then the two kinds of evidence. */
function legend(marked: ArticleMarks): string {
  const kinds = KINDS.map((k) => `<li><mark class="hl hl-${k} key" data-label="${KIND_LABEL[k]}">${k}</mark> ${marked.counts[k]}</li>`);
  const evidence = ['bullish', 'skeptical'].map((p) => `<li><span class="ev ev-${p} key">${p} cue</span></li>`);
  return `<section class="legend" aria-label="Key"><ul>${kinds.join('')}${evidence.join('')}</ul><p class="muted hint">Focus or point at a highlight to see what xinwen read.</p></section>`;
}
