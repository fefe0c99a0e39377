import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { ORGANISATION } from '../../text/tags.js';
import { groupOf, type CompanySeed } from './seed.js';

/** jieba's organisation tag (nt) on a word ending in an organisation word: 国家开发银行. */
export function fromOrganisationTags(doc: Doc, lex: Lexicons): CompanySeed[] {
  const seeds: CompanySeed[] = [];
  for (const t of doc.tokens) {
    if (t.pos !== ORGANISATION || t.end - t.start < 3) continue;
    const word = doc.text.slice(t.start, t.end);
    const ending = lex.orgWords.endingAt(word, word.length);
    if (!ending || !(ending.value.has('industry') || ending.value.has('legal'))) continue;
    seeds.push({ surface: word, group: groupOf(lex, word), why: 'pos:nt' });
  }
  return seeds;
}
