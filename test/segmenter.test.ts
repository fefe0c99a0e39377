import { readdirSync, readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { expect, test } from 'vitest';
import { tagByCharacters } from '../src/text/jieba-words.js';
import { AnalyzerOptions } from '../src/options.js';
import { jiebaSegmenter } from '../src/text/segmenter.js';

const config = AnalyzerOptions.parse({});
const segmenter = jiebaSegmenter(config.jieba, config.dictionary);

const articles = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`corpus/${f}`, 'utf8'));

const awkward = [
  'AT&T与c#、ABC公司、a、ab、1a、12、3.5%、ＡＢＣ１２３、𠮷a、😀😀、 \t、云计算、蓝翔',
  '阿里巴巴(09988.HK)和NIO在2025年第3季度；用户3亿，粉丝5万。',
];

// Our tagger is cppjieba's (jieba's cut, then each word's dictionary tag or the ASCII rule): it must agree with
// nodejieba's own tag word for word, including the words our lexicons add to jieba's dictionary.
test.each([...awkward, ...articles].map((text, i) => [i, text]))('text %i: the words and tags of nodejieba.tag', (_, text) => {
  const ours: { word: string; tag: string }[] = [];
  segmenter.segment(text, (word, pos) => ours.push({ word, tag: pos }));
  expect(ours).toEqual(nodejieba.tag(text));
});

test.each([
  ['a', 'x'],
  ['ab', 'eng'],
  ['12', 'm'],
  ['1a', 'm'],
  ['a1b2', 'eng'],
  ['，', 'x'],
  ['𠮷a', 'eng'],
  ['3.5', 'm'],
])('a word without a dictionary tag: %s → %s', (word, expected) => {
  expect(tagByCharacters(word)).toBe(expected);
});

// Keywords read a word's IDF weight by the number the segmenter gave it: the same weight as by its characters.
test.each([...awkward, ...articles].map((text, i) => [i, text]))('text %i: a word weighs the same by its number as by its characters', (_, text) => {
  const byNumber: (number | undefined)[] = [];
  const byWord: (number | undefined)[] = [];
  segmenter.segment(text, (word, _pos, entry) => {
    byNumber.push(entry < 0 ? undefined : segmenter.words.idfAt(entry));
    byWord.push(segmenter.words.idf(word));
  });
  expect(byNumber.some((w) => w !== undefined)).toBe(true);
  expect(byNumber).toEqual(byWord);
});
