import { alignsWithTokens, tokenContaining, tokenStartingAt, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { NOT_NAME_ENDING_TAGS, PLACE, UNKNOWN } from '../../text/tags.js';
import type { Evidence } from '../evidence.js';
import { orgSlot } from '../org-slot.js';
import { isHan, isWordNotTagged, someWordTagged } from '../words.js';
import { gluedAt } from './glued.js';
import { knownNameFrom } from './other-names.js';
import { companyContextAfter, hasCompanyContext, listedWithCompany, stockMovesAfter } from './context.js';
import { hasProperToken } from './proper.js';
import type { CompanySeed } from './seed.js';

const PLACE_TAGS: ReadonlySet<string> = new Set([PLACE]);
const VERB_TAGS: ReadonlySet<string> = new Set(['v', 'vd']);
const NOT_VERB_TAGS: ReadonlySet<string> = new Set(['n', 'a', 'an', 'nz', 'ns', 'nr', 'nt', 'x', 'j', 'eng', 'l', 'i', 'z', 'ng', 'b']);

/**
 * A proper name before 公司/集团/控股 (日科创想公司, 通卡公司) or before an industry word when company context
 * follows (炎黄网络CEO, 星澜资本领投): the name with and without the word.
 */
export function fromMorphology(doc: Doc, lex: Lexicons, { hits }: Evidence): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (const w of hits.markers.orgWords) {
    const generic = w.value.has('generic');
    if (!generic && !w.value.has('industry')) continue;
    // 互联网, 官网 and 网购 are words of their own: the organisation word must be whole jieba words.
    if (w.value.has('legal') || !alignsWithTokens(doc, w.start, w.end)) continue;
    const slot = orgSlot(doc, lex, w.start, 6);
    if (!slot.org || slot.org.end - slot.org.start < 2) continue;
    const org = { start: knownNameStart(text, lex, slot.org.start, w.end), end: slot.org.end };
    // 215只债券基金: a word right after a number is counted, not named; 中国证券: a country alone names no firm;
    // 资本支出: the industry word opens a compound.
    if (org.end - org.start < 2 || /\d/.test(text[org.start - 1] ?? '')) continue;
    const companyWords = lex.words['company-words'];
    if (companyWords.is(text.slice(org.start, org.end), 'country-prefix') || companyWords.of('compound-after').at(text, w.end) !== null) continue;
    const name = text.slice(org.start, org.end);
    // Looked up once: four rules below ask about the name.
    const knownName = lex.companies.get(name);
    // 云翎科技涨停: shares moving name a company, but not after an everyday word (苹果期货涨停 is a commodity's contract).
    const moves = knownName?.needsContext !== true && stockMovesAfter(lex, text, w.end);
    const context = hasCompanyContext(lex, text, org.start, w.end) || moves;
    const listed = listedWithCompany(doc, lex, org.start, w.end);
    const known = knownName !== undefined || lex.companies.get(stemOf(lex, name)) !== undefined || lex.companies.getSpan(text, org.start, w.end) !== undefined;
    if (!known && endsOnFunctionWord(doc, lex, org.start, org.end)) continue;
    const proper = hasProperToken(doc, lex, org.start, org.end);
    // 资本, 创投, 银行 after a proper name or a place (湘江资本, 星海银行) make a company by themselves; 科技 or 能源
    // need company context too, or a list of companies around them.
    const strong = w.value.has('strong') && (proper || someWordTagged(doc, org.start, org.end, PLACE_TAGS));
    // 收购了通卡公司, 蓝鲸公司旗下: company context makes a plain word before 公司 a name, unless the word is a verb
    // (影响公司净利润: the company the text is about, whatever it affects).
    const named = generic && (context || listed) && !isWordNotTagged(doc, org.start, org.end, NOT_VERB_TAGS);
    if (!known && !proper && !strong && !named) continue;
    // 上海期货交易所, 深圳证券交易所: an exchange, whose name only begins like a company's.
    if (lex.words['company-words'].of('exchange').at(text, w.end) !== null) continue;
    // 链家地产, 中粮期货: a known name that is no everyday word, before an industry word, names a firm by itself; after
    // a name that already ends in one, the word names a sector (中信证券家电团队, 国信证券半导体).
    const knownFirm = knownName !== undefined && !knownName.needsContext && lex.orgWords.endingAt(name, name.length) === null && closesPhrase(doc, w.end);
    if (!generic && !context && !strong && !listed && !knownFirm) continue;
    // 消费类公司, 能源公司: a description, not a name.
    if (lex.chars.has('description-ending', name.charCodeAt(name.length - 1)) || lex.orgWords.get(name)?.has('industry')) continue;
    const full = text.slice(org.start, w.end);
    // 中粮期货 is 中粮's futures firm, not 中粮: a known name and an industry word the lexicon does not list are a unit
    // of their own; before 公司 or 集团 the name is the same firm (新浪公司).
    const group = lex.companies.get(full)?.name ?? (generic ? knownName?.name : undefined) ?? full;
    // 投资, 控股, 建设 are verbs too (市政府投资兴建): as industry words they end the name, so no word may follow.
    if (w.value.has('verb-like') && isHan(text.charCodeAt(w.end)) && !companyContextAfter(lex, text, w.end)) continue;
    // 原鹏华/x 基金管理公司: a name that starts inside a word jieba glued a character onto counts where it stands.
    const glued = tokenStartingAt(doc, org.start - 1);
    const at = glued && glued.end - glued.start >= 3 && gluedAt(doc, lex, glued.start) ? { at: { start: org.start, end: w.end } } : {};
    // 跻身/v 期货公司: a name never opens with a verb jieba knows.
    if (!known && opensWithVerb(doc, org.start, org.end)) continue;
    seeds.push({ surface: full, group, why: `morphology:${w.word}`, ...at });
    if (generic) seeds.push({ surface: name, group, why: `morphology:${w.word}` });
  }
  return seeds;
}

