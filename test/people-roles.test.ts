import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

/** Every person's roles as `title@org`, `(former)` marked. */
const rolesIn = (text: string) =>
  Object.fromEntries(analyze(text).people.map((p) => [p.name, p.roles.map((r) => `${r.title}@${r.org ?? '—'}${r.former ? '(former)' : ''}`)]));

describe('bylines as real news writes them', () => {
  test.each([
    ['a name closed by a bar, the outlet before the role', '晨光周报记者 任青/文近日，一份通知引发关注。', { 任青: ['记者@晨光周报'] }],
    ['writers listed with a space, a figure running on', '每经记者 苏柯 钱晓婷2021年以来，基金发行火热。', { 苏柯: ['记者@每经'], 钱晓婷: ['记者@每经'] }],
    ['the bar 丨 between role and name', '作者丨王青松  编辑丨孙琳\n正文从这里开始。', { 王青松: ['作者@—'], 孙琳: ['编辑@—'] }],
    ['文 credits the author', '文｜沈小澜\n正文从这里开始。', { 沈小澜: ['作者@—'] }],
    ['a dateline byline in brackets, in the text\'s script', '標題\n【吳明益／台中報導】\n公司表示業績成長。', { 吳明益: ['記者@—'] }],
    ['an outlet, a name and 发自', '比赛结束了。(新浪体育 李成彦 发自洛杉矶)', { 李成彦: ['记者@新浪体育'] }],
    ['本报 glued after a headline names no organisation', '行业整合渐成共识本报记者 钟元近日，公司成立。', { 钟元: ['记者@—'] }],
    ['a name in brackets after the last sentence signs the report', '市场人士认为，利率将保持稳定。(郑立川)', { 郑立川: ['记者@—'] }],
    ['a signature with a two-character surname', '展会将持续到本周日。(皇甫明远)', { 皇甫明远: ['记者@—'] }],
    ['an outlet in brackets signs nothing', '展会将持续到本周日。(新华社)', {}],
    ['the end mark in brackets signs nothing', '展会将持续到本周日。(完)', {}],
    ['a name in brackets not after a sentence signs nothing', '展会的主办方是一位老朋友(郑立川)', { 郑立川: [] }],
  ])('%s: %s', (_, text, expected) => {
    expect(rolesIn(text)).toEqual(expected);
  });
});

describe('titles and organisations', () => {
  test.each([
    ['names listed after a title hold it too', '对签字注册会计师罗景川、苏雨辰作出警告。', { 罗景川: ['签字注册会计师@—'], 苏雨辰: ['签字注册会计师@—'] }],
    ['a public office written with its place', '高雄市议员何美雅说，希望简化法令。', { 何美雅: ['高雄市议员@高雄市'] }],
    ['Taiwan usage: a chief written with 长', '蘋果方面，執行長庫克表示新品將如期推出。', { 庫克: ['執行長@蘋果'] }],
    ['a title after 的 starts after it', '原鹏华基金的基金经理罗景川管理的产品表现一般。', { 罗景川: ['基金经理@鹏华基金(former)'] }],
    ['a described firm is no organisation', '杭州一家女装网店的店主苏雨辰说，生意难做。', { 苏雨辰: ['店主@—'] }],
    ['a dateline glued before the organisation is no part of it', '記者陳怡君／台中報導環保署署長林立雄表示，將修法。', { 陳怡君: ['記者@—'], 林立雄: ['署長@環保署'] }],
    ['a title without its organisation: the company the paragraph named before', '苹果方面，首席执行官库克表示，现金会用于回购。', { 库克: ['首席执行官@苹果'] }],
    ["an observer's title takes no company from the paragraph", '中信证券发布报告，分析师何立衡认为估值偏高。', { 何立衡: ['分析师@—'] }],
    ['a known short name goes on over a word that closes names', '万向期货副总经理罗景川表示，需求偏弱。', { 罗景川: ['副总经理@万向期货'] }],
    ['after 兼 a unit of the organisation opens the second title', '出席会议的有青禾证券副总裁兼研究所所长孟凡舟。', { 孟凡舟: ['副总裁@青禾证券', '研究所所长@青禾证券'] }],
    ['a title listed after another, with no organisation of its own', '澜川证券首席策略师、副所长王海波表示，券商业绩回暖。', { 王海波: ['首席策略师@澜川证券', '副所长@澜川证券'] }],
    ['after a list comma a unit of the organisation opens the second title', '澜川证券首席策略师、研究所副所长王海波表示，券商业绩回暖。', { 王海波: ['首席策略师@澜川证券', '研究所副所长@澜川证券'] }],
    ['a board seat is not widened over a word that ends the name', '会上，曜石国际执行董事冯启安宣读了年度报告。', { 冯启安: ['执行董事@曜石国际'] }],
    ['a title that opens with a seat word is no seat: its modifiers widen it', '高级董事总经理孙立群表示，市场仍有机会。', { 孙立群: ['高级董事总经理@—'] }],
    ["a name's first title after a list comma is completed from the paragraph", '云峰科技董事长陈启明、总经理赵文涛出席了发布会。', { 陈启明: ['董事长@云峰科技'], 赵文涛: ['总经理@云峰科技'] }],
    ['a noun that describes a person names no role', '新赛季，球队签下了巴西外援卡洛斯。', { 卡洛斯: [] }],
    ["a deputy listed after the chief is at the chief's organisation", '白石镇卫生院院长吴德成、副院长郑秀梅参加了义诊。', { 吴德成: ['院长@白石镇卫生院'], 郑秀梅: ['副院长@白石镇卫生院'] }],
    ["a deputy without an organisation is at the chief's", '青山县农业局局长张建国偕副局长李海涛到场查看。', { 张建国: ['局长@青山县农业局'], 李海涛: ['副局长@青山县农业局'] }],
  ])('%s: %s', (_, text, expected) => {
    expect(rolesIn(text)).toEqual(expected);
  });
});

describe('roles told after the name', () => {
  test.each([
    ['a former role in a 在… frame', '罗景川此前在华为海思担任芯片架构师，2020年离职创业。', { 罗景川: ['芯片架构师@华为海思(former)'] }],
    ['a former role after 曾任', '苏雨辰曾任阿里云工业大脑项目技术负责人。', { 苏雨辰: ['工业大脑项目技术负责人@阿里云(former)'] }],
    ['the copula and 的', '何立衡是一家本土券商的分析师。', { 何立衡: ['分析师@—'] }],
    ['a role before the name and one after it', '原恒锂新能源副总裁韩书远出任总经理。', { 韩书远: ['副总裁@恒锂新能源(former)', '总经理@—'] }],
    ['a title after the name, an adverb opening the predicate', '据说邵一鸣编剧非常喜欢雨天写作。', { 邵一鸣: ['编剧@—'] }],
    ["a title after the name, a person's verb opening the predicate", '邵一鸣编剧出席了首映式。', { 邵一鸣: ['编剧@—'] }],
  ])('%s: %s', (_, text, expected) => {
    expect(rolesIn(text)).toEqual(expected);
  });
});
