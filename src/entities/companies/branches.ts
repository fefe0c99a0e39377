import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import type { CompanySeed } from './seed.js';

/**
 * 交通银行深圳分行, 中国电信武汉分公司: a known company, an optional place and a branch word name a unit of the company,
 * kept as a company of its own.
 */
export function fromBranches(doc: Doc, lex: Lexicons, { hits }: Evidence): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (const w of hits.markers.orgWords) {
    if (!w.value.has('branch')) continue;
    const place = lex.words.places.of('region').endingAt(text, w.start);
    const companyEnd = place ? place.start : w.start;
    for (let start = Math.max(0, companyEnd - 12); start <= companyEnd - 2; start++) {
      if (lex.companies.get(text.slice(start, companyEnd)) === undefined) continue;
      const surface = text.slice(start, w.end);
      seeds.push({ surface, group: surface, why: `morphology:branch:${w.word}` });
      break;
    }
  }
  return seeds;
}
