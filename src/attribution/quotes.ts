import { paragraphAt, sentenceAt, type Doc } from '../text/document.js';
import type { QuotationMarks } from './marks.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import { hitsIn } from '../lexicon/word-list.js';
import type { Quote } from '../schema.js';
import { labelledAnswers } from './answers.js';
import { firstPersonIn, lastPersonBefore, lastSpeakerIn, speakerBefore, UNNAMED, unnamedIn, type Speaker, type SpeakerMention } from './speakers.js';

export { speakerMentions, type SpeakerMention } from './speakers.js';

/**
 * Direct quotations in “…”, 「…」, 『…』 or "…", attributed to a speaker in the same or an adjacent sentence:
 * X称/表示/坦言“…” (verb-before), X:“…” (colon), “…”X称 (verb-after), X表示,…,“…” (verb-earlier), “…” on its
 * own line followed by a line naming who said it (next-line), 据他… (pronoun → the last person named); and an
 * interview's labelled answers (孟庆川：…, 答：…). A quotation from an unnamed source (业内人士表示“…”) is kept with
 * no speaker. Scare quotes and coined terms (“阿里浪”, 所谓的“…”, 根据「…参考表」) are not quotations.
 */

/** A quotation shorter than this, with no sentence mark in it, is a term unless a speech verb or colon introduces it. */
const MIN_LOOSE_QUOTE = 10;
/** How far after a quotation its speaker and verb may stand (“…”高朋网副总裁高峡表示). */
const AFTER = 40;

interface Attribution {
  speaker: Speaker;
  rule: string;
}

/** A word that coins the term in the marks after it, a colon allowed between (下称:“禾悦集团”). */
function coins(lex: Lexicons, before: string): boolean {
  const end = before.endsWith(':') ? before.length - 1 : before.length;
  return lex.words['quote-words'].of('coined').endingAt(before.slice(0, end), end) !== null;
}

export function findQuotes(doc: Doc, lex: Lexicons, hits: LexiconHits, speakers: readonly SpeakerMention[], marks: readonly QuotationMarks[]): Quote[] {
  const { text } = doc;
  const answers = labelledAnswers(doc, lex, speakers);
  const inAnswer = (at: number) => answers.some((a) => a.start <= at && at < a.end);
  const quotes: Quote[] = answers.map((a) => ({ text: doc.source.slice(a.start, a.end), start: a.start, end: a.end, speaker: a.speaker.name, rule: a.rule }));
  let previous: { close: number; speaker: Speaker } | null = null;
  for (const q of marks) {
    const content = text.slice(q.open + 1, q.close);
    // 所谓的“协同效应”, (下称“禾悦集团”): a term or a name being coined, not something said; 「Over Banking」: a term
    // in another language; what the answerer quotes inside an answer is part of the answer.
    if (coins(lex, text.slice(Math.max(0, q.open - 6), q.open)) || /^[A-Za-z .'-]+$/.test(content) || inAnswer(q.open)) continue;
    const direct = attributeDirect(doc, lex, speakers, q);
    let found = direct;
    if (!found && previous?.speaker && /^[,、 ]?$/.test(text.slice(previous.close + 1, q.open))) found = { speaker: previous.speaker, rule: 'continued' };
    found ??= attributeNearby(doc, lex, hits, speakers, q);
    // A short phrase in marks is a term unless a speech verb or colon stands right before it (马云坦言“很紧张”).
    if (!direct && content.length < MIN_LOOSE_QUOTE && !/[。!?,;]/.test(content)) continue;
    const speaker = found?.speaker === UNNAMED ? null : (found?.speaker ?? null);
    quotes.push({
      text: doc.source.slice(q.open + 1, q.close),
      start: q.open + 1,
      end: q.close,
      speaker: speaker?.name ?? null,
      rule: found?.speaker === UNNAMED ? 'unnamed-source' : (found?.rule ?? null),
    });
    previous = { close: q.close, speaker: found?.speaker ?? null };
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** A speech verb or colon right before the opening mark: X称,“…” / X:“…” / 马云坦言“很紧张”. */
function attributeDirect(doc: Doc, lex: Lexicons, speakers: readonly SpeakerMention[], q: QuotationMarks): Attribution | null {
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

function attributeNearby(doc: Doc, lex: Lexicons, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks): Attribution | null {
  return (
    verbAfter(doc, lex, hits, speakers, q) ??
    verbEarlier(doc, lex, hits, speakers, q) ??
    nextLine(doc, hits, speakers, q) ??
    previousSentence(doc, speakers, q)
  );
}

/**
 * A quotation opening its sentence, after a sentence about someone (郑晓岚告诉记者，她正在考虑…。“不是不想做大。”):
 * the person that sentence is about, the first one it names.
 */
function previousSentence(doc: Doc, speakers: readonly SpeakerMention[], q: QuotationMarks): Attribution | null {
  const sentence = sentenceAt(doc, q.open);
  if (!sentence || doc.text.slice(sentence.start, q.open).trim() !== '') return null;
  const before = doc.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph) return null;
  const first = firstPersonIn(speakers, before.start, before.end);
  return first ? { speaker: first, rule: 'previous-sentence' } : null;
}

/**
 * “…”高朋网副总裁高峡表示 / “…”,刘军称 / “…。”他说: a speaker and a speech verb after the closing mark, in its sentence,
 * the speaker in the verb's own clause, and no other quotation between (a headline glued on after a quotation,
 * 推出“我”系列…周立衡表示, speaks of something else).
 */
function verbAfter(doc: Doc, lex: Lexicons, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks): Attribution | null {
  const { text } = doc;
  const sentence = sentenceAt(doc, q.close + 1);
  const paragraph = paragraphAt(doc, q.close);
  const nextQuote = text.slice(q.close + 1, q.close + AFTER).search(/[“「『"]/);
  const window = nextQuote >= 0 ? nextQuote + 1 : AFTER;
  const limit = Math.min(paragraph?.end ?? text.length, q.close + window, sentence && sentence.start <= q.close + 1 ? sentence.end : q.close + window);
  for (const verb of hitsIn(hits.markers.speechVerbs, q.close + 1, limit)) {
    const speaker = lastSpeakerIn(speakers, q.close + 1, verb.start);
    // “…”，还有人说 / “…”业内人士表示: an unnamed source after the last one named says it.
    if (unnamedIn(doc, lex, speaker?.end ?? q.close + 1, verb.start)) return { speaker: UNNAMED, rule: 'verb-after' };
    if (speaker) return { speaker, rule: 'verb-after' };
    // “…。”他说: the last person named before, unless an unnamed source was named after them (私募人士认为…“…”他说).
    const pronoun = lex.words.particles.of('person-pronoun').last(text, q.close + 1, verb.start);
    const person = pronoun && lastPersonBefore(speakers, q.open);
    if (person) return { speaker: unnamedIn(doc, lex, person.end, q.open) ? UNNAMED : person, rule: 'verb-after' };
  }
  return null;
}

/** X表示,有些商家…,“…”: a speaker and a speech verb earlier in the quotation's sentence. */
function verbEarlier(doc: Doc, lex: Lexicons, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks): Attribution | null {
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
function nextLine(doc: Doc, hits: LexiconHits, speakers: readonly SpeakerMention[], q: QuotationMarks): Attribution | null {
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
