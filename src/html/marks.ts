import type { Analysis } from '../schema.js';
import { attr } from './escape.js';
import { fields, list, range, type Range } from './fields.js';
import { KIND_LABEL, type MentionKind } from './labels.js';
import type { Mark } from './nest.js';
import { amountNote, companyNote, evidenceNote, percentageNote, personNote, quoteNote } from './notes.js';

/** Quotes hold names and figures; evidence sits innermost, as a line under the words that carry it. */
const RANK: Record<MentionKind | 'evidence', number> = { quote: 0, company: 1, person: 2, amount: 3, percentage: 4, evidence: 5 };

/** The marks of one article, and the element ids the side list and the stance card link to. */
export interface ArticleMarks {
  marks: Mark[];
  /** Per kind, the id of each listed object's first highlighted mention (entities) or of itself (figures, quotes). */
  ids: Map<unknown, string>;
  /** Id of the evidence mark for a `start:end` key. */
  evidence: Map<string, string>;
  counts: Record<MentionKind, number>;
}

/**
 * Every highlight of an article: one mark per mention of each company and person, per amount, percentage and quote
 * (kind in `data-kind`, one `data-m` id per mention shared by its pieces), and one per distinct stance evidence
 * span of the paragraphs, sentences and article (`data-ev`). Each carries its tooltip in `data-note`. Ids start with
 * `prefix`, so several articles can share a page.
 */
export function articleMarks(analysis: Analysis, input: string, prefix: string): ArticleMarks {
  const marks: Mark[] = [];
  const ids = new Map<unknown, string>();
  const counts: Record<MentionKind, number> = { company: 0, person: 0, amount: 0, percentage: 0, quote: 0 };
  const a = fields(analysis);
  let next = 0;
  const mention = (kind: MentionKind, span: Range, note: string, label: string, owner: unknown) => {
    const id = `${prefix}m${next++}`;
    if (!ids.has(owner)) ids.set(owner, id);
    counts[kind]++;
    const common = `class="hl hl-${kind}"${attr('data-kind', kind)}${attr('data-m', id)}${attr('data-label', label)}${attr('data-note', note)}`;
    marks.push({
      ...span,
      rank: RANK[kind],
      open: (first) => (first ? `<mark ${common}${attr('id', id)} tabindex="0">` : `<mark ${common} data-part="cont">`),
      close: '</mark>',
    });
  };

  for (const [kind, noteOf] of [['company', companyNote], ['person', personNote]] as const) {
    for (const entity of list(kind === 'company' ? a.companies : a.people)) {
      const note = noteOf(entity, input);
      for (const m of list(fields(entity).mentions)) {
        const span = range(m, input.length);
        if (span) mention(kind, span, note, KIND_LABEL[kind], entity);
      }
    }
  }
  const figures = [['amount', a.amounts, amountNote], ['percentage', a.percentages, percentageNote], ['quote', a.quotes, quoteNote]] as const;
  for (const [kind, items, noteOf] of figures) {
    for (const item of list(items)) {
      const span = range(item, input.length);
      const speaker = kind === 'quote' ? fields(item).speaker : null;
      const label = typeof speaker === 'string' && speaker !== '' ? `${KIND_LABEL.quote} · ${speaker}` : KIND_LABEL[kind];
      if (span) mention(kind, span, noteOf(item, input), label, item);
    }
  }

  const evidence = new Map<string, string>();
  const notes = new Map<string, { span: Range; polarity: string; notes: string[] }>();
  const stances = [...list(a.paragraphs), ...list(a.sentences)].map((p) => fields(p).stance);
  for (const stance of [fields(a.stance), ...stances]) {
    for (const e of list(fields(stance).evidence)) {
      const span = range(e, input.length);
      if (!span) continue;
      const key = `${span.start}:${span.end}`;
      const note = evidenceNote(e, input);
      const seen = notes.get(key);
      if (!seen) notes.set(key, { span, polarity: String(fields(e).polarity), notes: [note] });
      else if (!seen.notes.includes(note)) seen.notes.push(note);
    }
  }
  // In text order, so that ids read from the top of the article down.
  const ordered = [...notes.entries()].sort(([, x], [, y]) => x.span.start - y.span.start || x.span.end - y.span.end);
  for (const [key, { span, polarity, notes: said }] of ordered) {
    const id = `${prefix}e${evidence.size}`;
    evidence.set(key, id);
    const common = `class="ev ev-${polarity === 'bullish' ? 'bullish' : polarity === 'skeptical' ? 'skeptical' : 'other'}"${attr('data-ev', id)}${attr('data-note', said.join('\n\n'))}`;
    marks.push({
      ...span,
      rank: RANK.evidence,
      open: (first) => (first ? `<span ${common}${attr('id', id)} tabindex="0">` : `<span ${common} data-part="cont">`),
      close: '</span>',
    });
  }
  return { marks, ids, evidence, counts };
}
