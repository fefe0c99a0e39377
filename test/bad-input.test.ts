import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';
import { checkInvariants } from './helpers.js';

describe('programmer errors are TypeErrors that name what was received', () => {
  test.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [true, 'boolean true'],
    [['文本'], 'an array'],
    [{ text: '文本' }, 'an object (Object)'],
    [Buffer.from('文本'), 'an object (Uint8Array)'],
  ])('analyze(%j) throws', (value, named) => {
    expect(() => analyze(value as unknown as string)).toThrow(TypeError);
    expect(() => analyze(value as unknown as string)).toThrow(named);
  });

  test('bad options are a TypeError listing the problem', () => {
    expect(() => createAnalyzer({ keywords: -1 })).toThrow(/keywords/);
    expect(() => createAnalyzer({ unknown: 1 } as never)).toThrow(TypeError);
    expect(() => analyze('文本', { tokens: 'yes' } as never)).toThrow(/tokens/);
  });
});

describe('any string gets a valid result with exact offsets', () => {
  test.each(['', ' ', '\n\n\t  \r\n', '\u3000\u3000'])('empty or blank %j is an empty, neutral analysis', (text) => {
    const a = analyze(text);
    checkInvariants(text, a);
    expect(a).toMatchObject({ title: null, paragraphs: [], sentences: [], companies: [], people: [], amounts: [], percentages: [], quotes: [], summary: [] });
    expect(a.stance.label).toBe('neutral');
  });

  test.each([
    ['CRLF line ends', '阿里巴巴入股新浪微博\r\n阿里巴巴宣布，以5.86亿美元买入新浪微博18%股份。\r\n新浪CEO曹国伟表示看好合作前景。\r\n'],
    ['NUL and control characters', '阿里巴巴\u0000宣布以5.86亿美元\u0007买入新浪微博18%股份。\u001b'],
    ['lone surrogates', '腾讯\ud800宣布以\udc005亿元收购一家公司30%股份。'],
    ['emoji and astral characters', '😀𠮷阿里巴巴宣布以5.86亿美元买入新浪微博18%股份。𠮷🎉新浪CEO曹国伟称“很好”。'],
    ['full-width digits', '营收５.８亿元，同比增长１８％，毛利率９.４％。'],
    ['traditional characters', '騰訊宣佈以5.86億港元收購星火互娛三成股份。董事長陳大文表示：「這是重要的一步。」'],
    ['English only', 'Apple and NVIDIA reported earnings. Revenue rose 18% to $5 billion.'],
    ['a lone quotation mark', '他说：“这是一句没有结束的话。营收增长18%'],
    ['only punctuation', '。。。！？？“”「」'],
  ])('%s', (_, text) => {
    checkInvariants(text, analyze(text, { tokens: true }));
  });

  test('CRLF, full-width and traditional input read the same figures as plain input', () => {
    expect(analyze('营收5.86亿美元\r\n增长18%').amounts[0]?.value).toBe(586000000);
    expect(analyze('营收５.８６亿美元，增长１８％').percentages[0]?.value).toBe(18);
    const traditional = analyze('騰訊宣佈以5.86億港元收購星火互娛三成股份。');
    expect(traditional.script).toBe('traditional');
    expect(traditional.amounts[0]).toMatchObject({ text: '5.86億港元', value: 586000000, currency: 'HKD' });
  });

  test('5 MB of text gets a valid result', () => {
    const paragraph = '阿里巴巴宣布，以5.86亿美元买入新浪微博18%股份，新浪CEO曹国伟表示看好前景。😀𠮷\n';
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const a = analyze(text);
    expect(a.paragraphs.length).toBeGreaterThan(50_000);
    expect(a.amounts.length).toBe(a.paragraphs.length);
    const last = a.amounts[a.amounts.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe('5.86亿美元');
    expect(a.summary.length).toBeGreaterThan(0);
    // 5 MB in one call: about 15 s alone, longer on a busy machine.
  }, 180_000);

  test('same input, same output', () => {
    const text = '腾讯宣布以5亿元收购一家公司30%股份。公司CEO张三表示：“我们非常看好这次合作。”';
    expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
  });
});
