import { paragraphAt, type Doc } from '../text/document.js';
import { LIST_COMMA } from '../text/marks.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { Role } from '../schema.js';
import type { NameSpan } from './names/span.js';
import { chiefOf } from './titles/deputies.js';
import { titleOf } from './titles/title-of.js';

/**
 * People's roles: the titles found next to their names (titles/), and the organisation each role names, completed
 * from the companies the text names.
 */

export interface Span {
  start: number;
  end: number;
}

export interface RoleSpan {
  /** Where the title is written; empty, at the name, when the text implies it (see `word`). */
  title: Span;
  /** The title the text implies without writing it, in the text's script (【陈建廷/台中报道】: 記者). */
  word?: string;
  /** The organisation as written; for 该公司 or 本报, the pronoun (resolved to a company later, or dropped). */
  org: Span | null;
  orgIsPronoun?: boolean;
  former: boolean;
}

export interface TitledName {
  name: NameSpan;
  roles: RoleSpan[];
  /** A byline role (记者, 编辑, 作者). */
  credit: boolean;
}

/**
 * A person's roles from the titles next to their name. An organisation written as a pronoun (该公司董事长, 该行行长)
 * is the company named last before it, within a few sentences.
 */
export function rolesOf(
  doc: Doc,
  lex: Lexicons,
  titledAt: ReadonlyMap<number, TitledName>,
  mentions: readonly Span[],
  companies: readonly Span[],
): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const t = titledAt.get(m.start);
    if (!t || t.name.end !== m.end) continue;
    // The organisation of the name's previous role, once there is one.
    let previousOrg: string | null | undefined;
    for (const r of t.roles) {
      const org = organisationOf(doc, lex, titledAt, t, r, companies, previousOrg);
      const role: Role = { title: titleOf(doc, r), org, former: r.former };
      previousOrg = org;
      const key = `${role.title}|${role.org}|${role.former}`;
      if (seen.has(key)) continue;
      seen.add(key);
      roles.push(role);
    }
  }
  return roles;
}

/** The organisation of one role as the text names it, with the companies found in the text to complete it. */
function organisationOf(
  doc: Doc,
  lex: Lexicons,
  titledAt: ReadonlyMap<number, TitledName>,
  t: TitledName,
  r: RoleSpan,
  companies: readonly Span[],
  previousOrg: string | null | undefined,
): string | null {
  const name = (f: Span) => doc.source.slice(f.start, f.end);
  if (r.orgIsPronoun) {
    const before = lastBefore(companies, r.title.start);
    return before && r.title.start - before.end <= 300 ? name(before) : null;
  }
  // 澄明储能副总裁, 和沐生物董事长, 启衡/v 董事长: a company found whole ends where the organisation does (or the
  // title begins), which the words before the title cut short or left out (澄明/a, 和 taken for a conjunction).
  const whole = companyEndingAt(companies, r.org?.end ?? r.title.start);
  if (whole && (!r.org || (whole.start < r.org.start && r.org.start - whole.start <= 4))) return name(whole);
  if (r.org) return name(r.org);
  const { particles } = lex.words;
  // 红杉中国的郑岚合伙人: the company before 的 and a name with its title after it.
  const owner = particles.isCharAt(doc.text, t.name.start - 1, 'possessive') ? companyEndingAt(companies, t.name.start - 1) : undefined;
  if (owner) return name(owner);
  // 启衡董事长兼CEO: the second title of a pair has the first one's organisation; so has a title listed after another
  // of the same name with none of its own (华岭证券首席策略师、行业研究主管). A name's first title after a list comma
  // follows another person's (云峰科技董事长陈启明、总经理赵文涛): it is completed as any other, below.
  const joined = particles.isCharAt(doc.text, r.title.start - 1, 'title-joiner');
  if (joined || (previousOrg !== undefined && doc.text[r.title.start - 1] === LIST_COMMA)) return previousOrg ?? null;
  const chief = chiefOf(doc, lex, titledAt.values(), r);
  if (chief) return organisationOf(doc, lex, titledAt, chief.chief, chief.role, companies, undefined);
  // 苹果方面，首席执行官库克: a business title written without its organisation is at the company the paragraph
  // named last before it; not an observer's (分析师), who speaks of companies from outside.
  const title = lex.titles.endingAt(doc.text, r.title.end);
  if (r.former || title?.value !== 'head' || lex.words['role-words'].of('observer').endingAt(doc.text, r.title.end) !== null) return null;
  const paragraph = paragraphAt(doc, r.title.start);
  const before = lastBefore(companies, r.title.start);
  return before && paragraph && before.start >= paragraph.start ? name(before) : null;
}

function companyEndingAt(sorted: readonly Span[], end: number): Span | undefined {
  const last = lastBefore(sorted, end + 1);
  return last?.end === end ? last : undefined;
}

function lastBefore(sorted: readonly Span[], offset: number): Span | undefined {
  return sorted[partitionPoint(sorted, (f) => f.end <= offset) - 1];
}
