import { describe, expect, test } from 'vitest';
import { fromAccused } from '../src/entities/companies/accused.js';
import { fromNumberedUnits } from '../src/entities/companies/branches.js';
import { companySeeds } from '../src/entities/companies/companies.js';
import { fromEnumerations } from '../src/entities/companies/enumerations.js';
import { fromFunds } from '../src/entities/companies/funds.js';
import { fromHolders } from '../src/entities/companies/holders.js';
import { fromIntroduced } from '../src/entities/companies/introduced.js';
import { fromLexicon } from '../src/entities/companies/lexicon.js';
import { fromMorphology } from '../src/entities/companies/morphology.js';
import { fromPlatforms } from '../src/entities/companies/platforms.js';
import { fromRegisteredNames } from '../src/entities/companies/registered-names.js';
import type { CompanySeed } from '../src/entities/companies/seed.js';
import { fromSpecialTreatment } from '../src/entities/companies/special-treatment.js';
import { fromTitles } from '../src/entities/companies/titles.js';
import type { Recogniser } from '../src/entities/evidence.js';
import { gatherEvidence } from '../src/entities/recognise.js';
import { makeDoc } from './make-doc.js';

/**
 * The surfaces one recogniser finds in a hand-cut document, in order, without repeats; `idf` weighs the document's
 * everyday words as jieba's table would (see makeDoc).
 */
function surfacesOf(recognise: Recogniser<CompanySeed>, words: string, idf: Record<string, number> = {}): string[] {
  const { doc, lex } = makeDoc(words, {}, {}, idf);
  return [...new Set(recognise(doc, lex, gatherEvidence(doc, lex)).map((s) => s.surface))];
}

describe('fund products and private funds, in a text about funds', () => {
  test.each([
    ['a brand, a name and a style word', '今年/t 汇添富/x 远见/n 精选/v 净值/n 上涨/v', ['汇添富远见精选']],
    ['a brand, an index and a type', '华夏/ns 沪深/j 300/m 指数/n 基金/n 募集/v 完成/v', ['华夏沪深300指数基金']],
    ['a style word before the type closes nothing: the type does', '富国/x 安裕/x 增利/v 债券型/n 基金/n 成立/v', ['富国安裕增利债券型基金']],
    ['a function word ends the name', '广发/x 等/u 基金/n 公司/n', []],
    ['a number right after the brand counts, it does not name', '富国/x 3/m 家/q 基金/n', []],
    ['a private fund numbered in its series', '陈立衡/x 管理/vn 的/uj 青岚/x 1/m 期/n 净值/n 上涨/v', ['青岚1期']],
    ['a manager and a dot before the series', '私募/n 产品/n 中/f 观澜/x ·/x 远山/ns 2/m 号/m 表现/v 最好/a', ['观澜·远山2号']],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromFunds, words)).toEqual(expected);
  });

  test('no fund is read in a text that is not about funds', () => {
    expect(surfacesOf(fromFunds, '华夏/ns 成长/v 精选/v 了/ul 一批/m 产品/n')).toEqual([]);
  });

  test('one fund written with and without the letters a type may leave out is one company', () => {
    const { doc, lex } = makeDoc('农银汇理/x 中证/j 800/m 指数型/n 基金/n 和/c 农银/j 中证/j 800/m 指数/n 基金/n 净值/n 上涨/v');
    const groups = new Set(fromFunds(doc, lex, gatherEvidence(doc, lex)).map((s) => s.group));
    expect(groups.size).toBe(1);
  });
});

describe('firms a frame introduces: a subsidiary, a firm whose equity changes hands', () => {
  /** jieba's IDF weights of the everyday words in the rows (a word the rows do not weigh is rare). */
  const everyday = { 现金: 6.8, 药品: 7.4, 项目: 4.9 };
  test.each([
    ['a place and a name jieba glued a verb onto', '全资/n 子公司/n 苏州/ns 鑫煜拟/x 以/p 自有/v 资金/n', ['苏州鑫煜']],
    ['an organisation word closes the name', '子公司/n 新乡/ns 制药/n 阿兹夫定/x 原料药/n 正常/d 生产/vn', ['新乡制药']],
    ['an everyday noun ends it', '子公司/n 苏州/ns 琞/x 能/v 现金/n 增资/v', ['苏州琞能']],
    ['a name jieba does not know, before a figure', '下属/v 子公司/n 康冠/x 5/m 兆瓦/q', ['康冠']],
    ['a stake in a firm', '公司/n 持有/v 孚斯泰/x 23.81/m %/x 股权/n', ['孚斯泰']],
    ['a stake after 的', '受让/v 澜岳/x 的/uj 60/m %/x 股份/n', ['澜岳']],
    ['a verb after the opening: no name', '子公司/n 经营/v 正常/a', []],
    ['a preposition after the opening: no name', '子公司/n 因/p 环保/j 问题/n 停产/v', []],
    ['an industry word alone names a line of business', '子公司/n 环保/j 整改/v', []],
    ['an everyday word opens no name', '子公司/n 药品/n 坎地/x 沙坦/ns 通过/p 评审/v', []],
    ['a place and one noun of the dictionary describe a project', '子公司/n 印尼/ns 氧化铝/n 项目/n 投产/v', []],
    ['a stake in the firm of the context or a pronoun', '购买/v 标的/n 公司/n 100/m %/x 股权/n ,/x 持有/v 其/r 51/m %/x 股份/n', []],
    ['a verb with no stake after it', '收购/v 澜岳/x 后/f 整合/v', []],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromIntroduced, words, everyday)).toEqual(expected);
  });
});

