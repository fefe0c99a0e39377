import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { LexiconHits } from '../../text/hits.js';
import { nameBefore } from '../names/beside.js';
import { isSlotBreak } from '../org-slot.js';
import type { RoleSpan, TitledName } from '../roles.js';
import { rolesBefore } from './roles-before.js';

/**
 * Roles the text tells after the name, with a verb between: 陆承泽曾任阿里云工业大脑项目技术负责人, 邝启航此前在华为
 * 海思担任芯片架构师, 赵明轩是一家外资券商的分析师. A name, adverbs of time (此前, 曾), an organisation framed
 * by 在…, a role verb (担任, 曾任) or the copula and 的, then the title with its organisation. The role is a former one
 * when a former verb (曾任) or a past adverb (此前, 曾) says so.
 */
export function findDescribedRoles(doc: Doc, lex: Lexicons, hits: LexiconHits): TitledName[] {
  const { text } = doc;
  const words = lex.words['role-words'];
  const found: TitledName[] = [];
  for (const title of hits.markers.titles) {
    if (title.value === 'credit') continue;
    // Most titles have no role verb nor copula before them: looked for first, as cheaply as possible.
    const from = Math.max(0, title.start - MAX_DESCRIBED);
    const verbNear = words.of('role-verb').occursIn(text, from, title.start) || words.of('former-role-verb').occursIn(text, from, title.start);
    if (!verbNear && copulaBefore(text, lex, title.start) === null) continue;
    const roles = rolesBefore(doc, lex, title.start, title.end);
    const role = roles[0];
    if (!role) continue;
    const written = role.org ?? role.title;
    // 是…的基金经理: the copula stands before the organisation and its 的; a role verb right before either.
    const verb = words.of('role-verb').endingAt(text, written.start) ?? words.of('former-role-verb').endingAt(text, written.start);
    const copula = verb === null ? copulaBefore(text, lex, role.title.start) : null;
    if (verb === null && copula === null) continue;
    let end = verb?.start ?? (copula as number);
    const frame = verb ? framedOrganisation(text, lex, end) : null;
    if (frame) end = frame.open;
    let former = verb !== null && words.is(verb.word, 'former-role-verb');
    for (let adverb = words.of('past-adverb').endingAt(text, end); adverb; adverb = words.of('past-adverb').endingAt(text, end)) {
      former = true;
      end = adverb.start;
    }
    const name = nameBefore(doc, end, lex);
    if (!name) continue;
    // 在华为海思担任芯片架构师: the frame names the organisation, and all after the verb is the title.
    const framed: RoleSpan | null = frame && { title: { start: written.start, end: role.title.end }, org: { start: frame.open + 1, end: frame.end }, former };
    const described: RoleSpan[] = framed ? [framed] : roles.map((r) => ({ ...r, former: r.former || former }));
    found.push({ name, roles: described, credit: false });
  }
  return found;
}

/**
 * 何立衡是一家本土券商的分析师: the copula before the organisation and the 的 right before the title, in the
 * same clause, or null.
 */
function copulaBefore(text: string, lex: Lexicons, titleStart: number): number | null {
  const { particles } = lex.words;
  if (!particles.isCharAt(text, titleStart - 1, 'possessive')) return null;
  for (let at = titleStart - 2; at >= Math.max(0, titleStart - MAX_DESCRIBED); at--) {
    if (isSlotBreak(text.charCodeAt(at))) return null;
    if (particles.isCharAt(text, at, 'copula')) return at;
  }
  return null;
}

/** The longest organisation between a copula and 的 (是一家中外合资证券投资咨询公司的). */
const MAX_DESCRIBED = 16;

/** 在华为海思担任: the organisation between a frame's 在 and the role verb at `verb`, within a few characters. */
function framedOrganisation(text: string, lex: Lexicons, verb: number): { open: number; end: number } | null {
  for (let open = verb - 3; open >= Math.max(0, verb - MAX_FRAMED); open--) {
    if (lex.words['quote-words'].isCharAt(text, open, 'frame-open')) return { open, end: verb };
  }
  return null;
}

/** The longest organisation a 在… frame holds before a role verb (在阿里巴巴达摩院担任). */
const MAX_FRAMED = 10;
