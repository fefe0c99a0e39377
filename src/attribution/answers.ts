import type { Doc } from '../text/document.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { SpeakerMention } from './speakers.js';

/**
 * An interview's labelled answers, quotations without marks: a paragraph opening with the interviewee's name and a
 * colon (孟庆川：我们…), or with an answer label (答：…), whose answerer is the person the interview is about (the
 * one named most). Only where the text is an interview, with two labelled paragraphs at least: a headline such as
 * 林正宏：这不是监管该有的样子 is no answer.
 */

export interface Answer {
  start: number;
  end: number;
  speaker: SpeakerMention;
  rule: 'speaker-label' | 'answer-label';
}

/** The longest label: a name of four characters and its colon. */
const MAX_LABEL = 5;
const MIN_ANSWERS = 2;

export function labelledAnswers(doc: Doc, lex: Lexicons, speakers: readonly SpeakerMention[]): Answer[] {
  const { text } = doc;
  const answers: Answer[] = [];
  let labels = 0;
  const interviewee = mostNamed(speakers);
  for (const p of doc.paragraphs) {
    const colon = labelColon(text, p.start, p.end);
    if (colon < 0) continue;
    const start = firstAfterSpaces(text, colon + 1, p.end);
    const end = lastBeforeSpaces(text, start, p.end);
    const label = text.slice(p.start, colon);
    if (lex.words['quote-words'].is(label, 'question-label')) labels++;
    const person = personAt(speakers, p.start, colon);
    const answerer = person ?? (lex.words['quote-words'].is(label, 'answer-label') ? interviewee : null);
    if (!answerer || end <= start) continue;
    labels++;
    answers.push({ start, end, speaker: answerer, rule: person ? 'speaker-label' : 'answer-label' });
  }
  return labels >= MIN_ANSWERS ? answers : [];
}

/** The colon closing a label at the paragraph's start (a name of four characters at most), or -1. */
function labelColon(text: string, start: number, end: number): number {
  for (let at = start + 1; at <= Math.min(end - 1, start + MAX_LABEL); at++) if (text[at] === ':') return at;
  return -1;
}

/** The person named exactly over [start, end). */
function personAt(speakers: readonly SpeakerMention[], start: number, end: number): SpeakerMention | null {
  const s = speakers[partitionPoint(speakers, (m) => m.start < start)];
  return s !== undefined && s.start === start && s.end === end && s.kind === 'person' ? s : null;
}

/** The person with the most mentions (the first named, among equals). */
function mostNamed(speakers: readonly SpeakerMention[]): SpeakerMention | null {
  const counts = new Map<string, number>();
  let best: SpeakerMention | null = null;
  for (const s of speakers) {
    if (s.kind !== 'person') continue;
    const n = (counts.get(s.name) ?? 0) + 1;
    counts.set(s.name, n);
    if (best === null || n > (counts.get(best.name) ?? 0)) best = s;
  }
  return best;
}

function firstAfterSpaces(text: string, at: number, end: number): number {
  while (at < end && /\s/.test(text[at] as string)) at++;
  return at;
}

function lastBeforeSpaces(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end;
}
