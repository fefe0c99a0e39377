import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { markTest, NAME_DOTS } from '../../text/marks.js';
import { afterNationality, fullForeignNameAround, namesWithOriginals } from '../names/foreign.js';
import type { PersonCandidate } from './seed.js';

/** 西班牙人阿尔瓦雷斯: a transliterated name after a nationality. */
export function fromNationality(doc: Doc, lex: Lexicons): PersonCandidate[] {
  return afterNationality(doc, lex).map((name) => ({ start: name.start, end: name.end, why: 'context:nationality' }));
}

/** 卡莱罗（calero）: a transliterated name with the original in brackets. */
export function fromOriginalNames(doc: Doc, lex: Lexicons): PersonCandidate[] {
  return namesWithOriginals(doc, lex).map((name) => ({ start: name.start, end: name.end, why: 'context:original-name' }));
}

const isNameMark = markTest(NAME_DOTS, '-');

/** 克里斯托弗·兰德尔, 詹姆斯-卡特赖特: a transliterated name written in full, around each mark between its parts. */
export function fromFullForeignNames(doc: Doc, lex: Lexicons): PersonCandidate[] {
  const { text } = doc;
  const found: PersonCandidate[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!isNameMark(text[at])) continue;
    const name = fullForeignNameAround(doc, at, lex);
    if (name) found.push({ start: name.start, end: name.end, why: 'shape:foreign-full-name' });
  }
  return found;
}
