import { once, readTable } from './files.js';

/**
 * The name model (name-model.tsv, compiled by tools/names from HanLP's person-name data): for each character, how
 * much more often than anywhere in text it plays each part in and around a Chinese name, as a log ratio in nats
 * (张 as a surname +4.3, 馨 opening a given name +4.5, 的 ending one −7.8, 称 just after a name +1.7).
 */
export const NAME_ROLES = ['surname', 'given-first', 'given-last', 'given-single', 'after', 'before'] as const;
export type NameRole = (typeof NAME_ROLES)[number];

/**
 * A character the table does not hold was never seen in a name nor next to one: in a name it counts against it, next
 * to one it says nothing.
 */
const UNSEEN: Record<NameRole, number> = { surname: -3, 'given-first': -2, 'given-last': -2, 'given-single': -2, after: 0, before: 0 };

/** Each role's column in a character's row. */
const COLUMN = Object.fromEntries(NAME_ROLES.map((role, i) => [role, i])) as Record<NameRole, number>;

export class NameModel {
  /**
   * The characters' rows end to end, NAME_ROLES.length scores each, and where each character's row starts: one array,
   * not a small typed array per character (some 4,500 of them, each with a buffer of its own).
   */
  private readonly scores: Float32Array;
  private readonly rowOf = new Map<number, number>();
  private readonly compounds = new Map<string, number>();

  constructor(rows: readonly (readonly string[])[]) {
    const characters = rows.filter(([key = '']) => key.length === 1);
    this.scores = new Float32Array(characters.length * NAME_ROLES.length);
    characters.forEach(([key = '', ...cells], r) => {
      this.rowOf.set(key.charCodeAt(0), r * NAME_ROLES.length);
      NAME_ROLES.forEach((role, i) => (this.scores[r * NAME_ROLES.length + i] = Number(cells[i] ?? UNSEEN[role])));
    });
    for (const [key = '', cell] of rows) if (key.length === 2) this.compounds.set(key, Number(cell));
  }

  /** How much the character at `at` of `text` looks like playing `role`. */
  score(text: string, at: number, role: NameRole): number {
    const row = this.rowOf.get(text.charCodeAt(at));
    return row === undefined ? UNSEEN[role] : (this.scores[row + COLUMN[role]] as number);
  }

  /** The surname score of text[start, start + length) (a compound surname of two characters, or one). */
  surname(text: string, start: number, length: number): number {
    return length === 2 ? (this.compounds.get(text.slice(start, start + 2)) ?? UNSEEN.surname) : this.score(text, start, 'surname');
  }
}

export const builtinNameModel = once(() => new NameModel(readTable('name-model.tsv', NAME_ROLES.length + 1)));
