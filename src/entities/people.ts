import { endsWord, startsWord, tokenEndingAt, type Doc, type Tok } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import {
  afterNationality,
  chineseNameAt,
  everydayWord,
  foreignNameAt,
  fullForeignNameAround,
  givenOk,
  honorificEnd,
  allHan,
  latinNameAt,
  latinNameBefore,
  looksLikeName,
  nameBefore,
  nameLists,
  namesWithOriginals,
  PERSON_TAGS,
  rareName,
  transliterationCount,
  wholeChineseName,
  type NameSpan,
} from './names.js';
import type { TitledName } from './roles.js';

/**
 * Person candidates, each with its reason. jieba's person tag is no evidence (it calls 华为 and 明星 people and
 * misses 马云), so a name needs a title next to it, a speech verb after it (朱坤称, 据他介绍), the lexicon of
 * well-known people, or, weakest, to be shaped like a name with common given-name characters where jieba does not
 * know the word or tags its lone surname as a name (陈/nr 姗姗/i).
 * A surname with a title only (王总) is not a person.
 */

export interface PersonSeed {
  surface: string;
  group: string;
  why: string;
  start: number;
  end: number;
}

/**
 * jieba's dictionary tags hundreds of everyday words as names (明星, 高峰, 白银 are nr), while names it has never
 * seen come out of its HMM tagged x. So an unknown word shaped like a name is weak evidence; a dictionary nr is none
 * (well-known people are in our own lexicon).
 */
const UNKNOWN_WORD = 'x';
/** How jieba tags a two-character given name it reads as a word of its own (姗姗/i, 鹏飞/nz, 建新/v). */
const GIVEN_WORD_TAGS = new Set(['nr', 'nrfg', 'nz', 'i', 'x', 'v']);

