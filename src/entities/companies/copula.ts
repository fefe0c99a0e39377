import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { CLAUSE_ENDS, DOUBLE_QUOTES, LIST_COMMA, markTest, SENTENCE_ENDS } from '../../text/marks.js';
import type { Evidence } from '../evidence.js';
import { orgSlot } from '../org-slot.js';
import { perLexicons } from '../per-lexicons.js';
import { hasProperToken } from './proper.js';
import { groupOf, type CompanySeed } from './seed.js';

/**
 * 是, an optional opening (一家, 典型的), at most twelve characters within the clause, and a business noun closing
 * the sentence or clause: the description says the subject is a business.
 */
const descriptionOf = perLexicons((lex) => {
  const words = lex.words['company-words'];
  const copula = lex.words.particles.alternation('copula');
  const ends = `,${SENTENCE_ENDS}`;
  return new RegExp(
    `(?:${copula})(?:${words.alternation('copula-opening')})?[^${ends}${LIST_COMMA}]{0,12}?(?:${words.alternation('business-noun')})(?=[${ends}]|$)`,
    'y',
  );
});

/** 美肤汇是典型的小而美电商代表, 聚美优品是第一批入驻微信平台的电商: a name said to be a kind of business. */
export function fromCopula(doc: Doc, lex: Lexicons, { words }: Evidence): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  const description = descriptionOf(lex);
  for (const copula of words.copulas) {
    description.lastIndex = copula.start;
    if (!description.test(text)) continue;
    const { org } = orgSlot(doc, lex, copula.start, 6);
    if (!org || org.start !== clauseStartOf(text, copula.start) || !hasProperToken(doc, lex, org.start, org.end)) continue;
    const surface = text.slice(org.start, org.end);
    seeds.push({ surface, group: groupOf(lex, surface), why: 'context:copula' });
  }
  return seeds;
}

const isClauseBreak = markTest(CLAUSE_ENDS, DOUBLE_QUOTES);

/** The offset after the last punctuation mark before `at` in its sentence. */
function clauseStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isClauseBreak(text[i - 1])) i--;
  return i;
}
