import type { Lexicons } from '../../lexicon/lexicons.js';

/**
 * Whether a name at [start, end) names no person there: it is inside the title of a work (《叶问》, or 郑和演义》
 * where the text begins inside the title), or it opens the name of a place or a thing named after the person
 * (林肯纪念馆, 鲁迅博物馆).
 */
export function notPersonMention(text: string, start: number, end: number, lex: Lexicons): boolean {
  return insideWorkTitle(text, start) || lex.words['person-words'].of('named-after').at(text, end, end + 4) !== null;
}

/** Whether `at` is inside 《…》 (the marks of a book, film or programme title, which are short). */
function insideWorkTitle(text: string, at: number): boolean {
  // By code unit: a string per character read cost more than the rest of a candidate's checks.
  for (let i = at - 1; i >= 0 && at - i <= 40; i--) {
    const c = text.charCodeAt(i);
    if (c === WORK_OPEN) return true;
    if (c === WORK_CLOSE || c === LINE_BREAK) return false;
  }
  // A title whose opening mark is cut off: its closing mark comes first.
  for (let i = at; i < text.length && i - at <= 20; i++) {
    const c = text.charCodeAt(i);
    if (c === WORK_CLOSE) return true;
    if (c === WORK_OPEN || c === LINE_BREAK) return false;
  }
  return false;
}

const WORK_OPEN = '《'.charCodeAt(0);
const WORK_CLOSE = '》'.charCodeAt(0);
const LINE_BREAK = '\n'.charCodeAt(0);

/**
 * 开发商斯特拉莫: a word that introduces a company and names no role of a person (as 股东 does) stands before it;
 * 控股南钢: so does a verb whose object is a company.
 */
export function introducesCompany(text: string, at: number, lex: Lexicons): boolean {
  const word = lex.orgWords.endingAt(text, at);
  const descriptor = word !== null && word.value.has('descriptor') && lex.titles.at(text, word.start) === null;
  return descriptor || lex.words['person-words'].of('company-object-verb').endingAt(text, at) !== null;
}
