import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readThrough, stanceInputs, type Tools } from '../src/analyzer.js';
import { analyze, createAnalyzer } from '../src/index.js';
import { buildLexicons } from '../src/lexicon/lexicons.js';
import { AnalyzerOptions } from '../src/options.js';
import { pronounReferents } from '../src/figures/owners.js';
import { gatherArticle } from '../src/stance/article.js';
import { stanceContext } from '../src/stance/context.js';
import { stanceModels, type ModelFile, type ModelPart } from '../src/stance/model.js';
import { lexiconPath } from '../src/lexicon/files.js';
import { jiebaSegmenter } from '../src/text/segmenter.js';

const config = AnalyzerOptions.parse({});
const segmenter = jiebaSegmenter(config.jieba, config.dictionary);
const tools: Tools = { segmenter, lex: buildLexicons(config, segmenter.words, segmenter.stopWords), config };

/** The rules' evidence in a text (the cues with what turned them), which the stance model reads among its features. */
function cues(text: string) {
  const r = readThrough(text, tools);
  return stanceContext(r.doc, tools.lex, stanceInputs(r)).evidence.map((e) => ({ text: e.text, polarity: e.polarity, rule: e.rule }));
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
  ['a bid not won', '公司此次未能中标。', '中标', 'skeptical', 'negated-by:未能'],
  ['a share price up', '腾讯控股午后涨0.9%。', '0.9%', 'bullish', 'figure:move-up'],
  ['an index down', '恒生指数收跌2.1%。', '2.1%', 'skeptical', 'figure:move-down'],
  ['results above the estimate', '星河科技第二季度营收12.3亿美元，分析师预期11.8亿美元。', '12.3亿美元', 'bullish', 'figure:above-estimate'],
  ['a margin below the estimate', '第二季度毛利率42.2%，预估43.5%。', '42.2%', 'skeptical', 'figure:below-estimate'],
  ['a forecast cut below the earlier one', '机构预计公司全年营收为80亿元，此前预计为95亿元。', '80亿元', 'skeptical', 'figure:below-estimate'],
])('rules: %s: %s', (_, text, cue, polarity, rule) => {
  const found = cues(text).find((c) => c.text === cue);
  expect(found?.polarity).toBe(polarity);
  expect(found?.rule).toContain(rule);
});

test.each([
  ['revenue falling is not a burden', '公司营收同比下降。', '下降', 'skeptical'],
  ['revenue growing by a figure', '公司营收同比增长45%。', '45%', 'bullish'],
  ['a trouble that must still be acted against', '利润翻一番才能避免商誉减值。', '商誉减值', 'skeptical'],
  ['a negative growth', '公司营收今年出现负增长。', '负增长', 'skeptical'],
  ['an intensifier holding a negator (非常)', '这种模式在成本上升时非常脆弱。', '脆弱', 'skeptical'],
  ['a trouble owned, not negated (并不讳言)', '他并不讳言压力。', '压力', 'skeptical'],
  ['a rating in quotation marks is no irony', '券商维持“优于大市”评级。', '优于大市', 'bullish'],
])('rules: %s: %s', (_, text, cue, polarity) => {
  expect(cues(text).find((c) => c.text.includes(cue))?.polarity).toBe(polarity);
});

test('rules: a run of limit-up closes after a stock\'s name is good news; a count of the market\'s is none', () => {
  const streaks = (text: string) => cues(text).filter((c) => c.rule.startsWith('figure:limit-up-streak'));
  expect(streaks('个股方面，汽车产业链的宁德时代7板、比亚迪8天7板。')).toEqual([
    { text: '7板', polarity: 'bullish', rule: 'figure:limit-up-streak' },
    { text: '8天7板', polarity: 'bullish', rule: 'figure:limit-up-streak' },
  ]);
  expect(streaks('今日3连板及以上个股仅5只，宁德时代板块走弱。')).toEqual([]);
});

test('rules: a forecast of another figure is no estimate the figure before it is set against', () => {
  expect(cues('公司今年营收12亿元，预计明年营收15亿元。').some((c) => c.rule.includes('estimate'))).toBe(false);
  expect(cues('营收12.3亿美元，净利润1.1亿美元。').some((c) => c.rule.includes('estimate'))).toBe(false);
});

test('rules: a slight move of an index is no news (沪指微跌0.08%)', () => {
  expect(cues('沪指微跌0.08%，两市成交额8640亿元。').filter((c) => c.rule.startsWith('figure:'))).toEqual([]);
});

