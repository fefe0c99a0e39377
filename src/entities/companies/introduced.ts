import { tokenContaining, tokenIndexFrom, tokenStartingAt, type Doc, type Tok } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { ADVERB_TAGS, NOT_IN_NAME_SINGLE_TAGS, NOT_IN_ORG_TAGS, NOUN, PLACE, UNKNOWN, VERBAL_NOUN } from '../../text/tags.js';
import type { Evidence } from '../evidence.js';
import { isHan } from '../words.js';
import { hasProperToken } from './proper.js';
import { namesPersonMediumOrPlace } from './other-names.js';
import { groupOf, type CompanySeed } from './seed.js';

/**
 * Firms that a frame introduces by a name the lexicon does not know: a subsidiary after 子公司 (全资子公司苏州鑫煜拟…,
 * 下属子公司惠州康冠5MWp…) and a company whose equity changes hands (持有孚斯泰23.81%股权, 购买晶樱光电98%股权). Only a firm
 * stands there; its name runs over the words a name holds, up to a verb, a time or function word, a figure or a mark,
 * and must look like a trade name (a word jieba does not know, or a place and more after it), not a common noun
 * (子公司股权, 标的公司), a place or a person the lexicon knows.
 */
export function fromIntroduced(doc: Doc, lex: Lexicons, { words }: Evidence): CompanySeed[] {
  const seeds: CompanySeed[] = [];
  const add = (start: number, end: number | null, why: string) => {
    if (end !== null && looksLikeFirm(doc, lex, start, end)) {
      const surface = doc.text.slice(start, end);
      seeds.push({ surface, group: groupOf(lex, surface), why, at: { start, end } });
    }
  };
  for (const open of words.subsidiaryOpenings) add(open.end, nameRun(doc, lex, open.end), 'context:subsidiary');
  for (const verb of words.stakeVerbs) {
    const end = nameRun(doc, lex, verb.end);
    if (end !== null && STAKE.test(doc.text.slice(end, end + STAKE_REACH))) add(verb.end, end, 'context:stake');
  }
  return seeds;
}

/** A share of a firm's equity right after its name: 23.81%股权, 的60%股份. */
const STAKE = /^的?\d+(?:\.\d+)?[%％]的?(?:股权|股份)/;
const STAKE_REACH = 16;
/** The longest name a frame introduces. */
const MAX_NAME = 10;
/**
 * Below this IDF weight a word of the segmenter's dictionary is an everyday word (现金 6.8, 药品 7.4, 合同 6.5), which
 * neither opens nor closes a trade name; the words that do are rarer (幕墙 10.5) or the dictionary lacks them.
 */
const EVERYDAY_IDF = 8;

/**
 * Where the name starting at `start` ends: after the last word a name may hold, or at an organisation word that
 * closes it (新乡制药 in 子公司新乡制药阿兹夫定原料药); null when no name of two characters or more stands there.
 */
function nameRun(doc: Doc, lex: Lexicons, start: number): number | null {
  const { text } = doc;
  let end = start;
  let t: Tok | undefined = tokenContaining(doc, start);
  // The frame's word glued to the name (持有孚斯泰 as one word): the name is the rest of it.
  if (t && t.start < start && t.pos !== UNKNOWN) return null;
  for (let i = tokenIndexFrom(doc, start); t; t = doc.tokens[++i]) {
    const from = Math.max(t.start, start);
    const code = text.charCodeAt(from);
    if (!isHan(code) && !isLatinLetter(code)) break;
    const word = text.slice(from, t.end);
    const org = lex.orgWords.get(word);
    if (end > start && org !== undefined && !org.has('descriptor')) {
      end = t.end;
      break;
    }
    if (t.end - from >= 2) {
      // A verb, a verbal noun (出资), a time or function word ends the name, and so does an everyday noun (苏州琞能现金
      // 增资, 荻川新能上市/ns).
      if ((NOT_IN_ORG_TAGS.has(t.pos) && !lex.orgNameWords.has(word)) || ADVERB_TAGS.has(t.pos) || t.pos === VERBAL_NOUN) break;
      if (end > start && (t.pos === NOUN || t.pos === PLACE) && isEveryday(lex, word)) break;
    } else if (opensNextWord(lex, code) || NOT_IN_NAME_SINGLE_TAGS.has(t.pos)) break;
    // 拟以/x, 因危/x 废: a word opening on a character that opens words is no part of the name; 鑫煜拟/x: one jieba
    // glued onto the name's end opens the next word.
    if (t.pos === UNKNOWN && opensNextWord(lex, code)) break;
    if (t.pos === UNKNOWN && opensNextWord(lex, text.charCodeAt(t.end - 1))) {
      end = t.end - 1;
      break;
    }
    end = t.end;
    if (end - start > MAX_NAME) return null;
  }
  return end - start >= 2 && end - start <= MAX_NAME ? end : null;
}

function opensNextWord(lex: Lexicons, code: number): boolean {
  return lex.chars.has('function', code) || lex.chars.has('glued-after-name', code);
}

/** A word that the dictionary holds as an everyday word (places too: 上市/ns), and no organisation word. */
function isEveryday(lex: Lexicons, word: string): boolean {
  const idf = word.length >= 2 ? lex.idf(word) : undefined;
  return idf !== undefined && idf < EVERYDAY_IDF && lex.orgWords.get(word) === undefined;
}

/**
 * A trade name, not a common noun or a known person or place: a word jieba does not know, or a place and a name after
 * it; nor does an everyday word open it (药品坎地沙坦酯片).
 */
function looksLikeFirm(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const surface = doc.text.slice(start, end);
  // A name shaped like a person's is a firm's here (万德康): only firms stand in these frames.
  // An industry word alone (子公司环保整改) names a line of business.
  if (lex.companies.get(surface) !== undefined || namesPersonMediumOrPlace(lex, surface) || lex.orgWords.get(surface) !== undefined) return false;
  const first = tokenStartingAt(doc, start);
  if (first === undefined || (first.pos !== PLACE && isEveryday(lex, doc.text.slice(first.start, first.end)))) return false;
  if (hasProperToken(doc, lex, start, end)) return true;
  // A place and a trade name after it (苏州鑫煜, 华联电子); a place and one noun of the dictionary describe a product or
  // a project (印尼氧化铝项目).
  const rest = tokenStartingAt(doc, first.end);
  return first.pos === PLACE && end - first.end >= 2 && !(rest !== undefined && rest.end === end && rest.pos === NOUN && lex.orgWords.get(doc.text.slice(rest.start, rest.end)) === undefined);
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
