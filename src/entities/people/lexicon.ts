import { startsWord, tokenEndingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { transliterationCount } from '../names/foreign.js';
import type { PersonCandidate } from './seed.js';

/** Well-known people of the lexicon, where jieba starts a word after the name. */
export function fromLexicon(doc: Doc, lex: Lexicons, { hits }: Evidence): PersonCandidate[] {
  const { text } = doc;
  const junior = lex.words.particles.of('junior');
  const found: PersonCandidate[] = [];
  for (const m of hits.phrases) {
    if (!m.value.person) continue;
    const next = m.end < text.length ? startsWord(doc, m.end) : true;
    if (!next) continue;
    const { name } = m.value.person;
    // 小西蒙尼: 小 standing alone before a transliterated name marks the son, another person.
    const before = junior.endingAt(text, m.start);
    const isJunior =
      before !== null &&
      tokenEndingAt(doc, m.start)?.start === before.start &&
      transliterationCount(text, m.start, m.end, lex) === m.end - m.start;
    if (isJunior) found.push({ start: before.start, end: m.end, why: `context:junior:${name}` });
    else found.push({ start: m.start, end: m.end, why: `lexicon:${name}`, group: name });
  }
  return found;
}
