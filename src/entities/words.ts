import { tokenStartingAt, type Doc, type Tok } from '../text/document.js';

/** Reading the characters of the text and jieba's words over a candidate name. */

/** Whether a UTF-16 code unit is a Han character of the common block (NaN, past the text's end, is none). */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

export function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/** The jieba word spanning exactly [start, end), when jieba read the span as one word. */
export function wordSpanning(doc: Doc, start: number, end: number): Tok | undefined {
  const t = tokenStartingAt(doc, start);
  return t !== undefined && t.end === end ? t : undefined;
}

/** Whether some jieba word starting in [start, end) has one of the tags. */
export function someWordTagged(doc: Doc, start: number, end: number, tags: ReadonlySet<string>): boolean {
  for (let i = start; i < end; i++) {
    const t = tokenStartingAt(doc, i);
    if (t && tags.has(t.pos)) return true;
  }
  return false;
}

/**
 * Whether jieba read [start, end) as one word tagged with none of the tags: one ordinary word (公司/n, 表示/v) is no
 * name, and one everyday word (外汇/n) no trade name.
 */
export function isWordNotTagged(doc: Doc, start: number, end: number, tags: ReadonlySet<string>): boolean {
  const word = wordSpanning(doc, start, end);
  return word !== undefined && !tags.has(word.pos);
}