describe('lists that say what their items are', () => {
  test.each([
    ['items closed by 等 and a noun for firms', '云杉/nz 地产/n 、/x 北辰星/x 实业/n 、/x 青禾/x 置业/n 等/u 民营/b 房企/n 计划/n 发债/v', ['青禾置业', '北辰星实业', '云杉地产']],
    ['a count of firms closes a list of two', '星桥/x 电子/n 、/x 澜川/x 科技/n 两/m 家/q 公司/n 中标/v', ['澜川科技', '星桥电子']],
    ['a count of firms after one phrase names none', '街上/s 开着/v 多/m 家/q 中介/n 公司/n', []],
    ['people closed by 等人 are no firms', '李强/nr 等/u 人/n 私刻/v 公司/n 公章/n', []],
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
    ['a name of three characters before a figure', '*/x ST/eng 远/a 千帆/n 0.5/m 元/m', ['*ST远千帆']],
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
    ['victims and fraud make a text about lending', '骗子/n 平台/n 澜鑫贷/x 诈骗/v 受害人/n', ['澜鑫贷']],
    ['what befalls platforms after the name, named once', '青松/nz 理财/v 发布/v 清盘/v 公告/n', ['青松理财']],
    ['…and a few words after it in its clause', '云朵/n 金融/n 总部/n 人去楼空/i', ['云朵金融']],
    ['not past the end of its clause', '云朵/n 金融/n 发布/v 公告/n ,/x 多家/m 平台/n 清盘/v', []],
    ['a website only with the event right after it', '澜鑫/nz 网/n 非法/b 集资/n', ['澜鑫网']],
    ['listed beside another platform-shaped name', '点名/v 了/ul 青松/nz 理财/v 、/x 云朵/n 钱包/n 等/u ,/x 逾期/v', ['青松理财', '云朵钱包']],
    ['…in quotation marks', '“/x 青松/nz 理财/v ”/x “/x 云朵/n 钱包/n ”/x 逾期/v', ['青松理财', '云朵钱包']],
    ['two websites listed vouch for neither', '据/p 澜海/nz 网/n 、/x 澜江/nz 网/n 报道/v ,/x 多家/m 平台/n 逾期/v', []],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromPlatforms, words)).toEqual(expected);
  });
});

describe('a list of stocks moving together', () => {
  test.each([
    ['an everyday word among known stocks', '宁德时代/nz 、/x 蓝天/n 、/x 比亚迪/nz 涨停/v', ['蓝天']],
    ['…closed by 等', '宁德时代/nz 、/x 比亚迪/nz 、/x 澜海/x 旅游/vn 等/u 涨停/v', ['澜海旅游']],
    ['one known stock is not enough', '宁德时代/nz 、/x 蓝天/n 涨停/v', []],
    ['commodities move the same way', '沪铝/n 、/x 沪锌/n 、/x 沪铜/n 涨超/v 2/m %/x', []],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromEnumerations, words).filter((s) => !['宁德时代', '比亚迪'].includes(s))).toEqual(expected);
  });
});

describe('the subject of what befalls lending schemes', () => {
  test.each([
    ['an unknown name opening its clause before the event', '澜鑫通/x 涉嫌/v 非法/b 集资/n', ['澜鑫通']],
    ['a place before it belongs to it', '深圳/ns 澜信/x 诈骗/v 非法/b 融资/vn', ['深圳澜信']],
    ['a person is no organisation', '王磊/nr 涉嫌/v 诈骗/v', []],
    ['not inside a clause', '有/v 自媒体/n 宣称/v 澜鑫链/x 跑路/v', []],
    ['a word jieba knows is none', '公司/n 涉嫌/v 诈骗/v', []],
    ['nothing without the event', '澜鑫通/x 发布/v 公告/n', []],
    ['the name is before the word that calls it a platform', '澜鑫通/x 平台/n 涉嫌/v 诈骗/v', ['澜鑫通']],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromAccused, words)).toEqual(expected);
  });
});

