import { paragraphAt, sentenceAt, type Doc } from '../text/document.js';
import type { QuotationMarks } from './marks.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import { partitionPoint } from '../lexicon/sorted.js';
import { hitsIn } from '../lexicon/word-list.js';
import type { Quote } from '../schema.js';

/**
 * Direct quotations in “…”, 「…」 or "…", attributed to a speaker in the same or an adjacent sentence:
 * X称/表示/坦言“…” (verb-before), X:“…” (colon), “…”X称 (verb-after), X表示,…,“…” (verb-earlier), “…” on its
 * own line followed by a line naming who said it (next-line), 据他… (pronoun → the last person named).
 * Scare quotes and coined terms (“阿里浪”, 所谓的“…”) are not quotations.
 */

export interface SpeakerMention {
  start: number;
  end: number;
  kind: 'company' | 'person';
  /** The entity's name, reported as the speaker. */
  name: string;
}

/** Entity mentions as possible speakers, sorted by offset. */
export function speakerMentions(
  companies: readonly { name: string; mentions: readonly { start: number; end: number }[] }[],
  people: readonly { name: string; mentions: readonly { start: number; end: number }[] }[],
): SpeakerMention[] {
  return [
    ...companies.flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'company' as const, name: c.name }))),
    ...people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'person' as const, name: p.name }))),
  ].sort((a, b) => a.start - b.start);
}


/** A quotation shorter than this, with no sentence mark in it, is a term unless a speech verb or colon introduces it. */
const MIN_LOOSE_QUOTE = 10;
/**
 * What may stand between a company and its speech verb for the company to be the speaker (腾讯方面表示, 鼎泰置业在
 * 公告中称); a person may stand anywhere earlier in the sentence.
 */
/** What may stand between a company and its speech verb: words of the company's voice and a frame (在公告中). */
const companyVoices = new WeakMap<Lexicons, RegExp>();
function companyVoice(lex: Lexicons): RegExp {
  let pattern = companyVoices.get(lex);
  if (!pattern) {
    const words = lex.words['quote-words'];
    const frame = `(?:${words.alternation('frame-open')})[^,。;]{0,8}(?:${words.alternation('frame-close')})`;
    pattern = new RegExp(`^(?:${words.alternation('company-voice')}|${frame})*$`);
    companyVoices.set(lex, pattern);
  }
  return pattern;
}

/** A word that coins the term in the marks after it, a colon allowed between (下称:“禾悦集团”). */
function coins(lex: Lexicons, before: string): boolean {
  const end = before.endsWith(':') ? before.length - 1 : before.length;
  return lex.words['quote-words'].of('coined').endingAt(before.slice(0, end), end) !== null;
}

export function findQuotes(doc: Doc, lex: Lexicons, hits: LexiconHits, speakers: readonly SpeakerMention[], marks: readonly QuotationMarks[]): Quote[] {
  const quotes: Quote[] = [];
  let previous: { close: number; speaker: SpeakerMention | null } | null = null;
  for (const q of marks) {
    const { text } = doc;
    const content = text.slice(q.open + 1, q.close);
    // 所谓的“协同效应”, (下称“禾悦集团”): a term or a name being coined, not something said.
    if (coins(lex, text.slice(Math.max(0, q.open - 6), q.open))) continue;
    const direct = attributeDirect(doc, lex, speakers, q);
    let found = direct;
    if (!found && previous && previous.speaker && /^[,、 ]?$/.test(text.slice(previous.close + 1, q.open))) {
      found = { speaker: previous.speaker, rule: 'continued' };
    }
    found ??= attributeNearby(doc, lex, hits, speakers, q);
    // A short phrase in marks is a term unless a speech verb or colon stands right before it (马云坦言“很紧张”).
    if (!direct && content.length < MIN_LOOSE_QUOTE && !/[。!?,;]/.test(content)) continue;
    quotes.push({
      text: doc.source.slice(q.open + 1, q.close),
      start: q.open + 1,
      end: q.close,
      speaker: found?.speaker?.name ?? null,
      rule: found?.rule ?? null,
    });
    previous = { close: q.close, speaker: found?.speaker ?? null };
  }
  return quotes;
}

/** A speech verb or colon right before the opening mark: X称,“…” / X:“…” / 马云坦言“很紧张”. */
function attributeDirect(doc: Doc, lex: Lexicons, speakers: readonly SpeakerMention[], q: QuotationMarks) {
  const { text } = doc;
  let end = q.open;
  while (end > 0 && ' ,'.includes(text[end - 1] as string)) end--;
  const colon = text[end - 1] === ':';
  if (colon) end--;
  const verb = lex.speechVerbs.endingAt(text, end);
  if (!verb && !colon) return null;
  const speaker = speakerBefore(doc, lex, speakers, verb ? verb.start : end, q.open);
  return { speaker, rule: colon && !verb ? 'colon' : 'verb-before' };
}

function attributeNearby(doc: Doc, lex: Lexicons, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks) {
  return (
    verbAfter(doc, hits, speakers, q) ??
    verbEarlier(doc, lex, hits, speakers, q) ??
    nextLine(doc, hits, speakers, q) ??
    previousSentence(doc, speakers, q)
  );
}

