import { describe, expect, test } from 'vitest';
import { fromBranches } from '../src/entities/companies/branches.js';
import { companySeeds } from '../src/entities/companies/companies.js';
import { fromCopula } from '../src/entities/companies/copula.js';
import { fromLexicon } from '../src/entities/companies/lexicon.js';
import { fromMorphology } from '../src/entities/companies/morphology.js';
import { companyNameEnds } from '../src/entities/companies/name-ends.js';
import { fromOrganisationTags } from '../src/entities/companies/organisation-tags.js';
import { isPlausible } from '../src/entities/companies/plausible.js';
import { fromRegisteredNames } from '../src/entities/companies/registered-names.js';
import type { CompanySeed } from '../src/entities/companies/seed.js';
import { fromStockCodes } from '../src/entities/companies/stock-codes.js';
import { fromTitles } from '../src/entities/companies/titles.js';
import type { Recogniser } from '../src/entities/evidence.js';
import { gatherEvidence } from '../src/entities/recognise.js';
import { makeDoc } from './make-doc.js';

/** Runs one company recogniser on a hand-cut document, with the evidence the stage gives it: [surface, why] pairs. */
function seedsOf(recognise: Recogniser<CompanySeed>, words: string): [string, string][] {
  const { doc, lex } = makeDoc(words);
  return recognise(doc, lex, gatherEvidence(doc, lex)).map((s) => [s.surface, s.why]);
}

describe('company recognisers, one at a time, without jieba', () => {
  test.each([
    [
      'a registered name and the short forms it implies',
      fromRegisteredNames,
      '深圳市/ns 极光/nz 芯片/n 股份有限公司/n 今天/t 上市/v',
      [['深圳市极光芯片股份有限公司', 'morphology:registered-name'], ['极光芯片', 'morphology:registered-name'], ['极光', 'morphology:registered-name']],
    ],
    [
      'a short name the text declares for itself',
      fromRegisteredNames,
      '深圳市/ns 芯曜/x 智算/n 科技/n 有限公司/n (/x 下称/v “/x 芯曜智算/x ”/x )/x',
      [
        ['深圳市芯曜智算科技有限公司', 'morphology:registered-name'],
        ['芯曜智算科技', 'morphology:registered-name'],
        ['芯曜智算', 'morphology:registered-name'],
        ['芯曜智算', 'context:declared-short-name'],
      ],
    ],
    [
      'a short name declared without quotes, closed by the bracket',
      fromRegisteredNames,
      '北京/ns 澜鑫/x 信息/n 服务/vn 有限公司/n (/x 简称/v 澜鑫/x 钱包/n )/x',
      [
        ['北京澜鑫信息服务有限公司', 'morphology:registered-name'],
        ['澜鑫信息服务', 'morphology:registered-name'],
        ['澜鑫钱包', 'context:declared-short-name'],
      ],
    ],
    [
      'a description ending in 的 is no part of a registered name',
      fromRegisteredNames,
      '同/p 在/p 杭州/ns 的/uj 蜂巢/n 星选/x 传媒/n 有限公司/n',
      [['蜂巢星选传媒有限公司', 'morphology:registered-name'], ['蜂巢星选传媒', 'morphology:registered-name'], ['蜂巢星选', 'morphology:registered-name']],
    ],
    ['the name before a stock code', fromStockCodes, '凯赛/nz 生物/n (/x 688065/m )/x 发布/v 公告/n', [['凯赛生物', 'context:stock-code']]],
    ['the name before a labelled stock code', fromStockCodes, '凯赛/nz 生物/n (/x 股票代码/n :/x 688065/m )/x', [['凯赛生物', 'context:stock-code']]],
    ['the organisation before a business title', fromTitles, '星澜资本/nt 合伙人/n 秦墨/x 表示/v', [['星澜资本', 'context:title']]],
    ['one everyday word before a title is no organisation', fromTitles, '外汇/n 分析师/n 秦墨/x 表示/v', []],
    ['a proper name before 公司, with and without it', fromMorphology, '日科/x 创想/nz 公司/n 成立/v', [['日科创想公司', 'morphology:公司'], ['日科创想', 'morphology:公司']]],
    ['a strong industry word after a place', fromMorphology, '湘江/ns 资本/n 领投/v', [['湘江资本', 'morphology:资本']]],
    ['a proper name and an industry word whose shares move after it', fromMorphology, '云翎/x 科技/n 涨停/v 。/x', [['云翎科技', 'morphology:科技']]],
    ['the same name and industry word with no company context', fromMorphology, '云翎/x 科技/n 很/d 好/a', []],
    ['a description before 公司', fromMorphology, '消费类/n 公司/n 表现/v 不佳/a', []],
    ['an industry word that is a verb, with a word after it', fromMorphology, '英/ns 海军/n 投资/v 研发/v', []],
    ['an exchange', fromMorphology, '上海/ns 期货/n 交易所/n', []],
    ['a branch of a known company', fromBranches, '招商银行/nt 杭州/ns 分行/n 行长/n', [['招商银行杭州分行', 'morphology:branch:分行']]],
    ['a name said to be a business', fromCopula, '美肤汇/x 是/v 一家/m 电商/n 平台/n 。/x', [['美肤汇', 'context:copula']]],
    ['a name said to be a typical business', fromCopula, '美肤汇/x 是/v 典型/a 的/uj 小而美/l 电商/n 代表/n 。/x', [['美肤汇', 'context:copula']]],
    ["jieba's organisation tag on a word ending in an industry word", fromOrganisationTags, '国家开发银行/nt 发放/v 贷款/n', [['国家开发银行', 'pos:nt']]],
    ['an everyday word with company context after it', fromLexicon, '苹果/n 发布/v 新品/n', [['苹果', 'lexicon:苹果']]],
    ['an everyday word with a deal verb and 了 before it', fromLexicon, '收购/v 了/ul 苹果/n', [['苹果', 'lexicon:苹果']]],
    ['an everyday word with no company context', fromLexicon, '我/r 吃/v 苹果/n', []],
    ["a product holding a company's name", fromLexicon, '腾讯/nz 新闻/n', []],
  ] as const)('%s: %s', (_, recognise, words, expected) => {
    expect(seedsOf(recognise, words)).toEqual(expected);
  });

  test('a seed before a stock code counts where it stands, whatever jieba made of it', () => {
    const { doc, lex } = makeDoc('凯赛/nz 生物/n (/x 688065/m )/x');
    const [seed] = fromStockCodes(doc, lex);
    expect(seed).toMatchObject({ codes: ['688065'], at: { start: 0, end: 4 } });
  });

  test('companySeeds drops what no recogniser could call a company (a department, an acronym and 公司)', () => {
    expect(seedsOf(companySeeds, '研发部/n 和/c IT/eng 公司/n')).toEqual([]);
  });
});

