import { startsWord, tokenContaining, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { PROPER_TAGS } from '../../text/tags.js';
import { surnameLength } from '../names/chinese.js';
import type { Evidence } from '../evidence.js';
import { readsAsName } from '../names/likeness.js';
import { orgSlot } from '../org-slot.js';
import { isHan, isWordNotTagged } from '../words.js';
import { nameStart } from './glued.js';
import { endsInKnownName, namesPersonMediumOrPlace } from './other-names.js';
import { CHINESE_DIGITS } from '../../figures/numerals.js';
import type { CompanySeed } from './seed.js';

/**
 * The organisation before a word only organisations take: its holders and what it holds (摩尔龙股东, 斐讯旗下,
 * 某某金融实际控制人, 某某网的法定代表人). Forum posts and enforcement news name platforms and firms this way, with no
 * legal form and no title; the name must look like a trade name to jieba (a proper name, a word it does not know or
 * single characters), and neither a place nor a person's name (张某旗下 is a person's holdings). A kind of holder
 * (归属于上市公司股东, 流通股股东) opens on an ordinary word: the name must open on a word jieba holds as a proper
 * name or does not know.
 */

/** How far back the name may reach before the word: trade names in such posts are short. */
const MAX_NAME = 8;

export function fromHolders(doc: Doc, lex: Lexicons, { words }: Evidence): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (const w of words.holderAfter) {
    if (!startsWord(doc, w.start)) continue;
    // 摩尔龙的股东: the possessive between them.
    const end = lex.words.particles.isCharAt(text, w.start - 1, 'possessive') ? w.start - 1 : w.start;
    const slot = orgSlot(doc, lex, end, MAX_NAME).org;
    if (!slot) continue;
    let start = nameStart(doc, lex, slot.start, slot.end);
    // 宜贷网是摩尔龙旗下: the name starts after the copula.
    for (let i = slot.end; i > start; i--) if (lex.words.particles.isCharAt(text, i - 1, 'copula')) start = i;
    const org = { start, end: slot.end };
    if (org.end - org.start < 2 || !opensOnProperName(doc, lex, org.start) || !endsAsName(doc, lex, org.end)) continue;
    const surface = text.slice(org.start, org.end);
    // Known names, and names ending in one (如景顺长城), are the lexicon's to read (its context words include these).
    if (endsInKnownName(lex, surface) || isWordNotTagged(doc, org.start, org.end, PROPER_TAGS) || namesPersonMediumOrPlace(lex, surface)) continue;
    if (readsAsName(text, org.start, surnameLength(text, org.start, lex), org.end, lex)) continue;
    seeds.push({ surface, group: surface, why: `context:holder:${w.word}`, at: { start: org.start, end: org.end } });
  }
  return seeds;
}

/**
 * Whether the name opens on a word jieba holds as a proper name or does not know (a jargon acronym is none), with a
 * Han or Latin letter that is no numeral (三是, ③异地 open no name).
 */
function opensOnProperName(doc: Doc, lex: Lexicons, at: number): boolean {
  const first = tokenContaining(doc, at);
  const ch = doc.text[at] as string;
  if (!first || !PROPER_TAGS.has(first.pos) || lex.words['company-words'].is(doc.text.slice(first.start, first.end).toUpperCase(), 'acronym')) return false;
  return (isHan(ch.charCodeAt(0)) && !CHINESE_DIGITS.includes(ch)) || /[A-Za-z]/.test(ch);
}

/**
 * Whether the name ends as a trade name may: not on a numeral (第一大股东) nor on an everyday word of two characters or
 * more that is no organisation word (限售流通股股东 names a kind of holder; 某某金融, 某某集团 end on one).
 */
function endsAsName(doc: Doc, lex: Lexicons, end: number): boolean {
  const { text } = doc;
  if (CHINESE_DIGITS.includes(text[end - 1] as string)) return false;
  const last = tokenContaining(doc, end - 1);
  if (!last || last.end !== end || last.end - last.start < 2 || PROPER_TAGS.has(last.pos)) return true;
  const word = text.slice(last.start, last.end);
  return !lex.knownWord(word) || lex.orgWords.get(word) !== undefined;
}