export function personSeeds(doc: Doc, lex: Lexicons, titled: readonly TitledName[], hits: LexiconHits): PersonSeed[] {
  const { text } = doc;
  const seeds: PersonSeed[] = [];
  const add = (start: number, end: number, why: string, group?: string) => {
    // 《波斯王子：时之沙》: names inside a title of a work are characters or words of the title.
    if (notPersonMention(text, start, end) || introducesCompany(text, start, lex)) return;
    const surface = text.slice(start, end);
    seeds.push({ surface, group: group ?? lex.people.get(surface)?.name ?? surface, why, start, end });
  };
  for (const t of titled) add(t.name.start, t.name.end, t.credit ? 'context:byline' : 'context:title');
  for (const verb of hits.markers.speechVerbs) {
    // 荣誉称号: a speech verb that opens a longer word is none.
    if (!endsWord(doc, verb.end)) continue;
    const name =
      nameBefore(doc, verb.start, lex) ??
      nameBeforeAdverbs(doc, lex, verb.start) ??
      clauseSubject(doc, lex, verb.start);
    if (name) add(name.start, name.end, `context:speech:${verb.word}`);
  }
  for (const name of afterNationality(doc, lex)) add(name.start, name.end, 'context:nationality');
  for (const name of namesWithOriginals(doc, lex)) add(name.start, name.end, 'context:original-name');
  for (const verb of hits.markers.personVerbs) {
    const name = nameBefore(doc, verb.start, lex);
    if (name) add(name.start, name.end, `context:verb:${verb.word}`);
  }
  for (let at = nextMatch(text, HONORIFIC, 0); at >= 0; at = nextMatch(text, HONORIFIC, at + 1)) {
    const name = nameBefore(doc, at, lex) ?? unknownWordBefore(doc, at) ?? latinNameBefore(text, at);
    if (name) add(name.start, name.end, `context:honorific:${text.slice(at, honorificEnd(text, at))}`);
  }
  for (let at = nextMatch(text, NAME_MARK, 0); at >= 0; at = nextMatch(text, NAME_MARK, at + 1)) {
    const name = fullForeignNameAround(doc, at, lex);
    if (name) add(name.start, name.end, 'shape:foreign-full-name');
  }
  // 江先生的老伴石粉兰, 陈荣姬之弟陈荣华: a relative named after the kinship word.
  for (let m = KIN.exec(text); m !== null; m = KIN.exec(text)) {
    const name = chineseNameAt(doc, m.index + m[0].length, lex);
    if (name && !lex.knownWord(text.slice(name.start, name.end))) add(name.start, name.end, `context:kin:${m[0]}`);
  }
  // 范曾的《老子出关》: the maker of a work.
  for (let at = text.indexOf('的《'); at >= 0; at = text.indexOf('的《', at + 1)) {
    const name = nameBefore(doc, at, lex);
    if (name) add(name.start, name.end, 'context:work');
  }
  for (const name of nameLists(doc, lex)) add(name.start, name.end, 'context:name-list');
  // 张裕能：…, an interview's speaker labels: a name alone before a colon at the start of a paragraph.
  for (const p of doc.paragraphs) {
    const name = chineseNameAt(doc, p.start, lex);
    if (!name || (text[name.end] !== ':' && text[name.end] !== '：') || lex.knownWord(text.slice(name.start, name.end))) continue;
    // 原作品:《半条命》: a label that is a surname-like character and an everyday word is no name.
    if (name.end - name.start === 3 && everydayWord(text, name.end - 2, name.end, lex)) continue;
    add(name.start, name.end, 'context:speaker-label');
  }
  for (const m of hits.phrases) {
    if (!m.value.person) continue;
    const next = m.end < text.length ? startsWord(doc, m.end) : true;
    if (!next) continue;
    // 小曼奇尼: 小 standing alone before a transliterated name marks the son, another person.
    const junior =
      text[m.start - 1] === '小' &&
      tokenEndingAt(doc, m.start)?.start === m.start - 1 &&
      transliterationCount(text, m.start, m.end, lex) === m.end - m.start;
    if (junior) add(m.start - 1, m.end, `context:junior:${m.value.person.name}`);
    else add(m.start, m.end, `lexicon:${m.value.person.name}`, m.value.person.name);
  }
  // 12万至16万元, 8周延长至14周: a unit after a figure is not the surname 万 or 周.
  const afterFigure = (t: Tok) => /[\d零〇一二两三四五六七八九十百千万亿]/.test(text[t.start - 1] ?? '');
  doc.tokens.forEach((t, i) => {
    // 陈/nr 姗姗/i, 曹/nr 鹏飞/nz: jieba tags a lone surname as a name when the word after it is the given name.
    if (t.pos === 'nr' && t.end - t.start === 1) {
      const given = doc.tokens[i + 1];
      const isName =
        given !== undefined &&
        given.end - given.start === 2 &&
        GIVEN_WORD_TAGS.has(given.pos) &&
        looksLikeName(text, t.start, given.end, lex) &&
        !lex.titles.at(text, given.start) &&
        !lex.orgWords.at(text, given.end) &&
        !afterFigure(t);
      if (isName) add(t.start, given.end, 'shape:surname-and-given-word');
      return;
    }
    // jieba's person tag is trusted on a three-character word only (a surname and a two-character given name), and
    // not where the given name is a word of its own (金白银 of 真金白银, 付定金) or the word goes on into a longer one.
    const personWord =
      t.pos === 'nr' &&
      t.end - t.start === 3 &&
      !lex.knownWord(text.slice(t.start + 1, t.end)) &&
      !lex.knownWord(text.slice(t.start, t.end + 1));
    if (t.pos !== UNKNOWN_WORD && !personWord) return;
    const common = looksLikeName(text, t.start, t.end, lex);
    if (!common && !rareName(text, t.start, t.end, lex)) return;
    if (/\d/.test(text[t.end] ?? '') || afterFigure(t)) return;
    // 荣联科技: the first part of a firm's name (a city after a name is where the person is: 李晨洋香港账户).
    if (lex.orgWords.at(text, t.end)) return;
    // 文创科创, 全量用户, 沙溪铜矿: a new two-character word before a noun modifies it (a title after a name is no
    // such noun: 张路老师).
    const next = doc.tokens[i + 1];
    const nounAfter = next !== undefined && next.start === t.end && next.end - next.start >= 2 && NOUN_TAGS.has(next.pos);
    if (!personWord && t.end - t.start === 2 && nounAfter && !lex.titles.at(text, t.end)) return;
    // 订单高增长, 封单量: the would-be surname closes a word with the character before it; 博里/nrt 索夫: the word ends
    // a transliterated name jieba split.
    if (!personWord && t.start > 0 && lex.knownWord(text.slice(t.start - 1, t.start + 1))) return;
    if (!personWord && doc.tokens[i - 1]?.end === t.start && doc.tokens[i - 1]?.pos === 'nrt') return;
    const glued = next !== undefined && next.start === t.end;
    // 文迪/x 索尔/nr: the word begins a transliterated name that a transliteration jieba knows goes on with.
    if (!personWord && glued && PERSON_TAGS.has(next.pos) && transliterationCount(text, t.start, next.end, lex) === next.end - t.start) return;
    const single = glued && next.end - next.start === 1;
    // 马久/x 邑/ng: a bound noun character after the word makes it a place.
    if (!personWord && single && next.pos === 'ng') return;
    // 莫嘉/x 昉/zg: a rare character jieba leaves alone after a two-character name is its last character.
    const end = !personWord && single && next.pos === 'zg' && t.end - t.start === 2 && givenOk(text, next.start, next.end) ? next.end : t.end;
    add(t.start, end, personWord ? 'pos:nr' : common ? 'shape:unknown-word' : 'shape:rare-name');
  });
  // 股东龚晖、张建辉、丁然, 余新女士、禹玉存先生: the names listed after a person are people too.
  for (let i = 0; i < seeds.length; i++) {
    const seed = seeds[i] as PersonSeed;
    if (seed.why.startsWith('shape:')) continue;
    const byline = seed.why === 'context:byline';
    const next = listedAfter(doc, lex, seed.end, byline);
    if (next) add(next.start, next.end, byline ? 'context:byline' : 'context:list');
  }
  return seeds;
}

