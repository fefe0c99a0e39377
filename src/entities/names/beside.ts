import { endsWord, startsWord, tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { NAME_TAGS, NOT_SURNAME_TAGS, PERSON_TAGS } from '../../text/tags.js';
import { isWordNotTagged } from '../words.js';
import { chineseNameAt, givenOk, plausibleSpan, surnameLength, titleAfterSurname } from './chinese.js';
import { foreignNameAt, originalNameAfter } from './foreign.js';
import { latinHandleAt, latinNameAt } from './latin.js';
import { NAME_LIKENESS, nameInContext, readsAsName } from './likeness.js';
import { GIVEN_NAME_LENGTH, type NameSpan } from './span.js';

/** The name right after a title, or right before a title or a verb: how far it reaches, whatever its shape. */

/**
 * The name at `start` (after a title): Chinese when it can be, else transliterated (马库斯·费尔德曼 reads whole,
 * not as 马库斯), else in Latin letters.
 */
export function nameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const found = foreignNameAt(doc, start, lex);
  // 特约/d 评论员: transliteration characters that make one function word or verb are no name.
  const word = found ? tokenStartingAt(doc, found.start) : undefined;
  const foreign = found && !(word && word.end === found.end && NOT_SURNAME_TAGS.has(word.pos)) ? found : null;
  if (foreign && (doc.text.slice(foreign.start, foreign.end).includes('·') || originalNameAfter(doc.text, foreign.end))) return foreign;
  const chinese = chineseNameAt(doc, start, lex);
  if (chinese && foreign && transliterationGoesOn(doc, chinese.end, foreign.end)) return foreign;
  return chinese ?? foreign ?? latinNameAt(doc.text, start) ?? latinHandleAt(doc.text, start) ?? modelNameAt(doc, start, lex);
}

/**
 * 文迪/x 索尔/nr: a Chinese reading (文迪) that stops where the transliteration runs on into a word jieba tags as a
 * name is the first part of a transliterated name.
 */
function transliterationGoesOn(doc: Doc, chineseEnd: number, foreignEnd: number): boolean {
  const next = tokenStartingAt(doc, chineseEnd);
  return chineseEnd < foreignEnd && next !== undefined && next.end <= foreignEnd && PERSON_TAGS.has(next.pos);
}

/**
 * 副总经理曾/d 海宁/ns, 员工高峰/n: after a title (or a kinship word) a name is expected, so a name jieba read as
 * ordinary words is one where the name model reads it as a name clearly, and it ends where jieba ends a word.
 */
export function modelNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  const surname = surnameLength(text, start, lex);
  if (surname === 0 || titleAfterSurname(text, start + surname, lex)) return null;
  let best: NameSpan | null = null;
  let bestScore: number = NAME_LIKENESS.afterTitle;
  for (const given of [GIVEN_NAME_LENGTH.max, GIVEN_NAME_LENGTH.min]) {
    const end = start + surname + given;
    if (!endsWord(doc, end) || !givenOk(text, start + surname, end, lex)) continue;
    // 教授成立的: the words around may favour a name that its own characters do not make (成立).
    if (!readsAsName(text, start, surname, end, lex)) continue;
    const score = nameInContext(text, start, surname, end, lex);
    if (score > bestScore) {
      best = { start, end, foreign: false };
      bestScore = score;
    }
  }
  return best;
}

/**
 * The name ending right before `end` (a speech verb or a title after it): the candidate that begins at a jieba
 * token start and has a name's shape, preferring three characters, then two, then four (compound surnames), then a
 * transliterated name.
 */
export function nameBefore(doc: Doc, end: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0 || !startsWord(doc, start)) continue;
    // 权威专家, 强烈建议: the would-be name begins an ordinary word that runs on past the title or verb.
    const word = tokenStartingAt(doc, start);
    if (word && word.end > end && !NAME_TAGS.has(word.pos)) continue;
    // 明星选手, 卡通画家: a two-character word jieba knows (even as a name: it tags 明星 nr) is a word, not a name;
    // famous people with such names are in our lexicon.
    if (length === 2 && lex.dictionaryTag(text.slice(start, end)) !== undefined) continue;
    const surname = surnameLength(text, start, lex);
    const given = length - surname;
    if (
      surname > 0 &&
      given >= 1 &&
      given <= 2 &&
      !partOfTitle(text, start, start + surname, end, lex) &&
      givenOk(text, start + surname, end, lex) &&
      !titleAfterSurname(text, start + surname, lex) &&
      plausibleSpan(doc, start, end, surname) &&
      // 房企来说, 強則說: a reading that looks like no name is none, whatever stands after it.
      nameInContext(text, start, surname, end, lex) >= NAME_LIKENESS.beside
    ) {
      return { start, end, foreign: false };
    }
  }
  for (let start = Math.max(0, end - 6); start <= end - 2; start++) {
    if (!startsWord(doc, start)) continue;
    const name = foreignNameAt(doc, start, lex);
    if (!name || name.end !== end || isWordNotTagged(doc, start, end, NAME_TAGS)) continue;
    // 卡通/nz 画家: a word jieba holds is a name before a title only when it holds it as a name.
    const tag = lex.dictionaryTag(text.slice(start, end));
    if (tag === undefined || PERSON_TAGS.has(tag)) return name;
  }
  return null;
}

/**
 * 首席市场官齐峰: the would-be surname ends a title begun before it; 董秘说: the would-be name is a title; 高管只说:
 * the would-be name opens with a title.
 */
function partOfTitle(text: string, start: number, surnameEnd: number, end: number, lex: Lexicons): boolean {
  const endingAtSurname = lex.titles.endingAt(text, surnameEnd);
  const opening = lex.titles.at(text, start);
  return (endingAtSurname !== null && endingAtSurname.start < start) || (opening !== null && (opening.end === end || opening.word.length >= 2));
}
