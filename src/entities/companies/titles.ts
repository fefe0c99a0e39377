import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { PROPER_TAGS } from '../../text/tags.js';
import { isWordNotTagged } from '../words.js';
import type { CompanySeed } from './seed.js';

/**
 * The organisation before a business title: 高朋网副总裁高峡, 雅座CEO白昱, 皮皮精灵助理总裁. Before a byline role
 * it is a medium; before a public or artistic office (州长, 导演) a place, a team or an institution; and one
 * everyday word (外汇分析师, 主队队长) or a place is no organisation.
 */
export function fromTitles(doc: Doc, lex: Lexicons, { titled }: Evidence): CompanySeed[] {
  const { text } = doc;
  return titled.flatMap((t) =>
    t.roles.flatMap((role) => {
      if (!role.org || role.orgIsPronoun || lex.titles.endingAt(text, role.title.end)?.value !== 'head') return [];
      const end = withoutDepartment(text, lex, role.org.start, role.org.end);
      if (end - role.org.start < 2) return [];
      const surface = text.slice(role.org.start, end);
      const known = lex.companies.get(surface);
      if (!known && (isWordNotTagged(doc, role.org.start, end, PROPER_TAGS) || lex.words.places.of('region').get(surface))) return [];
      return [{ surface, group: known?.name ?? surface, why: 'context:title' }];
    }),
  );
}

/** 锦程营销 → 锦程, 恒誉顾问策划 → 恒誉顾问: the organisation without the department's words that end it. */
function withoutDepartment(text: string, lex: Lexicons, start: number, end: number): number {
  const department = lex.words['company-words'].of('department');
  for (let w = department.endingAt(text, end); w && w.start - start >= 2 && lex.companies.get(text.slice(start, end)) === undefined; w = department.endingAt(text, end)) {
    end = w.start;
  }
  return end;
}
