import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';
import type { Amount, Percentage } from '../src/schema.js';

/**
 * The forms real news writes figures in (issue 17), one table per form. Every sentence here is our own; each row
 * checks the span, the value and what the figure says of itself.
 */

type Row = [string, Partial<Amount>];

const amountsOf = (s: string) => analyze(s).amounts;
const percentagesOf = (s: string) => analyze(s).percentages;

function one(sentence: string, expected: Partial<Amount>): void {
  const found = amountsOf(sentence);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject(expected);
  expect(sentence.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
}

describe('兆 is a trillion (Taiwan and Japan)', () => {
  test.each<Row>([
    ['這家電信集團的總資產達3.8兆元，居全台之冠。', { text: '3.8兆元', value: 3.8e12, currency: 'TWD' }],
    ['該商社手握2.6兆日圓現金。', { text: '2.6兆日圓', value: 2.6e12, currency: 'JPY' }],
    ['台股總市值一度突破五十兆元，證交所表示後市可期。', { text: '五十兆元', value: 5e13, currency: 'TWD' }],
  ])('%s', one);

  test('千兆 is gigabit, not a number', () => {
    expect(amountsOf('运营商投资建设千兆宽带网络。')).toEqual([]);
  });
});

describe('an amount in 万 or 亿 with no 元, made money by its sentence', () => {
  test.each<Row>([
    ['金管會對這家壽險公司開罰315萬，並要求限期改善。', { text: '315萬', value: 3150000, currency: 'TWD', currencySource: 'inferred' }],
    ['两家公司合资8亿设立产业基金。', { text: '8亿', value: 8e8, currency: 'CNY' }],
    ['公司董事长豪掷12亿，收购一家锂矿企业。', { text: '12亿', value: 1.2e9, currency: 'CNY' }],
    ['这笔交易让他的身家暴涨230亿。', { text: '230亿', value: 2.3e10, currency: 'CNY' }],
    ['56亿，48岁的他决定二次创业', { text: '56亿', value: 5.6e9, currency: 'CNY' }],
    ['她为这笔63万的保单付了三年保费。', { text: '63万', value: 630000, currency: 'CNY' }],
    ['以管理两个亿的资产计算，管理费并不高。', { text: '两个亿', value: 2e8, currency: 'CNY' }],
  ])('%s', one);

  test.each(['平台的活跃用户超过6亿，日活3.2亿。', '这款大模型拥有千亿参数。', '约有4亿左右的月活跃用户。', '全国有2.9亿的外出务工人员。'])(
    '%s counts things: no amount',
    (sentence) => {
      expect(amountsOf(sentence)).toEqual([]);
    },
  );
});

describe('a range with the unit on its upper end only', () => {
  test.each<Row>([
    ['单间月租四到六万港元。', { text: '四到六万港元', value: 40000, valueMax: 60000, currency: 'HKD' }],
    ['预计投入三千到四千万元人民币。', { text: '三千到四千万元人民币', value: 3e7, valueMax: 4e7, currency: 'CNY' }],
    ['年薪二百到二百五十万元。', { text: '二百到二百五十万元', value: 2e6, valueMax: 2.5e6 }],
    ['市场规模在七千到九千亿元之间。', { text: '七千到九千亿元', value: 7e11, valueMax: 9e11 }],
    ['融资额约三到四百亿日元。', { text: '三到四百亿日元', value: 3e10, valueMax: 4e10, currency: 'JPY' }],
    ['门票十五至三十万韩元不等。', { text: '十五至三十万韩元', value: 150000, valueMax: 300000, currency: 'KRW' }],
    ['每月开支3——5万港币。', { text: '3——5万港币', value: 30000, valueMax: 50000, currency: 'HKD' }],
    ['单笔贷款额度为3万元--9万元。', { text: '3万元--9万元', value: 30000, valueMax: 90000 }],
    ['这个岗位的月薪15~25k元。', { text: '15~25k元', value: 15000, valueMax: 25000 }],
    ['会员费从7800到3万港元不等。', { text: '7800到3万港元', value: 7800, valueMax: 30000, currency: 'HKD' }],
    ['补贴标准为三五百元。', { text: '三五百元', value: 300, valueMax: 500, approximate: true }],
  ])('%s', one);
});

describe('a unit shared by a list', () => {
  test('36.5亿和12.8亿美元 are two amounts in USD', () => {
    expect(amountsOf('两家公司的营收分别为36.5亿和12.8亿美元。')).toMatchObject([
      { text: '36.5亿', value: 3.65e9, currency: 'USD', currencySource: 'written', currencyWhy: 'shared:美元' },
      { text: '12.8亿美元', value: 1.28e9, currency: 'USD', currencySource: 'written' },
    ]);
  });

  test('the unit reaches back along the list', () => {
    expect(amountsOf('三个项目分别投资10亿、20亿及30亿港元。').map((a) => [a.text, a.currency])).toEqual([
      ['10亿', 'HKD'],
      ['20亿', 'HKD'],
      ['30亿港元', 'HKD'],
    ]);
  });
});

describe('financial capitals', () => {
  test.each<Row>([
    ['合同金额为叁万肆仟伍佰陆拾柒元。', { text: '叁万肆仟伍佰陆拾柒元', value: 34567, currency: 'CNY' }],
    ['大写金额：捌佰玖拾萬圆整', { text: '捌佰玖拾萬圆整', value: 8.9e6, currency: 'CNY' }],
    ['手续费玖佰日元。', { text: '玖佰日元', value: 900, currency: 'JPY' }],
  ])('%s', one);
});

describe('colloquial money', () => {
  test.each<Row>([
    ['一份盒饭三十块五毛。', { text: '三十块五毛', value: 30.5, currency: 'CNY' }],
    ['发票上写着一百二十八块六角五分钱。', { text: '一百二十八块六角五分钱', value: 128.65 }],
    ['一杯奶茶三十几块钱。', { text: '三十几块钱', value: 30, approximate: true }],
    ['一晚房费七八百块。', { text: '七八百块', value: 700, valueMax: 800 }],
    ['首尔一套公寓要五个亿韩元。', { text: '五个亿韩元', value: 5e8, currency: 'KRW' }],
    ['楼主月薪15k，够用吗', { text: '15k', value: 15000, currency: 'CNY' }],
    ['应届生年薪30w不算高。', { text: '30w', value: 300000, currency: 'CNY' }],
    ['一瓶水两块五。', { text: '两块五', value: 2.5 }],
    ['找零五毛钱。', { text: '五毛钱', value: 0.5, currency: 'CNY' }],
    ['邮票只要80美分。', { text: '80美分', value: 0.8, currency: 'USD' }],
    ['白菜五块一斤。', { text: '五块', value: 5 }],
    ['一顿饭二十来块钱。', { text: '二十来块钱', value: 20, approximate: true }],
    ['一支铅笔三毛五。', { text: '三毛五', value: 0.35 }],
    ['促销价九块九毛九。', { text: '九块九毛九', value: 9.99 }],
    ['车票5角5分。', { text: '5角5分', value: 0.55 }],
    ['会员价￥199。', { text: '￥199', value: 199, currency: 'CNY' }],
  ])('%s', one);

  test.each(['他买了一块芯片。', '桌上放着一块GPU。', '三元锂电池的能量密度更高。', '这只是冰山一角。', '企业间的三角债问题。', '短视频的播放量超过12亿。'])('%s is no money', (sentence) => {
    expect(amountsOf(sentence)).toEqual([]);
  });
});

describe('the currency written after 元, or before the number with spaces', () => {
  test.each<Row>([
    ['他在伦敦存了八万元英镑。', { text: '八万元英镑', value: 80000, currency: 'GBP' }],
    ['一张演唱会门票6000元韩币。', { text: '6000元韩币', value: 6000, currency: 'KRW' }],
    ['全年营收新台币 18.6 亿元。', { text: '新台币 18.6 亿元', value: 1.86e9, currency: 'TWD' }],
    ['新业务带来 52 亿美元的收入。', { text: '52 亿美元', value: 5.2e9, currency: 'USD' }],
    ['单笔金额 3 万(含)-6 万元。', { text: '3 万(含)-6 万元', value: 30000, valueMax: 60000 }],
  ])('%s', one);
});

describe('a written minus sign, and losses', () => {
  test.each<Row>([
    ['三季度营业利润为-2.4亿元。', { text: '-2.4亿元', value: -2.4e8, loss: true, metric: '营业利润' }],
    ['全年净亏损扩大至3.1亿元。', { text: '3.1亿元', value: 3.1e8, loss: true }],
    ['净利润为负1.2亿元。', { text: '负1.2亿元', value: -1.2e8, loss: true }],
    ['全年营收12亿元。', { text: '12亿元', loss: false }],
  ])('%s', one);

  test('a minus before a percentage; a range dash is no minus', () => {
    expect(percentagesOf('佣金收入同比－6%。')).toMatchObject([{ value: -6 }]);
    expect(percentagesOf('净值增长率为-13.5%。')).toMatchObject([{ text: '-13.5%', value: -13.5 }]);
    expect(percentagesOf('预计增长10%-15%。')).toMatchObject([{ value: 10, valueMax: 15 }]);
    expect(amountsOf('预计净利润3-5亿元。')).toMatchObject([{ value: 3e8, valueMax: 5e8 }]);
  });
});

describe('comparisons and bounds keep their number and say so', () => {
  test.each<Row>([
    ['家庭年收入低于80万元的可以申请。', { text: '80万元', value: 800000, bound: { relation: 'under', cue: '低于' } }],
    ['逾两千亿元资金流入。', { text: '两千亿元', value: 2e11, bound: { relation: 'over', cue: '逾' }, approximate: true }],
    ['公司拟回购至少5亿元股份。', { text: '5亿元', bound: { relation: 'at-least', cue: '至少' } }],
    ['单户补贴10万元以上。', { text: '10万元', bound: { relation: 'at-least', cue: '以上' } }],
    ['回购金额不超过8亿元。', { text: '8亿元', bound: { relation: 'at-most', cue: '不超过' } }],
    ['全年营收12亿元。', { text: '12亿元', bound: null }],
  ])('%s', one);

  test('a percentage under a bound', () => {
    expect(percentagesOf('单次涨幅不超过3%。')).toMatchObject([{ value: 3, bound: { relation: 'at-most', cue: '不超过' } }]);
    expect(percentagesOf('增速控制在5%以内。')).toMatchObject([{ value: 5, bound: { relation: 'at-most', cue: '以内' } }]);
  });
});

describe('tenths written with a digit after 成', () => {
  test.each<[string, Partial<Percentage>]>([
    ['价格比原本高出7成3。', { text: '7成3', value: 73, kind: 'cheng' }],
    ['按成本的8成5收购。', { text: '8成5', value: 85, kind: 'cheng' }],
    ['落后大盘二十几个百分点。', { text: '二十几个百分点', value: 20, kind: 'points', approximate: true }],
  ])('%s', (sentence, expected) => {
    const found = percentagesOf(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});
