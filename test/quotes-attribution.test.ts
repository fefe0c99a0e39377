import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

/** Each quotation as `speaker: text` (speaker null when it credits no one), with the rule that found the speaker. */
const quotesIn = (text: string) => analyze(text).quotes.map((q) => [q.speaker, q.text, q.rule]);

describe('who said it', () => {
  test.each([
    ['an unnamed source says it: no speaker', '业内人士表示，“这一轮调整还没有结束，资金仍在观望。”', [[null, '这一轮调整还没有结束，资金仍在观望。', 'unnamed-source']]],
    [
      'not the person the clause mentions, but someone unnamed after them',
      '降价被归功于罗景川，还有人说「说到底，是对手先动的手」。',
      [[null, '说到底，是对手先动的手', 'unnamed-source']],
    ],
    ['an anonymised surname is unnamed', '王姓店主坦承，“我们确实调高了价格，这一点不否认。”', [[null, '我们确实调高了价格，这一点不否认。', 'unnamed-source']]],
    [
      'the subject speaks, not the object of the verb before',
      '罗景川曾赞扬苏雨辰，认为他让团队更有干劲，「大家开心，成绩自然会来。」',
      [['罗景川', '大家开心，成绩自然会来。', 'verb-earlier']],
    ],
    [
      'a pronoun after the quotation stands for the unnamed source named last',
      '私募人士何立衡认为大盘还会调整。一位私募人士则认为市场已经见底。“眼下反弹正是减仓的时机。”他说。',
      [[null, '眼下反弹正是减仓的时机。', 'unnamed-source']],
    ],
    [
      'a pronoun after the quotation stands for the person named last',
      '罗景川对记者表示，正在寻找长线机会。“市场情绪正在回暖，会有翻倍的公司出现。”他说。',
      [['罗景川', '市场情绪正在回暖，会有翻倍的公司出现。', 'verb-after']],
    ],
    ['『』 quotes count', '罗景川表示：『明年的订单已经排满，产能是瓶颈。』', [['罗景川', '明年的订单已经排满，产能是瓶颈。', 'verb-before']]],
    ['「」 quotes in traditional text', '苏雨辰在發布會上說：「我們明年會繼續擴產，訂單已經排滿。」', [['苏雨辰', '我們明年會繼續擴產，訂單已經排滿。', 'verb-before']]],
  ])('%s: %s', (_, text, expected) => {
    expect(quotesIn(text)).toEqual(expected);
  });
});

describe('what is no quotation', () => {
  test.each([
    ['a term in another language', '苏雨辰指出，在「Over Capacity」的格局下，应当谨慎。'],
    ['a document cited after 根据', '苏雨辰说，根据「物业服务收费标准参考表」，收费合理。'],
  ])('%s: %s', (_, text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("interviews' labelled answers", () => {
  test('a named interviewee and a colon', () => {
    const text = '记者：今年的订单情况如何？\n周明远：订单已经排到明年二季度，产能是最大的瓶颈。\n记者：会考虑扩产吗？\n周明远：会，新工厂明年投产。';
    expect(quotesIn(text)).toEqual([
      ['周明远', '订单已经排到明年二季度，产能是最大的瓶颈。', 'speaker-label'],
      ['周明远', '会，新工厂明年投产。', 'speaker-label'],
    ]);
  });
  test('答： answered by the person the interview is about', () => {
    const text = '本报记者专访了星河资本合伙人李慕白，李慕白表示看好行业。\n问：今年业绩如何？\n答：增长超过三成，主要来自海外市场。\n问：明年呢？\n答：我们会继续保持投入。';
    expect(quotesIn(text)).toEqual([
      ['李慕白', '增长超过三成，主要来自海外市场。', 'answer-label'],
      ['李慕白', '我们会继续保持投入。', 'answer-label'],
    ]);
  });
  test('a headline with a name and a colon is no interview', () => {
    expect(quotesIn('罗景川：不是银行家该有的风范\n罗景川今天在会上批评了这种做法。')).toEqual([]);
  });
});
