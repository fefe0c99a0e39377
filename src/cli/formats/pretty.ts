import type { Amount, Analysis, Percentage } from '../../schema.js';
import type { Format } from './index.js';

/** A readable summary per document for a terminal; an error is its id and the message. */
export const pretty: Format = {
  start: '',
  record: (result) => ('error' in result ? `== ${result.id}\nerror: ${result.error}\n\n` : `${formatPretty(String(result.id), result.analysis)}\n`),
  end: () => '',
};

/**
 * A readable summary of one analysis for a terminal: title, stance with its strongest evidence, companies, people
 * with roles, key figures with what they measure, quotes and the summary.
 */
function formatPretty(id: string, a: Analysis): string {
  const lines: string[] = [`== ${id}`];
  lines.push(`title:     ${a.title ?? '(none)'}`);
  lines.push(
    `stance:    ${a.stance.label} (score ${a.stance.score}, confidence ${a.stance.confidence})` +
      (a.stance.evidence.length ? ` — ${a.stance.evidence.map((e) => `${e.text}${e.polarity === 'bullish' ? '+' : '−'}`).join(' ')}` : ''),
  );
  const paragraphs = { bullish: 0, skeptical: 0, neutral: 0 };
  for (const p of a.paragraphs) paragraphs[p.stance.label]++;
  lines.push(`           paragraphs: ${paragraphs.bullish} bullish, ${paragraphs.skeptical} skeptical, ${paragraphs.neutral} neutral`);
  const companies = [...a.companies].sort((x, y) => y.salience - x.salience).slice(0, 12);
  if (companies.length) {
    lines.push(
      `companies: ${companies
        .map((c) => `${c.name}${c.aliases.length ? ` (${c.aliases.join('/')})` : ''}${c.codes.length ? ` [${c.codes.join(',')}]` : ''}${c.stance && c.stance !== 'neutral' ? ` ${c.stance}` : ''}`)
        .join('; ')}${a.companies.length > companies.length ? ` … +${a.companies.length - companies.length}` : ''}`,
    );
  }
  if (a.people.length) {
    lines.push(
      `people:    ${a.people
        .map((p) => `${p.name}${p.roles.length ? ` (${p.roles.map((r) => `${r.former ? '原' : ''}${r.org ?? ''}${r.title}`).join(', ')})` : ''}`)
        .join('; ')}`,
    );
  }
  const figures = [...a.amounts.map(describeAmount), ...a.percentages.map(describePercentage)].slice(0, 12);
  if (figures.length) lines.push(`figures:   ${figures.join('; ')}${a.amounts.length + a.percentages.length > figures.length ? ' …' : ''}`);
  for (const q of a.quotes.filter((x) => x.speaker).slice(0, 5)) lines.push(`quote:     ${q.speaker}: “${clip(q.text, 60)}”`);
  if (a.credits.sources.length || a.credits.people.length) {
    lines.push(`credits:   ${[...a.credits.sources, ...a.credits.people.map((p) => `${p.role} ${p.name}`)].join('; ')}`);
  }
  if (a.keywords.length) lines.push(`keywords:  ${a.keywords.map((k) => k.term).join(' ')}`);
  for (const s of a.summary) lines.push(`summary:   ${clip(s.text, 120)}`);
  return `${lines.join('\n')}\n`;
}

function describeAmount(x: Amount): string {
  const value = `${x.approximate ? '≈' : ''}${x.value.toLocaleString('en-US')}${x.valueMax !== null ? `–${x.valueMax.toLocaleString('en-US')}` : ''}`;
  return `${x.text} = ${value}${x.currency ? ` ${x.currency}` : ''}${x.per ? `/${x.per}` : ''}${x.metric ? ` (${x.metric})` : ''}`;
}

function describePercentage(x: Percentage): string {
  const unit = x.kind === 'points' ? ' pt' : '%';
  const arrow = x.change === 'up' ? '↑' : x.change === 'down' ? '↓' : '';
  return `${x.text} = ${arrow}${x.approximate ? '≈' : ''}${x.value}${x.valueMax !== null ? `–${x.valueMax}` : ''}${unit}${x.metric ? ` (${x.metric})` : ''}`;
}

function clip(s: string, n: number): string {
  return [...s].length > n ? `${[...s].slice(0, n).join('')}…` : s;
}
