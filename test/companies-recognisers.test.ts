import { describe, expect, test } from 'vitest';
import { fromNumberedUnits } from '../src/entities/companies/branches.js';
import { companySeeds } from '../src/entities/companies/companies.js';
import { fromEnumerations } from '../src/entities/companies/enumerations.js';
import { fromFunds } from '../src/entities/companies/funds.js';
import { fromLexicon } from '../src/entities/companies/lexicon.js';
import { fromMorphology } from '../src/entities/companies/morphology.js';
import { fromPlatforms } from '../src/entities/companies/platforms.js';
import { fromRegisteredNames } from '../src/entities/companies/registered-names.js';
import type { CompanySeed } from '../src/entities/companies/seed.js';
import { fromSpecialTreatment } from '../src/entities/companies/special-treatment.js';
import { fromTitles } from '../src/entities/companies/titles.js';
import type { Recogniser } from '../src/entities/evidence.js';
import { findTitledNames } from '../src/entities/titles/titled-names.js';
import { findLexiconHits } from '../src/text/hits.js';
import { makeDoc } from './make-doc.js';

/** The surfaces one recogniser finds in a hand-cut document, in order, without repeats. */
function surfacesOf(recognise: Recogniser<CompanySeed>, words: string): string[] {
  const { doc, lex } = makeDoc(words);
  const hits = findLexiconHits(doc, lex);
  return [...new Set(recognise(doc, lex, { hits, titled: findTitledNames(doc, lex, hits) }).map((s) => s.surface))];
}

describe('fund products and private funds, in a text about funds', () => {
  test.each([
    ['a brand, a name and a style word', '今年/t 汇添富/x 均衡/a 精选/v 净值/n 上涨/v', ['汇添富均衡精选']],
    ['a brand, an index and a type', '华夏/ns 沪深/j 300/m 指数/n 基金/n 募集/v 完成/v', ['华夏沪深300指数基金']],
    ['a style word before the type closes nothing: the type does', '交银施罗德/x 稳利/x 增利/v 债券型/n 基金/n 成立/v', ['交银施罗德稳利增利债券型基金']],
    ['a function word ends the name', '易方达/x 等/u 基金/n 公司/n', []],
    ['a number right after the brand counts, it does not name', '交银施罗德/x 4/m 家/q 基金/n', []],
    ['a private fund numbered in its series', '陈立衡/x 管理/vn 的/uj 青岚/x 1/m 期/n 净值/n 上涨/v', ['青岚1期']],
    ['a manager and a dot before the series', '私募/n 产品/n 中/f 世诚/x ·/x 远山/ns 2/m 号/m 表现/v 最好/a', ['世诚·远山2号']],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromFunds, words)).toEqual(expected);
  });

  test('no fund is read in a text that is not about funds', () => {
    expect(surfacesOf(fromFunds, '华夏/ns 成长/v 精选/v 了/ul 一批/m 产品/n')).toEqual([]);
  });

  test('one fund written with and without the letters a type may leave out is one company', () => {
    const { doc, lex } = makeDoc('工银瑞信/x 沪深/j 300/m 指数型/n 基金/n 和/c 工银/j 沪深/j 300/m 指数/n 基金/n 净值/n 上涨/v');
    const groups = new Set(fromFunds(doc, lex).map((s) => s.group));
    expect(groups.size).toBe(1);
  });
});

describe('lists that say what their items are', () => {
  test.each([
    ['items closed by 等 and a noun for firms', '云杉/nz 地产/n 、/x 北辰星/x 实业/n 、/x 青禾/x 置业/n 等/u 内地/s 房企/n 计划/n 上市/v', ['青禾置业', '北辰星实业', '云杉地产']],
    ['a count of firms closes a list of two', '星桥/x 电子/n 、/x 澜川/x 科技/n 两/m 家/q 公司/n 中标/v', ['澜川科技', '星桥电子']],
    ['a count of firms after one phrase names none', '展厅/n 里/f 有/v 多/m 家/q 中介/n 公司/n', []],
    ['people closed by 等人 are no firms', '李明/nr 等/u 人/n 伪造/v 公司/n 公章/n', []],
    ['ways closed by 等方式 are no firms', '关联/vn 交易/vn 、/x 资金/n 占用/vn 等/u 方式/n 损害/v 公司/n 利益/n', []],
    ['an item beside a known company', '比亚迪/nz 、/x 星岚/x 电池/n 、/x 宁德时代/nt 纷纷/d 扩产/v', ['星岚电池']],
    ['an item after a verb left alone by jieba starts after it', '如/v 星岚/x 电池/n 、/x 比亚迪/nz 等/u 纷纷/d 扩产/v', ['星岚电池']],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromEnumerations, words)).toEqual(expected);
  });
});