describe('what could be a company name at all', () => {
  test.each([
    ['星澜资本', true],
    ['美的', true],
    ['AI', false],
    ['IT公司', false],
    ['研发部', false],
    ['市政府', false],
    ['恒生科技指数', false],
    ['商业银行', false],
    ['多家银行', false],
    ['浦发三家银行', false],
    ['房产中介公司', false],
    ['互联网', false],
    ['创意园的', false],
    ['•地产', false],
    ['12345', false],
  ] as const)('%s: %s', (surface, expected) => {
    const { lex } = makeDoc('');
    expect(isPlausible(surface, lex)).toBe(expected);
  });
});

describe('where a company name ends', () => {
  test.each([
    ['at a word boundary', '腾讯/nz 发布/v', 2, false, true],
    ['inside a place named after it', '华侨城/ns 湾/n', 3, false, false],
    ['inside a Latin word', 'Appleton/eng', 5, false, false],
    ['inside a longer word', '华为/nz 技术员/n', 3, false, false],
    ['where jieba lent its last character to a two-character word after it (建/行为)', '建/v 行为/n 64/m 元/m', 2, false, true],
    ['not so for a name that is an everyday word too', '建/v 行为/n 64/m 元/m', 2, true, false],
  ] as const)('%s', (_, words, end, everydayWord, expected) => {
    const { doc, lex } = makeDoc(words);
    expect(companyNameEnds(doc, lex, 0, end, everydayWord)).toBe(expected);
  });
});
