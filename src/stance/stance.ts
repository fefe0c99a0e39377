import { endsWord, sentenceAt, type Block, type Doc, type SentenceBlock } from '../text/document.js';
import { isChangeWord } from '../figures/context.js';
import type { Layout } from '../text/layout.js';
import type { Lexicons, StanceCue, StanceModifier } from '../lexicon/lexicons.js';
import type { LexiconHits } from '../text/hits.js';
import { hitsIn } from '../lexicon/word-list.js';
import type { ArticleStance, Evidence, Label, ParagraphStance, Percentage, Polarity, Quote } from '../schema.js';

/**
 * Stance as a careful reader takes it: cues from our finance lexicon (看好, 泡沫 …), turned by negation in their
 * clause (并不乐观), weakened by hedges (或许), strengthened by intensifiers (非常); in a concession the clause
 * after the turn dominates (虽然…但…); praise inside a rhetorical question or scare quotes is read as irony; a
 * quoted speaker's cues are kept as their voice and count for less in the article's stance.
 */

export interface StanceReading {
  sentences: ParagraphStance[];
  paragraphs: ParagraphStance[];
  article: ArticleStance;
}

/** How far before a cue (in characters, inside its clause) a negator, hedge or intensifier reaches. */
const MODIFIER_REACH = 4;
/** |score| at or above which a sentence or paragraph leans (a single cue of weight 1 scores 0.5). */
const LEAN = 0.3;
/** The weight the leading side needs before anything leans: two passing mentions of growth are still reporting. */
const MIN_EVIDENCE = 0.8;
/** In a bullish (skeptical) article, a paragraph joins it with this much weight on the article's side… */
const WITH_ARTICLE = 0.2;
/** …and goes against it only with this much on the other side (and half again the article's side). */
const AGAINST_ARTICLE = 1;
/** In a neutral report, a paragraph leans only with this much weight. */
const IN_NEUTRAL_REPORT = 2.5;
/** The share of the article (by length) that must lean for the article to lean. */
const ARTICLE_COVERAGE = 0.12;
/**
 * Balanced: neither side above this share of the leaning part. A balanced article is mixed when at least
 * MIXED_COVERAGE of it leans, else neutral (a few cues each way in a report).
 */
