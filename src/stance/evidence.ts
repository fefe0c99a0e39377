import type { QuotationMarks } from '../attribution/marks.js';
import { isChangeWord } from '../figures/context.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { Evidence, Polarity, Quote } from '../schema.js';
import { endsWord, type Doc } from '../text/document.js';
import type { LexiconHits } from '../text/hits.js';
import type { Layout } from '../text/layout.js';
import { cueMatches, minimizesDuration, type CueMatch } from './cues.js';
import { modifiersBefore } from './modifiers.js';
import { isEnforcement, sentenceShape, type Shape } from './shape.js';
import { quoteLookup } from './voices.js';
import { CUE_WEIGHTS } from './weights.js';

/**
 * The cues of each sentence as evidence, turned by what stands before them (negators, burdens, remedies, hedges,
 * intensifiers) and by the sentence's shape (a rhetorical question or scare quotes turn praise into irony; in a
 * concession the clause after the turn dominates), plus the rhetorical questions and so-called terms themselves.
 * Each item is built as one literal, never spread from a span: a spread object has a slower shape for every reader.
 */
export function findEvidence(
  doc: Doc,
  lex: Lexicons,
  layout: Layout,
  hits: LexiconHits,
  quotes: readonly Quote[],
  marks: readonly QuotationMarks[],
  names: readonly { start: number; end: number }[],
): Evidence[] {
  const items: Evidence[] = [];
  const quoteAt = quoteLookup(doc, lex, quotes, marks);
  const matches = cueMatches(doc, lex, hits, names);
  // A regulator's penalty in the headline (or the lead, without one) makes the article an enforcement report: its
  // wording records the findings (虚增, 违规, 逾期) rather than judging.
  // Read only when a cue asks (a text with no cue never needs it).
  let enforcementReport: boolean | undefined;
  const isEnforcementReport = () => {
    if (enforcementReport === undefined) {
      const lead = doc.paragraphs.find((p) => layout.kinds[p.index] === 'title' || layout.kinds[p.index] === 'body');
      enforcementReport = lead !== undefined && isEnforcement(lex, doc.text, lead.start, lead.end);
    }
    return enforcementReport;
  };
  let m = 0;
  for (const sentence of doc.sentences) {
    if (layout.kinds[sentence.paragraph] === 'credit') continue;
    const shape = sentenceShape(doc, lex, hits, sentence);
    while (m < matches.length && (matches[m]?.start ?? 0) < sentence.start) m++;
    let covered = sentence.start;
    // A regulator's finding or penalty reported in the sentence: its wording (虚增, 违规) is the record, not the
    // writer's view. Read at the sentence's first cue.
    let enforcement: boolean | undefined;
    for (; m < matches.length && (matches[m]?.start ?? Infinity) < sentence.end; m++) {
      const match = matches[m] as CueMatch;
      if (match.start < covered || match.end > sentence.end) continue;
      if (match.end - match.start < 3 && !endsWord(doc, match.end)) continue;
      covered = match.end;
      if (match.value.weight === 0 || minimizesDuration(lex, doc.text, match)) continue;
      const headline = layout.kinds[sentence.paragraph] === 'title';
      enforcement ??= isEnforcement(lex, doc.text, sentence.start, sentence.end);
      items.push(cueEvidence(doc, lex, match, shape, quoteAt(match.start), headline, enforcement || isEnforcementReport()));
    }
    if (shape.rhetorical) {
      const { start, end } = shape.rhetorical;
      items.push({
        text: doc.source.slice(start, end),
        start,
        end,
        polarity: 'skeptical',
        weight: shape.rhetorical.marked ? CUE_WEIGHTS.rhetoricalMarked : CUE_WEIGHTS.rhetoricalUnmarked,
        negated: false,
        reversed: false,
        rule: 'rhetorical-question',
        voice: quoteAt(start) === 'quote' ? 'quote' : 'author',
      });
    }
    for (const scare of shape.soCalled) {
      items.push({ text: doc.source.slice(scare.start, scare.end), start: scare.start, end: scare.end, polarity: 'skeptical', weight: CUE_WEIGHTS.scareQuote, negated: false, reversed: false, rule: 'scare-quote', voice: 'author' });
    }
  }
  items.sort((a, b) => a.start - b.start);
  return items;
}

