import { expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';

/** The polarity of each cue in a one-paragraph text, with the rules that decided it. */
function cues(text: string) {
  return analyze(text).paragraphs[0]?.stance.evidence.map((e) => ({ text: e.text, polarity: e.polarity, rule: e.rule })) ?? [];
}

test.each([
  ['a falling cost', '公司的单位生产成本快速下降。', '下降', 'bullish', 'burden:成本'],
  ['a narrowing loss', '全年净亏损收窄至5亿元。', '收窄', 'bullish', 'burden:亏损'],
  ['a widening loss', '净亏损同比扩大。', '扩大', 'skeptical', 'burden:亏损'],
  ['rising expenses', '门店装修带来的费用增加。', '增加', 'skeptical', 'burden:费用'],
  ['less downtime', '部署以后，设备停机时间减少了。', '减少', 'bullish', 'burden:停机'],
  ['a loss passing a mark', '新业务的季度亏损或将突破百亿元。', '突破', 'skeptical', 'burden:亏损'],
  ['a pledged share rising by points', '控股股东的质押比例较上年末提高9个百分点。', '9个百分点', 'skeptical', 'burden:质押'],
  ['a negated worry', '他直言并不担心价格。', '担心', 'bullish', 'negated-by:并不'],
  ['a trouble acted against', '新模型帮助银行化解风险。', '风险', 'bullish', 'remedied-by:化解'],
  ['a loss turned round', '公司去年成功扭转亏损局面。', '亏损', 'bullish', 'remedied-by:扭转'],
  ['a loss growing by a figure', '公司净亏损同比增长45%。', '45%', 'skeptical', 'burden:亏损'],
  ['an expense ratio falling by points', '销售费用率同比下降3个百分点。', '3个百分点', 'bullish', 'burden:费用'],
])('%s: %s', (_, text, cue, polarity, rule) => {
  const found = cues(text).find((c) => c.text === cue);
  expect(found?.polarity).toBe(polarity);
  expect(found?.rule).toContain(rule);
});

test.each([
  ['revenue falling is not a burden', '公司营收同比下降。', '下降', 'skeptical'],
  ['revenue growing', '公司营收同比增长。', '增长', 'bullish'],
  ['a trouble that must still be acted against', '利润翻一番才能避免商誉减值。', '商誉减值', 'skeptical'],
  ['revenue growing by a figure', '公司营收同比增长45%。', '45%', 'bullish'],
  ['a cue ending a word jieba keeps whole', '长约将明显提高其收入的可见度。', '提高', 'bullish'],
  ['a negative growth', '公司营收今年出现负增长。', '负增长', 'skeptical'],
  ['an intensifier holding a negator (非常)', '这种模式在成本上升时非常脆弱。', '脆弱', 'skeptical'],
  ['a trouble owned, not negated (并不讳言)', '他并不讳言压力。', '压力', 'skeptical'],
  ['a rating in quotation marks is no irony', '券商维持“优于大市”评级。', '优于大市', 'bullish'],
])('%s: %s', (_, text, cue, polarity) => {
  expect(cues(text).find((c) => c.text === cue)?.polarity).toBe(polarity);
});

test('a cue in the headline weighs double, and the headline as much as a paragraph of the body', () => {
  const body = '公司今年在华东新建了两座工厂，员工人数增至三千人。\n新工厂将在明年投产，主要生产家用电器。\n';
  const withHeadline = analyze(`小米加码智能家居\n${body}`);
  const headline = withHeadline.paragraphs[0]?.stance.evidence.find((e) => e.text === '加码');
  expect(headline?.rule).toContain('headline');
  expect(withHeadline.stance.label).toBe('bullish');
  expect(analyze(`小米智能家居\n${body}`).stance.label).toBe('neutral');
});

test('the lede reports the news: a passing cue there does not make it lean with the article', () => {
  const a = analyze('星河科技订单排至明年 前景获看好\n星河科技今天宣布完成新一轮融资，金额为5亿元，营收同比增长。\n分析师普遍看好公司前景，认为其订单充足、优势明显、前景可期。\n');
  expect(a.stance.label).toBe('bullish');
  expect(a.paragraphs.map((p) => p.stance.label)).toEqual(['bullish', 'neutral', 'bullish']);
  expect(a.paragraphs[1]?.stance.evidence.map((e) => e.text)).toEqual(['增长']);
});

test('a term that holds a cue but is none masks it (压力传感器, 风险投资)', () => {
  expect(cues('公司的压力传感器卖给了三家车企。')).toEqual([]);
  expect(cues('他在一家风险投资机构工作。')).toEqual([]);
  expect(cues('公司面临的压力很大。').map((c) => c.text)).toEqual(['压力']);
});

test('a user cue of weight 0 masks the cue inside it', () => {
  const text = '公司的压力泵卖得很多。';
  expect(analyze(text).paragraphs[0]?.stance.evidence.map((e) => e.text)).toContain('压力');
  const masked = createAnalyzer({ stanceCues: [{ text: '压力泵', polarity: 'skeptical', weight: 0 }] }).analyze(text);
  expect(masked.paragraphs[0]?.stance.evidence).toEqual([]);
});

test.each([
  ['成立不到两年的事业部已经关停。', []],
  ['外卖业务上线仅半年。', []],
  ['换电车型的占比不到4%。', ['不到']],
])('a minimizer before a duration is no doubt: %s', (text, expected) => {
  expect(cues(text).map((c) => c.text)).toEqual(expected);
});

test('a compilation is read piece by piece: each piece sets the context of its paragraphs, the article weighs the pieces', () => {
  const bullishPiece = '星河科技获新订单\n星河科技今天宣布签下三笔大单，合同总额为5亿元。\n分析师普遍看好公司前景，认为其优势明显。\n公司上半年营收稳步增长。\n';
  const skepticalPiece = '云帆物流陷入困境\n云帆物流今天发布了季度报告，收入为3亿元。\n市场担忧其现金流，前景不容乐观。\n公司今年的订单有所减少。\n';
  const a = analyze(`本周财经要闻\n${bullishPiece}${skepticalPiece}`);
  expect(a.stance.label).toBe('mixed');
  // A passing growth or decline joins the case its own piece makes; read against the mixed whole it would not lean.
  expect(a.paragraphs.map((p) => p.stance.label)).toEqual(
    ['neutral', 'neutral', 'neutral', 'bullish', 'bullish', 'skeptical', 'neutral', 'skeptical', 'skeptical'],
  );
});
