import type { Lexicons } from '../lexicon/lexicons.js';
import { partitionPoint } from '../lexicon/sorted.js';
import type { Company, FigureOwner, FigurePeriod, Span } from '../schema.js';
import { paragraphAt, type Doc } from '../text/document.js';
import { LIST_COMMA } from '../text/marks.js';
import { sentenceStart } from './context.js';
import { assignPeriods } from './periods.js';

/**
 * Whose each figure is, read after the companies are known: the company named nearest before it in its sentence
 * (营收 of whom: 招行全年营收3391.23亿元; the fine on whom: 对织萝网络罚款18.2亿元), except that
 * - in a deal or a holding the subject is the owner (禾悦集团拟以42.6亿元收购茶语时光100%: 禾悦集团's 100%);
 * - a company standing by is none: an investor in another's round (红杉领投), the source of a figure about others
 *   (中信证券分析师某某预计), the other side of it (向绿的谐波下达订单, 在美团、京东到家等平台上的销售额);
 * - companies named together own their figure as the first of them (淘宝和天猫的收入), and a group they stand for
 *   (周大福、老凤祥等品牌) owns none.
 * With no company acting in its sentence, a pronoun (公司, 该行) stands for the company the text is about, a figure of
 * a market or an index (两市成交额, 恒指涨1.1%) is nobody's, and any other figure is its paragraph's company's (分业务
 * 看，组件收入51.2亿元), or the text's when one company stands out of it (a results story, not a compilation).
 * The words are in owner-words.tsv; `why` on each owner says which rule decided.
 */

interface Figure {
  start: number;
  owner: FigureOwner | null;
  period: FigurePeriod | null;
}

interface Mention extends Span {
  company: number;
}

/** What the owner rule reads of a company: its name, where the text names it, how central it is. */
type Named = Pick<Company, 'name' | 'mentions' | 'salience'>;

/** How far after a company a word making it a source may stand (中信证券家电分析师邱晨阳预计). */
const SOURCE_REACH = 12;
/**
 * How far the text's main company must stand out to own a figure in a paragraph that names no company: the next
 * company's salience at most this share of its own.
 */
const TOPIC_DOMINANCE = 0.4;
/** How far back in its paragraph a figure's topic is looked for, in characters (a long paragraph moves on). */
const TOPIC_REACH = 2000;

/** Everything the rules read of one document, built once. */
export interface Context {
  doc: Doc;
  lex: Lexicons;
  companies: readonly Named[];
  /** Company mentions by start. */
  mentions: readonly Mention[];
  /**
   * Per mention: whether it acts in its clause (see {@link isActor}), judged up to the text's end; 0 until asked
   * (see {@link acts}), then 1 or 2.
   */
  acts: Uint8Array;
  pronouns: readonly Span[];
  /** The first mention of the company that stands out of the text, or -1. */
  main: number;
}

/**
 * What the owner rules read of one document (its company mentions by start, its pronouns, the company that stands
 * out), built on first use and then kept: the figures' owners and the pronouns' referents read the same one.
 */
export interface Owners {
  readonly companies: readonly Named[];
  context(): Context;
}

export function ownersOf(doc: Doc, lex: Lexicons, companies: readonly Named[]): Owners {
  let context: Context | null = null;
  return { companies, context: () => (context ??= ownersContext(doc, lex, companies)) };
}

/** Owner and period of every amount and percentage, in place: the one step of the figures after entities. */
export function readWhose(doc: Doc, lex: Lexicons, figures: readonly Figure[], owners: Owners): void {
  assignPeriods(doc, lex, figures);
  if (figures.length === 0 || owners.companies.length === 0) return;
  const context = owners.context();
  for (const figure of figures) figure.owner = ownerOf(context, figure.start);
}

/**
 * Each pronoun (公司, 该所) with the index of the company it stands for: the topic of the text before it (see
 * {@link topicBefore}: the most salient company acting in its paragraph before it, else the text's main company);
 * one with no topic stands for none. A figure's owner is sought first in its own sentence; a pronoun's topic reaches
 * into that sentence too (澜海发布公告，公司…), since the pronoun itself is the subject a figure would have lacked.
 * @example pronounReferents(ownersOf(doc, lex, companies)) // 澜鑫会计师事务所出具报告。财政局对该所罚款…: [{ pronoun: 该所, company: 0 }]
 */
