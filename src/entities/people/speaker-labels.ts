import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { chineseNameAt, everydayWord } from '../names/chinese.js';
import type { PersonCandidate } from './seed.js';

/** 张裕能：…, an interview's speaker labels: a name alone before a colon at the start of a paragraph. */
export function fromSpeakerLabels(doc: Doc, lex: Lexicons): PersonCandidate[] {
  const { text } = doc;
  const found: PersonCandidate[] = [];
  for (const p of doc.paragraphs) {
    const name = chineseNameAt(doc, p.start, lex);
    if (!name || (text[name.end] !== ':' && text[name.end] !== '：') || lex.knownWord(text.slice(name.start, name.end))) continue;
    // 原作品:《半条命》: a label that is a surname-like character and an everyday word is no name.
    if (name.end - name.start === 3 && everydayWord(text, name.end - 2, name.end, lex)) continue;
    found.push({ start: name.start, end: name.end, why: 'context:speaker-label' });
  }
  return found;
}
