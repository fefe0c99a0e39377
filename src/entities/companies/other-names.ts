import type { Lexicons } from '../../lexicon/lexicons.js';

/**
 * Whether the lexicons know a name as something other than a firm: a well-known person, a medium or a place. The
 * recognisers that read a firm from the words around a name (股东, 与…签署, 某某：公司…) leave such names out.
 */
export function namesPersonMediumOrPlace(lex: Lexicons, surface: string): boolean {
  return lex.people.get(surface) !== undefined || lex.media.get(surface) !== undefined || lex.words.places.kindsOf(surface).size > 0;
}

/** Whether a known company's name, two characters or more, ends `surface` (如景顺长城, 两连板复星集团). */
export function endsInKnownName(lex: Lexicons, surface: string, shortest = 2): boolean {
  return knownNameFrom(lex, surface, 0, surface.length, shortest) !== null;
}

/** Where in text[start, end) the first known company's name of `shortest` characters or more ending at `end` starts, or null. */
export function knownNameFrom(lex: Lexicons, text: string, start: number, end: number, shortest: number): number | null {
  for (let i = start; i <= end - shortest; i++) if (lex.companies.getSpan(text, i, end) !== undefined) return i;
  return null;
}
