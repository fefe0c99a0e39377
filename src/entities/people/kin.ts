import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { modelNameAt } from '../names/beside.js';
import { chineseNameAt } from '../names/chinese.js';
import { isHan } from '../words.js';
import type { PersonCandidate } from './seed.js';

/** 陈先生的老伴林秀芝, 何丽娟之弟何丽明: a relative named after the kinship word. */
export function fromKin(doc: Doc, lex: Lexicons): PersonCandidate[] {
  const { text } = doc;
  const kin = lex.words['person-words'].of('kin');
  const found: PersonCandidate[] = [];
  for (let at = 0; at < text.length; at++) {
    const word = kin.wordAt(text, at);
    if (word === null || !isHan(text.charCodeAt(at + word.length))) continue;
    const name = chineseNameAt(doc, at + word.length, lex) ?? modelNameAt(doc, at + word.length, lex);
    if (name && !lex.knownWord(text.slice(name.start, name.end))) found.push({ start: name.start, end: name.end, why: `context:kin:${word}` });
    at += word.length - 1;
  }
  return found;
}
