import type { Lexicons } from '../../lexicon/lexicons.js';

/**
 * Company candidates from several kinds of evidence, each kept with its reason: the lexicon (checked against
 * context for everyday words such as 苹果), registered-name morphology (深圳市极光芯片股份有限公司 with its short forms
 * 极光芯片 and 极光), stock codes (凯赛生物(688065)), the organisation before a title (雅座CEO白昱), a name before
 * 公司/集团 (日科创想公司), a trade name before an industry word in company context (炎黄网络CEO), and jieba's
 * organisation tag on names ending in an organisation word.
 */
export interface CompanySeed {
  /** The name as it appears in the analysis copy. */
  surface: string;
  /** Seeds with the same group are one company (the lexicon's canonical name, or the registered name). */
  group: string;
  why: string;
  /** Only these occurrences count (an everyday word is a company only where its context says so). */
  only?: { start: number; end: number } | undefined;
  /** An occurrence that counts wherever jieba's words fall (the name before a stock code), besides all others. */
  at?: { start: number; end: number };
  /** Stock codes and tickers written in the text next to the name (凯赛生物(688065)). */
  codes?: string[];
  /** The codes the lexicon knows for the company, written in the text or not. */
  listedCodes?: readonly string[];
  /** The lexicon's canonical name, preferred as the entity's name when it appears. */
  canonical?: string;
  /** A registered name's first two characters after its place (海蓝 in 深圳市海蓝跨境电子商务有限公司). */
  tradeName?: string;
  /** The market's short name inside a listed name (瑞晟 in *ST瑞晟), which may be a registered name's trade name. */
  shortName?: string;
}

/** The group of a name: the lexicon's canonical name when it knows the name, else the name itself. */
export function groupOf(lex: Lexicons, surface: string): string {
  return lex.companies.get(surface)?.name ?? surface;
}