describe('organisations before their holders and holdings', () => {
  test.each([
    ['a trade name before its shareholders', '澜鑫/nz 龙/n 股东/n 失联/v', ['澜鑫龙']],
    ['before 旗下, 的 between', '坤讯/x 的/uj 旗下/n 平台/n 爆雷/v', ['坤讯']],
    ['before its actual controller, after a clause', '据悉/v ,/x 澜鑫/x 金融/n 实际控制人/n 失联/v', ['澜鑫金融']],
    ['after a copula', '澜鑫贷/x 是/v 坤讯/x 旗下/n 的/uj', ['坤讯']],
    ['a kind of holder opens on an ordinary word', '归属于/v 上市公司/n 股东/n 的/uj 净利润/n', []],
    ['a kind of share names no one', '公司/n 限售/x 流通股/n 股东/n 承诺/v', []],
    ['an ordinal before the largest holder', '坤讯/x 第一/m 大股东/n 减持/v', []],
    ["a person's holdings", '王/nr 建国/v 旗下/n 的/uj 公司/n', []],
    ['a place', '海淀/ns 旗下/n', []],
  ])('%s: %s', (_, words, expected) => {
    expect(surfacesOf(fromHolders, words)).toEqual(expected);
  });
});

describe('names and their boundaries', () => {
  test.each([
    ['a numbered unit of a known company', fromNumberedUnits, '中铁/j 十一/m 局/n 承建/v', ['中铁十一局']],
    ['a city before a known name', fromLexicon, '上海/ns 复星/nz 提问/v', ['复星', '上海复星']],
    ['an everyday name before the title of its work', fromLexicon, '玩家/n 期待/v 暴雪/n 《/x 星海/n 》/x 续作/n', ['暴雪']],
    ['an everyday name with no work and no context', fromLexicon, '昨夜/t 暴雪/n 封路/v', []],
    ['a name jieba glued to a function character', fromLexicon, '目前/t 如交银/x 施罗德/nr 等/u 公司/n', ['交银施罗德']],
    ['a known company ending a longer run of words', fromMorphology, '两/m 连/nr 板/ng 复/v 星/n 集团/n 发布/v 公告/n', ['复星集团', '复星']],
    ['a name never ends on a function word glued to it', fromMorphology, '交易/n 完成/v 后本/x 公司/n 将/d 持有/v', []],
    ['a plain verb before 公司 is no name, whatever follows', fromMorphology, '影响/vn 公司/n 利润/n', []],
    ['a deal verb before a plain word and 公司 makes it a name', fromMorphology, '收购/v 了/ul 通卡/n 公司/n', ['通卡公司', '通卡']],
    ['a word right after a number is counted, not named', fromMorphology, '156/m 只偏/x 股/n 基金/n', []],
    ['a country alone before an industry word names no firm', fromMorphology, '中国/ns 证券/n 登记/v', []],
    ['an industry word opening a compound', fromMorphology, '中石化/j 资本/n 支出/v 增长/v', []],
    ['a department between the organisation and the title', fromTitles, '锦程/x 营销/vn 总监/n 王可欣/x 表示/v', ['锦程']],
  ])('%s', (_, recognise, words, expected) => {
    expect(surfacesOf(recognise, words)).toEqual(expected);
  });

  test('a unit named with a known company and an industry word is a company of its own', () => {
    const { doc, lex } = makeDoc('中粮/j 集团/n 旗下/n 的/uj 中粮/j 期货/n 、/x 中信/nz 期货/n');
    const seeds = companySeeds(doc, lex, { ...gatherEvidence(doc, lex), titled: [] }).filter((s) => s.surface === '中粮期货');
    expect(seeds.map((s) => s.group)).toEqual(['中粮期货']);
  });

  test('a place before a body and a preposition opens no registered name', () => {
    const [full] = surfacesOf(fromRegisteredNames, '江西省/ns 国资委/j 通过/p 江西/ns 赣鑫/x 电子/n (/x 集团/n )/x 有限责任公司/n');
    expect(full).toBe('江西赣鑫电子(集团)有限责任公司');
  });

  test('kinds of trust and of firm are no firm', () => {
    expect(surfacesOf(companySeeds, '设立/v 家族/nz 信托/n 和/c 慈善/nr 信托/n')).toEqual([]);
  });
});