const HONORIFIC = /先生|女士|小姐|老师/g;
const KIN = /(?:妻子|丈夫|老伴|老公|老婆|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|之子|之女|之妻|之弟|之兄|胞弟|胞兄)(?=[\u4e00-\u9fff])/g;
const NOUN_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'ng', 'nrt', 'vn', 'an']);

/** 乔尔据此认为, 埃雷拉随后表示: the name before one or two adverbs before the verb. */
function nameBeforeAdverbs(doc: Doc, lex: Lexicons, verb: number): NameSpan | null {
  let end = verb;
  for (let words = 0; words < 2; words++) {
    const word = tokenEndingAt(doc, end);
    if (!word || !ADVERB_TAGS.has(word.pos)) return null;
    end = word.start;
    const name = nameBefore(doc, end, lex);
    if (name) return name;
  }
  return null;
}

const ADVERB_TAGS = new Set(['d', 'ad', 'df']);

/**
 * 王芳在接受采访时表示: the name opening the clause of a speech verb, with the circumstance (在…时, 于…上) between
 * them.
 */
function clauseSubject(doc: Doc, lex: Lexicons, verb: number): NameSpan | null {
  const { text } = doc;
  let start = verb;
  while (start > 0 && verb - start < 24 && !CLAUSE_BREAK.test(text[start - 1] as string)) start--;
  // 有关人员在…上称: a clause too long to see its start has no name at the start of the window.
  if (start > 0 && !CLAUSE_BREAK.test(text[start - 1] as string)) return null;
  const name = chineseNameAt(doc, start, lex) ?? foreignNameAt(doc, start, lex) ?? latinNameAt(text, start);
  if (!name || (text[name.end] !== '在' && text[name.end] !== '于')) return null;
  // The circumstance may be part of the verb's own phrase (在接受采访时表示).
  const between = text.slice(name.end, verb);
  return between === '' || /[时上中后]$/.test(between) ? name : null;
}

