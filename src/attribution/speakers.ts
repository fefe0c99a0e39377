import { sentenceAt, tokenEndingAt, type Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';

/**
 * Who stands before a speech verb: the entity named nearest before it, or for 他/她 the person named last; never the
 * person a clause merely mentions when an unnamed source is the one speaking (加價偏要提林志明，還有人說, 王姓店主
 * 坦承, 业内人士表示): then no one is credited.
 */

export interface SpeakerMention {
  start: number;
  end: number;
  kind: 'company' | 'person';
  /** The entity's name, reported as the speaker. */
  name: string;
}

/** A verb's speaker, or `UNNAMED` when an unnamed source says it (no one else may be credited then). */
export const UNNAMED = 'unnamed';
export type Speaker = SpeakerMention | typeof UNNAMED | null;

/** Entity mentions as possible speakers, sorted by offset. */
export function speakerMentions(
  companies: readonly { name: string; mentions: readonly { start: number; end: number }[] }[],
  people: readonly { name: string; mentions: readonly { start: number; end: number }[] }[],
): SpeakerMention[] {
  // One array filled in place: flatMap and a spread built an array per entity and two more per document.
  const speakers: SpeakerMention[] = [];
  for (const c of companies) for (const m of c.mentions) speakers.push({ start: m.start, end: m.end, kind: 'company', name: c.name });
  for (const p of people) for (const m of p.mentions) speakers.push({ start: m.start, end: m.end, kind: 'person', name: p.name });
  return speakers.sort((a, b) => a.start - b.start);
}

/**
 * The speaker of a verb: the nearest entity before it in its sentence (a person preferred to the company in
 * 日科创想公司董事长刘军称; a company only with words of its voice between: 腾讯方面表示), or, for 他/她, the last
 * person named before the quotation; `UNNAMED` when an unnamed source stands after them.
 */
export function speakerBefore(
  doc: Doc,
  lex: Lexicons,
  speakers: readonly SpeakerMention[],
  verbStart: number,
  quoteOpen: number,
  floor = 0,
): Speaker {
  const sentenceStart = Math.max(floor, sentenceAt(doc, verbStart)?.start ?? verbStart);
  const nearest = lastSpeakerIn(speakers, sentenceStart, verbStart);
  if (unnamedIn(doc, lex, nearest?.end ?? sentenceStart, verbStart)) return UNNAMED;
  // 陈柏良曾赞扬怀特，认为…: the person right after a verb is its object; the subject named before them speaks.
  const near = nearest && isObject(doc, lex, nearest) ? (lastPersonIn(speakers, sentenceStart, nearest.start) ?? nearest) : nearest;
  if (near && (near.kind === 'person' || companyVoice(lex).test(doc.text.slice(near.end, verbStart)))) return near;
  const pronoun = lex.words.particles.of('person-pronoun').last(doc.text, Math.max(floor, verbStart - 3), verbStart);
  if (pronoun === null) return null;
  const person = lastPersonBefore(speakers, Math.min(quoteOpen, pronoun.start));
  // 王姓经理…，他表示: the pronoun stands for the unnamed one, named after the last person.
  return person && unnamedIn(doc, lex, person.end, pronoun.start) ? UNNAMED : person;
}

/** Whether a mention stands right after a verb, as its object (赞扬怀特; not 让马云坦言, where it acts). */
function isObject(doc: Doc, lex: Lexicons, mention: SpeakerMention): boolean {
  const before = tokenEndingAt(doc, mention.start);
  return before !== undefined && VERB_TAGS.has(before.pos) && !lex.words['quote-words'].is(doc.text.slice(before.start, before.end), 'causative');
}

const VERB_TAGS = new Set(['v', 'vn']);

/** Whether an unnamed source (有人, 业内人士, 王姓) is named in [from, to). */
export function unnamedIn(doc: Doc, lex: Lexicons, from: number, to: number): boolean {
  return from < to && lex.words['quote-words'].of('unnamed-source').occursIn(doc.text, from, to);
}

/** The last person named before `offset`, looking back at most a few paragraphs' worth of mentions. */
export function lastPersonBefore(speakers: readonly SpeakerMention[], offset: number): SpeakerMention | null {
  const lo = partitionPoint(speakers, (s) => s.end <= offset);
  for (let i = lo - 1; i >= Math.max(0, lo - LOOK_BACK); i--) if ((speakers[i] as SpeakerMention).kind === 'person') return speakers[i] as SpeakerMention;
  return null;
}

const LOOK_BACK = 50;

/** The last entity mention inside [from, to), a person if there is one (speakers are sorted by start). */
export function lastSpeakerIn(speakers: readonly SpeakerMention[], from: number, to: number): SpeakerMention | null {
  let company: SpeakerMention | null = null;
  for (let i = partitionPoint(speakers, (s) => s.start < to) - 1; i >= 0; i--) {
    const s = speakers[i] as SpeakerMention;
    if (s.start < from) break;
    if (s.end > to) continue;
    if (s.kind === 'person') return s;
    company ??= s;
  }
  return company;
}

/** The last person named inside [from, to). */
function lastPersonIn(speakers: readonly SpeakerMention[], from: number, to: number): SpeakerMention | null {
  const s = lastSpeakerIn(speakers, from, to);
  return s?.kind === 'person' ? s : null;
}

/** The first person named inside [from, to). */
export function firstPersonIn(speakers: readonly SpeakerMention[], from: number, to: number): SpeakerMention | null {
  for (let i = partitionPoint(speakers, (s) => s.start < from); i < speakers.length && (speakers[i] as SpeakerMention).start < to; i++) {
    if ((speakers[i] as SpeakerMention).kind === 'person') return speakers[i] as SpeakerMention;
  }
  return null;
}

/** What may stand between a company and its speech verb: words of the company's voice and a frame (在公告中). */
const companyVoices = new WeakMap<Lexicons, RegExp>();
function companyVoice(lex: Lexicons): RegExp {
  let pattern = companyVoices.get(lex);
  if (!pattern) {
    const words = lex.words['quote-words'];
    const frame = `(?:${words.alternation('frame-open')})[^,。;]{0,${FRAME}}(?:${words.alternation('frame-close')})`;
    pattern = new RegExp(`^(?:${words.alternation('company-voice')}|${frame})*$`);
    companyVoices.set(lex, pattern);
  }
  return pattern;
}

/** The longest circumstance a frame holds (在回复本报的书面问询时). */
const FRAME = 12;
