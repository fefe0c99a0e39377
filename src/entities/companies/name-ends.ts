import { endsWord, tokenContaining, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { UNKNOWN } from '../../text/tags.js';

/** A Latin letter or a digit, by code unit (NaN, past the text's ends, is neither): read for every candidate. */
function isLatin(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a company name at [start, end) ends there in jieba's reading: where jieba ends a word; where its HMM glued
 * the next character onto it in a word it does not know (美團升/x, 中芯升/x), or a function character and more
 * (立博和威/x); where jieba lent the name's last character to a two-character word after it (建/行为64元), unless the
 * name is also an everyday word; before the organisation word jieba kept in one word with it (大众公司); anywhere for
 * a name of four characters or more. Latin names end where the letters do.
 */
export function companyNameEnds(doc: Doc, lex: Lexicons, start: number, end: number, everydayWord = false): boolean {
  const { text } = doc;
  // 苹果湾, 迪士尼乐园, 深圳国际会展中心: the name goes on as a place's or a body's.
  if (lex.words['company-words'].of('facility-after').at(text, end, end + 4) !== null) return false;
  if (isLatin(text.charCodeAt(start)) && isLatin(text.charCodeAt(start - 1))) return false;
  if (isLatin(text.charCodeAt(end - 1))) return !isLatin(text.charCodeAt(end));
  if (endsWord(doc, end) || end - start >= 4) return true;
  const last = tokenContaining(doc, end - 1);
  if (last === undefined || end - start < 2) return false;
  // 大众公司/nt, 联想公司/nt: jieba keeps some names whole with the organisation word after them (公司, 集团).
  const rest = last.start === start ? lex.orgWords.at(text, end, last.end) : null;
  if (rest?.end === last.end && rest.value.has('generic')) return true;
  // 立博和威/x: in a word jieba does not know, a function character after the name starts the next word.
  const glued = last.pos === UNKNOWN && (last.end - end <= 1 || lex.chars.has('function', text.charCodeAt(end)));
  // 建/行为: the name lent its last character to the word after it; but 新浪/网友 is 新浪, not 新浪网.
  const lent = last.start === end - 1 && last.end === end + 1 && lex.companies.getSpan(text, start, end - 1) === undefined;
  return glued || (!everydayWord && lent);
}
