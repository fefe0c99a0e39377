import { alignsWithTokens, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { PLACE } from '../../text/tags.js';
import type { Evidence } from '../evidence.js';
import { orgSlot } from '../org-slot.js';
import { isHan, someWordTagged } from '../words.js';
import { companyContextAfter, hasCompanyContext, listedWithCompany } from './context.js';
import { hasProperToken } from './proper.js';
import type { CompanySeed } from './seed.js';

const PLACE_TAGS: ReadonlySet<string> = new Set([PLACE]);

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
    const { org } = orgSlot(doc, lex, w.start, 6);
    if (!org || org.end - org.start < 2) continue;
    const context = hasCompanyContext(lex, text, org.start, w.end);
    const listed = listedWithCompany(doc, lex, org.start, w.end);
    const name = text.slice(org.start, org.end);
    const known = lex.companies.get(name) !== undefined;
    const proper = hasProperToken(doc, lex, org.start, org.end);
    // 资本, 创投, 银行 after a proper name or a place (湘江资本, 韩亚银行) make a company by themselves; 科技 or 能源
    // need company context too, or a list of companies around them.
    const strong = w.value.has('strong') && (proper || someWordTagged(doc, org.start, org.end, PLACE_TAGS));
    if (!known && !proper && !strong && !(generic && (context || listed))) continue;
    // 上海期货交易所, 深圳证券交易所: an exchange, whose name only begins like a company's.
    if (lex.words['company-words'].of('exchange').at(text, w.end) !== null) continue;
    if (!generic && !context && !strong && !listed) continue;
    // 消费类公司, 能源公司: a description, not a name.
    if (lex.chars.has('description-ending', name.charCodeAt(name.length - 1)) || lex.orgWords.get(name)?.has('industry')) continue;
    const full = text.slice(org.start, w.end);
    const group = lex.companies.get(full)?.name ?? lex.companies.get(name)?.name ?? full;
    // 投资, 控股, 建设 are verbs too (美空军投资研发): as industry words they end the name, so no word may follow.
    if (w.value.has('verb-like') && isHan(text.charCodeAt(w.end)) && !companyContextAfter(lex, text, w.end)) continue;
    seeds.push({ surface: full, group, why: `morphology:${w.word}` });
    if (generic) seeds.push({ surface: name, group, why: `morphology:${w.word}` });
  }
  return seeds;
}