export function pronounReferents(owners: Owners): { pronoun: Span; company: number }[] {
  if (owners.companies.length === 0) return [];
  const context = owners.context();
  const referents: { pronoun: Span; company: number }[] = [];
  for (const pronoun of context.pronouns) {
    const topic = topicBefore(context, pronoun.start);
    if (topic) referents.push({ pronoun, company: (context.mentions[topic.index] as Mention).company });
  }
  return referents;
}

function ownersContext(doc: Doc, lex: Lexicons, companies: readonly Named[]): Context {
  const mentions = companies.flatMap((c, company) => c.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, company }))).sort((a, b) => a.start - b.start);
  const main = mainCompany(companies);
  return { doc, lex, companies, mentions, acts: new Uint8Array(mentions.length), pronouns: pronounsIn(doc, lex, mentions), main: mentions.findIndex((m) => m.company === main) };
}

/** Whether mention `i` acts in its clause, read up to the text's end: worked out for the mentions a topic is sought among only. */
function acts(c: Context, i: number): boolean {
  if (c.acts[i] === 0) c.acts[i] = isActor(c, i, c.doc.text.length) ? 1 : 2;
  return c.acts[i] === 1;
}

function ownerOf(c: Context, at: number): FigureOwner | null {
  const { doc, lex, mentions } = c;
  const { text } = doc;
  const words = lex.words['owner-words'];
  const sentence = sentenceStart(text, at);
  const from = partitionPoint(mentions, (m) => m.start < sentence);
  const to = partitionPoint(mentions, (m) => m.end <= at);
  const candidates: number[] = [];
  for (let i = from; i < to; i++) if ((mentions[i] as Mention).end <= at && isActor(c, i, at)) candidates.push(i);
  const nearest = candidates[candidates.length - 1];
  if (nearest !== undefined) {
    const head = listHead(c, nearest);
    const company = (mentions[nearest] as Mention).company;
    const headStart = (mentions[head] as Mention).start;
    // 甲拟以42.6亿元收购乙100%: the company after the deal verb is its object; the subject before the verb pays.
    if (words.of('payer').endingAt(text, headStart)) {
      const subject = candidates.findLast((i) => i < head && (mentions[i] as Mention).company !== company);
      return subject === undefined ? null : owner(c, listHead(c, subject), 'payer');
    }
    const payer = candidates.findLast((i) => i < head && (mentions[i] as Mention).company !== company && words.of('payer').occursIn(text, (mentions[i] as Mention).end, headStart));
    if (payer !== undefined) return owner(c, listHead(c, payer), 'payer');
    // 周大福、老凤祥等品牌: a group the list stands for owns nothing one company does.
    if (head !== nearest && lex.words.particles.isCharAt(text, (mentions[nearest] as Mention).end, 'list-closer')) return null;
    return owner(c, head, head === nearest ? 'subject' : 'first-of-list');
  }
  const topic = topicBefore(c, sentence);
  const pronoun = c.pronouns[partitionPoint(c.pronouns, (p) => p.end <= at) - 1];
  if (pronoun && pronoun.start >= sentence && topic) return { ...owner(c, topic.index, `pronoun:${pronoun.text}`), mention: pronoun };
  if (words.of('market').occursIn(text, sentence, at)) return null;
  return topic ? owner(c, topic.index, `topic:${topic.scope}`) : null;
}

function owner(c: Context, index: number, why: string): FigureOwner {
  const m = c.mentions[index] as Mention;
  return { company: m.company, name: (c.companies[m.company] as Named).name, mention: { text: c.doc.source.slice(m.start, m.end), start: m.start, end: m.end }, why };
}

/**
 * Whether the company named at mention `i` acts in its clause rather than standing by: not an investor in another's
 * round (红杉领投), not the source of a figure about others (中信证券分析师某某预计, 据IDC统计), not the other side of
 * it (向绿的谐波下达订单, 在美团、京东到家等平台上). Words after it are read up to `until`.
 */