/** One cue, turned by its modifiers and its sentence, with every rule that fired. */
function cueEvidence(
  doc: Doc,
  lex: Lexicons,
  match: CueMatch,
  shape: Shape,
  quoted: 'quote' | 'scare' | null,
  headline: boolean,
  enforcement: boolean,
): Evidence {
  const { text } = doc;
  const cueText = text.slice(match.start, match.end);
  let polarity = match.value.polarity;
  let weight = match.value.weight;
  // The rules that fired, appended to one string: a list joined at the end cost a third of building the item.
  let rules = 'cue:' + cueText;
  const modifiers = modifiersBefore(doc, lex, match.start);
  const negator = modifiers.negator;
  const negated = negator !== undefined;
  if (negator) {
    weight *= polarity === 'bullish' ? CUE_WEIGHTS.negatedBullish : CUE_WEIGHTS.negatedSkeptical;
    polarity = flip(polarity);
    rules += ' negated-by:' + negator;
  }
  // 成本下降 is good news, 负债率上升 and 亏损突破百亿元 bad: a change of a burden reads the other way.
  const burden = isChangeWord(lex, cueText) ? modifiers.burden : undefined;
  if (burden) {
    polarity = flip(polarity);
    rules += ' burden:' + burden;
  }
  // 化解风险, 扭转亏损, 拦截坏账: acting against a trouble is good news, unless it is only what must be done
  // (才能避免商誉减值, 如何化解风险).
  const remedy = polarity === 'skeptical' ? modifiers.remedy : undefined;
  if (remedy && !onlyNeeded(lex, text.slice(Math.max(0, match.start - 8), text.lastIndexOf(remedy, match.start)))) {
    weight *= CUE_WEIGHTS.remedied;
    polarity = 'bullish';
    rules += ' remedied-by:' + remedy;
  }
  const { hedge, intensifier } = modifiers;
  if (hedge) {
    weight *= CUE_WEIGHTS.hedged;
    rules += ' hedged-by:' + hedge;
  }
  if (intensifier) {
    weight *= CUE_WEIGHTS.intensified;
    rules += ' intensified-by:' + intensifier;
  }
  let reversed = false;
  if (polarity === 'bullish' && (shape.rhetorical || (quoted === 'scare' && !negated))) {
    polarity = 'skeptical';
    reversed = true;
    rules += shape.rhetorical ? ' irony:rhetorical-question' : ' irony:scare-quote';
  }
  if (headline) {
    weight *= CUE_WEIGHTS.headline;
    rules += ' headline';
  }
  if (enforcement) {
    weight *= CUE_WEIGHTS.enforcement;
    rules += ' reported:enforcement';
  }
  if (shape.turn >= 0) {
    const afterTurn = match.start >= shape.turn;
    weight *= afterTurn ? CUE_WEIGHTS.afterTurn : shape.concession >= 0 ? CUE_WEIGHTS.beforeTurnConceded : CUE_WEIGHTS.beforeTurn;
    rules += afterTurn ? ' after-turn' : ' before-turn';
  }
  const voice = quoted === 'quote' ? 'quote' : 'author';
  return { text: doc.source.slice(match.start, match.end), start: match.start, end: match.end, polarity, weight: round(weight), negated, reversed, rule: rules, voice };
}

/** What ends in a word of need makes the action after it a need or a question rather than news (才能避免…). */
function onlyNeeded(lex: Lexicons, before: string): boolean {
  return lex.words['stance-words'].of('needed').endingAt(before, before.length) !== null;
}

export function flip(p: Polarity): Polarity {
  return p === 'bullish' ? 'skeptical' : 'bullish';
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
