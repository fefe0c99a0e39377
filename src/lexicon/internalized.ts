/**
 * The same string, internalized: V8 keeps one copy of each property name, and a computed key is made one. Strings
 * read from files are not, and comparing one with a literal (a tag with 'x', a kind with 'legal') then compares
 * characters, in a call, where two internalized strings compare by identity; so do map lookups keyed by them.
 */
export function internalized(s: string): string {
  let kept = known.get(s);
  if (kept === undefined) known.set(s, (kept = Object.keys({ [s]: 0 })[0] as string));
  return kept;
}

/**
 * Each string internalized so far: the kinds of a table's thousands of rows are a few dozen strings, and an object
 * made per row to internalize its kind was a tenth of building the lexicons.
 */
const known = new Map<string, string>();
