import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { Quote } from '../schema.js';
import type { Doc } from '../text/document.js';
import type { QuotationMarks } from '../attribution/marks.js';

/** The longest term in quotation marks read as scare quotes (a coined term, not a quotation). */
const SCARE_QUOTE = 10;

/**
 * Whether an offset is inside an attributed quotation ('quote': the speaker's voice) or inside quotation marks
 * that are not a quotation ('scare': a coined term or scare quotes, where praise is irony).
 */
export function quoteLookup(doc: Doc, lex: Lexicons, quotes: readonly Quote[], marks: readonly QuotationMarks[]): (offset: number) => 'quote' | 'scare' | null {
  // Most short texts quote nothing: they build nothing to search.
  if (quotes.length === 0 && marks.length === 0) return unquoted;
  const { text } = doc;
  const marked: { start: number; end: number; kind: 'quote' | 'scare' }[] = quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const }));
  const quoteStarts = new Set(quotes.map((q) => q.start));
  for (const { open, close } of marks) {
    const start = open + 1;
    if (close - start > SCARE_QUOTE || quoteStarts.has(start) || isRating(lex, text, open, close + 1)) continue;
    marked.push({ start, end: close, kind: 'scare' });
  }
  marked.sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = marked.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = marked[mid] as { start: number; end: number; kind: 'quote' | 'scare' };
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return q.kind;
    }
    return null;
  };
}

/** Whether `at` is inside one of the quotes (sorted by start, none inside another): the speaker's words there. */
export function inQuote(quotes: readonly Quote[], at: number): boolean {
  const q = quotes[partitionPoint(quotes, (x) => x.end <= at)];
  return q !== undefined && q.start <= at;
}

function unquoted(): null {
  return null;
}

/** An analyst's rating is quoted as a label (维持“优于大市”评级), not in scare quotes. */
function isRating(lex: Lexicons, text: string, open: number, close: number): boolean {
  const words = lex.words['stance-words'];
  return words.of('rating-before').endingAt(text.slice(Math.max(0, open - 4), open), Math.min(open, 4)) !== null || words.of('rating-after').at(text.slice(close, close + 2), 0) !== null;
}
