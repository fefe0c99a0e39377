import { startsWord, type Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { companyNameEnds } from './companies/name-ends.js';
import type { Accepted } from './decide.js';
import { notPersonMention } from './people/not-person.js';

/** An occurrence of an accepted name. */
export interface Found {
  start: number;
  end: number;
  surface: string;
}

/** Every occurrence of an accepted name at a token start, plus the seeded ones; longer names win overlaps. */
export function findMentions(doc: Doc, lex: Lexicons, accepted: ReadonlyMap<string, Accepted>): Found[] {
  const candidates: Found[] = [];
  // A document accepts a few dozen names: searching the text for each (Latin letters in either case, as the
  // lexicon matches them) is cheaper than building a trie of them for every document.
  const folded = foldLatin(doc.text);
  const searched = new Set<string>();
  for (const [surface, entry] of accepted) {
    const key = foldLatin(surface);
    if (!entry.everywhere || searched.has(key)) continue;
    searched.add(key);
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (!startsWord(doc, at)) continue;
      if (entry.kind === 'company' && !companyNameEnds(doc, lex, at, end)) continue;
      // 《叶问》, 鲁迅博物馆: the title of a work or the name of a place, not a mention of the person.
      if (entry.kind === 'person' && notPersonMention(doc.text, at, end, lex)) continue;
      candidates.push({ start: at, end, surface });
    }
  }
  for (const [surface, entry] of accepted) for (const s of entry.seeded) candidates.push({ start: s.start, end: s.end, surface });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let covered = 0;
  for (const c of candidates) {
    if (c.start < covered) continue;
    kept.push(c);
    covered = c.end;
  }
  return kept;
}

function foldLatin(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}
