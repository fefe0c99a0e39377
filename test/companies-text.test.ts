import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

/** Company mentions as written, in order, read through jieba: each row is a sentence we wrote for its class. */
const companiesIn = (text: string) => [...new Set(analyze(text).companies.flatMap((c) => c.mentions.map((m) => m.text)))];

describe('companies in real-news shapes', () => {
  test.each([
    ['fund products and their managers', '今年以来，嘉实价值精选和华夏沪深300指数基金的净值分别上涨12%和9%。', ['嘉实价值精选', '华夏沪深300指数基金']],
    ['private funds numbered in a series', '基金经理陈立衡管理的青岚1期和远山2期去年净值增长超过30%。', ['青岚1期', '远山2期']],
    ['a list closed by a noun for firms', '云杉地产、北辰星实业、青禾置业等民营房企计划发行债券。', ['云杉地产', '北辰星实业', '青禾置业']],
    ['a warning prefix before a short name', '*ST鹏远公告称，公司股票将被实施退市风险警示。', ['*ST鹏远']],
    ['a lending platform the text calls one', '网贷平台澜鑫贷逾期三个月，出借人报案。澜鑫贷的实际控制人已被警方控制。', ['澜鑫贷']],
    ['numbered units of known companies', '中铁十一局和中建三局联合中标。', ['中铁十一局', '中建三局']],
    ['an item beside known companies', '如比亚迪、宁德时代、星岚电池等纷纷扩产。', ['比亚迪', '宁德时代', '星岚电池']],
    ['a partnership firm with its legal form', '北京明衡会计师事务所(普通合伙)被暂停执业。', ['北京明衡会计师事务所(普通合伙)']],
    ['an audit firm after a place', '会议邀请了临川恒信会计师事务所的代表。', ['临川恒信会计师事务所']],
    ['a name jieba glued to a joining word', '立博和威廉希尔都调整了赔率。', ['立博', '威廉希尔']],
    ['auction houses', '苏富比和佳士得的秋拍成交额均创新高。', ['苏富比', '佳士得']],
    ['a company before a department and a title', '锦程营销总监王可欣表示，销售好于预期。', ['锦程']],
    ['known everyday names whose shares moved', '星期一港股低开，小米跌超5%，贝壳2连板，美的一字涨停。', ['小米', '贝壳', '美的']],
    ['known names jieba split or glued to the next word, their shares moving', '午后医疗器械股走低，凯利泰跌近5%，中概股飞利信涨超8%。', ['凯利泰', '飞利信']],
    ['an everyday name before a period and its results', '小米第二季度营收同比增长12%。', ['小米']],
    ['everyday names moving after an adverb or in brackets', '美的继续涨停，贝壳（累计上涨12.5%）走强。', ['美的', '贝壳']],
    ['an everyday name listed before shares that moved', '东方时尚、宁德时代涨停。', ['东方时尚', '宁德时代']],
    ['a subsidiary named with an industry word, and the firm it signs with', '控股子公司晟禾半导体与海川珠宝签订合作协议。', ['晟禾半导体', '海川珠宝']],
    ['the other side of a deal: a firm signing with the company, one it buys from', '子公司与Korvan签署了设备采购合同，并拟向澜桥精工采购零部件。', ['Korvan', '澜桥精工']],
    ['flashes opened by the announcing company and a colon', '远川能源：公司预计上半年净利润1.2亿元。\n星澜股份：控股股东拟减持不超过2%。', ['远川能源', '星澜股份']],
    ['a name after the market its shares trade on', '港股远川科技涨超5%。', ['远川科技']],
    ['trades whose word closes a short name, moving or announcing', '远川物业直线拉升，锦程燃气跳水。星澜园林公告，公司中标一项工程。', ['远川物业', '锦程燃气', '星澜园林']],
    ['foreign firms in Latin letters after a firm noun, with a legal form, or moving', '细胞疗法公司Veltrano提交上市申请，Brightwell Systems Inc.宣布裁员，化肥类股Harlow Mining涨4.5%。', ['Veltrano', 'Brightwell Systems Inc.', 'Harlow Mining']],
    ['a news website, not a news agency', '据新华网报道，新华社记者也在现场。', ['新华网']],
    ['everyday names jieba keeps in one word with 公司', '联想公司和奔驰公司的排名均有上升。', ['联想', '奔驰']],
    ['subsidiaries named after 子公司, however jieba cut them', '全资子公司澜溪拟以自有资金扩产，下属子公司苏州鑫昀5MW光伏项目建成，控股子公司江宁制药阿莫西林原料药正常生产。', ['澜溪', '苏州鑫昀', '江宁制药']],
    ['a firm whose equity changes hands', '公司拟购买晟澜光电98%股权，增资完成后持有孚岚泰23.81%股权。', ['晟澜光电', '孚岚泰']],
  ])('%s', (_, text, expected) => {
    expect(companiesIn(text)).toEqual(expected);
  });
});

