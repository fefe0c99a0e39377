import { tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { BYLINE_BARS, markTest, SENTENCE_ENDS } from '../../text/marks.js';
import { inScript } from '../../text/normalize.js';
import { PEN_NAME_TAGS, PLACE } from '../../text/tags.js';
import { surnameLength } from '../names/chinese.js';
import { readsAsName } from '../names/likeness.js';
import { GIVEN_NAME_LENGTH, type NameSpan } from '../names/span.js';
import type { RoleSpan, Span, TitledName } from '../roles.js';
import { allHan } from '../words.js';

/** Bylines: who wrote the article, with or without a credit word (记者张琦, 【陈建廷/台中报道】). */

const isBylineBar = markTest(BYLINE_BARS);
const isSentenceEnd = markTest(SENTENCE_ENDS);
const OPENING = /[(（【[]/;

/**
 * A byline's name closed off on both sides, whatever its shape (实习编辑晓琳）, 本报记者岚川, 实习生方秋月）): two or
 * three Han characters from the credit to a closing bracket, a bar or a space, the end of the line, the next credit or
 * a dateline (北京报道). Pen names and unusual surnames need no name shape there; an ordinary word is one only if it
 * reads as a name.
 */
export function penNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  // As long as a name with a one-character surname.
  for (let given = GIVEN_NAME_LENGTH.min; given <= GIVEN_NAME_LENGTH.max; given++) {
    const end = start + 1 + given;
    if (closesByline(doc, lex, end)) return bylineName(doc, lex, start, end);
  }
  return null;
}

/**
 * text[start, end) as a byline's name: Han characters only, and not a word jieba reads as an ordinary one, unless
 * the name model reads its characters as a surname and a given name ((记者 田野), (记者 黄金) are names where the
 * byline fixes both ends; 作者简介 is not: 简 is a surname, 介 no given name).
 */
function bylineName(doc: Doc, lex: Lexicons, start: number, end: number): NameSpan | null {
  const { text } = doc;
  if (!allHan(text, start, end)) return null;
  const word = tokenStartingAt(doc, start);
  if (word && word.end === end && !PEN_NAME_TAGS.has(word.pos) && !readsAsName(text, start, surnameLength(text, start, lex), end, lex)) return null;
  return { start, end, foreign: false };
}

/** Whether a credit word's bar or colon stands at `at` (编辑丨许然, 摄影/赵志成, 编辑:秦韵), before the name. */
export function creditSeparator(text: string, at: number): boolean {
  return text[at] === ':' || isBylineBar(text[at]);
}

function closesByline(doc: Doc, lex: Lexicons, at: number): boolean {
  const { text } = doc;
  // 周晨/文, 许诺 陈静: a bar or a space after the name closes it too, and so does a figure that begins the text run
  // on after a byline (每经记者 许诺2008年…).
  if (at >= text.length || /[)）\]】\n \d]/.test(text[at] as string) || isBylineBar(text[at])) return true;
  if (lex.titles.at(text, at)?.value === 'credit') return true;
  const place = tokenStartingAt(doc, at);
  return place !== undefined && place.pos === PLACE && lex.words['role-words'].of('dateline').at(text, place.end, place.end + 2) !== null;
}

/**
 * Bylines that name the reporter without the word 记者: a name, a bar, a place and a dateline word opening a line
 * (【陈建廷/台中报道】, 陈建廷/台中报道), or an outlet, the name and 发自 in brackets (（新浪体育 李振华 发自洛杉矶）).
 * The role is the reporter's, written in the text's script (記者 in a traditional text).
 */
export function findDatelineBylines(doc: Doc, lex: Lexicons): TitledName[] {
  const { text } = doc;
  const roleWords = lex.words['role-words'];
  const found: TitledName[] = [];
  const add = (name: NameSpan, org: Span | null) => {
    // Read here, for the few texts with such a byline: every text paid for the list's words and their script.
    const reporter = inScript(roleWords.of('reporter').words().next().value ?? '', doc.script);
    const role: RoleSpan = { title: { start: name.start, end: name.start }, word: reporter, org, former: false };
    found.push({ name, roles: [role], credit: true });
  };
  for (const p of doc.paragraphs) {
    const start = OPENING.test(text[p.start] ?? '') ? p.start + 1 : p.start;
    const name = penNameAt(doc, start, lex);
    if (name && isBylineBar(text[name.end]) && datelineAfter(text, name.end + 1, p.end, lex)) add(name, null);
  }
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const outlet = outletAt(text, at + 1, lex);
    if (outlet === null) continue;
    const nameStart = text[outlet.end] === ' ' ? outlet.end + 1 : outlet.end;
    const name = penNameAt(doc, nameStart, lex);
    const dispatch = name && roleWords.of('dispatch').at(text, text[name.end] === ' ' ? name.end + 1 : name.end);
    if (name && dispatch) add(name, outlet);
  }
  for (const p of doc.paragraphs) {
    const name = signatureAt(doc, lex, p.end);
    if (name) add(name, null);
  }
  return found;
}

/**
 * 。(张琦): a name alone in brackets after the last sentence of a paragraph signs the report (a wire's or a paper's
 * custom); it needs a surname (one character or two: (欧阳明)), since the brackets alone do not make it a byline.
 */
function signatureAt(doc: Doc, lex: Lexicons, end: number): NameSpan | null {
  const { text } = doc;
  // Paragraphs end trimmed (document.ts): the bracket closes the paragraph.
  if (text[end - 1] !== ')') return null;
  const open = text.lastIndexOf('(', end - 1);
  if (open < 1 || !isSentenceEnd(text[open - 1])) return null;
  const surname = surnameLength(text, open + 1, lex);
  const given = end - 1 - (open + 1 + surname);
  return surname > 0 && given >= GIVEN_NAME_LENGTH.min && given <= GIVEN_NAME_LENGTH.max ? bylineName(doc, lex, open + 1, end - 1) : null;
}

/** A place and a dateline word (高雄报道) from `at`, within a few characters, before the paragraph's end. */
function datelineAfter(text: string, at: number, end: number, lex: Lexicons): boolean {
  const dateline = lex.words['role-words'].of('dateline');
  for (let i = at + 1; i <= Math.min(end, at + MAX_PLACE); i++) if (dateline.at(text, i) !== null) return allHan(text, at, i);
  return false;
}

/** The longest outlet of the media list starting at `at`. */
function outletAt(text: string, at: number, lex: Lexicons): Span | null {
  const match = lex.media.matchesAt(text, at).reduce<{ end: number } | null>((best, m) => (best === null || m.end > best.end ? m : best), null);
  return match === null ? null : { start: at, end: match.end };
}

/** The longest place name a dateline gives (乌鲁木齐, 哈尔滨市). */
const MAX_PLACE = 6;
