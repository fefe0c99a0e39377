import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { stockMovesAfter } from './context.js';
import { groupOf, type CompanySeed } from './seed.js';

/**
 * A foreign company written in Latin letters in Chinese text, which the lexicon does not know: the words around it
 * say it is a firm. Read after a noun for a firm (研究公司Arbolite, 生产商Kestrel Mining), before a legal form
 * (Brightwell Systems Inc.), and before its shares' move (Hollis Foods涨5.2%).
 * A run of capitalised words is the name; all capitals alone (DAX, PTA, CEO) are as often an index, a commodity, a
 * body or jargon, so a firm's noun before it or a move after it names a firm only where the run holds a word in lower
 * case.
 */

/** Capitalised words joined by single spaces, or by an ampersand between spaces (Smith & Wesson). */
const LATIN_RUN = /(?<![A-Za-z0-9&.'-])[A-Z][A-Za-z'-]*(?:\.(?=[^A-Za-z]|$))?(?:(?: & | )[A-Z][A-Za-z'-]*(?:\.(?=[^A-Za-z]|$))?)*/g;
/** The fewest letters of a name: two capitals are an abbreviation of anything. */
const MIN_LETTERS = 3;
/** A rise or a fall by a percentage right after the name (涨5.5%, 跌超9%, 下跌7.3%). */
const MOVE_BY = /^(?:上涨|下跌|大涨|大跌|涨|跌)(?:超|逾|近|约)?\d+(?:\.\d+)?[%％]/;

export function fromLatinNames(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  const words = lex.words['company-words'];
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(text); m; m = LATIN_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const surface = m[0];
    // A lexicon name or ticker is read by the lexicon, with its own rules.
    if (lex.companies.get(surface) !== undefined || surface.replace(/[^A-Za-z]/g, '').length < MIN_LETTERS) continue;
    if (words.is(surface.toUpperCase(), 'acronym') || lex.notCompanies.has(surface.toLowerCase())) continue;
    const mixedCase = /[a-z]{2}/.test(surface);
    const after = text.slice(end, end + 16);
    const firmBefore = mixedCase && words.of('firm-noun').endingAt(text, start) !== null;
    const legalForm = lex.orgWords.endingAt(surface, surface.length)?.value.has('legal') === true && surface.includes(' ');
    const moves = mixedCase && (MOVE_BY.test(after) || stockMovesAfter(lex, text, end));
    if (!firmBefore && !legalForm && !moves) continue;
    seeds.push({ surface, group: groupOf(lex, groupingName(lex, text, surface, end)), why: 'context:latin-name', at: { start, end } });
  }
  return seeds;
}

/** A Chinese name in brackets right after a Latin one: Eurizon(欧利盛金融集团). */
const CHINESE_IN_BRACKETS = /^\s?[(（]([\u4e00-\u9fff]{2,20})[)）]/;

/**
 * The name whose company the Latin name is: the Chinese name in brackets after it (Eurizon(欧利盛金融集团) is one
 * company), else the longest run of its first words that the lexicon knows (APG Asset Management is APG's), else itself.
 */
function groupingName(lex: Lexicons, text: string, surface: string, end: number): string {
  const chinese = CHINESE_IN_BRACKETS.exec(text.slice(end, end + 24));
  if (chinese) return chinese[1] as string;
  for (let cut = surface.lastIndexOf(' '); cut > 0; cut = surface.lastIndexOf(' ', cut - 1)) {
    if (lex.companies.get(surface.slice(0, cut)) !== undefined) return surface.slice(0, cut);
  }
  return surface;
}
