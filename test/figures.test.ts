import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

type Expected = { text: string; value: number; valueMax?: number | null; currency?: string | null; currencySource?: string | null; approximate?: boolean; per?: string | null; metric?: string | null };

const amounts = (s: string) => analyze(s).amounts;
const percentages = (s: string) => analyze(s).percentages;

describe('money amounts', () => {
  test.each<[string, Expected]>([
    ['阿里巴巴以5.86亿美元入股新浪微博。', { text: '5.86亿美元', value: 586000000, currency: 'USD', approximate: false }],
    ['新浪微博估值为32.56亿美元。', { text: '32.56亿美元', value: 3256000000, currency: 'USD', metric: '估值' }],
    ['公司此前获得两千万元天使轮融资。', { text: '两千万元', value: 20000000, currency: 'CNY' }],
    ['本轮融资一千五百万美元。', { text: '一千五百万美元', value: 15000000, currency: 'USD', metric: '融资' }],
    ['全年营收三亿五千万元。', { text: '三亿五千万元', value: 350000000, currency: 'CNY', metric: '营收' }],
    ['净利润五点八六亿元。', { text: '五点八六亿元', value: 586000000, metric: '净利润' }],
    ['两市成交额1.2万亿元。', { text: '1.2万亿元', value: 1200000000000, metric: '成交额' }],
    ['净利润16.4亿元。', { text: '16.4亿元', value: 1640000000 }],
    ['负债一点七八万亿元。', { text: '一点七八万亿元', value: 1780000000000, metric: '负债' }],
    ['月薪一万五千元。', { text: '一万五千元', value: 15000, currency: 'CNY', metric: '月薪' }],
    ['他的月薪一万五。', { text: '一万五', value: 15000, currency: 'CNY', currencySource: 'inferred', metric: '月薪' }],
    ['罚款1,200万元。', { text: '1,200万元', value: 12000000, metric: '罚款' }],
    ['营收５.８亿元。', { text: '５.８亿元', value: 580000000 }],
    ['一款60多元的化妆品。', { text: '60多元', value: 60, currency: 'CNY', approximate: true }],
    ['去年营收50多亿。', { text: '50多亿', value: 5000000000, currency: 'CNY', approximate: true, metric: '营收' }],
    ['估值达到数十亿元。', { text: '数十亿元', value: 1000000000, approximate: true }],
    ['累计投资上百亿元。', { text: '百亿元', value: 10000000000, approximate: true }],
    ['拟集资近10亿港元。', { text: '10亿港元', value: 1000000000, currency: 'HKD', approximate: true, metric: '集资' }],
    ['逾期债务逾百亿元。', { text: '百亿元', value: 10000000000, approximate: true }],
    ['交易作价约3.2亿欧元。', { text: '3.2亿欧元', value: 320000000, currency: 'EUR', approximate: true }],
    ['项目成本约为US$3.5 million。', { text: 'US$3.5 million', value: 3500000, currency: 'USD', approximate: true }],
    ['公司估值为HK$2bn。', { text: 'HK$2bn', value: 2000000000, currency: 'HKD', metric: '估值' }],
    ['本轮融资US$3-5 million。', { text: 'US$3-5 million', value: 3000000, valueMax: 5000000, currency: 'USD' }],
    ['比赛奖金为$300k。', { text: '$300k', value: 300000, currency: 'USD' }],
    ['公司完成3亿元B轮融资。', { text: '3亿元', value: 300000000, currency: 'CNY' }],
    ['营收不到1000万元。', { text: '1000万元', value: 10000000, approximate: true }],
    ['孖展认购超过200亿港元。', { text: '200亿港元', value: 20000000000, currency: 'HKD', approximate: true }],
    ['售价3元以下的商品。', { text: '3元', value: 3, approximate: true, metric: '售价' }],
    ['未来三年至少带来3.8亿美元收入。', { text: '3.8亿美元', value: 380000000, approximate: true, metric: '收入' }],
    ['预计净利润3亿至5亿元。', { text: '3亿至5亿元', value: 300000000, valueMax: 500000000, currency: 'CNY', metric: '净利润' }],
    ['预计净利润3至5亿元。', { text: '3至5亿元', value: 300000000, valueMax: 500000000 }],
    ['招股价14.2港元至16.5港元。', { text: '14.2港元至16.5港元', value: 14.2, valueMax: 16.5, currency: 'HKD', metric: '招股价' }],
    ['日销售额约五六千元。', { text: '五六千元', value: 5000, valueMax: 6000, approximate: true }],
    ['年收入两三千万元。', { text: '两三千万元', value: 20000000, valueMax: 30000000, approximate: true }],
    ['单价1万-1.5万元。', { text: '1万-1.5万元', value: 10000, valueMax: 15000, metric: '单价' }],
    ['注册资本人民币45亿元。', { text: '人民币45亿元', value: 4500000000, currency: 'CNY' }],
    ['发行美元5亿的债券。', { text: '美元5亿', value: 500000000, currency: 'USD' }],
    ['最终定价每股12.5港元。', { text: '12.5港元', value: 12.5, currency: 'HKD', per: '股' }],
    ['金价报每盎司2,386.5美元。', { text: '2,386.5美元', value: 2386.5, currency: 'USD', per: '盎司' }],
    ['售价12.5港元/股。', { text: '12.5港元', value: 12.5, per: '股' }],
    ['融资3000万美金。', { text: '3000万美金', value: 30000000, currency: 'USD' }],
    ['债务5亿港币。', { text: '5亿港币', value: 500000000, currency: 'HKD' }],
    ['投资1200亿日元。', { text: '1200亿日元', value: 120000000000, currency: 'JPY' }],
    ['投入3000亿韩元。', { text: '3000亿韩元', value: 300000000000, currency: 'KRW' }],
    ['基金规模2亿英镑。', { text: '2亿英镑', value: 200000000, currency: 'GBP' }],
    ['营收新台币2,300亿元。', { text: '新台币2,300亿元', value: 230000000000, currency: 'TWD' }],
    ['集資5億港元。', { text: '5億港元', value: 500000000, currency: 'HKD' }],
    ['欠款3,000萬港幣。', { text: '3,000萬港幣', value: 30000000, currency: 'HKD' }],
    ['貸款人民幣45億元。', { text: '人民幣45億元', value: 4500000000, currency: 'CNY' }],
    ['估值US$1.2亿。', { text: 'US$1.2亿', value: 120000000, currency: 'USD' }],
    ['市值HK$3亿。', { text: 'HK$3亿', value: 300000000, currency: 'HKD' }],
    ['这杯奶茶卖100块。', { text: '100块', value: 100, currency: 'CNY' }],
    ['直播间9块9包邮。', { text: '9块9', value: 9.9, currency: 'CNY' }],
    ['募资十亿美元。', { text: '十亿美元', value: 1000000000, currency: 'USD', metric: '募资' }],
    ['股价收于48.27美元。', { text: '48.27美元', value: 48.27, currency: 'USD' }],
    ['其盈利为1500万。', { text: '1500万', value: 15000000, currency: 'CNY', currencySource: 'inferred', metric: '盈利' }],
    ['以5.86亿美元的估值入股。', { text: '5.86亿美元', value: 586000000, metric: '估值' }],
    ['新浪手握5.86亿美元现金流。', { text: '5.86亿美元', value: 586000000, metric: '现金流' }],
    ['每股派息0.5元。', { text: '0.5元', value: 0.5, currency: 'CNY', metric: '派息' }],
    ['营收5亿元人民币。', { text: '5亿元人民币', value: 500000000, currency: 'CNY', currencySource: 'written' }],
  ])('%s', (sentence, expected) => {
    const found = amounts(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
    expect(sentence.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });

  test('8.5亿美元，约合人民币61亿元 is two amounts, the second approximate', () => {
    expect(amounts('交易金额8.5亿美元，约合人民币61亿元。')).toMatchObject([
      { text: '8.5亿美元', value: 850000000, currency: 'USD', approximate: false },
      { text: '人民币61亿元', value: 6100000000, currency: 'CNY', approximate: true },
    ]);
  });

  test.each([
    '微博用户3亿。',
    '粉丝5万。',
    '销量3.2万辆。',
    '员工1.2万人。',
    '2025年营收增长。',
    '第3季度营收增长。',
    '发行7,030万股。',
    '恒指收报20,386点。',
    '营收增长3倍。',
    '营收翻番。',
    '营收增长18%。',
    '他买了一块芯片。',
    '元宇宙概念股。',
    '移动客户端下载量接近4000万。',
    '日活跃用户为4700万。',
    '每天交易500万笔。',
    'iPhone15售价上涨。',
    '空客A380停产。',
    '推出2.0版本。',
    '三年内完成。',
    '一家公司宣布。',
    '用户数达到1500万。',
    '人数达到1500万。',
    '多元化发展。',
    '第一季度。',
  ])('%s has no amount', (sentence) => {
    expect(amounts(sentence)).toEqual([]);
  });

  test('a bare 1500万 is money only where a money metric stands before it in the clause', () => {
    expect(amounts('公司盈利为1500万。')).toHaveLength(1);
    expect(amounts('公司用户为1500万。')).toHaveLength(0);
    expect(amounts('公司的规模达到1500万。')).toHaveLength(0);
  });
});

describe('percentages', () => {
  test.each<[string, Expected & { kind?: string; change?: string | null }]>([
    ['买入新浪微博18%股份。', { text: '18%', value: 18, kind: 'percent', metric: '股份' }],
    ['开盘大涨17.82%。', { text: '17.82%', value: 17.82, change: 'up' }],
    ['毛利率为９.４％。', { text: '９.４％', value: 9.4, metric: '毛利率' }],
    ['持股比例百分之三十五。', { text: '百分之三十五', value: 35 }],
    ['占比百分之五十点五。', { text: '百分之五十点五', value: 50.5 }],
    ['裁员三成。', { text: '三成', value: 30, kind: 'cheng' }],
    ['七成五的门店亏损。', { text: '七成五', value: 75, kind: 'cheng' }],
    ['五成以上的用户。', { text: '五成', value: 50, kind: 'cheng', approximate: true }],
    ['违约金为每日千分之五。', { text: '千分之五', value: 0.5, kind: 'percent' }],
    ['费率万分之三。', { text: '万分之三', value: 0.03 }],
    ['毛利率提高2个百分点。', { text: '2个百分点', value: 2, kind: 'points', change: 'up', metric: '毛利率' }],
    ['净息差下降两个百分点。', { text: '两个百分点', value: 2, kind: 'points', change: 'down' }],
    ['净息差收窄0.25个百分点。', { text: '0.25个百分点', value: 0.25, kind: 'points', change: 'down', metric: '净息差' }],
    ['利率下调25个基点。', { text: '25个基点', value: 0.25, kind: 'points', change: 'down' }],
    ['同比增长10%至15%。', { text: '10%至15%', value: 10, valueMax: 15, change: 'up' }],
    ['同比增长10%-15%。', { text: '10%-15%', value: 10, valueMax: 15 }],
    ['同比增长10至15%。', { text: '10至15%', value: 10, valueMax: 15 }],
    ['利润下滑两三成。', { text: '两三成', value: 20, valueMax: 30, kind: 'cheng', approximate: true, change: 'down' }],
    ['近三成的营收来自海外。', { text: '三成', value: 30, approximate: true }],
    ['市场份额约18%。', { text: '18%', value: 18, approximate: true, metric: '市场份额' }],
    ['营收同比增长12%。', { text: '12%', value: 12, change: 'up', metric: '营收' }],
    ['净利润下滑5%。', { text: '5%', value: 5, change: 'down', metric: '净利润' }],
    ['涨幅达20%。', { text: '20%', value: 20, change: 'up', metric: '涨幅' }],
    ['坏账率3‰。', { text: '3‰', value: 0.3 }],
    ['营收同比增长百分之十二点五。', { text: '百分之十二点五', value: 12.5, change: 'up' }],
    ['股价大跌9.4%。', { text: '9.4%', value: 9.4, change: 'down' }],
    ['复购率提高了10%。', { text: '10%', value: 10, change: 'up', metric: '复购率' }],
    ['约3成用户流失。', { text: '3成', value: 30, kind: 'cheng', approximate: true }],
    ['转化率为0.5%。', { text: '0.5%', value: 0.5, metric: '转化率' }],
    ['占比77%。', { text: '77%', value: 77, change: null, metric: '占比' }],
    // 减持 and 增持 trade shares: their 减 and 增 are no fall and no rise.
    ['股东拟减持不超过2%股份。', { text: '2%', value: 2, change: null }],
    ['大股东增持1.5%股份。', { text: '1.5%', value: 1.5, change: null }],
  ])('%s', (sentence, expected) => {
    const found = percentages(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  test.each(['营收翻番。', '销量增长3倍。', '市净率0.76倍。', '第3季度财报。', '这一格局一成不变。', '他成为董事长。', '完成了交易。', '八成新的二手车。'])(
    '%s has no percentage',
    (sentence) => {
      expect(percentages(sentence)).toEqual([]);
    },
  );
});
