import type { Lexicons } from '../../lexicon/lexicons.js';
import { perLexicons } from '../per-lexicons.js';
import { numberedUnitAt } from './branches.js';
import { isWebsite } from './lexicon.js';

/** Names tested with each analyzer's lexicons, and the answers. */
const tested = perLexicons(() => new Map<string, boolean>());

/** The names whose answers are kept: emptied when full, so memory stays bounded over any corpus. */
const TESTED_NAMES = 4096;

/**
 * Whether a candidate could be a company's name at all, whatever found it. Each name is tested once: the lexicon
 * finds 阿里巴巴 at every mention, news names the same companies article after article, and the test reads a dozen
 * word lists.
 */
export function isPlausible(surface: string, lex: Lexicons): boolean {
  const answers = tested(lex);
  let answer = answers.get(surface);
  if (answer === undefined) {
    if (answers.size >= TESTED_NAMES) answers.clear();
    answer = plausible(surface, lex);
    answers.set(surface, answer);
  }
  return answer;
}

function plausible(surface: string, lex: Lexicons): boolean {
  const words = lex.words['company-words'];
  return (
    // The length first: it rejects without the case copies the acronym tests make.
    surface.length >= 2 &&
    surface.length <= 30 &&
    !words.is(surface.toUpperCase(), 'acronym') &&
    !words.is(withoutAcronymFirm(surface, lex).toUpperCase(), 'acronym') &&
    !lex.notCompanies.has(surface.toLowerCase()) &&
    // 研发部, 市政府, 证券交易所: a department, a government body, a school or an exchange (中铁十一局 is a unit).
    (words.of('not-company-ending').endingAt(surface, surface.length) === null || isNumberedUnit(surface, lex)) &&
    !words.is(surface, 'generic-name') &&
    !/^\d+$/.test(surface) &&
    !namesIndex(surface, lex) &&
    (!lex.media.get(surface) || isWebsite(lex, surface)) &&
    !isKindOfFirm(surface, lex) &&
    // •地产, 创意园的: a name neither opens on a mark (but for an exchange's warning: *ST金科) nor ends on 的 (unless
    // it is a known name: 美的).
    /^(?:\*ST|[\p{L}\p{N}])/u.test(surface) &&
    (lex.words.particles.of('possessive').endingAt(surface, surface.length) === null || lex.companies.get(surface) !== undefined)
  );
}

/** IT公司 → IT: the acronym before the word that makes it a kind of firm. */
function withoutAcronymFirm(surface: string, lex: Lexicons): string {
  const firm = lex.words['company-words'].of('acronym-firm').endingAt(surface, surface.length);
  return firm ? surface.slice(0, firm.start) : surface;
}

/** 恒生科技指数, 沪指: an index word anywhere, unless a fund's type follows it (沪深300指数基金 is a fund). */
function namesIndex(surface: string, lex: Lexicons): boolean {
  const fund = lex.words['fund-words'];
  for (const w of lex.words['company-words'].of('index').all(surface)) {
    const fundWord = fund.of('type').at(surface, w.end) ?? fund.of('type').at(surface, w.start) ?? fund.of('style').at(surface, w.start);
    if (fundWord === null) return true;
  }
  return false;
}

/**
 * 商业银行, 多家房产中介公司, 浦发三家银行: a kind of firm, or a number of firms, not one firm. The kinds are industry
 * words that never stand for a name on their own.
 */
function isKindOfFirm(surface: string, lex: Lexicons): boolean {
  const words = lex.words['company-words'];
  if (words.of('firm-count-opening').at(surface, 0) !== null || words.is(surface, 'firm-kind')) return true;
  // 内地房地产公司, 海外科技公司: a word of scope or ownership before nothing but industry and firm words.
  const scope = words.of('scope-prefix').at(surface, 0);
  if (scope !== null && onlyOrgWords(surface, scope.end, lex)) return true;
  for (const measure of words.of('firm-measure').all(surface)) if (lex.chars.has('firm-numeral', surface.charCodeAt(measure.start - 1))) return true;
  return false;
}

/** Whether surface[from, end) is one or more industry or generic organisation words and nothing else (房地产公司). */
function onlyOrgWords(surface: string, from: number, lex: Lexicons): boolean {
  let at = from;
  for (let w = lex.orgWords.at(surface, at); w !== null && (w.value.has('industry') || w.value.has('generic')); w = lex.orgWords.at(surface, at)) at = w.end;
  return at > from && at === surface.length;
}

/** 中铁十一局: a known company's name, a numeral and a unit's word. */
function isNumberedUnit(surface: string, lex: Lexicons): boolean {
  for (let end = 2; end < surface.length - 1; end++) {
    if (lex.companies.get(surface.slice(0, end)) !== undefined && end + numberedUnitAt(surface, lex, end) === surface.length) return true;
  }
  return false;
}
