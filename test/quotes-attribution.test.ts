import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

/** Each quotation as `speaker: text` (speaker null when it credits no one), with the rule that found the speaker. */
const quotesIn = (text: string) => analyze(text).quotes.map((q) => [q.speaker, q.text, q.rule]);

describe('who said it', () => {
  test.each([
    ['an unnamed source says it: no speaker', '业内人士表示，“这一轮调整还没有结束，资金仍在观望。”', [[null, '这一轮调整还没有结束，资金仍在观望。', 'unnamed-source']]],
    [
      'not the person the clause mentions, but someone unnamed after them',
      '涨价被指向罗景川，还有人说「很明显，老板支持对手」。',
      [[null, '很明显，老板支持对手', 'unnamed-source']],
    ],
    ['an anonymised surname is unnamed', '陈姓负责人坦承，“我们确实用了奶粉调制，这是事实。”', [[null, '我们确实用了奶粉调制，这是事实。', 'unnamed-source']]],
    [
      'the subject speaks, not the object of the verb before',
      '罗景川曾赞扬苏雨辰，认为他带来了新思路，「快乐才是最重要的，赢球只是结果。」',
      [['罗景川', '快乐才是最重要的，赢球只是结果。', 'verb-earlier']],
    ],
    [
      'a pronoun after the quotation stands for the unnamed source named last',
      '私募人士何立衡认为大盘还会调整。一位私募人士则认为市场已经见底。“现在上涨是卖出的好机会。”他说。',
      [[null, '现在上涨是卖出的好机会。', 'unnamed-source']],
    ],
    [
      'a pronoun after the quotation stands for the person named last',
      '罗景川对记者表示，正在寻找长线机会。“今年信心已经企稳，会有涨几倍的股票。”他说。',
      [['罗景川', '今年信心已经企稳，会有涨几倍的股票。', 'verb-after']],
    ],
    ['『』 quotes count', '罗景川表示：『明年的订单已经排满，产能是瓶颈。』', [['罗景川', '明年的订单已经排满，产能是瓶颈。', 'verb-before']]],
    ['「」 quotes in traditional text', '苏雨辰在發布會上說：「我們明年會繼續擴產，訂單已經排滿。」', [['苏雨辰', '我們明年會繼續擴產，訂單已經排滿。', 'verb-before']]],
  ])('%s: %s', (_, text, expected) => {
    expect(quotesIn(text)).toEqual(expected);
  });
});

describe('what is no quotation', () => {
  test.each([
    ['a term in another language', '苏雨辰指出，在现在「Over Banking」的状况下，应当谨慎。'],
    ['a document cited after 根据', '苏雨辰说，根据「兽医诊疗机构收费标准参考表」，收费合理。'],
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
