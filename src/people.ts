import { TOKEN_START, type Doc } from './document.js';
import type { LexiconHits, Lexicons } from './lexicons.js';
import { looksLikeName, nameBefore } from './names.js';
import type { TitledName } from './roles.js';

/**
 * Person candidates, each with its reason. jieba's person tag is no evidence (it calls 华为 and 明星 people and
 * misses 马云), so a name needs a title next to it, a speech verb after it (朱坤称, 据他介绍), the lexicon of
 * well-known people, or, weakest, to be a word jieba does not know, shaped like a name with common given-name
 * characters.
 * A surname with a title only (王总) is not a person.
 */

export interface PersonSeed {
  surface: string;
  group: string;
  why: string;
  start: number;
  end: number;
}

/**
 * jieba's dictionary tags hundreds of everyday words as names (明星, 高峰, 白银 are nr), while names it has never
 * seen come out of its HMM tagged x. So an unknown word shaped like a name is weak evidence; a dictionary nr is none
 * (well-known people are in our own lexicon).
 */
const UNKNOWN_WORD = 'x';

export function personSeeds(doc: Doc, lex: Lexicons, titled: readonly TitledName[], hits: LexiconHits): PersonSeed[] {
  const { text } = doc;
  const seeds: PersonSeed[] = [];
  const add = (start: number, end: number, why: string, group?: string) => {
    const surface = text.slice(start, end);
    seeds.push({ surface, group: group ?? lex.people.get(surface)?.name ?? surface, why, start, end });
  };
  for (const t of titled) add(t.name.start, t.name.end, t.credit ? 'context:byline' : 'context:title');
  for (const verb of hits.markers.speechVerbs) {
    const name = nameBefore(doc, verb.start, lex);
    if (name) add(name.start, name.end, `context:speech:${verb.word}`);
  }
  for (const m of hits.phrases) {
    if (!m.value.person) continue;
    const next = m.end < text.length ? ((doc.boundaries[m.end] ?? 0) & TOKEN_START) !== 0 : true;
    if (next) add(m.start, m.end, `lexicon:${m.value.person.name}`, m.value.person.name);
  }
  for (const t of doc.tokens) {
    if (t.pos !== UNKNOWN_WORD || !looksLikeName(text, t.start, t.end, lex)) continue;
    // 12万至16万元: a unit glued to a preposition is not 万 the surname.
    if (/[\d零〇一二两三四五六七八九十百千万亿]/.test(text[t.start - 1] ?? '') || /\d/.test(text[t.end] ?? '')) continue;
    add(t.start, t.end, 'shape:unknown-word');
  }
  return seeds;
}
