import { paragraphAt, type Doc } from '../text/document.js';

/** A pair of quotation marks: the offsets of the opening and the closing mark. */
export interface QuotationMarks {
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };

/** The outermost quotation marks of each paragraph, paired; an unclosed mark opens nothing. */
export function quotationMarks(doc: Doc): QuotationMarks[] {
  const { text } = doc;
  const found: QuotationMarks[] = [];
  const opening = /[“「『"]/g;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const open = m.index;
    const paragraph = paragraphAt(doc, open);
    if (!paragraph) continue;
    const mark = m[0];
    const closer = PAIRS[mark] ?? '"';
    let depth = 1;
    let close = -1;
    for (let i = open + 1; i < paragraph.end; i++) {
      const ch = text[i];
      if (ch === closer && --depth === 0) {
        close = i;
        break;
      }
      if (closer !== '"' && ch === mark) depth++;
    }
    if (close < 0) {
      opening.lastIndex = paragraph.end;
      continue;
    }
    if (close > open + 1) found.push({ open, close });
    opening.lastIndex = close + 1;
  }
  return found;
}

