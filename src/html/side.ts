import type { Analysis } from '../schema.js';
import { escapeHtml } from './escape.js';
import { fields, formatNumber, list, num, range, str } from './fields.js';
import { stanceBadge } from './labels.js';
import type { ArticleMarks } from './marks.js';
import { amountValue, companyNote, percentageNote, amountNote, personNote, percentageValue, roleText } from './notes.js';

/**
 * The side list: companies with the stance toward each, people with their roles, key figures, quotes, keywords,
 * the summary and the credits. Each entity and figure links to its first highlight in the text.
 */
export function sideList(analysis: Analysis, input: string, marked: ArticleMarks): string {
  const a = fields(analysis);
  const link = (owner: unknown, label: string) => {
    const id = marked.ids.get(owner);
    return id ? `<a href="#${id}">${escapeHtml(label)}</a>` : escapeHtml(label);
  };
  const slice = (value: unknown) => {
    const span = range(value, input.length);
    return span ? input.slice(span.start, span.end) : null;
  };
  // The note's first line is the heading already shown; the rest says why.
  const details = (note: string) => {
    const rest = note.split('\n').slice(1);
    return rest.length ? `<span class="why">${rest.map(escapeHtml).join('<br>')}</span>` : '';
  };

  const companies = list(a.companies)
    .map((c) => ({ c, salience: num(fields(c).salience) ?? 0 }))
    .sort((x, y) => y.salience - x.salience)
    .map(({ c }) => {
      const f = fields(c);
      return `<li>${link(c, str(f.name) ?? '?')} ${stanceBadge(f.stance ?? 'none')} <span class="muted">×${list(f.mentions).length}</span>${details(companyNote(c, input))}</li>`;
    });
  const people = list(a.people).map((p) => {
    const f = fields(p);
    const roles = list(f.roles).map((r) => roleText(r, input)).filter((r): r is string => r !== null);
    return `<li>${link(p, str(f.name) ?? '?')} <span class="muted">×${list(f.mentions).length}</span>${roles.length ? ` — ${escapeHtml(roles.join('; '))}` : ''}${details(personNote(p, input))}</li>`;
  });
  const figures = [
    ...list(a.amounts).map((x) => ({ x, value: amountValue(x), note: amountNote(x, input) })),
    ...list(a.percentages).map((x) => ({ x, value: percentageValue(x), note: percentageNote(x, input) })),
  ]
    .map((f) => ({ ...f, text: slice(f.x), start: num(fields(f.x).start) ?? 0 }))
    .filter((f): f is typeof f & { text: string } => f.text !== null)
    .sort((p, q) => p.start - q.start)
    .map((f) => `<li>${link(f.x, f.text)} = ${escapeHtml(f.value)}${details(f.note)}</li>`);
  const quotes = list(a.quotes)
    .map((q) => ({ q, text: slice(q), speaker: str(fields(q).speaker) }))
    .filter((q): q is typeof q & { text: string } => q.text !== null)
    .map((q) => `<li>${q.speaker ? `<b>${escapeHtml(q.speaker)}</b>: ` : '<span class="muted">(no speaker)</span> '}${link(q.q, clip(q.text, 60))}</li>`);
  const keywords = list(a.keywords).map((k) => {
    const f = fields(k);
    const weight = num(f.weight);
    return `<li>${escapeHtml(str(f.term) ?? '?')}${weight === null ? '' : ` <span class="muted">${formatNumber(weight)}</span>`}</li>`;
  });
  const summary = list(a.summary)
    .map(slice)
    .filter((s): s is string => s !== null)
    .map((s) => `<li>${escapeHtml(s)}</li>`);
  const credits = fields(a.credits);
  const creditItems = [
    ...list(credits.sources).filter((s): s is string => typeof s === 'string').map((s) => `<li>source: ${escapeHtml(s)}</li>`),
    ...list(credits.people).map((p) => `<li>${escapeHtml(str(fields(p).role) ?? 'credit')}: ${escapeHtml(str(fields(p).name) ?? '?')}</li>`),
  ];

  return `<aside class="side" aria-label="What xinwen found">
${group('Companies', companies, 'ul')}
${group('People', people, 'ul')}
${group('Key figures', figures, 'ul')}
${group('Quotes', quotes, 'ul')}
${group('Keywords', keywords, 'ul', 'chips')}
${group('Summary', summary, 'ol')}
${group('Credits', creditItems, 'ul')}
</aside>`;
}

function group(heading: string, items: string[], tag: 'ul' | 'ol', className = ''): string {
  const body = items.length ? `<${tag}${className ? ` class="${className}"` : ''}>${items.join('\n')}</${tag}>` : '<p class="muted">None found.</p>';
  return `<section><h2>${heading} <span class="count">${items.length}</span></h2>${body}</section>`;
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : s;
}
