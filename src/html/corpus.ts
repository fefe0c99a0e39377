import type { Analysis } from '../schema.js';
import { articleView, headlineHtml, langOf } from './article.js';
import { CHART_DEFS, companyChart, stanceChart, type CompanyTally } from './charts.js';
import { escapeHtml } from './escape.js';
import { fields, list, num, str } from './fields.js';
import { stanceBadge, stanceOf } from './labels.js';

/** One document of a report: its analysis and the text it was made from, or the error it met. */
export type ReportDocument = { id: string; text: string; analysis: Analysis } | { id: string; error: string };

const STANCES = ['bullish', 'skeptical', 'mixed', 'neutral'];
const TOP_COMPANIES = 10;

/**
 * The corpus page body: the index (charts, then one line per document linking to its view), then every view as a
 * section of its own, shown one at a time by the URL fragment (`report.html#d3`).
 */
export function corpusView(documents: readonly ReportDocument[]): string {
  const ids = documents.map((_, i) => `d${i + 1}`);
  // Documents that failed have no view; previous and next step over them.
  const viewed = documents.flatMap((d, i) => ('analysis' in d ? [{ d, id: ids[i] as string }] : []));
  const counts = new Map(STANCES.map((s) => [s, 0]));
  for (const { d } of viewed) {
    const label = stanceOf(fields(fields(d.analysis).stance).label);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const items = documents.map((d, i) => indexItem(d, ids[i] as string));
  const sections = viewed.map(({ d, id }, i) => {
    const previous = viewed[i - 1];
    const next = viewed[i + 1];
    const nav = `<nav class="docnav" aria-label="Documents"><a href="#index">↑ All documents</a>${previous ? `<a href="#${previous.id}">← Previous</a>` : ''}${next ? `<a href="#${next.id}">Next →</a>` : ''}</nav>`;
    return `<section class="doc" id="${id}" aria-label="${escapeHtml(d.id)}">\n${articleView(d.analysis, d.text, { prefix: `${id}-`, id: d.id, nav })}\n</section>`;
  });
  const companies = tallyCompanies(viewed.map(({ d }) => d.analysis));
  const errors = documents.length - viewed.length;
  return `<section class="corpus" id="index" aria-labelledby="index-title">
<p class="brand">xinwen report</p>
<h1 id="index-title">${documents.length} document${documents.length === 1 ? '' : 's'}</h1>
<p class="meta">${viewed.length} analysed${errors ? `, ${errors} failed` : ''}. Choose a document to see its text with everything xinwen read in it.</p>
${CHART_DEFS}
<div class="charts">
<figure><figcaption><h2>Article stance</h2></figcaption>${stanceChart([...counts])}</figure>
<figure><figcaption><h2>Most mentioned companies</h2></figcaption>${companies.length ? companyChart(companies) : '<p class="muted">No company found.</p>'}</figure>
</div>
<h2>Documents</h2>
<ol class="docs">
${items.join('\n')}
</ol>
</section>
${sections.join('\n')}`;
}

/** A document's line in the index: title linked to its view, stance with confidence, main companies, id. */
function indexItem(d: ReportDocument, id: string): string {
  if (!('analysis' in d)) {
    return `<li><span class="doc-title">${escapeHtml(d.id)}</span> <span class="badge st-unknown">error</span><div class="doc-facts">${escapeHtml(d.error)}</div></li>`;
  }
  const a = fields(d.analysis);
  const stance = fields(a.stance);
  const confidence = num(stance.confidence);
  const main = list(a.companies)
    .map((c) => fields(c))
    .sort((x, y) => (num(y.salience) ?? 0) - (num(x.salience) ?? 0))
    .slice(0, 3)
    .map((c) => `${escapeHtml(str(c.name) ?? '?')} ${stanceBadge(c.stance ?? 'none')}`);
  return `<li><a class="doc-title" href="#${id}" lang="${langOf(a)}">${headlineHtml(a, d.text)}</a> ${stanceBadge(stance.label, confidence === null ? '' : `${Math.round(confidence * 100)}%`)}
<div class="doc-facts">${escapeHtml(d.id)}${main.length ? ` · ${main.join(' ')}` : ''}</div></li>`;
}

/**
 * Mentions per company name across the corpus, and how many of them stand in articles bullish or skeptical toward
 * that company. The most mentioned first; ties by name, so the same corpus gives the same chart.
 */
function tallyCompanies(analyses: readonly Analysis[]): CompanyTally[] {
  const tally = new Map<string, CompanyTally>();
  for (const a of analyses) {
    for (const c of list(fields(a).companies).map((x) => fields(x))) {
      const name = str(c.name);
      if (!name) continue;
      const t = tally.get(name) ?? { name, mentions: 0, articles: 0, bullish: 0, skeptical: 0 };
      const n = list(c.mentions).length;
      t.mentions += n;
      t.articles++;
      if (c.stance === 'bullish') t.bullish += n;
      if (c.stance === 'skeptical') t.skeptical += n;
      tally.set(name, t);
    }
  }
  return [...tally.values()]
    .sort((x, y) => y.mentions - x.mentions || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .slice(0, TOP_COMPANIES);
}
