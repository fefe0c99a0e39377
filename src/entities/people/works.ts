import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { nameBefore } from '../names/beside.js';
import type { PersonCandidate } from './seed.js';

/** 吕青禾的《江岸》: the maker of a work, the name before 的 and the title of the work. */
export function fromWorkMakers(doc: Doc, lex: Lexicons): PersonCandidate[] {
  const { text } = doc;
  const possessive = lex.words.particles.of('possessive');
  const found: PersonCandidate[] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const of = possessive.endingAt(text, open);
    const name = of && nameBefore(doc, of.start, lex);
    if (name) found.push({ start: name.start, end: name.end, why: 'context:work' });
  }
  return found;
}