function isActor(c: Context, i: number, until: number): boolean {
  const { text } = c.doc;
  const words = c.lex.words['owner-words'];
  const m = c.mentions[i] as Mention;
  const head = (c.mentions[listHead(c, i)] as Mention).start;
  return (
    words.of('investor').at(text, m.end) === null &&
    !words.of('source').occursIn(text, m.end, Math.min(until, m.end + SOURCE_REACH)) &&
    words.of('party').endingAt(text, head) === null &&
    words.of('according').endingAt(text, head) === null
  );
}

/**
 * The first company of the list mention `i` ends (淘宝和天猫的收入: 淘宝; 高瓴、淡马锡及红杉合共认购: 高瓴): figures of
 * companies named together are the first named's.
 */
function listHead(c: Context, i: number): number {
  const { text } = c.doc;
  const joins = (between: string) => between === LIST_COMMA || c.lex.words.particles.is(between, 'list-joiner');
  let head = i;
  while (head > 0 && joins(text.slice((c.mentions[head - 1] as Mention).end, (c.mentions[head] as Mention).start))) head--;
  return head;
}

/**
 * The company the text before `at` (a figure's sentence) is about: of the companies acting in its paragraph, the
 * most salient; with none, the text's main company.
 */
function topicBefore(c: Context, at: number): { index: number; scope: string } | null {
  const paragraph = paragraphAt(c.doc, at);
  const to = partitionPoint(c.mentions, (m) => m.end <= at);
  const from = paragraph ? partitionPoint(c.mentions, (m) => m.start < Math.max(paragraph.start, at - TOPIC_REACH)) : to;
  const salience = (i: number) => (c.companies[(c.mentions[i] as Mention).company] as Named).salience;
  let best = -1;
  for (let i = from; i < to; i++) if (acts(c, i) && (best < 0 || salience(i) > salience(best))) best = i;
  if (best >= 0) return { index: best, scope: 'paragraph' };
  return c.main >= 0 && c.main < to ? { index: c.main, scope: 'text' } : null;
}

/** The company that stands out of the text: every other company's salience at most {@link TOPIC_DOMINANCE} of its own. */
function mainCompany(companies: readonly Named[]): number {
  let top = -1;
  companies.forEach((c, i) => {
    if (top < 0 || c.salience > (companies[top] as Named).salience) top = i;
  });
  const own = top < 0 ? 0 : (companies[top] as Named).salience;
  return companies.every((c, i) => i === top || c.salience <= own * TOPIC_DOMINANCE) ? top : -1;
}

/**
 * 公司, 该公司, 该行 standing for a company: not inside a company's name, not the end of a compound (上市公司,
 * 子公司, 一家公司): the character before it is no Han character, or a function word (据公司, 占公司), and not the
 * noun a list of companies closes on (甲、乙等公司).
 */
function pronounsIn(doc: Doc, lex: Lexicons, mentions: readonly Mention[]): Span[] {
  const { text } = doc;
  const inMention = (start: number, end: number) => {
    const m = mentions[partitionPoint(mentions, (x) => x.end <= start)];
    return m !== undefined && m.start < end;
  };
  const endsMention = (at: number) => mentions[partitionPoint(mentions, (x) => x.end < at)]?.end === at;
  return lex.words['owner-words']
    .of('pronoun')
    .all(text)
    .filter((p) => {
      const before = text.charCodeAt(p.start - 1);
      const compound = before >= 0x4e00 && before <= 0x9fff && !lex.chars.has('function', before);
      // 甲、乙等公司: the noun a list of companies closes on names the list's kind (等该所回应 is no list).
      const listed = lex.words.particles.isCharAt(text, p.start - 1, 'list-closer') && endsMention(p.start - 1);
      return !inMention(p.start, p.end) && !listed && (p.word.length > 2 || !compound);
    })
    .map((p) => ({ text: doc.source.slice(p.start, p.end), start: p.start, end: p.end }));
}
