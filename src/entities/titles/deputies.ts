import { sentenceAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { RoleSpan, TitledName } from '../roles.js';
import { normalisedTitleOf } from './title-of.js';

/**
 * 星河科技董事长张三与副董事长李四出席: a deputy's title written without its organisation (副董事长) is held at the
 * organisation of the chief's title (董事长) named earlier in the same sentence; the sentence names the body once.
 */
export function chiefOf(doc: Doc, lex: Lexicons, titled: Iterable<TitledName>, r: RoleSpan): { chief: TitledName; role: RoleSpan } | null {
  const title = normalisedTitleOf(doc, r);
  const deputy = lex.words['role-words'].of('deputy').at(title, 0);
  if (deputy === null || deputy.end >= title.length) return null;
  const chiefTitle = title.slice(deputy.end);
  const sentence = sentenceAt(doc, r.title.start);
  if (!sentence) return null;
  let found: { chief: TitledName; role: RoleSpan } | null = null;
  for (const t of titled) {
    for (const c of t.roles) {
      // The nearest chief before the deputy, with an organisation written, in the sentence.
      if (c.org === null || c.title.start < sentence.start || c.title.end > r.title.start) continue;
      if (normalisedTitleOf(doc, c) !== chiefTitle || (found !== null && found.role.title.start > c.title.start)) continue;
      found = { chief: t, role: c };
    }
  }
  return found;
}
