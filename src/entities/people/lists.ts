import { startsWord, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { LIST_COMMA } from '../../text/marks.js';
import { endsListItem, joinsList } from '../lists.js';
import { chineseNameAt, honorificEnd, wholeChineseName } from '../names/chinese.js';
import { foreignNameAt } from '../names/foreign.js';
import { nameLists } from '../names/lists.js';
import type { NameSpan } from '../names/span.js';
import { penNameAt } from '../titles/bylines.js';
import type { PersonCandidate } from './seed.js';

/** 欧拉、高斯、黎曼、希尔伯特: a list of three or more names (two closed by 等), most of them tagged as names. */
export function fromNameLists(doc: Doc, lex: Lexicons): PersonCandidate[] {
  return nameLists(doc, lex).map((name) => ({ start: name.start, end: name.end, why: 'context:name-list' }));
}

/**
 * The name listed right after a name ending at `end` (a form of address may follow each: 罗青先生、闵德存先生): it
 * must start a jieba word and end where the list goes on or closes, or where jieba starts the next word.
 */
export function listedAfter(doc: Doc, lex: Lexicons, end: number, byline: boolean): NameSpan | null {
  const { text } = doc;
  const afterHonorific = honorificEnd(text, end, lex);
  const joiner = afterHonorific >= 0 ? afterHonorific : end;
  // 记者韩冬卢阳: a byline lists its writers with no joiner, so there the next name must close the list; a space
  // joins them too (每经记者 许诺 陈静).
  const joined = joinsList(lex, text, joiner) || (byline && text[joiner] === ' ');
  if (!joined && !byline) return null;
  const start = joined ? joiner + 1 : end;
  if (!startsWord(doc, start)) return null;
  for (const name of [chineseNameAt(doc, start, lex), foreignNameAt(doc, start, lex)]) {
    if (!name) continue;
    const close = honorificEnd(text, name.end, lex) >= 0 ? honorificEnd(text, name.end, lex) : name.end;
    // 林婉清、滨江大学副校长何书平: a title after the item makes it the organisation of the name after that.
    if (lex.titles.at(text, close)) continue;
    if (close >= text.length || endsListItem(lex, text, close)) return name;
    // The last name may run straight into the verb (葛振东计划减持) where jieba starts a word after it.
    if (joined && startsWord(doc, close)) return name;
  }
  // 记者韩冬黄金): a byline's last name is closed off as its first is, whatever word it is.
  if (!joined) return penNameAt(doc, start, lex);
  // 何然 in 孔维、邓建华、何然、侯明远: an item with a joiner on both sides is a whole name however jieba cut it.
  const next = text.indexOf(LIST_COMMA, start);
  return next > start && next - start <= 4 ? wholeChineseName(text, start, next, lex) : null;
}
