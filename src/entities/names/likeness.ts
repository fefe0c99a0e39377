import type { Lexicons } from '../../lexicon/lexicons.js';
import { isHan } from '../words.js';

/**
 * How name-like a Chinese name candidate is, by the name model (lexicon/name-model.ts): the sum of its characters'
 * scores as surname and given name, and, in context, of the characters around it (称 after a name, 的 before one).
 * A log ratio in nats: above 0 the span looks more like a name than like any other text. Read for candidates only.
 * @example nameLikeness(text, 0, 1, 2) > nameLikeness(text, 0, 1, 3) // 王磊 and 王磊则 in 王磊则表示: 则 ends no name
 */

/** What a name must score, by how much else speaks for it. */
export const NAME_LIKENESS = {
  /** Next to a title or a speech verb, which say a name is there: only its extent is in question. */
  beside: 0.5,
  /** Right after a title or a kinship word, where jieba read the name as ordinary words (曾/d 海宁/ns). */
  afterTitle: 3,
  /** An interview's label, which fixes both ends of the name (钟石开：). */
  label: 0,
  /**
   * An everyday word where a byline or a title says a name stands (记者田野）, 员工高峰): its own characters, without
   * context, must read as a name (作者简介 and 教授成立 do not).
   */
  everydayWord: 1,
  /** A word jieba has never seen, shaped like a name, with nothing else for it. */
  unknownWord: 1,
  /** A name jieba cut into several words (尹/nr 朝阳/ns), with nothing else for it. */
  split: 7,
} as const;

/** A mark, a digit or a letter next to a name bounds it as well as the likeliest character does. */
const BOUNDARY = 1;

/** The name's own characters: surname, then one given character, or two (first and last). */
export function nameLikeness(text: string, start: number, surname: number, end: number, lex: Lexicons): number {
  const model = lex.nameModel;
  const given = start + surname;
  const own = model.surname(text, start, surname);
  if (end - given === 1) return own + model.score(text, given, 'given-single');
  if (end - given === 2) return own + model.score(text, given, 'given-first') + model.score(text, given + 1, 'given-last');
  return -Infinity;
}

/**
 * Whether text[start, end) reads as a name by its own characters, without context: a surname (`surname` characters,
 * none if 0), a given name, and a score an everyday word must reach where a byline or a title says a name stands
 * ((记者 田野), 员工高峰; not 作者简介, 教授成立).
 */
export function readsAsName(text: string, start: number, surname: number, end: number, lex: Lexicons): boolean {
  return surname > 0 && end > start + surname && nameLikeness(text, start, surname, end, lex) >= NAME_LIKENESS.everydayWord;
}

/** How well the character at `at` follows a name (a boundary past the text's end or at a non-Han character). */
export function afterName(text: string, at: number, lex: Lexicons): number {
  return isHan(text.charCodeAt(at)) ? lex.nameModel.score(text, at, 'after') : BOUNDARY;
}

/** How well the character before `at` precedes a name. */
export function beforeName(text: string, at: number, lex: Lexicons): number {
  return isHan(text.charCodeAt(at - 1)) ? lex.nameModel.score(text, at - 1, 'before') : BOUNDARY;
}

/** The name and its neighbours: how likely text[start, end) is a name standing there. */
export function nameInContext(text: string, start: number, surname: number, end: number, lex: Lexicons): number {
  return beforeName(text, start, lex) + nameLikeness(text, start, surname, end, lex) + afterName(text, end, lex);
}
