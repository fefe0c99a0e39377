import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';
import { checkInvariants } from './helpers.js';

describe('a leading BOM or invisible character shifts no span (issue 15, item 1)', () => {
  test.each(['\uFEFF', '\u200B', '\uFEFF\uFEFF'])('%j before a text that also holds a folded character', (head) => {
    const text = `${head}阿里巴巴宣布以5.86亿美元入股新浪微博，持股比例１８％。`;
    const a = analyze(text);
    checkInvariants(text, a);
    expect(a.companies.map((c) => c.mentions[0]?.text)).toEqual(['阿里巴巴', '新浪微博']);
    expect(a.amounts.map((x) => [x.text, x.value])).toEqual([['5.86亿美元', 586000000]]);
    expect(a.percentages.map((x) => [x.text, x.value])).toEqual([['１８％', 18]]);
  });
});

describe('an invisible character inside a number makes no other number (issue 15, item 7)', () => {
  test.each([
    ['营收1\u200b500万元', []],
    ['估值5.\u200b86亿美元', []],
    ['增长1\u20602%', []],
    ['营收1500万元', [1.5e7]],
  ])('%j', (text, values) => {
    const a = analyze(text);
    checkInvariants(text, a);
    expect([...a.amounts, ...a.percentages].map((x) => x.value)).toEqual(values);
  });
});

describe("the user's own lexicon entries (issue 15, item 11)", () => {
  const analyzer = createAnalyzer({
    companies: [{ name: '星火互娱', aliases: ['星火'], codes: ['300999'] }],
    people: [{ name: '沈听澜', aliases: ['老沈'] }],
  });

  test('an alias jieba would glue to the next word is found, and reported under the entry name', () => {
    const text = '老沈说：“明年会更好。”';
    const a = analyzer.analyze(text);
    checkInvariants(text, a);
    expect(a.people.map((p) => [p.name, p.aliases, p.mentions.map((m) => m.text)])).toEqual([['沈听澜', ['老沈'], ['老沈']]]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['沈听澜']);
  });

  test('a stock code between a company and a title leaves the company the organisation', () => {
    const a = analyzer.analyze('星火互娱（300999）董事长沈听澜表示，公司看好明年。');
    expect(a.people[0]?.roles).toEqual([{ title: '董事长', org: '星火互娱', former: false }]);
    expect(a.companies[0]).toMatchObject({ name: '星火互娱', codes: ['300999'], listedCodes: ['300999'] });
  });
});
