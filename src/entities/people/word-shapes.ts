import type { Doc, Tok } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { CHINESE_DIGITS, UNITS } from '../../figures/numerals.js';
import { CONJUNCTION, GIVEN_WORD_TAGS, NOUN_TAGS, PERSON_TAGS, UNKNOWN } from '../../text/tags.js';
import { givenOk, likeliestEnd, looksLikeName, surnameLength } from '../names/chinese.js';
import { NAME_LIKENESS, nameInContext } from '../names/likeness.js';
import { transliterationCount } from '../names/foreign.js';
import { rareName } from '../names/rare.js';
import type { Evidence } from '../evidence.js';
import type { PersonCandidate } from './seed.js';

/**
 * jieba's dictionary tags hundreds of everyday words as names (明星, 高峰, 白银 are nr), while names it has never
 * seen come out of its HMM tagged x. So an unknown word shaped like a name is weak evidence; a dictionary nr is none
 * (well-known people are in our own lexicon), except where the words around it say more.
 */
export function fromWordShapes(doc: Doc, lex: Lexicons, { shapes }: Evidence): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  // Only words that open with a surname: neither shape is a name without one.
  for (const i of shapes.surnames) {
    const t = doc.tokens[i] as Tok;
    const name = t.pos === 'nr' && t.end - t.start === 1 ? surnameAndGivenWord(doc, lex, i) : nameShapedWord(doc, lex, i);
    if (name) found.push(name);
  }
  return found;
}

/** 12万至16万元, 8周延长至14周: a unit after a figure is not the surname 万 or 周. */
const FIGURE_CHARACTER = new RegExp(`[\\d${CHINESE_DIGITS}${UNITS}]`);

function afterFigure(text: string, t: Tok): boolean {
  return FIGURE_CHARACTER.test(text[t.start - 1] ?? '');
}

/** 陈/nr 姗姗/i, 曹/nr 鹏飞/nz: jieba tags a lone surname as a name when the word after it is the given name. */
function surnameAndGivenWord(doc: Doc, lex: Lexicons, i: number): PersonCandidate | null {
  const { text } = doc;
  const t = doc.tokens[i] as Tok;
  const given = doc.tokens[i + 1];
  const isName =
    given !== undefined &&
    given.end - given.start === 2 &&
    GIVEN_WORD_TAGS.has(given.pos) &&
    looksLikeName(text, t.start, given.end, lex) &&
    nameLikeEnough(text, t.start, given.end, lex, true) &&
    !lex.titles.at(text, given.start) &&
    !lex.orgWords.at(text, given.end) &&
    !afterFigure(text, t);
  return isName ? { start: t.start, end: given.end, why: 'shape:surname-and-given-word' } : null;
}

/**
 * A word jieba does not know (x), shaped like a name with common given-name characters or as a rare name; or a
 * three-character word it tags as a person.
 */
