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

export class NameModel {
  private readonly rows = new Map<number, Float32Array>();
  private readonly compounds = new Map<string, number>();

  constructor(rows: readonly (readonly string[])[]) {
    for (const [key = '', ...cells] of rows) {
      if (key.length === 2) this.compounds.set(key, Number(cells[0]));
      else if (key.length === 1) this.rows.set(key.charCodeAt(0), Float32Array.from(NAME_ROLES, (_, i) => Number(cells[i] ?? UNSEEN[NAME_ROLES[i] as NameRole])));
    }
  }

  /** How much the character at `at` of `text` looks like playing `role`. */
  score(text: string, at: number, role: NameRole): number {
    const row = this.rows.get(text.charCodeAt(at));
    return row === undefined ? UNSEEN[role] : (row[NAME_ROLES.indexOf(role)] as number);
  }

  /** The surname score of text[start, start + length) (a compound surname of two characters, or one). */
  surname(text: string, start: number, length: number): number {
    return length === 2 ? (this.compounds.get(text.slice(start, start + 2)) ?? UNSEEN.surname) : this.score(text, start, 'surname');
  }
}

export const builtinNameModel = once(() => new NameModel(readTable('name-model.tsv', NAME_ROLES.length + 1)));
