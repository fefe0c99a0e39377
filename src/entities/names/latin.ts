import type { NameSpan } from './span.js';

/** A name in Latin letters: capitalised words, written apart or run together (Gary Howes, KeithWeiss, Chishimba). */
const LATIN_NAME = /[A-Z][a-z]+(?:[ ·.-]?[A-Z][a-z]+){0,2}(?![A-Za-z])/y;

export function latinNameAt(text: string, start: number): NameSpan | null {
  LATIN_NAME.lastIndex = start;
  const m = LATIN_NAME.exec(text);
  // One short capitalised word after a title is as often a product or a place (CEO Apple): four letters at least.
  if (!m || (m[0].length < 4 && !/[ ·.-]|[a-z][A-Z]/.test(m[0]))) return null;
  return { start, end: start + m[0].length, foreign: true };
}

/** Berg先生: a name in Latin letters ending right before `end` (a form of address). */
export function latinNameBefore(text: string, end: number): NameSpan | null {
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1] as string)) start--;
  const name = latinNameAt(text, start);
  return name && name.end === end ? name : null;
}

/**
 * A handle in Latin letters opening with a small letter (zonTik, marlowe), of three letters at least: after a title or
 * a noun that describes a person (玩家, 设计师) it is a name; anywhere else such a word is as often a product, a unit
 * or an ordinary English word.
 */
const LATIN_HANDLE = /[a-z][a-z]{2,}(?:[A-Z][a-z]*)*(?![A-Za-z0-9])/y;

export function latinHandleAt(text: string, start: number): NameSpan | null {
  // CSOnline: a title in capitals read inside a longer word leaves no handle after it.
  if (/[A-Za-z0-9]/.test(text[start - 1] ?? '')) return null;
  LATIN_HANDLE.lastIndex = start;
  const m = LATIN_HANDLE.exec(text);
  return m ? { start, end: start + m[0].length, foreign: true } : null;
}
