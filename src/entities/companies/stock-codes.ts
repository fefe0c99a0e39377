import type { Doc } from '../../text/document.js';
import { isTickerWord, type Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { orgSlot } from '../org-slot.js';
import { perLexicons } from '../per-lexicons.js';
import { groupOf, type CompanySeed } from './seed.js';

/** A stock code in brackets, its label optional: (688065), (股票代码:688065), (09988.HK), (NIO). */
const codesOf = perLexicons(
  (lex) =>
    new RegExp(
      String.raw`[(（]\s*(?:(?:${lex.words['company-words'].alternation('code-label')})\s*[:：]?\s*)?((?:SH|SZ|BJ)?\d{6}(?:\.(?:SH|SZ|BJ|SS))?|\d{4,5}\.HK|[A-Z]{2,5}(?:\.[A-Z]{1,2})?)\s*[)）]`,
      'g',
    ),
);

/** 凯赛生物(688065), 阿里巴巴(09988.HK), 蔚来(NIO): the name right before a stock code. */
export function fromStockCodes(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  const codes = codesOf(lex);
  codes.lastIndex = 0;
  for (let m = codes.exec(text); m; m = codes.exec(text)) {
    // A numeric code fixes where the name is; letters in brackets may be any abbreviation (MLCC), so a name before
    // them counts only where jieba's words line up.
    const { org } = orgSlot(doc, lex, m.index, 10);
    if (!org) continue;
    const surface = text.slice(org.start, org.end);
    // 高效能运算（HPC）, 净资产收益率(ROE): letters in brackets are as often the term's English initials; they make a
    // company only of a name that is one by the lexicon, by its ending (…公司(ABC)) or by the ticker itself.
    const code = m[1] as string;
    if (!/\d/.test(code) && !lex.companies.get(surface) && !lex.companies.get(code) && !endsInOrgWord(lex, surface)) continue;
    seeds.push({ surface, group: groupOf(lex, surface), why: 'context:stock-code', codes: [m[1] as string], ...(isTickerWord(m[1] as string) ? {} : { at: org }) });
  }
  return seeds;
}

function endsInOrgWord(lex: Lexicons, name: string): boolean {
  const w = lex.orgWords.endingAt(name, name.length);
  return w !== null && !w.value.has('descriptor') && w.start >= 2;
}

const codeAtEnd = perLexicons((lex) => new RegExp(`(?:${codesOf(lex).source})$`));

/** Where a stock code in brackets that ends at `end` begins (星火互娱(300999)董事长), or null. */
export function stockCodeEndingAt(lex: Lexicons, text: string, end: number): number | null {
  const m = text.slice(Math.max(0, end - 30), end).match(codeAtEnd(lex));
  return m ? end - m[0].length : null;
}