describe("an exchange's warning prefix before a short name", () => {
  test.each([
    ['*ST and a name before a colon', '*/x ST/eng 鹏远/x :/x 公司/n 收到/v 问询函/n', ['*ST鹏远']],
    ['ST and a name before a verb', 'ST/eng 澜海/x 停牌/v', ['ST澜海']],
    ['a name of three characters before a figure', '*/x ST/eng 保/v 千里/q 0.5/m 元/m', ['*ST保千里']],
    ['ST stocks as a kind', 'ST/eng 股/n 普遍/ad 下跌/v', []],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromSpecialTreatment, words)).toEqual(expected);
  });
});

describe('lending platforms, in a text about lending', () => {
  test.each([
    ['called a platform before its name', '网贷/n 平台/n 澜鑫贷/x 逾期/v 三个月/m', ['澜鑫贷']],
    ['called a platform after its name', '青松/nz 理财/v 平台/n 爆雷/v ,/x 出借人/n 报案/v', ['青松理财']],
    ['named twice', '云朵/n 钱包/n 逾期/v 。/x 云朵/n 钱包/n 的/uj 出借人/n 报案/v', ['云朵钱包']],
    ['a kind of lending is no platform', '不少/m 平台/n 现金/n 贷/v 逾期/v', []],
    ['a website named twice is none', '中国/ns 政府/n 网/n 发布/v 。/x 中国/ns 政府/n 网/n 显示/v 逾期/v', []],
    ['no platform is read in a text that is not about lending', '平台/n 澜鑫贷/x 上线/v', []],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromPlatforms, words)).toEqual(expected);
  });
});

describe('names and their boundaries', () => {
  test.each([
    ['a numbered unit of a known company', fromNumberedUnits, '中铁/j 十一/m 局/n 承建/v', ['中铁十一局']],
    ['a city before a known name', fromLexicon, '厦门/ns 华泰/nz 提问/v', ['华泰', '厦门华泰']],
    ['an everyday name before the title of its work', fromLexicon, '玩家/n 期待/v 暴雪/n 《/x 星海/n 》/x 续作/n', ['暴雪']],
    ['an everyday name with no work and no context', fromLexicon, '昨夜/t 暴雪/n 封路/v', []],
    ['a name jieba glued to a function character', fromLexicon, '当下/t 如景顺/x 长城/ns 等/u 公司/n', ['景顺长城']],
    ['a known company ending a longer run of words', fromMorphology, '三/m 连/nr 板/ng 旗/n 滨/ns 集团/n 发布/v 公告/n', ['旗滨集团', '旗滨']],
    ['a name never ends on a function word glued to it', fromMorphology, '收购/v 完成/v 后本/x 公司/n 合计/vn 持有/v', []],
    ['a plain verb before 公司 is no name, whatever follows', fromMorphology, '影响/vn 公司/n 净利润/n', []],
    ['a deal verb before a plain word and 公司 makes it a name', fromMorphology, '收购/v 了/ul 通卡/n 公司/n', ['通卡公司', '通卡']],
    ['a word right after a number is counted, not named', fromMorphology, '328/m 只偏/x 股/n 基金/n', []],
    ['a country alone before an industry word names no firm', fromMorphology, '中国/ns 证券/n 登记/v', []],
    ['an industry word opening a compound', fromMorphology, '中海油/nt 资本/n 支出/v 增长/v', []],
    ['a department between the organisation and the title', fromTitles, '红御/x 营销/vn 总监/n 王婷鸿/x 表示/v', ['红御']],
  ])('%s', (_, recognise, words, expected) => {
    expect(surfacesOf(recognise, words)).toEqual(expected);
  });

  test('a unit named with a known company and an industry word is a company of its own', () => {
    const { doc, lex } = makeDoc('中粮/j 控股/v 的/uj 中粮/j 期货/n 、/x 五矿/nz 期货/n');
    const hits = findLexiconHits(doc, lex);
    const seeds = companySeeds(doc, lex, { hits, titled: [] }).filter((s) => s.surface === '中粮期货');
    expect(seeds.map((s) => s.group)).toEqual(['中粮期货']);
  });

  test('a place before a body and a preposition opens no registered name', () => {
    const [full] = surfacesOf(fromRegisteredNames, '福建省/ns 国资委/j 通过/p 福建/ns 电子/n 信息/n (/x 集团/n )/x 有限责任公司/n');
    expect(full).toBe('福建电子信息(集团)有限责任公司');
  });

  test('kinds of trust and of firm are no firm', () => {
    expect(surfacesOf(companySeeds, '设立/v 家族/nz 信托/n 和/c 慈善/nr 信托/n')).toEqual([]);
  });
});
