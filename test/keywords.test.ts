import { expect, test } from 'vitest';
import { analyze, keywordsAcross } from '../src/index.js';

const chips = '芯片厂商星河微电子今年营收增长。星河微电子的芯片订单排到明年，芯片产能继续扩张。市场普遍关注芯片价格。';
const tea = '茶饮品牌茶语时光新开了两百家门店。茶语时光的门店遍布华东，门店租金却在上涨。市场普遍关注门店坪效。';

test('keywords of one article: entity names count as one term, no numbers or single characters', () => {
  const terms = analyze('阿里巴巴集团发布财报。阿里巴巴的云业务增长，阿里云收入达到300亿元。').keywords.map((k) => k.term);
  expect(terms.filter((t) => t.startsWith('阿里巴巴'))).toHaveLength(1);
  expect(terms.every((t) => [...t].length >= 2 && !/^\d/.test(t))).toBe(true);
});

test('keywords across a corpus: what sets each article apart ranks first, shared words last', () => {
  const [a, b] = keywordsAcross([chips, tea], 3);
  expect(a?.map((k) => k.term)).toContain('芯片');
  expect(b?.map((k) => k.term)).toContain('门店');
  expect([...(a ?? []), ...(b ?? [])].map((k) => k.term)).not.toContain('市场');
});

test('keywords across a corpus refuse what is not a list of strings', () => {
  expect(() => keywordsAcross('芯片' as never)).toThrow(TypeError);
  expect(() => keywordsAcross([chips, 42 as never])).toThrow(/text 1 is number/);
});
