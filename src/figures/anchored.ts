/**
 * A pattern run only where a match can be: one whose every match holds an anchor character and is otherwise made of
 * characters from a known set (every percentage holds %, 之, 点 or 成 among numerals). A match must then begin
 * within the run of such characters before an anchor, so the pattern is tried at those positions alone rather
 * than at every position of the text; the matches are those a global search finds, in the same order (lookbehinds
 * still read the text before a start).
 */
export interface AnchoredPattern {
  /** The pattern, matching only where it is set to start. */
  readonly sticky: RegExp;
  /** The anchor characters, as a global pattern. */
  readonly anchor: RegExp;
  /** The characters a match may hold. */
  readonly inside: ReadonlySet<number>;
}

/** What `\s` matches (a range allows a space around its connector): a match may hold any of them. */
const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

export function anchoredPattern(source: string, anchorCharacters: string, insideCharacters: string): AnchoredPattern {
  const escaped = [...anchorCharacters].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return {
    sticky: new RegExp(source, 'y'),
    anchor: new RegExp(`[${escaped}]`, 'g'),
    inside: new Set([...insideCharacters, ...anchorCharacters, ...WHITESPACE].map((c) => c.charCodeAt(0))),
  };
}

/** The first match that begins at or after `from`, as a global search from there finds it, or null. */
export function nextMatch({ sticky, anchor, inside }: AnchoredPattern, text: string, from: number): RegExpExecArray | null {
  for (anchor.lastIndex = from; ; ) {
    const found = anchor.exec(text);
    if (found === null) return null;
    let start = found.index;
    while (start > from && inside.has(text.charCodeAt(start - 1))) start--;
    for (; start <= found.index; start++) {
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    from = found.index + 1;
  }
}