test.each([
  ['分别', '两家公司的营收分别增长了三成。'],
  ['未来', '公司未来三年的订单快速增长。'],
  ['不断', '公司的市场份额不断扩大。'],
  ['无人机', '无人机业务收入大增。'],
])('rules: a negator inside a longer word (%s) turns nothing', (_, text) => {
  const found = cues(text);
  expect(found.length).toBeGreaterThan(0);
  for (const c of found) {
    expect(c.rule).not.toContain('negated-by');
    expect(c.polarity).toBe('bullish');
  }
});

test('rules: a cue inside a company name is no evidence (新希望), a term holding a cue is none (压力传感器)', () => {
  expect(cues('新希望今天召开股东大会。').map((c) => c.text)).not.toContain('希望');
  expect(cues('公司的压力传感器卖给了三家车企。')).toEqual([]);
  expect(cues('公司面临的压力很大。').map((c) => c.text)).toEqual(['压力']);
});

test('rules: a run of question marks standing for lost emoji, and an interview question, are no rhetorical doubt', () => {
  expect(cues('这波行情太猛了????').map((c) => c.rule)).not.toContain('rhetorical-question');
  expect(cues('问：公司明年会扩大产能吗？').map((c) => c.rule)).not.toContain('rhetorical-question');
  expect(cues('这样的估值难道还不算泡沫吗？').map((c) => c.rule)).toContain('rhetorical-question');
});

test('rules: a cue right after a name is read inside the word jieba glued the name\'s end to (云朵|宝跑|路)', () => {
  expect(cues('云朵宝跑路了，出借人报案。').map((c) => c.text)).toContain('跑路');
  expect(analyze('云朵宝跑路了，出借人报案。').companies.find((c) => c.name === '云朵宝')?.stance).toBe('skeptical');
});

test('rules: a cue read past the light verb jieba glued to its first character (获净/卖出)', () => {
  expect(cues('五粮液获净卖出2.85亿元。').map((c) => c.text)).toContain('净卖出');
});

test('the model: a company named only by its handle (@江城银行) is addressed, not read, unless the handle is written into a sentence', () => {
  const addressed = analyze('@江城银行 @上海经侦 澜鑫贷平台诈骗跑路，还我血汗钱！');
  expect(addressed.companies.find((c) => c.name === '江城银行')?.stance).toBeNull();
  expect(addressed.companies.find((c) => c.name === '澜鑫贷')?.stance).toBe('skeptical');
  const named = analyze('江城银行 @上海经侦 澜鑫贷平台诈骗跑路，还我血汗钱！');
  expect(named.companies.find((c) => c.name === '江城银行')?.stance).not.toBeNull();
  const written = analyze('澜鑫贷平台诈骗跑路，存管银行@江城银行 也脱不了干系！');
  expect(written.companies.find((c) => c.name === '江城银行')?.stance).not.toBeNull();
});

test('the model: a company whose name reads no lean is read where a pronoun stands for it (该所): in its paragraph, or past it when it is what the text is about', () => {
  const stance = (text: string) => analyze(text).companies.find((c) => c.name === '澜鑫会计师事务所')?.stance;
  expect(stance('澜鑫会计师事务所为多家企业出具审计报告。财政局对该所作出吊销执业许可的行政处罚。')).toBe('skeptical');
  expect(stance('澜鑫会计师事务所为多家企业出具审计报告。\n财政局对该所作出吊销执业许可的行政处罚。')).toBe('skeptical');
  // Two companies named alike: a paragraph naming neither says nothing of which.
  expect(stance('澜鑫会计师事务所与青松咨询有限公司发布联合声明。\n财政局对该所作出吊销执业许可的行政处罚。')).toBe('neutral');
  // Told in indirect speech the pronoun is read; inside quotation marks it is whichever company the speaker means.
  expect(stance('澜鑫会计师事务所为多家企业出具审计报告。分析师李明表示，该所将被吊销执业许可，面临巨额罚款。')).toBe('skeptical');
  expect(stance('澜鑫会计师事务所为多家企业出具审计报告。分析师李明表示：“该所将被吊销执业许可，面临巨额罚款。”')).toBe('neutral');
});

test('a pronoun stands for the most salient company acting before it in its paragraph; the noun a list of companies closes on (甲、乙等公司) is none', () => {
  const referents = (text: string) => {
    const r = readThrough(text, tools);
    return pronounReferents(r.owners).map(({ pronoun, company }) => [pronoun.text, r.entities.companies[company]?.name]);
  };
  expect(referents('青松药业股份有限公司发布公告称，近日，公司收到药品注册证书。')).toEqual([['公司', '青松药业股份有限公司']]);
  expect(referents('青松药业股份有限公司、蓝天物流股份有限公司等公司上市初期均获得资金追捧。')).toEqual([]);
  // 等 that waits closes no list.
  expect(referents('澜鑫会计师事务所出具了审计报告，投资者仍在等该所回应。')).toEqual([['该所', '澜鑫会计师事务所']]);
});

