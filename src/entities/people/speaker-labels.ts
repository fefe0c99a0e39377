import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { everydayWord, surnameLength, wholeChineseName } from '../names/chinese.js';
import { NAME_LIKENESS, nameInContext } from '../names/likeness.js';
import type { PersonCandidate } from './seed.js';

/**
 * 孟庆川：…, an interview's speaker labels: a name alone before a colon at the start of a paragraph. The colon fixes
 * where the name ends, so a name that looks less common (钟石开：) is read whole.
 */
export function fromSpeakerLabels(doc: Doc, lex: Lexicons): PersonCandidate[] {
  const { text } = doc;
  const found: PersonCandidate[] = [];
  for (const p of doc.paragraphs) {
    const colon = labelColon(text, p.start);
    const name = colon === null ? null : wholeChineseName(text, p.start, colon, lex);
    if (!name || lex.knownWord(text.slice(name.start, name.end))) continue;
    // 原作品:《半条命》: a label that is a surname-like character and an everyday word is no name.
    if (name.end - name.start === 3 && everydayWord(text, name.end - 2, name.end, lex)) continue;
    if (nameInContext(text, name.start, surnameLength(text, name.start, lex), name.end, lex) < NAME_LIKENESS.label) continue;
    found.push({ start: name.start, end: name.end, why: 'context:speaker-label' });
  }
  return found;
}

/** The colon two to four characters into a paragraph (a name's length), or null. */
function labelColon(text: string, start: number): number | null {
  for (let at = start + 2; at <= start + 4 && at < text.length; at++) if (text[at] === ':' || text[at] === '：') return at;
  return null;
}
