import type { Doc } from '../../text/document.js';
import type { RoleSpan } from '../roles.js';

/** The title as written (reported as the source has it), or as the text implies it. */
export function titleOf(doc: Doc, r: RoleSpan): string {
  return r.word ?? doc.source.slice(r.title.start, r.title.end);
}

/** The title as the lexicons read it: in the normalised text, or as the text implies it. */
export function normalisedTitleOf(doc: Doc, r: RoleSpan): string {
  return r.word ?? doc.text.slice(r.title.start, r.title.end);
}
