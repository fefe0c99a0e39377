import { endsWord, startsWord, tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { LexiconHits } from '../../text/hits.js';
import { PEN_NAME_TAGS, PLACE } from '../../text/tags.js';
import { nameAt, nameBefore } from '../names/beside.js';
import type { NameSpan } from '../names/span.js';
import { isSlotBreak } from '../org-slot.js';
import type { TitledName } from '../roles.js';
import { allHan } from '../words.js';
import { rolesBefore } from './roles-before.js';

/**
 * Titles next to names, the strongest evidence for both people and companies: an organisation, a title and a name
 * (聚美优品联合创始人戴雨森, 炎黄网络CEO、皮皮精灵助理总裁管鹏, 原支付宝首席产品设计师白鸦), a byline (记者张琦,
 * 编辑:秦韵), or a name and a title (宋知远行长, 在上官明远董事长看来).
 */
export function findTitledNames(doc: Doc, lex: Lexicons, hits: LexiconHits): TitledName[] {
  const { text } = doc;
  const found: TitledName[] = [];
  for (const title of hits.markers.titles) {
    // 赛区长沙: a title read across two jieba words, with a boundary on neither side, is no title; 英文全称, 文章加强: a
    // one-character title (文) must be a word of its own.
    const opens = startsWord(doc, title.start);
    const closes = endsWord(doc, title.end);
    if (title.end - title.start === 1 ? !(opens && closes) : !(opens || closes)) continue;
    const credit = title.value === 'credit';
    let nameStart = title.end;
    // 记者:张琦, 记者 张琦, and in a byline 摄影/刘文杰; after any other title a colon opens what was said (主持人:谢谢李总).
    if (text[nameStart] === ' ' || (credit && (text[nameStart] === ':' || text[nameStart] === '/'))) nameStart++;
    const after = (credit ? penNameAt(doc, nameStart, lex) : null) ?? nameAt(doc, nameStart, lex);
    if (after && !lex.titles.at(text, after.start)) {
      found.push({ name: after, roles: rolesBefore(doc, lex, title.start, title.end), credit });
      continue;
    }
    // 宋知远行长 / 上官明远董事长看来: a name right before the title, and the title closes the phrase.
    if (credit) continue;
    const before = nameBefore(doc, title.start, lex);
    if (before && closesNamedTitle(text, title.end, lex)) {
      found.push({ name: before, roles: [{ title: { start: title.start, end: title.end }, org: null, former: false }], credit });
    }
  }
  return found;
}

/**
 * What may follow a name and its title for the title to close the phrase (宋知远行长在…, 上官明远董事长的…): a mark, a
 * speech verb, a character that begins the next words, or the text's end.
 */
function closesNamedTitle(text: string, end: number, lex: Lexicons): boolean {
  return isSlotBreak(text.charCodeAt(end)) || lex.speechVerbs.at(text, end) !== null || end >= text.length || lex.chars.has('after-name', text.charCodeAt(end));
}

/**
 * A byline's name closed off on both sides, whatever its shape (实习编辑婷婷）, 本报记者玺润, 实习生夏冬梅）): two or
 * three Han characters from the credit to a closing bracket, the end of the line, the next credit or a dateline
 * (北京报道). Pen names and unusual surnames need no name shape there; an ordinary word (作者简介）) is still none.
 */
function penNameAt(doc: Doc, start: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  for (const length of [2, 3]) {
    const end = start + length;
    if (!closesByline(doc, lex, end)) continue;
    if (!allHan(text, start, end)) return null;
    const word = tokenStartingAt(doc, start);
    if (word && word.end === end && !PEN_NAME_TAGS.has(word.pos)) return null;
    return { start, end, foreign: false };
  }
  return null;
}

function closesByline(doc: Doc, lex: Lexicons, at: number): boolean {
  const { text } = doc;
  if (at >= text.length || /[)）\]】\n]/.test(text[at] as string)) return true;
  if (lex.titles.at(text, at)?.value === 'credit') return true;
  const place = tokenStartingAt(doc, at);
  return place !== undefined && place.pos === PLACE && lex.words['role-words'].of('dateline').at(text, place.end, place.end + 2) !== null;
}
