import type { Doc } from '../text/document.js';
import { isMediaName, type Layout } from '../text/layout.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { TitledName } from '../entities/roles.js';
import { titleOf } from '../entities/titles/title-of.js';
import type { Credits } from '../schema.js';
import { BYLINE_BARS, markTest } from '../text/marks.js';

/**
 * Who made the article: sources (网易科技 on its own line, (网易科技) closing a piece, 第一财经讯 opening one) and
 * credited people with their role ((记者张琦), (作者:刘琪), (编辑:秦韵), and the author in (网易科技阳光)).
 */

export function findCredits(doc: Doc, lex: Lexicons, layout: Layout, titled: readonly TitledName[]): Credits {
  const { text, source } = doc;
  const sources: string[] = [];
  const people: { name: string; role: string }[] = [];
  const words = lex.words['layout-words'];
  const authorRole = [...words.of('author').words()][0] ?? '';
  const addSource = (start: number, end: number) => {
    const name = source.slice(start, end).trim();
    if (name !== '' && !sources.includes(name)) sources.push(name);
  };
  doc.paragraphs.forEach((p, i) => {
    const line = text.slice(p.start, p.end);
    // A credit line that names no person (网易科技), not one that credits a writer (编辑:秦韵, 文｜沈听澜).
    if (layout.kinds[i] === 'credit' && !/[(（:：]/.test(line) && !hasBar(line) && !words.of('byline-person').occursIn(line)) addSource(p.start, p.end);
    // 第一财经讯 / 新华社北京5月1日电 at the start of a paragraph.
    const dateline = line.match(datelinePattern(lex));
    if (dateline && isMediaName(dateline[1] as string, lex)) addSource(p.start, p.start + (dateline[1] as string).length);
    // (网易科技) or (网易科技阳光) closing a paragraph.
    const closing = line.match(/[(（]([^()（）:：]{2,16})[)）]$/);
    if (closing) {
      const inner = closing[1] as string;
      const innerStart = p.end - inner.length - 1;
      const media = mediaPrefix(inner, lex);
      if (media > 0) {
        addSource(innerStart, innerStart + media);
        const author = inner.slice(media);
        if (/^[\u4e00-\u9fff]{2,3}$/.test(author)) people.push({ name: source.slice(innerStart + media, innerStart + inner.length), role: authorRole });
      }
    }
  });
  const seen = new Set(people.map((p) => `${p.name}|${p.role}`));
  for (const t of titled) {
    if (!t.credit) continue;
    const role = t.roles[t.roles.length - 1];
    if (!role) continue;
    const name = source.slice(t.name.start, t.name.end);
    const title = titleOf(doc, role);
    if (!seen.has(`${name}|${title}`)) {
      seen.add(`${name}|${title}`);
      people.push({ name, role: title });
    }
  }
  return { sources, people };
}

const isBylineBar = markTest(BYLINE_BARS);

function hasBar(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (isBylineBar(line[i])) return true;
  return false;
}

/** The length of the media name opening `inner` (网易科技 in 网易科技阳光), or 0. */
function mediaPrefix(inner: string, lex: Lexicons): number {
  for (let length = inner.length; length >= 2; length--) {
    if (isMediaName(inner.slice(0, length), lex)) return length;
  }
  return 0;
}

/** A paragraph opening with a source and a dateline word (第一财经讯, 新华社北京5月1日电): the source, shortest first. */
const datelines = new WeakMap<Lexicons, RegExp>();
function datelinePattern(lex: Lexicons): RegExp {
  let pattern = datelines.get(lex);
  if (!pattern) {
    pattern = new RegExp(`^([\\u4e00-\\u9fffA-Za-z]{2,10}?)(?:${lex.words['layout-words'].alternation('wire-dateline')})`);
    datelines.set(lex, pattern);
  }
  return pattern;
}
