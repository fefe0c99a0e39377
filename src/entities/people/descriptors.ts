import { endsWord, startsWord, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { nameAt } from '../names/beside.js';
import { titleOpens } from '../titles/titled-names.js';
import type { PersonCandidate } from './seed.js';

/**
 * 外援卡洛斯, 网红李佳欣: a noun that describes a person stands before the name as a title does, but names no role;
 * the name after it is read as after a title, of any shape.
 */
export function fromDescriptors(doc: Doc, lex: Lexicons, { words }: Evidence): PersonCandidate[] {
  const { text } = doc;
  const found: PersonCandidate[] = [];
  for (const { word, start, end } of words.descriptors) {
    // 更新秀场: a word read across two jieba words, with a boundary on neither side, is not the noun.
    if (!startsWord(doc, start) && !endsWord(doc, end)) continue;
    const name = nameAt(doc, end, lex);
    if (name && !titleOpens(doc, lex, name.start)) found.push({ start: name.start, end: name.end, why: `context:descriptor:${word}` });
  }
  return found;
}
