import type { Lexicons } from '../lexicon/lexicons.js';
import type { Company, FigureOwner, FigurePeriod, Span } from '../schema.js';

/** What the owner rule reads of a company: its name and where the text names it. */
type Named = Pick<Company, 'name' | 'mentions' | 'salience'>;
import { paragraphAt, type Doc } from '../text/document.js';
import { LIST_COMMA, markSet } from '../text/marks.js';
import { assignPeriods } from './periods.js';

/**
 * Whose each figure is, read after the companies are known: the company named nearest before it in its sentence
 * (营收 of whom: 招行全年营收3391.23亿元; the fine on whom: 对织萝网络罚款18.2亿元), except that in a deal the payer is
 * the owner (禾悦集团拟以42.6亿元收购茶语时光: 禾悦集团, the subject before the deal verb) and an investor in another's
 * round is not (由红杉领投的2.8亿美元融资 is the raiser's). With no company in its sentence, a pronoun (公司, 该行)
 * stands for the company the text is about, a figure of a market or an index (两市成交额, 恒指涨1.1%) is nobody's,
 * and any other figure is the paragraph's company's (分业务看，组件收入51.2亿元 is the reporting company's).
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

const isSentenceEnd = markSet('。!?\n');
/** How far after a company a word making it a source may stand (中信证券家电分析师邱晨阳预计). */
const SOURCE_REACH = 12;
/** How salient the text's main company must be to own a figure in a paragraph that names no company. */
const TOPIC_SALIENCE = 0.5;


/** Owner and period of every amount and percentage, in place: the one step of the figures after entities. */
export function readWhose(doc: Doc, lex: Lexicons, figures: readonly Figure[], companies: readonly Named[]): void {
  assignPeriods(doc, lex, figures);
  if (figures.length === 0 || companies.length === 0) return;
  const mentions = companies.flatMap((c, company) => c.mentions.map((m) => ({ ...m, company }))).sort((a, b) => a.start - b.start);
  const pronouns = pronounsIn(doc, lex, mentions);
  for (const figure of figures) figure.owner = ownerOf(doc, lex, figure.start, mentions, pronouns, companies);
}

function ownerOf(doc: Doc, lex: Lexicons, at: number, mentions: readonly Mention[], pronouns: readonly Span[], companies: readonly Named[]): FigureOwner | null {
  const { text } = doc;
  const words = lex.words['owner-words'];
  const sentence = sentenceStart(text, at);
  const named = mentions.filter((m) => m.start >= sentence && m.end <= at);
  const owner = (m: Mention, why: string): FigureOwner => ({
    company: m.company,
    name: (companies[m.company] as Named).name,
    mention: { text: doc.source.slice(m.start, m.end), start: m.start, end: m.end },
    why,
  });
  const reach = (from: number) => Math.min(at, from + SOURCE_REACH);
  const candidates = named.filter((m) => {
    const head = listHead(lex, text, named, m).start;
    return (
      words.of('investor').at(text, m.end) === null &&
      !words.of('source').occursIn(text, m.end, reach(m.end)) &&
      words.of('party').endingAt(text, head) === null &&
      words.of('according').endingAt(text, head) === null
    );
  });
  const nearest = candidates[candidates.length - 1];
  if (nearest) {
    const head = listHead(lex, text, named, nearest);
    // 甲拟以42.6亿元收购乙100%: the company after the deal verb is its object; the subject before the verb pays.
    if (words.of('payer').endingAt(text, head.start)) {
      const subject = candidates.findLast((m) => m.end <= head.start && m.company !== nearest.company);
      return subject ? owner(listHead(lex, text, named, subject), 'payer') : null;
    }
    const payer = candidates.findLast((m) => m.company !== nearest.company && m.end <= head.start && words.of('payer').occursIn(text, m.end, head.start));
    if (payer) return owner(listHead(lex, text, named, payer), 'payer');
    // 周大福、老凤祥等品牌: a group the list stands for owns nothing one company does.
    if (head !== nearest && lex.words.particles.isCharAt(text, nearest.end, 'list-closer')) return null;
    return owner(head, head === nearest ? 'subject' : 'first-of-list');
  }
  const topic = topicBefore(doc, sentence, mentions, companies);
  const pronoun = pronouns.findLast((p) => p.start >= sentence && p.end <= at);
  if (pronoun && topic) return { ...owner(topic, `pronoun:${pronoun.text}`), mention: pronoun };
  if (words.of('market').occursIn(text, sentence, at)) return null;
  return topic ? owner(topic, 'topic') : null;
}

/**
 * The first company of the list a mention ends (淘宝和天猫的收入: 淘宝; 高瓴、淡马锡及红杉合共认购: 高瓴): figures of
 * companies named together are the first named's.
 */
function listHead(lex: Lexicons, text: string, named: readonly Mention[], m: Mention): Mention {
  const joins = (between: string) => between === LIST_COMMA || lex.words.particles.is(between, 'list-joiner');
  let head = m;
  for (;;) {
    const before = named.findLast((o) => o.end <= head.start && joins(text.slice(o.end, head.start)));
    if (!before) return head;
    head = before;
  }
}

/**
 * The company a stretch of text is about: of the companies its paragraph names before `at`, the most salient;
 * with none, the most salient of the text, when it stands out.
 */
function topicBefore(doc: Doc, at: number, mentions: readonly Mention[], companies: readonly Named[]): Mention | null {
  const paragraph = paragraphAt(doc, at);
  const salience = (m: Mention) => (companies[m.company] as Named).salience;
  const inParagraph = mentions.filter((m) => m.end <= at && paragraph !== undefined && m.start >= paragraph.start);
  const best = (list: readonly Mention[]) => list.reduce<Mention | null>((x, m) => (x === null || salience(m) > salience(x) ? m : x), null);
  const local = best(inParagraph);
  if (local) return local;
  const top = best(mentions.filter((m) => m.end <= at));
  return top && salience(top) >= TOPIC_SALIENCE ? top : null;
}

/**
 * 公司, 该公司, 该行 standing for a company: not inside a company's name, and not the end of a compound (上市公司,
 * 子公司, 一家公司): the character before it is no Han character, or a function word (据公司, 占公司).
 */
function pronounsIn(doc: Doc, lex: Lexicons, mentions: readonly Mention[]): Span[] {
  const { text } = doc;
  return lex.words['owner-words']
    .of('pronoun')
    .all(text)
    .filter((p) => !mentions.some((m) => m.start < p.end && p.start < m.end))
    .filter((p) => {
      const before = text.charCodeAt(p.start - 1);
      return p.word.length > 2 || !(before >= 0x4e00 && before <= 0x9fff) || lex.chars.has('function', before);
    })
    .map((p) => ({ text: doc.source.slice(p.start, p.end), start: p.start, end: p.end }));
}

function sentenceStart(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (isSentenceEnd(text.charCodeAt(i))) return i + 1;
  return 0;
}
