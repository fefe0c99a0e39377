import { endsWord, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { nameBefore } from '../names/beside.js';
import { transliterationCount } from '../names/foreign.js';
import type { NameSpan } from '../names/span.js';
import type { PersonCandidate } from './seed.js';

/**
 * The maker of a work: 吕青禾的《江岸》, the name before 的 and the title of the work. 斯特林《远航》, 斯特林画作: a
 * name written wholly in transliteration characters may stand right before the title, or before a word for a work
 * (person-words.tsv, work), too; any other is not read so, as a word that ends the clause before the title (作者林森以
 * 《…》, 王磊在《…》) would be read into it.
 */
export function fromWorkMakers(doc: Doc, lex: Lexicons, { words }: Evidence): PersonCandidate[] {
  const { text } = doc;
  const possessive = lex.words.particles.of('possessive');
  const found: PersonCandidate[] = [];
  const add = (name: NameSpan | null) => {
    if (name) found.push({ start: name.start, end: name.end, why: 'context:work' });
  };
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const of = possessive.endingAt(text, open);
    add(of ? nameBefore(doc, of.start, lex) : transliteratedBefore(doc, open, lex));
  }
  // 创作/v: a word for a work that is the end of a longer word is none.
  for (const work of words.works) if (endsWord(doc, work.end)) add(transliteratedBefore(doc, work.start, lex));
  return found;
}

/** The name ending at `end` when it is written wholly in transliteration characters and no company's. */
function transliteratedBefore(doc: Doc, end: number, lex: Lexicons): NameSpan | null {
  const { text } = doc;
  const name = nameBefore(doc, end, lex);
  if (!name || lex.companies.get(text.slice(name.start, name.end)) !== undefined) return null;
  return name.foreign || transliterationCount(text, name.start, name.end, lex) === name.end - name.start ? name : null;
}
