import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';
import type { Analysis } from '../src/schema.js';

/**
 * Whose a figure is, for which period, and which currency a bare 元 means (issue 17). Every text here is our own;
 * the companies are invented.
 */

type Figure = Analysis['amounts'][number] | Analysis['percentages'][number];

function figures(text: string): Figure[] {
  const a = analyze(text);
  return [...a.amounts, ...a.percentages].sort((x, y) => x.start - y.start);
}

/** Each figure as [text, owner or null, period text or null]; the owner as the longest form its company has. */
function whose(text: string): [string, string | null, string | null][] {
  const companies = analyze(text).companies;
  const longest = (i: number) => [companies[i]!.name, ...companies[i]!.aliases].sort((a, b) => b.length - a.length)[0]!;
  return figures(text).map((f) => [f.text, f.owner ? longest(f.owner.company) : null, f.period?.text ?? null]);
}

describe('the currency of 元 is the publication’s, and says so', () => {
  test('a Taiwan dateline makes 元 new Taiwan dollars, in any script', () => {
    const [a] = analyze('【記者林大同／高雄報導】晨光電子去年營收12億元，創下新高。').amounts;
    expect(a).toMatchObject({ currency: 'TWD', currencySource: 'inferred' });
    expect(a?.currencyWhy).toContain('dateline');
    expect(analyze('中央社台北3日电 岚峰公司营收8亿元。').amounts[0]).toMatchObject({ currency: 'TWD' });
  });

  test('traditional script with Taiwan words is Taiwan’s, with Hong Kong words Hong Kong’s', () => {
    expect(analyze('台股今日收紅，立法院審議預算，晨光電子每股配發現金股利2.5元。').amounts[0]).toMatchObject({ currency: 'TWD', currencySource: 'inferred' });
    expect(analyze('港股今日造好，港交所資料顯示，本港一間餐飲集團去年盈利3億元。').amounts[0]).toMatchObject({ currency: 'HKD', currencySource: 'inferred' });
  });

  test('on the mainland 元 is renminbi, inferred; a currency word is written', () => {
    const [yuan, dollars] = analyze('岚峰科技营收8亿元，海外收入1.2亿美元。').amounts;
    expect(yuan).toMatchObject({ currency: 'CNY', currencySource: 'inferred', currencyWhy: 'local:mainland (元)' });
    expect(dollars).toMatchObject({ currency: 'USD', currencySource: 'written', currencyWhy: 'written:美元' });
  });

  test('in Hong Kong media a sentence that writes renminbi lends it to its 元', () => {
    const amounts = analyze('港股上市的內房企業宏達地產總負債約人民幣900億元，其中一年內到期的借款逾百億元。港交所今日表示關注。').amounts;
    expect(amounts.map((a) => [a.text, a.currency])).toEqual([
      ['人民幣900億元', 'CNY'],
      ['百億元', 'CNY'],
    ]);
    expect(amounts[1]?.currencyWhy).toBe('sentence:人民币');
  });

  test('a bare figure written elsewhere with its currency takes that currency', () => {
    const amounts = analyze('民营房企发债遇冷 80亿融资计划或缩水\n市场原本预计这批房企可在港融资80亿港元。').amounts;
    expect(amounts[0]).toMatchObject({ text: '80亿', currency: 'HKD', currencySource: 'inferred', currencyWhy: 'repeated:80亿港元' });
  });

  test('a bare figure in a text that reports in a foreign currency has no currency', () => {
    const text = '星河网络以3.2亿美元收购一家游戏公司，交易对价较净资产溢价1.5亿美元，另付业绩奖励2000万美元。此前星河网络的季度盈利为1800万。';
    expect(analyze(text).amounts.at(-1)).toMatchObject({ text: '1800万', currency: null, currencySource: null });
  });
});