/**
 * 两连板复星集团, 短线三一重工: where a known company's name ends at the organisation word, the name starts where the
 * known one does, whatever words stand before it.
 */
function knownNameStart(text: string, lex: Lexicons, start: number, end: number): number {
  return knownNameFrom(lex, text, start, end, KNOWN_NAME_INSIDE) ?? start;
}

/** The shortest known name read inside the words before an organisation word (two characters are too often a word's). */
const KNOWN_NAME_INSIDE = 3;

/**
 * 交易所或公司, 后本/x 公司, 经该/x 银行: a name never ends on a function word or a pronoun, whether jieba left it alone
 * or glued it to the word before (本公司, 该银行 name the company of the context, not a new one).
 */
function endsOnFunctionWord(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const last = tokenContaining(doc, end - 1);
  if (!last || last.end !== end || last.start < start) return false;
  const code = doc.text.charCodeAt(end - 1);
  const pronoun = lex.words['role-words'].isCharAt(doc.text, end - 1, 'pronoun-org');
  if (last.end - last.start === 1) return NOT_NAME_ENDING_TAGS.has(last.pos) || pronoun;
  return last.pos === UNKNOWN && (pronoun || lex.chars.has('function', code));
}

/** 鹏华基金管理 → 鹏华: the name without the industry words that end it, while two characters or more remain. */
function stemOf(lex: Lexicons, name: string): string {
  let end = name.length;
  for (let w = lex.orgWords.endingAt(name, end); w && w.value.has('industry') && w.start >= 2; w = lex.orgWords.endingAt(name, end)) end = w.start;
  return name.slice(0, end);
}

/**
 * Whether the phrase closes at `at`, at a mark or the text's end. Else it may go on as a compound of the name's
 * business (吉利新能源车型, 同花顺基金销售, 万得数据显示, 国泰君安家电分析师).
 */
function closesPhrase(doc: Doc, at: number): boolean {
  const next = doc.text[at];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next);
}

/** Whether the first of jieba's words in [start, end) is a verb of two characters or more (跻身期货, 完成投资). */
function opensWithVerb(doc: Doc, start: number, end: number): boolean {
  const first = tokenStartingAt(doc, start);
  return first !== undefined && first.end < end && first.end - first.start >= 2 && VERB_TAGS.has(first.pos);
}
