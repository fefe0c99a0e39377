import { NUMERAL_CHARACTERS } from '../figures/numerals.js';
import type { Lexicons, StanceCue } from '../lexicon/lexicons.js';
import { endsWord, startsWord, type Doc } from '../text/document.js';
import type { LexiconHits } from '../text/hits.js';

export interface CueMatch {
  start: number;
  end: number;
  value: StanceCue;
}

/**
 * The cue lexicon's matches in a document, by start (longer first): at word starts, as the lexicon scan found them,
 * right after names inside a word, and ending words they do not start.
 */
export function cueMatches(doc: Doc, lex: Lexicons, hits: LexiconHits, names: readonly { start: number; end: number }[]): CueMatch[] {
  const atWordStarts: CueMatch[] = [];
  for (const p of hits.phrases) if (p.value.cue) atWordStarts.push({ start: p.start, end: p.end, value: p.value.cue });
  const inside = cuesAfterNames(doc, lex, names);
  const afterNames = new Set(inside.map((m) => m.start));
  for (const m of [...cuesEndingWords(doc, lex, atWordStarts), ...cuesAfterLightVerbs(doc, lex)]) if (!afterNames.has(m.start)) inside.push(m);
  return merge(atWordStarts, inside.sort((a, b) => a.start - b.start || b.end - a.end));
}

/**
 * Cues right after a name, inside the word jieba glued the name's last characters to (云朵|宝跑|路, 青松|宝爆雷): a
 * name's end is a word's end, whatever the segmenter made of it.
 */
function cuesAfterNames(doc: Doc, lex: Lexicons, names: readonly { start: number; end: number }[]): CueMatch[] {
  const found: CueMatch[] = [];
  const read = new Set<number>();
  for (const { end: at } of names) {
    if (startsWord(doc, at) || read.has(at)) continue;
    read.add(at);
    const cue = cueToWordEnd(doc, lex, at, at);
    if (cue) found.push(cue);
  }
  return found;
}

/** The longest cue from `at` that ends where a word does, past `past`; null if none. */
function cueToWordEnd(doc: Doc, lex: Lexicons, at: number, past: number): CueMatch | null {
  for (const m of lex.phrases.matchesAt(doc.text, at)) {
    if (m.end > past && m.value.cue !== undefined && endsWord(doc, m.end)) return { start: at, end: m.end, value: m.value.cue };
  }
  return null;
}

/**
 * Two lists each sorted by start (longer first), as one: what a stable sort of the first then the second would give
 * (the cues at word starts come sorted from the lexicon scan, those inside words are sorted before).
 */
function merge(a: readonly CueMatch[], b: readonly CueMatch[]): CueMatch[] {
  const out: CueMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as CueMatch;
    const y = b[j] as CueMatch;
    if ((x.start - y.start || y.end - x.end) <= 0) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as CueMatch);
  while (j < b.length) out.push(b[j++] as CueMatch);
  return out;
}

/**
 * Cues that end a jieba word they do not start (明显提高/将, 负增长): jieba keeps some adverb-verb compounds whole, and
 * the lexicon is matched from word starts. A word with a cue at its start keeps that one.
 */
function cuesEndingWords(doc: Doc, lex: Lexicons, atWordStarts: readonly { start: number }[]): CueMatch[] {
  const { text } = doc;
  const found: CueMatch[] = [];
  // The cues at word starts are sorted by start, as the tokens are: one cursor walks them along (no set per document).
  let cue = 0;
  for (const t of doc.tokens) {
    if (t.end - t.start < 3) continue;
    while (cue < atWordStarts.length && (atWordStarts[cue] as { start: number }).start < t.start) cue++;
    if (cue < atWordStarts.length && (atWordStarts[cue] as { start: number }).start === t.start) continue;
    for (let at = t.start + 1; at <= t.end - 2; at++) {
      const cue = lex.phrases.valueOf(text, at, t.end)?.cue;
      if (cue === undefined) continue;
      found.push({ start: at, end: t.end, value: cue });
      break;
    }
  }
  return found;
}

/**
 * Cues that a light verb before them was glued into a word with (获净/卖出, 遭减/持): the cue starts right after the
 * verb and ends at a later word's end.
 */
function cuesAfterLightVerbs(doc: Doc, lex: Lexicons): CueMatch[] {
  const { text } = doc;
  const verbs = lex.words['stance-words'].of('light-verb');
  const found: CueMatch[] = [];
  for (const t of doc.tokens) {
    if (t.end - t.start < 2 || !verbs.startsWith(text.charCodeAt(t.start))) continue;
    const verb = verbs.at(text, t.start, t.end - 1);
    const cue = verb && cueToWordEnd(doc, lex, verb.end, t.end);
    if (cue) found.push(cue);
  }
  return found;
}

/** 成立不到两年, 上线仅半年: a minimizer before a span of time says how soon, which is no doubt. */
const durations = new WeakMap<Lexicons, RegExp>();
export function minimizesDuration(lex: Lexicons, text: string, cue: CueMatch): boolean {
  if (!lex.words['stance-words'].is(text.slice(cue.start, cue.end), 'minimizer')) return false;
  let pattern = durations.get(lex);
  if (!pattern) {
    const figures = lex.words['figure-words'];
    pattern = new RegExp(`^[\\d${numeralClass(lex)}]+(?:${figures.alternation('measure')})?(?:${figures.alternation('duration-unit')})`);
    durations.set(lex, pattern);
  }
  return pattern.test(text.slice(cue.end, cue.end + 8));
}

function numeralClass(lex: Lexicons): string {
  return `${NUMERAL_CHARACTERS}${[...lex.words['figure-words'].of('vague-numeral').words()].join('')}`;
}
