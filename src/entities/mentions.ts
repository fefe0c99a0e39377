import { startsWord, type Doc } from '../text/document.js';
import { foldCase } from '../lexicon/gazetteer.js';
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
  const { text } = doc;
  // A mention starts where a word does: the names are looked up at the token starts, by their first code unit (an
  // indexOf per name searched the whole text for each, most of the stage on a long text), longest name first.
  const byFirst = new Map<number, Searched[]>();
  const searched = new Set<string>();
  for (const [surface, entry] of accepted) {
    const key = foldCase(surface);
    if (!entry.everywhere || searched.has(key)) continue;
    searched.add(key);
    const first = key.charCodeAt(0);
    const names = byFirst.get(first);
    if (names) names.push({ key, surface, entry });
    else byFirst.set(first, [{ key, surface, entry }]);
  }
  // A bit per first code unit (mod FIRSTS_BITS) rejects most token starts before a map lookup.
  // An array, not a typed array: allocating one costs a short text more than the lookups it saves.
  const firsts = new Array<number>(FIRSTS_BITS >>> 5).fill(0);
  for (const [first, names] of byFirst) {
    names.sort((a, b) => b.key.length - a.key.length);
    firsts[(first & (FIRSTS_BITS - 1)) >>> 5]! |= 1 << (first & 31);
  }
  // Sorted by start, longer first: two names found at one start differ in length.
  const found: Found[] = [];
  const readAt = (at: number) => {
    const first = foldedAt(text, at);
    if (((firsts[(first & (FIRSTS_BITS - 1)) >>> 5] as number) & (1 << (first & 31))) === 0) return;
    for (const { key, surface, entry } of byFirst.get(first) ?? []) {
      if (!foldedStartsWith(text, at, key)) continue;
      const end = at + key.length;
      if (entry.kind === 'company' && !companyNameEnds(doc, lex, at, end)) continue;
      // 《叶问》, 鲁迅博物馆: the title of a work or the name of a place, not a mention of the person.
      if (entry.kind === 'person' && notPersonMention(text, at, end, lex)) continue;
      found.push({ start: at, end, surface });
    }
  };
  // The tokens' starts are every word's but the blank ones' (a space, a tab, a line break): for a name opening on
  // one, every offset is read.
  if (BLANKS.some((blank) => byFirst.has(blank))) {
    for (let at = 0; at < text.length; at++) if (startsWord(doc, at)) readAt(at);
  } else for (const t of doc.tokens) readAt(t.start);
  const seeded: Found[] = [];
  for (const [surface, entry] of accepted) for (const s of entry.seeded) seeded.push({ start: s.start, end: s.end, surface });
  seeded.sort(byStartLongestFirst);
  const kept: Found[] = [];
  let covered = 0;
  // The names found, then the seeded occurrences, in that order where they tie (a stable sort of the two lists).
  for (let i = 0, j = 0; i < found.length || j < seeded.length; ) {
    const c = j === seeded.length || (i < found.length && byStartLongestFirst(found[i] as Found, seeded[j] as Found) <= 0) ? (found[i++] as Found) : (seeded[j++] as Found);
    if (c.start < covered) continue;
    kept.push(c);
    covered = c.end;
  }
  return kept;
}

/** The code units of the blank words jieba makes, which are no tokens: space, tab, line break. */
const BLANKS = [0x20, 0x09, 0x0a];

/** The size of the first-code-unit filter: small, since it is made per call; a few dozen names set few of its bits. */
const FIRSTS_BITS = 1024;

interface Searched {
  key: string;
  surface: string;
  entry: Accepted;
}

function byStartLongestFirst(a: Found, b: Found): number {
  return a.start - b.start || b.end - a.end;
}

/** The code unit at `at`, a Latin capital read as its small letter. */
function foldedAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Whether text at `at`, capitals folded, begins with `key` (itself folded). */
function foldedStartsWith(text: string, at: number, key: string): boolean {
  if (at + key.length > text.length) return false;
  for (let k = 0; k < key.length; k++) if (foldedAt(text, at + k) !== key.charCodeAt(k)) return false;
  return true;
}