describe('no company where there is none', () => {
  test.each([
    ['names inside longer words', '平安夜那天商场人很多，各地都在招商引资，华夏文明源远流长。'],
    ['an index and a ratio', '该行CPI同比上涨2%，ROE为15%。'],
    ['a count of funds and a company the text is about', '156只偏股基金中只有三只亏损，影响公司利润的因素很多。'],
    ['the company of the context', '交易完成后本公司将持有该子公司55%股权。'],
    ['what follows 子公司 or a stake when it names no firm', '子公司业绩下滑，子公司因环保问题停产，公司将购买标的公司100%股权并持有其51%股份，子公司环保整改通过验收。'],
    ['kinds of trust', '他为子女设立了家族信托和慈善信托。'],
    ['people closed by 等人', '李强等人私刻公司公章。'],
    ['a count of firms in one phrase', '这条街上开着多家房产中介公司。'],
    ['kinds of firm named by their scope and trade', '赴港上市的内地房地产公司增多，境外证券公司也在扩张。'],
    ['a kind of lending in a text about lending', '不少平台的现金贷出现逾期，出借人纷纷报案。'],
    ['ST stocks as a kind', 'ST股普遍下跌。'],
    ['an index and a commodity moving as stocks do', '沪指跌超1%，沪铝涨逾2%，苹果期货涨停。'],
    ['everyday words before a period and no results', '苹果上半年价格上涨，小米第二季度产量下降。'],
    ['capitals after a firm noun or moving, and a person', '今年公司PTA总产能提升，DAX跌0.5%，评级机构ESRB拒绝评级，Tim Cook宣布。'],
    ['a name inside the word after a shorter one', '不少新浪网友在评论区留言。'],
    ['a speaker or a label before a colon', '张明远：公司今年会加大投入。快讯：公司股票将停牌。'],
    ['a person, a pronoun and a government body signing', '公司与张明远签订股权转让协议，与其签订的合同已生效，并与青岚市管委会签署合作协议。'],
  ])('%s', (_, text) => {
    expect(companiesIn(text)).toEqual([]);
  });
});

test('a fund written with and without the letters its type may leave out is one company', () => {
  const { companies } = analyze('农银汇理中证800指数型基金募集结束，农银中证800指数基金随即开放申购。');
  expect(companies.map((c) => [c.name, ...c.aliases].sort())).toEqual([['农银中证800指数基金', '农银汇理中证800指数型基金']]);
});

test('a unit named with a known company and an industry word is its own company', () => {
  const { companies } = analyze('中粮集团旗下的中粮期货和中信集团旗下的中信期货都在扩张。');
  const futures = companies.find((c) => c.name === '中粮期货');
  expect(futures?.aliases).toEqual([]);
  expect(companies.find((c) => c.name === '中粮集团')?.aliases).not.toContain('中粮期货');
});

describe('one company, one entity', () => {
  test.each([
    ['a short name that is an everyday word joins the one company it opens', '南方基金今年规模增长最快，南方、嘉实等基金公司也在扩张。', [['南方', '南方基金'], ['嘉实', '嘉实基金']]],
    ['it stays apart where it opens two', '平安银行和平安证券都发布了年报，平安、招商等金融集团表示业绩稳定。', [['平安银行'], ['平安证券'], ['平安'], ['招商']]],
    ['a registered name the lexicon knows under a short name', '中国石油化工集团有限公司（中国石化）今日发布公告。', [['中国石化', '中国石油化工集团有限公司']]],
    ['a name jieba glued to the former-role character', '原鹏华基金管理公司副总经理李明加盟。', [['鹏华基金管理公司']]],
    ['a Latin name with its Chinese name in brackets', '基金公司Norvest(诺维斯特资本)入股鹏远基金。', [['Norvest', '诺维斯特资本'], ['鹏远基金']]],
  ])('%s', (_, text, expected) => {
    const forms = analyze(text).companies.map((c) => [c.name, ...c.aliases].sort());
    expect(forms).toEqual(expected.map((f) => [...f].sort()));
  });
});