test('a user cue of weight 0 masks the cue inside it', () => {
  const analyzer = createAnalyzer({ stanceCues: [{ text: '压力泵', polarity: 'skeptical', weight: 0 }] });
  expect(cues('公司的压力泵卖得很多。').map((c) => c.text)).toContain('压力');
  const masked = analyzer.analyze('公司的压力泵卖得很多。');
  expect(masked.paragraphs[0]?.stance.evidence.map((e) => e.text)).not.toContain('压力');
});

test.each([
  ['reported good news', '星河科技上半年净利润同比增长45%，并签下三笔大额订单。', 'bullish'],
  ['reported bad news', '云帆物流因财务造假被证监会立案调查，股价跌停。', 'skeptical'],
  ['a loss narrowing', '公司全年净亏损大幅收窄，经营现金流转正。', 'bullish'],
  ['logistics', '公司将于6月18日召开年度股东大会。', 'neutral'],
])('the model: %s reads %s', (_, text, label) => {
  expect(analyze(text).stance.label).toBe(label);
});

test('the model: each company is read in its own clause (A涨停、B跌停), a list item without words of its own in its list\'s (净买入A、B), a depository bank beside a collapsing platform is not the news', () => {
  const moves = analyze('今日午后，宁德时代涨停，比亚迪跌停。');
  expect(Object.fromEntries(moves.companies.map((c) => [c.name, c.stance]))).toMatchObject({ 宁德时代: 'bullish', 比亚迪: 'skeptical' });
  const lists = analyze('今日午盘，宁德时代、比亚迪涨停，贵州茅台、五粮液跌停。');
  expect(Object.fromEntries(lists.companies.map((c) => [c.name, c.stance]))).toMatchObject({ 宁德时代: 'bullish', 比亚迪: 'bullish', 贵州茅台: 'skeptical', 五粮液: 'skeptical' });
  const flows = analyze('北上资金今日净买入宁德时代5.96亿元、中国中免4.83亿元，净卖出平安银行3.41亿元。');
  expect(flows.companies.find((c) => c.name === '中国中免')?.stance).toBe('bullish');
  const platform = analyze('鑫盛贷平台暴雷，出借人资金无法兑付。该平台的存管银行为江城银行。');
  expect(platform.companies.find((c) => c.name === '江城银行')?.stance).not.toBe('skeptical');
});

test('the model: every label says what decided it, with the probability as its confidence', () => {
  const a = analyze('星河科技上半年净利润同比增长45%，并签下三笔大额订单。');
  const s = a.paragraphs[0]!.stance;
  expect(s.evidence.length).toBeGreaterThan(0);
  expect(s.evidence.every((e) => e.rule.length > 0)).toBe(true);
  expect(s.confidence).toBeGreaterThan(0.5);
  expect(s.confidence).toBeLessThanOrEqual(1);
});

test.each([
  ['every paragraph good news', ['b', 'b', 'b', 'n'], 'bullish'],
  ['every paragraph bad news', ['s', 's', 'n', 's'], 'skeptical'],
  ['two substantial sides, close to even', ['b', 'b', 's', 's'], 'mixed'],
  ['nothing either way', ['n', 'n', 'n', 'n'], 'neutral'],
  ['one paragraph takes its stronger side', ['s'], 'skeptical'],
])('the article model: %s', (_, sides, label) => {
  const p = { b: [0.9, 0.05, 0.05], s: [0.05, 0.9, 0.05], n: [0.05, 0.05, 0.9] } as const;
  const parts = sides.map((side) => ({ kind: 'body' as const, length: 100, probabilities: Float64Array.from(p[side as keyof typeof p]) }));
  const article = gatherArticle(parts, stanceModels().article);
  expect(article.label).toBe(label);
  expect(article.confidence).toBeGreaterThan(0.5);
});

/** The shipped model file's weights of each feature by its full name (`c:w:涨停`), as the training wrote them. */
const shipped = JSON.parse(readFileSync(lexiconPath('stance-model.json'), 'utf8')) as ModelFile;
const weightsByName = (part: ModelPart) => new Map(part.features.map((name, i) => [name, part.weights.slice(i * 3, i * 3 + 3)]));

