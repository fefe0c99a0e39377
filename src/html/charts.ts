import { escapeHtml } from './escape.js';

/**
 * Two bar charts in inline SVG, no chart library. Widths are percentages of the chart, so a chart fills a phone
 * or a desktop column with its text at full size; each row is a line of text above its bar, which says the numbers
 * in words, and each stance has its own fill pattern as well as its colour.
 */

/** Heights: a row of the stance chart (a line of text, a bar), a row of the company chart (two lines, a bar). */
const ROW = 46;
const COMPANY_ROW = 64;
const BAR = 14;

/**
 * Fills per stance: solid, stripes, dots, cross-hatch; `other` is a plain light grey. Patterns are defined once per
 * page, in an SVG of their own that both charts refer to.
 */
export const CHART_DEFS = `<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>
<pattern id="fill-skeptical" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6d3bf"/><rect width="3" height="6" fill="#b8470f"/></pattern>
<pattern id="fill-mixed" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e5dbf7"/><circle cx="3" cy="3" r="1.6" fill="#6d3fc0"/></pattern>
<pattern id="fill-neutral" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e4e6e9"/><path d="M0 3h6M3 0v6" stroke="#5f6670" stroke-width="1"/></pattern>
</defs></svg>`;

const FILL: Record<string, string> = {
  bullish: '#1d5fa8',
  skeptical: 'url(#fill-skeptical)',
  mixed: 'url(#fill-mixed)',
  neutral: 'url(#fill-neutral)',
  other: '#d8dce1',
};

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

function svg(label: string, height: number, body: string): string {
  return `<svg class="chart" role="img" aria-label="${escapeHtml(label)}" width="100%" height="${height + 4}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

/** A horizontal bar of segments (fill, share of the full width), on a light track. */
function bar(y: number, segments: readonly (readonly [string, number])[], title: string): string {
  let x = 0;
  const parts = segments
    .filter(([, share]) => share > 0)
    .map(([fill, share]) => {
      const rect = `<rect x="${percent(x)}" y="${y}" width="${percent(share)}" height="${BAR}" fill="${fill}"/>`;
      x += share;
      return rect;
    });
  return `<g><title>${escapeHtml(title)}</title><rect x="0" y="${y}" width="100%" height="${BAR}" fill="#f1f3f5"/>${parts.join('')}</g>`;
}

/** Articles per article stance: one row per label, with the count and share in words. */
export function stanceChart(counts: readonly (readonly [string, number])[]): string {
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const symbol: Record<string, string> = { bullish: '▲', skeptical: '▼', mixed: '◆', neutral: '●' };
  const rows = counts.map(([label, n], i) => {
    const y = i * ROW;
    const words = `${symbol[label] ?? '○'} ${label}: ${n} article${n === 1 ? '' : 's'} (${total ? Math.round((100 * n) / total) : 0}%)`;
    return `<text x="0" y="${y + 16}">${escapeHtml(words)}</text>${bar(y + 24, [[FILL[label] ?? (FILL.other as string), total ? n / total : 0]], words)}`;
  });
  const label = `Article stance across ${total} articles: ${counts.map(([l, n]) => `${n} ${l}`).join(', ')}`;
  return svg(label, counts.length * ROW, rows.join(''));
}

export interface CompanyTally {
  name: string;
  mentions: number;
  articles: number;
  bullish: number;
  skeptical: number;
}

/**
 * The most mentioned companies: bar length by mentions, split into the mentions in articles bullish toward the
 * company, those skeptical toward it, and the rest.
 */
export function companyChart(companies: readonly CompanyTally[]): string {
  const most = Math.max(1, ...companies.map((c) => c.mentions));
  const said: string[] = [];
  const rows = companies.map((c, i) => {
    const y = i * COMPANY_ROW;
    const share = (n: number) => (c.mentions ? Math.round((100 * n) / c.mentions) : 0);
    // Two short lines rather than one long one, which a phone-wide chart would cut off.
    const name = `${c.name} · ${c.mentions} mentions in ${c.articles} article${c.articles === 1 ? '' : 's'}`;
    const shares = `▲ ${share(c.bullish)}% bullish · ▼ ${share(c.skeptical)}% skeptical`;
    said.push(`${name}, ${shares}`);
    const rest = c.mentions - c.bullish - c.skeptical;
    const segments = [
      [FILL.bullish as string, c.bullish / most],
      [FILL.skeptical as string, c.skeptical / most],
      [FILL.other as string, rest / most],
    ] as const;
    return `<text x="0" y="${y + 16}">${escapeHtml(name)}</text><text class="sub" x="0" y="${y + 34}">${escapeHtml(shares)}</text>${bar(y + 42, segments, `${name}: ${shares}`)}`;
  });
  // role="img" hides the text inside from assistive technology, so the label says all of it.
  return svg(`Most mentioned companies: ${said.join('; ')}`, companies.length * COMPANY_ROW, rows.join(''));
}