const CLAUSE_BREAK = /[,。;:!?、“”"\n]/;
const NAME_MARK = /[·•-]/g;

/**
 * 开彦/x 先生: before a form of address, a word of two or three Han characters that jieba has never seen is a name,
 * whatever its first character (surnames outside our list, pen names).
 */
function unknownWordBefore(doc: Doc, at: number): NameSpan | null {
  const word = tokenEndingAt(doc, at);
  if (!word || word.pos !== UNKNOWN_WORD || word.end - word.start < 2 || word.end - word.start > 3) return null;
  return allHan(doc.text, word.start, word.end) ? { start: word.start, end: word.end, foreign: false } : null;
}

/**
 * 开发商贝塞斯达: a word that introduces a company and names no role of a person (as 股东 does) stands before it;
 * 控股石钢: so does a verb whose object is a company.
 */
function introducesCompany(text: string, at: number, lex: Lexicons): boolean {
  const word = lex.orgWords.endingAt(text, at);
  const descriptor = word !== null && word.value.has('descriptor') && lex.titles.at(text, word.start) === null;
  return descriptor || COMPANY_OBJECT_VERB.test(text.slice(Math.max(0, at - 2), at));
}

const COMPANY_OBJECT_VERB = /(?:控股|收购|入股|参股|并购|重组)$/;

/**
 * Whether a name at [start, end) names no person there: it is inside the title of a work (《叶问》, or 吴三桂演义》
 * where the text begins inside the title), or it opens the name of a place or a thing named after the person
 * (恩格斯空军基地, 安徒生博物馆).
 */
export function notPersonMention(text: string, start: number, end: number): boolean {
  return insideWorkTitle(text, start) || NAMED_AFTER.test(text.slice(end, end + 4));
}

const NAMED_AFTER = /^(?:空军基地|基地|博物馆|纪念馆|美术馆|故居|广场|大街|大道|机场|大学|学院|中学|小学|医院|主义|奖)/;

/** Whether `at` is inside 《…》 (the marks of a book, film or programme title, which are short). */
function insideWorkTitle(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 40; i--) {
    const c = text[i];
    if (c === '《') return true;
    if (c === '》' || c === '\n') return false;
  }
  // A title whose opening mark is cut off: its closing mark comes first.
  for (let i = at; i < text.length && i - at <= 20; i++) {
    const c = text[i];
    if (c === '》') return true;
    if (c === '《' || c === '\n') return false;
  }
  return false;
}

function nextMatch(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** Joins the items of a list of names. */
const LIST_JOINERS = new Set(['、', '和', '与', '及']);

/**
 * The name listed right after a name ending at `end` (a form of address may follow each: 李峰先生、童钧先生): it
 * must start a jieba word and end where the list goes on or closes, or where jieba starts the next word.
 */
function listedAfter(doc: Doc, lex: Lexicons, end: number, byline: boolean): NameSpan | null {
  const { text } = doc;
  const afterHonorific = honorificEnd(text, end);
  const joiner = afterHonorific >= 0 ? afterHonorific : end;
  // 记者贾鹏陈博: a byline lists its writers with no joiner, so there the next name must close the list.
  const joined = LIST_JOINERS.has(text[joiner] as string);
  if (!joined && !byline) return null;
  const start = joined ? joiner + 1 : end;
  if (!startsWord(doc, start)) return null;
  for (const name of [chineseNameAt(doc, start, lex), foreignNameAt(doc, start, lex)]) {
    if (!name) continue;
    const close = honorificEnd(text, name.end) >= 0 ? honorificEnd(text, name.end) : name.end;
    // 廖静文、南师大副校长陈凌孚: a title after the item makes it the organisation of the name after that.
    if (lex.titles.at(text, close)) continue;
    if (close >= text.length || LIST_CLOSERS.test(text[close] as string)) return name;
    // The last name may run straight into the verb (葛振东计划减持) where jieba starts a word after it.
    if (joined && startsWord(doc, close)) return name;
  }
  if (!joined) return null;
  // 丁然 in 龚晖、张建辉、丁然、侯丽荣: an item with a joiner on both sides is a whole name however jieba cut it.
  const next = text.indexOf('、', start);
  return next > start && next - start <= 4 ? wholeChineseName(text, start, next, lex) : null;
}

/** What may follow the last name of a list: another joiner, 等, punctuation. */
const LIST_CLOSERS = /[、和与及等,。;:!?()“”"\s]/;