/**
 * A quotation opening its sentence, after a sentence about someone (郑晓岚告诉记者，她正在考虑…。“不是不想做大。”):
 * the person that sentence is about, the first one it names.
 */
function previousSentence(doc: Doc, speakers: readonly SpeakerMention[], q: QuotationMarks) {
  const sentence = sentenceAt(doc, q.open);
  if (!sentence || doc.text.slice(sentence.start, q.open).trim() !== '') return null;
  const before = doc.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph) return null;
  const first = firstPersonIn(speakers, before.start, before.end);
  return first ? { speaker: first, rule: 'previous-sentence' } : null;
}

function firstPersonIn(speakers: readonly SpeakerMention[], from: number, to: number): SpeakerMention | null {
  for (let i = partitionPoint(speakers, (s) => s.start < from); i < speakers.length && (speakers[i] as SpeakerMention).start < to; i++) {
    if ((speakers[i] as SpeakerMention).kind === 'person') return speakers[i] as SpeakerMention;
  }
  return null;
}

/** “…”高朋网副总裁高峡表示 / “…”,刘军称: a speaker and a speech verb after the closing mark, in its sentence. */
function verbAfter(doc: Doc, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks) {
  const { text } = doc;
  const sentence = sentenceAt(doc, q.close + 1);
  const paragraph = paragraphAt(doc, q.close);
  const limit = Math.min(paragraph?.end ?? text.length, q.close + 40, sentence && sentence.start <= q.close + 1 ? sentence.end : q.close + 40);
  for (const verb of hitsIn(hits.markers.speechVerbs, q.close + 1, limit)) {
    const speaker = lastSpeakerIn(speakers, q.close + 1, verb.start);
    if (speaker) return { speaker, rule: 'verb-after' };
  }
  return null;
}

/** X表示,有些商家…,“…”: a speaker and a speech verb earlier in the quotation's sentence. */
function verbEarlier(doc: Doc, lex: Lexicons, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks) {
  let sentence = sentenceAt(doc, q.open);
  if (!sentence) return null;
  // 管鹏还称,…需求;同时,…“…”: a semicolon does not end what the speaker is saying.
  for (let previous = doc.sentences[sentence.index - 1]; previous && previous.paragraph === sentence.paragraph && doc.text[previous.end - 1] === ';'; previous = doc.sentences[previous.index - 1]) {
    sentence = { ...sentence, start: previous.start, index: previous.index };
  }
  const verbs = hitsIn(hits.markers.speechVerbs, sentence.start, q.open);
  for (let i = verbs.length - 1; i >= 0; i--) {
    const verb = verbs[i] as { start: number };
    const speaker = speakerBefore(doc, lex, speakers, verb.start, q.open, sentence.start);
    if (speaker) return { speaker, rule: 'verb-earlier' };
  }
  return null;
}

/** A quotation that is its whole paragraph, and the next paragraph opens with who said it (朱坤称。). */
function nextLine(doc: Doc, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks) {
  const paragraph = paragraphAt(doc, q.open);
  if (!paragraph || q.open > paragraph.start + 1 || q.close < paragraph.end - 2) return null;
  const next = doc.paragraphs[paragraph.index + 1];
  if (!next) return null;
  for (const verb of hitsIn(hits.markers.speechVerbs, next.start, Math.min(next.end, next.start + 30))) {
    const speaker = lastSpeakerIn(speakers, next.start, verb.start);
    if (speaker) return { speaker, rule: 'next-line' };
  }
  return null;
}

/**
 * The speaker of a verb: the nearest entity ending at most a few characters before it (a person preferred to the
 * company in 日科创想公司董事长刘军称), or, for 他/她, the last person named before the quotation.
 */
function speakerBefore(
  doc: Doc,
  lex: Lexicons,
  speakers: readonly SpeakerMention[],
  verbStart: number,
  quoteOpen: number,
  floor = 0,
): SpeakerMention | null {
  const sentenceStart = Math.max(floor, sentenceAt(doc, verbStart)?.start ?? verbStart);
  const near = lastSpeakerIn(speakers, sentenceStart, verbStart);
  if (near && (near.kind === 'person' || companyVoice(lex).test(doc.text.slice(near.end, verbStart)))) return near;
  const pronoun = doc.text.slice(Math.max(floor, verbStart - 3), verbStart);
  if (lex.words.particles.of('person-pronoun').occursIn(pronoun)) return lastPersonBefore(speakers, Math.min(quoteOpen, verbStart));
  return null;
}

/** The last person named before `offset`, looking back at most a few paragraphs' worth of mentions. */
function lastPersonBefore(speakers: readonly SpeakerMention[], offset: number): SpeakerMention | null {
  const lo = partitionPoint(speakers, (s) => s.end <= offset);
  for (let i = lo - 1; i >= Math.max(0, lo - 50); i--) if ((speakers[i] as SpeakerMention).kind === 'person') return speakers[i] as SpeakerMention;
  return null;
}

/** The last entity mention inside [from, to), a person if there is one (speakers are sorted by start). */
function lastSpeakerIn(speakers: readonly SpeakerMention[], from: number, to: number): SpeakerMention | null {
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
