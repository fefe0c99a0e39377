import type { Lexicons } from '../../lexicon/lexicons.js';
import { givenOk, surnameLength } from './chinese.js';
import { transliterationCount } from './foreign.js';

/**
 * A three-character word jieba has never seen, shaped like a surname and a given name of which one character is
 * common in names (邹树达, 蒋理仲, 冯连茂): neither the surname with the next character (常青树, 申请书) nor the given
 * name (袁聊天) is a word, it sounds foreign in no two characters (夏威夷), and it ends on no noun character (the last
 * characters of nouns, places and buildings: 常青树, 白云区).
 */
export function rareName(text: string, start: number, end: number, lex: Lexicons): boolean {
  if (end - start !== 3 || surnameLength(text, start, lex) !== 1 || !givenOk(text, start + 1, end, lex)) return false;
  if (!lex.chars.has('given-name', text.charCodeAt(start + 1)) && !lex.chars.has('given-name', text.charCodeAt(end - 1))) return false;
  // 夏威夷: two transliteration characters make it sound foreign.
  const foreign = transliterationCount(text, start, end, lex) >= 2;
  const last = text.charCodeAt(end - 1);
  if (foreign || lex.chars.has('noun-ending', last) || lex.chars.has('name-follower', last)) return false;
  // 首席市场官齐峰: the would-be surname ends a title.
  if (lex.titles.endingAt(text, start + 1) !== null) return false;
  // 乐途大客户部: the last character begins a word that runs on.
  const isWord = (from: number, to: number) => lex.dictionaryTag(text.slice(from, to)) !== undefined;
  const runsOn = isWord(end - 1, end + 1) || isWord(end - 1, end + 2);
  return !runsOn && !prefixStandsAlone(text, start, end) && !isWord(start, start + 2) && !isWord(start + 1, end);
}

/**
 * 沙河项目 … 沙河经适房, 青峰同星级酒店 … 青峰市区: the first two characters stand nearby without the third, as a
 * place does. Nearby only, so that a long text costs no more per word.
 */
function prefixStandsAlone(text: string, start: number, end: number): boolean {
  const prefix = text.slice(start, start + 2);
  const nearby = text.slice(Math.max(0, start - NEARBY), end + NEARBY);
  for (let at = nearby.indexOf(prefix); at >= 0; at = nearby.indexOf(prefix, at + 1)) if (nearby[at + 2] !== text[end - 1]) return true;
  return false;
}

const NEARBY = 300;
