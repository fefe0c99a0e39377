import { CodeUnits } from './code-units.js';
import { WordList } from './word-list.js';

/**
 * A table of words that each have one or more kinds (rows `word<TAB>kind`): one {@link WordList} per kind, so a rule
 * asks for the words of the kind it reads (the organisation words that are legal forms, the stance words that name a
 * regulator) and finds them in text as fast as any word list.
 */
export class KindedWords<K extends string> {
  private readonly lists = new Map<K, WordList<true>>();
  private readonly kinds = new Map<string, Set<K>>();
  private static readonly EMPTY = new WordList<true>([]);
  /** Per kind, its one-character words as code units, made on first use (few kinds are read a character at a time). */
  private readonly chars = new Map<K, CodeUnits>();

  constructor(rows: Iterable<readonly [string, K]>) {
    const byKind = new Map<K, string[]>();
    for (const [word, kind] of rows) {
      if (word === '') continue;
      const words = byKind.get(kind) ?? [];
      words.push(word);
      byKind.set(kind, words);
      const kinds = this.kinds.get(word) ?? new Set<K>();
      kinds.add(kind);
      this.kinds.set(word, kinds);
    }
    for (const [kind, words] of byKind) this.lists.set(kind, new WordList(words.map((w) => [w, true] as const)));
  }

  /** The words of one kind. */
  of(kind: K): WordList<true> {
    return this.lists.get(kind) ?? KindedWords.EMPTY;
  }

  /** Whether `word` is listed with this kind. */
  is(word: string, kind: K): boolean {
    return this.kinds.get(word)?.has(kind) === true;
  }

  /** The kinds of a word (empty when it is not listed). */
  kindsOf(word: string): ReadonlySet<K> {
    return this.kinds.get(word) ?? NONE;
  }

  /** Whether the character at `at` of `text` is a one-character word of this kind. */
  isCharAt(text: string, at: number, kind: K): boolean {
    // By code unit: a one-character string cut per call, and its hashing, cost more than the rule that asked.
    let chars = this.chars.get(kind);
    if (chars === undefined) {
      chars = new CodeUnits([...this.of(kind).words()].filter((w) => w.length === 1).join(''));
      this.chars.set(kind, chars);
    }
    return at >= 0 && at < text.length && chars.has(text.charCodeAt(at));
  }

  /** The words of a kind as a regular-expression alternation, longest first (for grammars built from the lists). */
  alternation(kind: K): string {
    return [...this.of(kind).words()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  }
}

const NONE: ReadonlySet<never> = new Set();

/** Character classes (rows `class<TAB>characters`): a bit set of UTF-16 code units per class. */
export class CharacterClasses<K extends string> {
  private readonly classes = new Map<K, Uint32Array>();

  constructor(rows: Iterable<readonly [K, string]>) {
    for (const [name, chars] of rows) {
      const set = this.classes.get(name) ?? new Uint32Array(0x10000 >>> 5);
      for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i) >>> 5]! |= 1 << (chars.charCodeAt(i) & 31);
      this.classes.set(name, set);
    }
  }

  /** Whether a UTF-16 code unit is in the class. */
  has(name: K, code: number): boolean {
    const set = this.classes.get(name);
    return set !== undefined && ((set[code >>> 5] as number) & (1 << (code & 31))) !== 0;
  }

  /** Whether the character (a one-unit string; undefined past the text's ends) is in the class. */
  hasChar(name: K, ch: string | undefined): boolean {
    return ch !== undefined && ch.length > 0 && this.has(name, ch.charCodeAt(0));
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