test('a model file whose weights do not match its features, or whose models differ in labels, is refused by name', async () => {
  const { fromFile } = await import('../src/stance/model.js');
  const text = shipped.models.text;
  expect(() => fromFile({ ...shipped, models: { ...shipped.models, text: { ...text, weights: text.weights.slice(1) } } })).toThrow(/weights for a different number of features/);
  expect(() => fromFile({ ...shipped, models: { ...shipped.models, target: { ...shipped.models.target, labels: ['bullish', 'skeptical'] } } })).toThrow(/differ in their number of labels/);
  expect(() => fromFile(shipped)).not.toThrow();
});

test('the fast scores of a span equal the sum of its features\' weights in the model file (the reading the training stores), up to a constant per span (the weights are centred)', async () => {
  const { spanFeatures } = await import('../src/stance/features.js');
  const { scoreSpan, stanceModels } = await import('../src/stance/model.js');
  const model = stanceModels().text;
  const weights = weightsByName(shipped.models.text);
  const text = '星河科技上半年净利润同比增长45%，但并未出现现金流改善。问：公司明年会扩大产能吗？云帆物流股价跌停????';
  const r = readThrough(text, tools);
  const context = stanceContext(r.doc, tools.lex, stanceInputs(r), model.vocabulary);
  for (const s of r.doc.sentences) {
    const fast = new Float64Array(3);
    scoreSpan(r.doc, context, model, '', s.start, s.end, fast);
    const slow = new Float64Array(3);
    for (const [name, value] of spanFeatures(r.doc, context, s.start, s.end)) {
      const w = weights.get(name);
      if (w) for (let k = 0; k < 3; k++) slow[k]! += w[k]! * value;
    }
    for (let k = 1; k < 3; k++) expect(fast[k]! - fast[0]!).toBeCloseTo(slow[k]! - slow[0]!, 9);
  }
});

test('a company\'s fast scores equal the sum of its mention\'s features\' weights in the model file, its sentence\'s reading included, up to a constant', async () => {
  const { stanceModels } = await import('../src/stance/model.js');
  const { targetFeatures, targetScores, visitSentenceReading } = await import('../src/stance/targets.js');
  const model = stanceModels().target;
  const weights = weightsByName(shipped.models.target);
  const text = '宁德时代涨停，比亚迪跌停。云帆物流称订单充足。';
  const r = readThrough(text, tools);
  const context = stanceContext(r.doc, tools.lex, stanceInputs(r), model.vocabulary);
  const mentions = r.entities.companies.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  expect(mentions.length).toBeGreaterThanOrEqual(2);
  const sentence = Float64Array.from([0.6, 0.3, 0.1]);
  for (const m of mentions) {
    const fast = targetScores(r.doc, context, model, m, mentions, new Map(), sentence)!;
    const features = targetFeatures(r.doc, context, m, mentions)!;
    visitSentenceReading(sentence, model.labels, (name, value) => features.set(name, value));
    const slow = new Float64Array(3);
    for (const [name, value] of features) {
      const w = weights.get(name);
      if (w) for (let k = 0; k < 3; k++) slow[k]! += w[k]! * value;
    }
    for (let k = 1; k < 3; k++) expect(fast[k]! - fast[0]!).toBeCloseTo(slow[k]! - slow[0]!, 9);
  }
});

test.each([
  ['a match lost, no company, no figure, no market', '主队主场惨败，主教练赛后向球迷公开致歉。', 'neutral'],
  ['a festival crowd and the weather', '庙会首日突降暴雨，游客冒雨排起长队，场面十分震撼。', 'neutral'],
  ['the same strong words about a market', '受暴雨影响，当地楼市成交惨淡。', 'skeptical'],
  ['the same strong words about a company', '澜鑫科技主场发布会惨淡收场，股价大跌。', 'skeptical'],
])('a text with no investable subject reads neutral, whatever its words: %s', (_, text, label) => {
  expect(analyze(text).stance.label).toBe(label);
});

test('a span ending is read past the white space /\\s/ matches, code unit by code unit', async () => {
  const { isWhitespace } = await import('../src/stance/features.js');
  const differ: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
  expect(differ).toEqual([]);
});

test('a text reads the same whatever was read before it, and when the stamps that mark words met in it start again', () => {
  const text = '星河科技净利润大增，股价涨停。星河科技称，订单充足，股价再度涨停，星河科技未出现亏损。';
  const first = analyze(text).stance;
  analyze('云帆物流股价跌停，公司未能中标。');
  expect(analyze(text).stance).toEqual(first);
  // The stamps rise past each document; near their limit the table is cleared and they start from nothing.
  const seen = stanceModels().text.vocabulary.seen;
  seen.base = 0x7fffffff - 5;
  expect(analyze(text).stance).toEqual(first);
  expect(seen.base).toBeLessThan(1000);
  expect(analyze(text).stance).toEqual(first);
});
