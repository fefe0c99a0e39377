import { endsWord, tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { companyContextAfter } from './context.js';
import { groupOf, type CompanySeed } from './seed.js';

/**
 * *ST金科, ST华源, S*ST天发: an exchange's warning prefix before a listed company's short name makes the whole a
 * listed company's name as the market writes it, whether or not the lexicon knows the company. The short name is
 * two to four characters (ST股 and ST板块 speak of such stocks, not of one).
 */
const PREFIX = /(?<![A-Za-z*])(?:S\*ST|\*ST|SST|ST)(?=[\u4e00-\u9fff])/g;
const MIN_NAME = 2;
const MAX_NAME = 4;
/** Words that never continue a short name: verbs, adverbs, prepositions, conjunctions, particles, pronouns. */
const NOT_IN_NAME: ReadonlySet<string> = new Set(['v', 'vd', 'vn', 'd', 'ad', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'r']);

export function fromSpecialTreatment(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  PREFIX.lastIndex = 0;
  for (let m = PREFIX.exec(text); m; m = PREFIX.exec(text)) {
    const nameStart = m.index + m[0].length;
    const end = nameEnd(doc, lex, nameStart);
    if (end < 0) continue;
    const name = text.slice(nameStart, end);
    if (lex.words['company-words'].of('after-warning-prefix').at(name, 0) !== null) continue;
    const surface = text.slice(m.index, end);
    seeds.push({ surface, group: lex.companies.get(name) ? groupOf(lex, name) : surface, why: 'morphology:special-treatment', at: { start: m.index, end }, shortName: name });
  }
  return seeds;
}

/**
 * Where the short name after the prefix ends: at the first end of one of jieba's words, two to four characters in,
 * after which no more of the name can follow: a mark or a figure, a word that cannot be in a name (天发/x 停牌/v),
 * company context, or an everyday word of two characters or more (林海/nr 公告/n).
 */
function nameEnd(doc: Doc, lex: Lexicons, start: number): number {
  const { text } = doc;
  let limit = start;
  while (limit < start + MAX_NAME && /[\u4e00-\u9fff]/.test(text[limit] ?? '')) {
    const t = tokenStartingAt(doc, limit);
    if (limit > start && ((t && t.end - t.start >= 2 && NOT_IN_NAME.has(t.pos)) || companyContextAfter(lex, text, limit))) break;
    limit++;
  }
  for (let end = start + MIN_NAME; end <= limit; end++) {
    if (!endsWord(doc, end)) continue;
    const next = tokenStartingAt(doc, end);
    if (end === limit || !next || (next.end - next.start >= 2 && lex.knownWord(text.slice(next.start, next.end)))) return end;
  }
  return -1;
}
