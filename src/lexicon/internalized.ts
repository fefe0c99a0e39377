/**
 * The same string, internalized: V8 keeps one copy of each property name, and a computed key is made one. Strings
 * read from files are not, and comparing one with a literal (a tag with 'x', a kind with 'legal') then compares
 * characters, in a call, where two internalized strings compare by identity; so do map lookups keyed by them.
 */
export function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0] as string;
}
