import { WHITESPACE } from '../text/marks.js';

/**
 * A pattern run only where a match can be: one whose every match holds an anchor character and is otherwise made of
 * characters from a known set (every percentage holds %, 之, 点 or 成 among numerals). A match must then begin
 * within the run of such characters before an anchor, so the pattern is tried at those positions alone, each at
 * most once, rather than at every position of the text; the matches are those a global search finds, in the same
 * order (lookbehinds still read the text before a start).
 */
export interface AnchoredPattern {
  /** The pattern, matching only where it is set to start. */
  readonly sticky: RegExp;
  /** Per UTF-16 code unit: INSIDE when a match may hold it, ANCHOR when it is an anchor (anchors are inside too). */
  readonly classes: Uint8Array;
}

const INSIDE = 1;
const ANCHOR = 2;

export function anchoredPattern(source: string, anchorCharacters: string, insideCharacters: string): AnchoredPattern {
  const classes = new Uint8Array(0x10000);
  // A range allows white space around its connector (\s): a match may hold any of it.
  for (const c of `${insideCharacters}${WHITESPACE}`) classes[c.charCodeAt(0)] = INSIDE;
  for (const c of anchorCharacters) classes[c.charCodeAt(0)] = INSIDE | ANCHOR;
  return { sticky: new RegExp(source, 'y'), classes };
}

/**
 * The first match that begins at or after `from` and before `limit`, as a global search from `from` finds it, or
 * null. The scan stops where no match could begin before `limit`, so a caller that reads one stretch of a long text
 * pays for that stretch only.
 */
export function nextMatch({ sticky, classes }: AnchoredPattern, text: string, from: number, limit = text.length): RegExpExecArray | null {
  // `run`: where the run of inside characters holding `i` began; `untried`: the first start not tried yet (a start
  // that failed once fails again, whatever anchor follows it).
  let run = from;
  let untried = from;
  for (let i = from; i < text.length; i++) {
    const c = classes[text.charCodeAt(i)] as number;
    if (c & ANCHOR) {
      for (let start = Math.max(run, untried); start <= i && start < limit; start++) {
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        if (m !== null) return m;
      }
      untried = i + 1;
    } else if (!(c & INSIDE)) {
      run = i + 1;
      if (run >= limit) return null;
    }
  }
  return null;
}
