import type { Analysis } from '../schema.js';
import { articleView, headline } from './article.js';
import { corpusView, type ReportDocument } from './corpus.js';
import { fields } from './fields.js';
import { page } from './page.js';

export type { ReportDocument } from './corpus.js';

export interface HtmlOptions {
  /** The document's name (a file path, say), shown under the headline and in the window title. */
  id?: string;
}

export interface IndexOptions {
  /** The window title. Default: `xinwen report: N documents`. */
  title?: string;
}

/**
 * One self-contained HTML page for one article: the headline and the article stance with its confidence and
 * evidence, then the text with each paragraph's stance and every company, person, amount, percentage and quote
 * highlighted (focus or point at one to see what xinwen read), and a side list of companies, people, key figures,
 * quotes, keywords and the summary. Inline CSS and script only: it works offline, from a file. All text is sliced
 * from `text` by the analysis offsets and escaped, so pass the same string the analysis was made from.
 * @example writeFileSync('article.html', renderHtml(analyze(text), text, { id: 'article.txt' }))
 */
export function renderHtml(analysis: Analysis, text: string, options: HtmlOptions = {}): string {
  check(analysis, text, 'renderHtml');
  const id = options.id ?? null;
  const body = `<article class="single" id="article">\n${articleView(analysis, text, { prefix: 'a-', id, nav: '<p class="brand">xinwen</p>' })}\n</article>`;
  return page(`${headline(fields(analysis), text).text}${id ? ` (${id})` : ''} · xinwen`, body, 'page-article');
}

/**
 * One self-contained HTML page for many documents: an index with the stance of every article and the most
 * mentioned companies (with their share of bullish and skeptical mentions) as inline SVG charts, and one line per
 * document (title, stance, main companies) linking to its view. The views are in the same file, one shown at a
 * time by the link's fragment (`report.html#d2`), so a single `-o report.html` holds the whole report. Documents
 * that failed (`{ id, error }`, as `analyzeMany` yields them) are listed with their error.
 * @example writeFileSync('report.html', renderIndex(files.map((id) => ({ id, text: texts[id], analysis: analyze(texts[id]) }))))
 */
export function renderIndex(articles: readonly ReportDocument[], options: IndexOptions = {}): string {
  if (!Array.isArray(articles)) throw new TypeError(`xinwen: renderIndex expects an array of documents, got ${typeof articles}`);
  for (const d of articles) {
    if (d === null || typeof d !== 'object' || typeof d.id !== 'string') throw new TypeError('xinwen: renderIndex expects each document to have a string id');
    if ('analysis' in d) check(d.analysis, d.text, `renderIndex (${d.id})`);
  }
  const title = options.title ?? `xinwen report: ${articles.length} document${articles.length === 1 ? '' : 's'}`;
  return page(title, corpusView(articles), 'page-corpus');
}

/** Programmer errors throw; odd content in an analysis object is the view's to cope with. */
function check(analysis: unknown, text: unknown, where: string): void {
  if (typeof text !== 'string') throw new TypeError(`xinwen: ${where} expects the text as a string, got ${text === null ? 'null' : typeof text}`);
  if (analysis === null || typeof analysis !== 'object') throw new TypeError(`xinwen: ${where} expects an analysis object, got ${analysis === null ? 'null' : typeof analysis}`);
}
