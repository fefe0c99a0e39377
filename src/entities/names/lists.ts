import { endsWord, tokenEndingAt, tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { LIST_COMMA } from '../../text/marks.js';
import { PERSON_TAGS, PLACE, UNKNOWN } from '../../text/tags.js';
import { someWordTagged, wordSpanning } from '../words.js';
import { wholeChineseName } from './chinese.js';
import { foreignNameAt, transliterationStart } from './foreign.js';
import type { NameSpan } from './span.js';

/**
 * 欧拉、高斯、黎曼、希尔伯特 and 齐白石、张大千、潘天寿: three or more names listed with 、, each item a name from
 * joiner to joiner (transliterated, or a Chinese name jieba reads as one word), no item a place in jieba's reading
 * (伦敦、巴黎、纽约 are ns), and most of them tagged as names by it.
 */
export function nameLists(doc: Doc, lex: Lexicons): NameSpan[] {
  const { text } = doc;
  const found: NameSpan[] = [];
  let items: NameSpan[] = [];
  const close = () => {
    const named = items.filter((item) => someWordTagged(doc, item.start, item.end, PERSON_TAGS)).length;
    const last = items[items.length - 1];
    // 周永年、郑思远等: two items suffice when 等 closes the list and jieba reads one as a name.
    const pair = items.length === 2 && last !== undefined && lex.words.particles.isCharAt(text, last.end, 'list-closer') && named >= 1;
    if ((items.length >= 3 && named * 2 >= items.length) || pair) found.push(...items);
    items = [];
  };
  for (let at = text.indexOf(LIST_COMMA); at >= 0; at = text.indexOf(LIST_COMMA, at + 1)) {
    const previous = items[items.length - 1];
    if (previous === undefined || previous.end !== at) {
      close();
      // The first item: the word just before the joiner, or the transliterated run there from a word start.
      const word = tokenEndingAt(doc, at);
      const first = (word && chineseNameWord(doc, word.start, lex)) ?? foreignNameAt(doc, transliterationStart(doc, at, lex), lex);
      if (!first || first.end !== at || isPlace(doc, first)) continue;
      items.push(first);
    }
    const next = chineseNameWord(doc, at + 1, lex) ?? foreignNameAt(doc, at + 1, lex);
    // A middle item runs to the next joiner; the last ends where jieba ends a word (希尔伯特/等等).
    if (!next || isPlace(doc, next) || (text[next.end] !== LIST_COMMA && !endsWord(doc, next.end))) {
      close();
      continue;
    }
    items.push(next);
    if (text[next.end] !== LIST_COMMA) close();
  }
  close();
  return found;
}

/** A Chinese name that jieba reads as one word, tagged a name or unknown (张大千/nr, 林晓舟/x). */
function chineseNameWord(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const t = tokenStartingAt(doc, start);
  if (!t || !(PERSON_TAGS.has(t.pos) || t.pos === UNKNOWN)) return null;
  return wholeChineseName(doc.text, t.start, t.end, lex);
}

function isPlace(doc: Doc, span: NameSpan): boolean {
  return wordSpanning(doc, span.start, span.end)?.pos === PLACE;
}