describe('whose a figure is', () => {
  test('the company a results sentence names, and its pronoun in the next', () => {
    const text = '江苏晨光新材料股份有限公司今日发布年报。2023年，江苏晨光新材料股份有限公司实现营收36.5亿元，同比增长18.2%。报告期内，公司净利润4.1亿元。';
    expect(whose(text)).toEqual([
      ['36.5亿元', '江苏晨光新材料股份有限公司', '2023年'],
      ['18.2%', '江苏晨光新材料股份有限公司', '2023年'],
      ['4.1亿元', '江苏晨光新材料股份有限公司', '报告期内'],
    ]);
    expect(figures(text)[2]?.owner).toMatchObject({ why: 'pronoun:公司', mention: { text: '公司' } });
  });

  test('a pronoun of a firm\'s kind (该所, 该平台) stands for the company named before it', () => {
    const text = '澜鑫会计师事务所为多家企业出具审计报告。财政局对该所罚款50万元。';
    expect(whose(text)).toEqual([['50万元', '澜鑫会计师事务所', null]]);
    expect(figures(text)[0]?.owner).toMatchObject({ why: 'pronoun:该所', mention: { text: '该所' } });
  });

  test('in a deal the payer owns the price and the stake', () => {
    const text = '上海岚峰集团股份有限公司拟以20亿元收购杭州云帆科技有限公司100%股权。';
    expect(whose(text).map(([t, o]) => [t, o])).toEqual([
      ['20亿元', '上海岚峰集团股份有限公司'],
      ['100%', '上海岚峰集团股份有限公司'],
    ]);
  });

  test('a round is the raiser’s, not its lead investor’s', () => {
    const text = '杭州云帆科技有限公司完成3亿元B轮融资，由北京启明星辰资本领投，投后估值约25亿元。';
    expect(whose(text).map(([t, o]) => [t, o])).toEqual([
      ['3亿元', '杭州云帆科技有限公司'],
      ['25亿元', '杭州云帆科技有限公司'],
    ]);
  });

  test('the other side of a figure and the source of a forecast own nothing', () => {
    const supplier = '苏州锐驰机器人股份有限公司（下称“锐驰机器人”）今年向深圳恒通精密有限公司下达的采购订单金额为1.9亿元。';
    expect(whose(supplier)[0]?.[1]).toBe('苏州锐驰机器人股份有限公司');
    const analyst = '华南证券分析师周明预计，行业明年的出货量增速将保持在25%左右。';
    expect(whose(analyst)[0]?.[1]).toBeNull();
  });

  test('companies named together: the first owns a joint figure, a group none', () => {
    expect(whose('深圳星河网络科技有限公司和杭州云帆科技有限公司的合计收入为12亿元。')[0]?.[1]).toBe('深圳星河网络科技有限公司');
    expect(whose('周记金行、福满楼等品牌的足金饰品报价在每克680元。')[0]?.[1]).toBeNull();
  });

  test('a market figure is nobody’s', () => {
    expect(whose('截至收盘，沪深两市成交额1.1万亿元，沪指涨0.8%。')).toEqual([
      ['1.1万亿元', null, '截至收盘'],
      ['0.8%', null, '截至收盘'],
    ]);
  });
});

describe('which period a figure covers', () => {
  test.each<[string, string, string | null]>([
    ['今年前三季度，公司营收21.4亿元。', '21.4亿元', '今年前三季度'],
    ['截至6月底，公司总负债约86亿元。', '86亿元', '截至6月底'],
    ['上半年营收8亿元，上年同期为5.6亿元；研发投入1.1亿元。', '5.6亿元', '上年同期'],
    ['上半年营收8亿元，上年同期为5.6亿元；研发投入1.1亿元。', '1.1亿元', '上半年'],
    ['截至年末，不良贷款率为1.2%，较上年末下降0.1个百分点。', '0.1个百分点', '截至年末'],
    ['全年客单价从上年的86元降至79元。', '86元', '上年'],
    ['全年客单价从上年的86元降至79元。', '79元', '全年'],
    ['7月8日，公司宣布完成5亿元C轮融资。', '5亿元', null],
    ['3月26日，公司股价收报32.5元。', '32.5元', '3月26日'],
    ['公司盘中一度涨超15%，最终收涨9.8%。', '9.8%', null],
    ['2021年至2023年间，公司累计亏损12亿元。', '12亿元', '2021年至2023年间'],
    ['今年5月以来，公司股价累计下跌23%。', '23%', '今年5月以来'],
  ])('%s → %s: %s', (text, figure, period) => {
    const found = figures(text).find((f) => f.text === figure);
    expect(found?.period?.text ?? null).toBe(period);
    if (found?.period) expect(text.slice(found.period.start, found.period.end)).toBe(found.period.text);
  });
});
