import type { Lexicons } from '../../lexicon/lexicons.js';
import type { WordList } from '../../lexicon/word-list.js';

/** Whether a candidate could be a company's name at all, whatever found it. */
export function isPlausible(surface: string, lex: Lexicons): boolean {
  const words = lex.words['company-words'];
  return (
    !words.is(surface.toUpperCase(), 'acronym') &&
    !words.is(withoutAcronymFirm(surface, lex).toUpperCase(), 'acronym') &&
    surface.length >= 2 &&
    surface.length <= 30 &&
    !lex.notCompanies.has(surface.toLowerCase()) &&
    // 研发部, 市政府, 证券交易所: a department, a government body, a school or an exchange.
    words.of('not-company-ending').endingAt(surface, surface.length) === null &&
    !words.is(surface, 'generic-name') &&
    !lex.media.get(surface) &&
    !/^\d+$/.test(surface) &&
    !holds(words.of('index'), surface) &&
    !isKindOfFirm(surface, lex) &&
    // •地产, 艺术村的: a name neither opens on a mark nor ends on 的 (unless it is a known name: 美的).
    /^[\p{L}\p{N}]/u.test(surface) &&
    (lex.words.particles.of('possessive').endingAt(surface, surface.length) === null || lex.companies.get(surface) !== undefined)
  );
}

/** IT公司 → IT: the acronym before the word that makes it a kind of firm. */
function withoutAcronymFirm(surface: string, lex: Lexicons): string {
  const firm = lex.words['company-words'].of('acronym-firm').endingAt(surface, surface.length);
  return firm ? surface.slice(0, firm.start) : surface;
}

/** Whether any word of the list stands anywhere in the text. */
function holds(list: WordList<true>, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (list.wordAt(text, i) !== null) return true;
  return false;
}

/**
 * 商业银行, 多家房产中介公司, 光大三家银行: a kind of firm, or a number of firms, not one firm. The kinds are industry
 * words that never stand for a name on their own.
 */
function isKindOfFirm(surface: string, lex: Lexicons): boolean {
  const words = lex.words['company-words'];
  if (words.of('firm-count-opening').at(surface, 0) !== null || words.is(surface, 'firm-kind')) return true;
  for (const measure of words.of('firm-measure').all(surface)) if (lex.chars.has('firm-numeral', surface.charCodeAt(measure.start - 1))) return true;
  return false;
}