const MIXED_SHARE = 0.62;
const MIXED_COVERAGE = 0.25;
/** How much more a cue in the headline weighs. */
const HEADLINE = 2;
/** A quoted speaker's view counts this much toward the article's stance. */
const QUOTE_SHARE = 0.7;
const CLAUSE_BREAKS = /[,。;:!?、\n]/;
const QUESTION_END = /[?][”」"')]*$/;
const RHETORICAL_ENDING = /(吗|呢|么)[?][”」"')]*$/;

export function readStance(
  doc: Doc,
  lex: Lexicons,
  layout: Layout,
  hits: LexiconHits,
  quotes: readonly Quote[],
  percentages: readonly Percentage[],
): StanceReading {
  const evidence = findEvidence(doc, lex, layout, hits, quotes);
  for (const e of figureEvidence(doc, hits, percentages)) {
    const sentence = sentenceAt(doc, e.start);
    if (!sentence || layout.kinds[sentence.paragraph] === 'credit') continue;
    evidence.items.push(e);
    evidence.sentenceOf.set(e, sentence);
  }
  evidence.items.sort((a, b) => a.start - b.start);
  const bySentence = doc.sentences.map(() => [] as Evidence[]);
  const byParagraph = doc.paragraphs.map(() => [] as Evidence[]);
  for (const e of evidence.items) {
    const sentence = evidence.sentenceOf.get(e) as SentenceBlock;
    bySentence[sentence.index]?.push(e);
    byParagraph[sentence.paragraph]?.push(e);
  }
  const lede = layout.kinds.indexOf('body');
  const paragraphTallies = byParagraph.map((items, i) => tally(layout.kinds[i] === 'credit' ? [] : items));
  // The article's stance is the writers' and speakers' arguments: figures and reporting words (增长, 下降)
  // support a paragraph's lean but, like any reported number, do not make an article argue.
  const arguing = byParagraph.map((items, i) => tally(layout.kinds[i] === 'credit' ? [] : items.filter(argues)));
  const pieces = piecesOf(layout).map((piece) => {
    const leaning = leaningOf(doc, layout, arguing, piece);
    return { ...piece, ...leaning, label: judge(leaning).label };
  });
  const judged = judge(pieces.length === 1 ? (pieces[0] as Leaning) : compilationLeaning(pieces));
  const article: ArticleStance = { ...judged, evidence: strongestEvidence(arguing, judged.label) };
  // Each paragraph is read in the light of its own piece: a compilation's bullish report and its skeptical
  // commentary each set their own context. A piece that argues nothing of its own is read as part of the whole.
  const contextOf = layout.kinds.map(() => article.label);
  for (const piece of pieces.length > 1 ? pieces : []) if (piece.label !== 'neutral') contextOf.fill(piece.label, piece.from, piece.to);
  return {
    sentences: bySentence.map((items, i) => inContext(tally(items), contextOf[(doc.sentences[i] as SentenceBlock).paragraph] as ArticleLabel)),
    // The lede (the first body paragraph) reports the news: who, what, how much. It leans as a paragraph of a neutral
    // report does, on strong evidence only, whatever the article argues later.
    paragraphs: paragraphTallies.map((t, i) => inContext(t, i === lede ? 'neutral' : (contextOf[i] as ArticleLabel))),
    article,
  };
}

/**
 * Cues at or below this weight (增长, 下降, 收窄 at 0.3, or a stronger cue hedged down to it) report a move rather
 * than argue a case; figures report too.
 */
const REPORTING_WEIGHT = 0.35;
function argues(e: Evidence): boolean {
  return !e.rule.startsWith('figure:') && e.weight > REPORTING_WEIGHT;
}

interface Tally {
  bullish: number;
  skeptical: number;
  score: number;
  evidence: Evidence[];
}

function tally(items: Evidence[]): Tally {
  let bullish = 0;
  let skeptical = 0;
  for (const e of items) {
    if (e.polarity === 'bullish') bullish += e.weight;
    else skeptical += e.weight;
  }
  return { bullish, skeptical, score: round((bullish - skeptical) / (bullish + skeptical + 1)), evidence: items };
}

/** A lean read on its own: enough weight on the leading side, and a clear score. */
function ownLabel(t: { bullish: number; skeptical: number; score: number }): Label {
  if (Math.max(t.bullish, t.skeptical) < MIN_EVIDENCE || Math.abs(t.score) < LEAN) return 'neutral';
  return t.score > 0 ? 'bullish' : 'skeptical';
}

/**
 * A paragraph read in the light of the article, as a reader does: in a bullish piece, a paragraph with a bullish
 * cue that outweighs its doubts is part of the case; going against the article takes clear evidence; in a neutral
 * report only strong evidence makes a paragraph lean (a fine reported or a growth figure stated is not stance).
 */
function inContext(t: Tally, article: ArticleStance['label']): ParagraphStance {
  let label: Label;
  if (article === 'bullish' || article === 'skeptical') {
    const [along, against] = article === 'bullish' ? [t.bullish, t.skeptical] : [t.skeptical, t.bullish];
    if (along >= WITH_ARTICLE && along >= against) label = article;
    else if (against >= AGAINST_ARTICLE && against > along * 1.5) label = article === 'bullish' ? 'skeptical' : 'bullish';
    else label = 'neutral';
  } else if (article === 'neutral') {
    const strong = Math.max(t.bullish, t.skeptical) >= IN_NEUTRAL_REPORT && Math.abs(t.score) >= 0.4;
    label = strong ? (t.score > 0 ? 'bullish' : 'skeptical') : 'neutral';
  } else label = ownLabel(t);
  return { label, score: t.score, evidence: t.evidence };
}

const MINIMIZERS = new Set(['不到', '仅', '仅为', '只有', '不足']);
const DURATION = /^[\d零〇一二两三四五六七八九十百半几数]+(?:个)?(?:年|月|周|天|日|小时|分钟|秒|季度|个月|星期)/;

/** What makes the action after it a need or a question rather than news. */
const NEEDED = /(才能|才可能|才可以|需要|必须|只有|如何|能否|要想|为了|试图|希望)$/;

/** Words that make a percentage a price or index move, which is reporting, not stance. */
const PRICE_MOVE = /股价|收涨|收跌|收报|报收|涨停|跌停|盘中|指数|板块|期货|金价|油价|汇率|开盘|收盘|高开|低开|大涨|大跌|暴涨|暴跌|涨幅|跌幅|个股|领涨|领跌|溢价|折价/;
const GROWTH = /同比|环比|较上年|较去年|较上一|比上年|年增|年减/;

/**
 * Figures that sell or doubt the story on their own: strong year-on-year growth of a business figure (营收同比增长
 * 47.3%) or a steep decline, but not a price or index move.
 */
function figureEvidence(doc: Doc, hits: LexiconHits, percentages: readonly Percentage[]): Evidence[] {
  const { text } = doc;
  const out: Evidence[] = [];
  for (const p of percentages) {
    if (!p.change || p.kind === 'cheng') continue;
    const from = Math.max(0, p.start - 24);
    const clause = text.slice(from, p.start);
    const lastBreak = Math.max(clause.lastIndexOf('。'), clause.lastIndexOf(';'), clause.lastIndexOf(','));
    const window = clause.slice(lastBreak + 1);
    if (PRICE_MOVE.test(window) || (!GROWTH.test(window) && p.metric === null)) continue;
    const strong = p.change === 'up' ? (p.kind === 'points' ? p.value >= 2 : p.value >= 30) : p.kind === 'points' ? p.value >= 2 : p.value >= 20;
    const moderate = p.kind === 'points' ? p.value >= 0.5 : p.value >= (p.change === 'up' ? 10 : 5);
    if (!strong && !moderate) continue;
    // 净亏损同比扩大45%, 单位成本下降30%: the figure measures a burden, so a rise is bad news and a fall good.
    const burden = hitsIn(hits.markers.stanceModifiers, from + lastBreak + 1, p.start).find((w) => w.value === 'burden');
    const good = (p.change === 'up') !== (burden !== undefined);
    out.push({
      text: p.text,
      start: p.start,
      end: p.end,
      polarity: good ? 'bullish' : 'skeptical',
      weight: strong ? 1 : 0.5,
      negated: false,
      reversed: false,
      rule: `figure:${p.change === 'up' ? 'growth' : 'decline'}${burden ? ` burden:${text.slice(burden.start, burden.end)}` : ''}`,
      voice: 'author',
    });
  }
  return out;
}

interface Found {
  items: Evidence[];
  sentenceOf: Map<Evidence, SentenceBlock>;
}

function findEvidence(doc: Doc, lex: Lexicons, layout: Layout, hits: LexiconHits, quotes: readonly Quote[]): Found {
  const { text, source } = doc;
  const items: Evidence[] = [];
  const sentenceOf = new Map<Evidence, SentenceBlock>();
  const quoteAt = quoteLookup(doc, quotes);
  const atWordStarts = hits.phrases.flatMap((p) => (p.value.cue ? [{ start: p.start, end: p.end, value: p.value.cue }] : []));
  const matches = [...atWordStarts, ...cuesEndingWords(doc, lex, atWordStarts)].sort((a, b) => a.start - b.start || b.end - a.end);
  // A regulator's penalty in the headline (or the lead, without one) makes the article an enforcement report: its
  // wording records the findings (虚增, 违规, 逾期) rather than judging.
  const lead = doc.paragraphs.find((p) => layout.kinds[p.index] === 'title' || layout.kinds[p.index] === 'body');
  const leadText = lead ? doc.text.slice(lead.start, lead.end) : '';
  const enforcementReport = REGULATOR.test(leadText) && ENFORCEMENT.test(leadText);
  let m = 0;
  for (const sentence of doc.sentences) {
    if (layout.kinds[sentence.paragraph] === 'credit') continue;
    const shape = sentenceShape(doc, hits, sentence);
    const add = (e: Evidence) => {
      items.push(e);
      sentenceOf.set(e, sentence);
    };
    while (m < matches.length && (matches[m]?.start ?? 0) < sentence.start) m++;
    let covered = sentence.start;
    for (; m < matches.length && (matches[m]?.start ?? Infinity) < sentence.end; m++) {
      const match = matches[m] as { start: number; end: number; value: { polarity: Polarity; weight: number } };
      if (match.start < covered || match.end > sentence.end) continue;
      if (match.end - match.start < 3 && !endsWord(doc, match.end)) continue;
      covered = match.end;
      if (match.value.weight === 0) continue;
      const cueText = text.slice(match.start, match.end);
      // 成立不到两年, 上线仅半年: how little time something took is no doubt about it.
      if (MINIMIZERS.has(cueText) && DURATION.test(text.slice(match.end, match.end + 8))) continue;
      const quoted = quoteAt(match.start);
      let polarity = match.value.polarity;
      let weight = match.value.weight;
      const rules = [`cue:${cueText}`];
      const modifier = (kind: StanceModifier) => modifierBefore(doc, lex, match.start, kind);
      const negator = modifier('negator');
      const negated = negator !== null;
      if (negator) {
        weight *= polarity === 'bullish' ? 0.8 : 0.5;
        polarity = flip(polarity);
        rules.push(`negated-by:${negator}`);
      }
      // 成本下降 is good news, 负债率上升 and 亏损突破百亿元 bad: a change of a burden reads the other way.
      const burden = isChangeWord(lex, cueText) ? modifier('burden') : null;
      if (burden) {
        polarity = flip(polarity);
        rules.push(`burden:${burden}`);
      }
      // 化解风险, 扭转亏损, 拦截坏账: acting against a trouble is good news, unless it is only what must be done
      // (才能避免商誉减值, 如何化解风险).
      const remedy = polarity === 'skeptical' ? modifier('remedy') : null;
      if (remedy && !NEEDED.test(text.slice(Math.max(0, match.start - 8), text.lastIndexOf(remedy, match.start)))) {
        weight *= 0.8;
        polarity = 'bullish';
        rules.push(`remedied-by:${remedy}`);
      }
      const hedge = modifier('hedge');
      if (hedge) {
        weight *= 0.6;
        rules.push(`hedged-by:${hedge}`);
      }
      const intensifier = modifier('intensifier');
      if (intensifier) {
        weight *= 1.5;
        rules.push(`intensified-by:${intensifier}`);
      }
      let reversed = false;
      if (polarity === 'bullish' && (shape.rhetorical || (quoted === 'scare' && !negated))) {
        polarity = 'skeptical';
        reversed = true;
        rules.push(shape.rhetorical ? 'irony:rhetorical-question' : 'irony:scare-quote');
      }
      // The headline states the article's case in a few words: its cues count double.
      if (layout.kinds[sentence.paragraph] === 'title') {
        weight *= HEADLINE;
        rules.push('headline');
      }
      if (shape.enforcement || enforcementReport) {
        weight *= 0.3;
        rules.push('reported:enforcement');
      }
      if (shape.turn >= 0) {
        const afterTurn = match.start >= shape.turn;
        weight *= afterTurn ? 1.5 : shape.concession >= 0 ? 0.4 : 0.7;
        rules.push(afterTurn ? 'after-turn' : 'before-turn');
      }
      add({
        text: source.slice(match.start, match.end),
        start: match.start,
        end: match.end,
        polarity,
        weight: round(weight),
        negated,
        reversed,
        rule: rules.join(' '),
        voice: quoted === 'quote' ? 'quote' : 'author',
      });
    }
    if (shape.rhetorical) {
      add({
        ...span(doc, shape.rhetorical.start, shape.rhetorical.end),
        polarity: 'skeptical',
        weight: shape.rhetorical.marked ? 1 : 0.6,
        negated: false,
        reversed: false,
        rule: 'rhetorical-question',
        voice: quoteAt(shape.rhetorical.start) === 'quote' ? 'quote' : 'author',
      });
    }
    for (const scare of shape.soCalled) {
      add({ ...span(doc, scare.start, scare.end), polarity: 'skeptical', weight: 1, negated: false, reversed: false, rule: 'scare-quote', voice: 'author' });
    }
  }
  items.sort((a, b) => a.start - b.start);
  return { items, sentenceOf };
}

/**
 * Cues that end a jieba word they do not start (明显提高/将, 负增长): jieba keeps some adverb-verb compounds whole, and
 * the lexicon is matched from word starts. A word with a cue at its start keeps that one.
 */
function cuesEndingWords(doc: Doc, lex: Lexicons, atWordStarts: readonly { start: number }[]): { start: number; end: number; value: StanceCue }[] {
  const { text } = doc;
  const cueStarts = new Set(atWordStarts.map((m) => m.start));
  const found: { start: number; end: number; value: StanceCue }[] = [];
  for (const t of doc.tokens) {
    if (t.end - t.start < 3 || cueStarts.has(t.start)) continue;
    for (let at = t.start + 1; at <= t.end - 2; at++) {
      const cue = lex.phrases.matchesAt(text, at).find((m) => m.end === t.end && m.value.cue !== undefined)?.value.cue;
      if (cue === undefined) continue;
      found.push({ start: at, end: t.end, value: cue });
      break;
    }
  }
  return found;
}

interface Shape {
  /** The question's marker or mark when the sentence is a rhetorical question. */
  rhetorical: { start: number; end: number; marked: boolean } | null;
  /** Where a concession opens (虽然), or -1. */
  concession: number;
  /** Where the turn (但, 然而) is, or -1. */
  turn: number;
  /** 所谓(的)“…” openings. */
  soCalled: { start: number; end: number }[];
  /** A regulator's finding or penalty reported: its wording (虚增, 违规) is the record, not the writer's view. */
  enforcement: boolean;
}

const REGULATOR = /证监会|证监局|监管总局|监管局|市场监管|交易所|网信办|发改委|央行|人民银行|金融监管|法院|检察院|公安|税务|财政部|商务部|工信部|国资委|银保监/;
const ENFORCEMENT = /处罚|罚款|罚没|认定|查明|责令|没收|立案|警示|处以|违法|违规|通报|约谈|决定书|调查/;

function sentenceShape(doc: Doc, hits: LexiconHits, sentence: Block): Shape {
  const { text } = doc;
  const line = text.slice(sentence.start, sentence.end);
  let concession = -1;
  let turn = -1;
  let marker: { start: number; end: number } | null = null;
  for (const w of hitsIn(hits.markers.stanceModifiers, sentence.start, sentence.end)) {
    if (w.value === 'concession' && concession < 0) concession = w.start;
    // 不但…而且 is not a turn; a turn counts after a concession, or near the start of the sentence.
    else if (w.value === 'turn' && text[w.start - 1] !== '不' && (concession >= 0 ? w.start > concession : w.start - sentence.start <= 2 || turn < 0)) {
      if (turn < 0) turn = w.start;
    } else if (w.value === 'rhetorical') marker ??= { start: w.start, end: w.end };
  }
  let rhetorical: Shape['rhetorical'] = null;
  if (QUESTION_END.test(line)) {
    const mark = sentence.start + line.lastIndexOf('?');
    if (marker) rhetorical = { ...marker, marked: true };
    else rhetorical = { start: mark, end: mark + 1, marked: RHETORICAL_ENDING.test(line) };
  }
  const soCalled: { start: number; end: number }[] = [];
  for (const m of line.matchAll(/所谓的?(?=[“"「])/g)) {
    const start = sentence.start + (m.index ?? 0);
    soCalled.push({ start, end: start + m[0].length });
  }
  return { rhetorical, concession, turn, soCalled, enforcement: REGULATOR.test(line) && ENFORCEMENT.test(line) };
}

/** A modifier of the given kind ending within reach before `at`, inside the clause; its text, or null. */
function modifierBefore(doc: Doc, lex: Lexicons, at: number, kind: StanceModifier): string | null {
  const { text } = doc;
  for (let end = at; end >= Math.max(0, at - MODIFIER_REACH); ) {
    if (end < at && CLAUSE_BREAKS.test(text[end] as string)) break;
    const w = lex.stanceModifiers.endingAt(text, end);
    if (!w) end--;
    else if (w.value === kind) return w.word;
    // 非常 is an intensifier, not the negator 非 inside it.
    else end = w.start;
  }
  return null;
}

/**
 * Whether an offset is inside an attributed quotation ('quote': the speaker's voice) or inside quotation marks
 * that are not a quotation ('scare': a coined term or scare quotes, where praise is irony).
 */
function quoteLookup(doc: Doc, quotes: readonly Quote[]): (offset: number) => 'quote' | 'scare' | null {
  const { text } = doc;
  const marked: { start: number; end: number; kind: 'quote' | 'scare' }[] = quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const }));
  const quoteStarts = new Set(quotes.map((q) => q.start));
  for (const m of text.matchAll(/[“「"]([^“”「」"\n]{1,10})[”」"]/g)) {
    const start = (m.index ?? 0) + 1;
    const end = start + (m[1] as string).length;
    if (quoteStarts.has(start) || isRating(text, start - 1, end + 1)) continue;
    marked.push({ start, end, kind: 'scare' });
  }
  marked.sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = marked.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = marked[mid] as { start: number; end: number; kind: 'quote' | 'scare' };
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return q.kind;
    }
    return null;
  };
}

/** An analyst's rating is quoted as a label (维持“优于大市”评级), not in scare quotes. */
const RATING_BEFORE = /(评级|评等|给予|维持|上调至|下调至|上调为|下调为|首次覆盖)$/;
const RATING_AFTER = /^(评级|评等)/;
function isRating(text: string, open: number, close: number): boolean {
  return RATING_BEFORE.test(text.slice(Math.max(0, open - 4), open)) || RATING_AFTER.test(text.slice(close, close + 2));
}

type ArticleLabel = ArticleStance['label'];

interface Piece {
  /** Paragraph indexes, half-open. */
  from: number;
  to: number;
}

/**
 * A compilation's pieces: a heading after body text opens a new one (a dek right under the title does not), so
 * each report or commentary in a digest, or each section of a long feature, is a piece. Most articles are one.
 */
function piecesOf(layout: Layout): Piece[] {
  const starts = [0];
  let bodySeen = false;
  layout.kinds.forEach((kind, i) => {
    if (kind === 'body') bodySeen = true;
    else if (kind === 'heading' && bodySeen) {
      starts.push(i);
      bodySeen = false;
    }
  });
  return starts.map((from, k) => ({ from, to: starts[k + 1] ?? layout.kinds.length }));
}

/** How much of a text leans each way, and its whole size. */
interface Leaning {
  bullish: number;
  skeptical: number;
  total: number;
}

/**
 * A piece's leaning: its paragraphs that lean on their own, weighed by their strength and length (a quoted
 * speaker's view counts less); the headline weighs as much as a body paragraph.
 */
function leaningOf(doc: Doc, layout: Layout, paragraphs: readonly Tally[], piece: Piece): Leaning {
  const sizeOf = (i: number) => Math.sqrt(Math.max(1, (doc.paragraphs[i] as Block).end - (doc.paragraphs[i] as Block).start));
  const sum = { bullish: 0, skeptical: 0, total: 0 };
  const bodySizes: number[] = [];
  for (let i = piece.from; i < piece.to; i++) if (layout.kinds[i] === 'body') bodySizes.push(sizeOf(i));
  const headlineSize = bodySizes.length === 0 ? 0 : bodySizes.reduce((a, b) => a + b, 0) / bodySizes.length;
  for (let i = piece.from; i < piece.to; i++) {
    const kind = layout.kinds[i];
    const p = paragraphs[i] as Tally;
    if (kind === 'credit') continue;
    const size = kind === 'title' ? Math.max(sizeOf(i), headlineSize) : sizeOf(i);
    sum.total += size;
    const label = ownLabel(p);
    if (label === 'neutral') continue;
    const authorShare = p.evidence.some((e) => e.voice === 'author') ? 1 : QUOTE_SHARE;
    sum[label] += size * Math.abs(p.score) * authorShare;
  }
  return sum;
}

/** A compilation leans as its pieces do, each weighed by its size: a mixed piece counts half to each side. */
function compilationLeaning(pieces: readonly (Leaning & { label: ArticleLabel })[]): Leaning {
  const sum = { bullish: 0, skeptical: 0, total: 0 };
  for (const piece of pieces) {
    sum.total += piece.total;
    const { label } = piece;
    if (label === 'bullish' || label === 'skeptical') sum[label] += piece.total;
    else if (label === 'mixed') {
      sum.bullish += piece.total / 2;
      sum.skeptical += piece.total / 2;
    }
  }
  return sum;
}

/**
 * Leaning to a label: mixed when both sides are substantial and neither dominates; neutral when little leans, or a
 * little leans each way.
 */
function judge({ bullish, skeptical, total }: Leaning): Omit<ArticleStance, 'evidence'> {
  const leaning = bullish + skeptical;
  const coverage = total === 0 ? 0 : leaning / total;
  const share = leaning === 0 ? 0.5 : bullish / leaning;
  let label: ArticleLabel;
  const balanced = share >= 1 - MIXED_SHARE && share <= MIXED_SHARE;
  if (coverage < ARTICLE_COVERAGE) label = 'neutral';
  else if (balanced) label = coverage >= MIXED_COVERAGE ? 'mixed' : 'neutral';
  else label = share > 0.5 ? 'bullish' : 'skeptical';
  const score = round(leaning === 0 ? 0 : ((bullish - skeptical) / leaning) * Math.min(1, coverage * 2));
  const confidence =
    label === 'neutral'
      ? 1 - coverage / ARTICLE_COVERAGE
      : label === 'mixed'
        ? 1 - Math.abs(share - 0.5) * 2
        : Math.min(1, coverage * 2) * Math.abs(share - 0.5) * 2;
  return { label, score: clamp(score), confidence: round(Math.max(0, Math.min(1, confidence))) };
}

/** The article's strongest evidence: on its side when it leans, either side when it is mixed or neutral. */
function strongestEvidence(paragraphs: readonly Tally[], label: ArticleLabel): Evidence[] {
  return paragraphs
    .flatMap((p) => p.evidence)
    .filter((e) => label === 'mixed' || label === 'neutral' || e.polarity === label)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, 5)
    .sort((a, b) => a.start - b.start);
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}

/** The stance the text takes toward a company: from the sentences that mention it, null when none is body text. */
export function companyStance(doc: Doc, layout: Layout, sentences: readonly ParagraphStance[], mentions: readonly { start: number }[]): Label | null {
  const counted = new Set<number>();
  let sum = 0;
  for (const m of mentions) {
    const sentence = sentenceAt(doc, m.start);
    if (!sentence || counted.has(sentence.index) || layout.kinds[sentence.paragraph] === 'credit') continue;
    counted.add(sentence.index);
    sum += (sentences[sentence.index] as ParagraphStance).score;
  }
  if (counted.size === 0) return null;
  const score = sum / Math.sqrt(counted.size);
  return score >= LEAN ? 'bullish' : score <= -LEAN ? 'skeptical' : 'neutral';
}

function flip(p: Polarity): Polarity {
  return p === 'bullish' ? 'skeptical' : 'bullish';
}

function span(doc: Doc, start: number, end: number): { text: string; start: number; end: number } {
  return { text: doc.source.slice(start, end), start, end };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
