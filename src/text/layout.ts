import { countCodePoints, type Block, type Doc } from './document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { ParagraphKind } from '../schema.js';

/**
 * What each line is: the headline (a short first line without closing punctuation), a heading inside a compilation
 * (【解读】…, ■记者观察, 吃螃蟹者说:, a short line with no sentence in it), a credit line (网易科技, (编辑:秦韵),
 * 本报记者 林晓), or body text. Headings and credits are left out of summaries and weigh differently in stance.
 */
export interface Layout {
  kinds: ParagraphKind[];
  /** The headline paragraph, if the text opens with one. */
  title: Block | null;
}

const MAX_HEADLINE = 50;
const MAX_HEADING = 40;
const SENTENCE_END = /[。;]|[。!?;…][”」』)]?$/;

/** A media outlet's name: in the media lexicon, or shaped like one (…日报, …科技, …IT). */
export function isMediaName(name: string, lex: Lexicons): boolean {
  const ending = lex.words['layout-words'].of('media-ending').endingAt(name, name.length);
  return lex.media.get(name) !== undefined || (name.length <= 8 && ending !== null && !/[\s■【】]/.test(name));
}
/** A credit line: a byline role, an optional colon or slash, and a name, in optional brackets (（编辑:秦韵）). */
const creditLines = new WeakMap<Lexicons, RegExp>();
function creditLine(lex: Lexicons): RegExp {
  let pattern = creditLines.get(lex);
  if (!pattern) {
    pattern = new RegExp(`^[(（]?\\s*(?:${lex.words['layout-words'].alternation('credit-role')})\\s*[:：/／]?\\s*\\S{1,12}\\s*[)）]?$`);
    creditLines.set(lex, pattern);
  }
  return pattern;
}

export function readLayout(doc: Doc, lex: Lexicons): Layout {
  const { text } = doc;
  const kinds = doc.paragraphs.map((p, i): ParagraphKind => {
    const line = text.slice(p.start, p.end);
    const length = countCodePoints(line);
    if (isCredit(line, lex)) return 'credit';
    if (i === 0 && length <= MAX_HEADLINE && !SENTENCE_END.test(line) && !line.endsWith(':')) return 'title';
    if (isHeading(line, length)) return 'heading';
    return 'body';
  });
  const title = kinds[0] === 'title' ? (doc.paragraphs[0] ?? null) : null;
  return { kinds, title };
}

/** A byline or a source standing on its own line: (编辑:秦韵), 本报记者 林晓, 网易科技, 每日新报. */
function isCredit(line: string, lex: Lexicons): boolean {
  const bare = line.replace(/^[(（]|[)）]$/g, '').trim();
  if (bare.length > 16 || /[,。!?;，]/.test(bare)) return false;
  return creditLine(lex).test(line) || isMediaName(bare, lex);
}

function isHeading(line: string, length: number): boolean {
  if (/^[【■●◆▲□★]/.test(line)) return length <= MAX_HEADING + 10;
  if (length > MAX_HEADING) return false;
  if (line.endsWith(':')) return length <= 10;
  if (/[!?]$/.test(line)) return length <= 20 && !/[。;]/.test(line) && !/^[“"「]/.test(line);
  return !SENTENCE_END.test(line) && !/[。;]/.test(line) && !/[”」"]$/.test(line);
}