function nameShapedWord(doc: Doc, lex: Lexicons, i: number): PersonCandidate | null {
  const { text } = doc;
  const t = doc.tokens[i] as Tok;
  // jieba's person tag is trusted on a three-character word only (a surname and a two-character given name), and
  // not where the given name is a word of its own (金白银 of 真金白银, 付定金) or the word goes on into a longer one.
  const personWord =
    t.pos === 'nr' &&
    t.end - t.start === 3 &&
    !lex.knownWord(text.slice(t.start + 1, t.end)) &&
    !lex.knownWord(text.slice(t.start, t.end + 1));
  if (t.pos !== UNKNOWN && !personWord) return null;
  const common = looksLikeName(text, t.start, t.end, lex);
  const rare = !common && rareName(text, t.start, t.end, lex);
  // 朱坤称, 刘洋拟: jieba glued the next word's first character to a name; the name model reads it off (and the
  // shape of the whole word, which is no name's, sets how name-like the rest must be: 卫健委 is no 卫健).
  const wordEnd = personWord ? t.end : (shorterReading(text, t.start, t.end, lex) ?? t.end);
  if (!nameLikeEnough(text, t.start, wordEnd, lex, common || rare)) return null;
  if (/\d/.test(text[t.end] ?? '') || afterFigure(text, t)) return null;
  // 远图科技: the first part of a firm's name (a city after a name is where the person is: 林晓舟香港账户).
  if (lex.orgWords.at(text, t.end)) return null;
  // 全链用户, 数智平台: a new two-character word before a noun modifies it (a title after a name is no
  // such noun: 周岩老师).
  const next = doc.tokens[i + 1];
  const nounAfter = next !== undefined && next.start === t.end && next.end - next.start >= 2 && NOUN_TAGS.has(next.pos);
  if (!personWord && t.end - t.start === 2 && nounAfter && !lex.titles.at(text, t.end)) return null;
  // 保单高增长, 封单量, 工银瑞信: the would-be surname closes a word with the character before it; 斯特拉/nrt 莫: the word ends
  // a transliterated name jieba split.
  if (t.start > 0 && lex.knownWord(text.slice(t.start - 1, t.start + 1))) return null;
  // 投资台南: a place the places list holds is no name.
  if (lex.words.places.kindsOf(text.slice(t.start, wordEnd)).size > 0) return null;
  if (!personWord && doc.tokens[i - 1]?.end === t.start && doc.tokens[i - 1]?.pos === 'nrt') return null;
  const glued = next !== undefined && next.start === t.end;
  // 布迪/x 罗斯/nr: the word begins a transliterated name that a transliteration jieba knows goes on with.
  if (!personWord && glued && PERSON_TAGS.has(next.pos) && transliterationCount(text, t.start, next.end, lex) === next.end - t.start) return null;
  const single = glued && next.end - next.start === 1;
  // 郑坪/x 邑/ng: a bound noun character after the word makes it a place.
  if (!personWord && single && next.pos === 'ng') return null;
  // 韦思/x 璟/zg: a rare character jieba leaves alone after a two-character name may be its last character, if the
  // name model reads it so (not 穿 of 王刚/x 穿/zg 上).
  const rareLast = !personWord && single && next.pos === 'zg' && t.end - t.start === 2 && givenOk(text, next.start, next.end, lex);
  // 边春/x 和/c 的回答: a conjunction right before 的 joins nothing, so it is the name's last character, if the name
  // model reads it so.
  const conjunctionLast =
    !personWord &&
    single &&
    next.pos === CONJUNCTION &&
    t.end - t.start === 2 &&
    lex.words.particles.isCharAt(text, next.end, 'possessive') &&
    nameInContext(text, t.start, surnameLength(text, t.start, lex), next.end, lex) >= NAME_LIKENESS.unknownWord;
  if (conjunctionLast) return { start: t.start, end: next.end, why: 'shape:unknown-word' };
  const end = rareLast ? (likeliestEnd(text, t.start, surnameLength(text, t.start, lex), [next.end, t.end], lex) ?? wordEnd) : wordEnd;
  return { start: t.start, end, why: personWord ? 'pos:nr' : common ? 'shape:unknown-word' : rare ? 'shape:rare-name' : 'model:unknown-word' };
}

/**
 * Whether the name model finds text[start, end) name-like enough on its own: a name of common given-name characters
 * or a rare name's shape needs less (林晓舟), any other more (覃立, 潘澜); 青禾邑, 全链 and 单量 are no names.
 */
function nameLikeEnough(text: string, start: number, end: number, lex: Lexicons, shaped: boolean): boolean {
  const surname = surnameLength(text, start, lex);
  if (surname === 0) return false;
  if (shaped) return nameInContext(text, start, surname, end, lex) >= NAME_LIKENESS.unknownWord;
  // 唐某, 蒋村: a given name never ends on a function character, nor a person's name on a place's last character.
  const plain = givenOk(text, start + surname, end, lex) && !lex.chars.has('noun-ending', text.charCodeAt(end - 1));
  return plain && nameInContext(text, start, surname, end, lex) >= NAME_LIKENESS.split;
}

/** The end of the name in a three-character word when the name model reads a two-character name before a follower. */
function shorterReading(text: string, start: number, end: number, lex: Lexicons): number | null {
  const surname = surnameLength(text, start, lex);
  if (surname !== 1 || end - start !== 3) return null;
  return likeliestEnd(text, start, surname, [end, end - 1], lex);
}
