import { endsWord, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { CHINESE_DIGITS, UNITS } from '../../figures/numerals.js';
import type { CompanySeed } from './seed.js';

/**
 * 招商银行杭州分行, 中国移动成都分公司: a known company, an optional place and a branch word name a unit of the company,
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

/** 中铁十一局, 中建三局, 中交一航局: a known company, a numeral of one or two characters and a unit's word. */
export function fromNumberedUnits(doc: Doc, lex: Lexicons, { hits }: Evidence): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (const hit of hits.phrases) {
    if (!hit.value.company) continue;
    const length = numberedUnitAt(text, lex, hit.end);
    if (length === 0 || (/[\p{L}\p{N}]/u.test(text[hit.end + length] ?? '') && !endsWord(doc, hit.end + length))) continue;
    const surface = text.slice(hit.start, hit.end + length);
    seeds.push({ surface, group: surface, why: `morphology:numbered-unit`, at: { start: hit.start, end: hit.end + length } });
  }
  return seeds;
}

/** The length of a numeral of one or two characters and a numbered unit's word at `at` (十一局), or 0. */
export function numberedUnitAt(text: string, lex: Lexicons, at: number): number {
  let end = at;
  while (end < at + 2 && NUMERAL_DIGITS.includes(text[end] ?? '-')) end++;
  if (end === at) return 0;
  const unit = lex.words['company-words'].of('numbered-unit').at(text, end);
  return unit ? unit.end - at : 0;
}

const NUMERAL_DIGITS = `${CHINESE_DIGITS}${UNITS}`;
