import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { modelNameAt } from '../names/beside.js';
import { chineseNameAt } from '../names/chinese.js';
import { isHan } from '../words.js';
import type { PersonCandidate } from './seed.js';

/** 陈先生的老伴林秀芝, 何丽娟之弟何丽明: a relative named after the kinship word. */
export function fromKin(doc: Doc, lex: Lexicons, { words }: Evidence): PersonCandidate[] {
  const { text } = doc;
  const found: PersonCandidate[] = [];
  for (const { word, end } of words.kin) {
    if (!isHan(text.charCodeAt(end))) continue;
    const name = chineseNameAt(doc, end, lex) ?? modelNameAt(doc, end, lex);
    if (name && !lex.knownWord(text.slice(name.start, name.end))) found.push({ start: name.start, end: name.end, why: `context:kin:${word}` });
  }
  return found;
}
