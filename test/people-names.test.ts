import { describe, expect, test } from 'vitest';
import { chineseNameAt } from '../src/entities/names/chinese.js';
import { NAME_LIKENESS, nameInContext, nameLikeness } from '../src/entities/names/likeness.js';
import { fromSplitNames } from '../src/entities/people/split-names.js';
import { fromSpeakerLabels } from '../src/entities/people/speaker-labels.js';
import { fromWordShapes } from '../src/entities/people/word-shapes.js';
import type { Recogniser } from '../src/entities/evidence.js';
import type { PersonCandidate } from '../src/entities/people/seed.js';
import { analyze } from '../src/index.js';
import { gatherEvidence } from '../src/entities/recognise.js';
import { makeDoc } from './make-doc.js';

const peopleIn = (text: string) => analyze(text).people.flatMap((p) => p.mentions.map((m) => m.text));

describe('the name model (name-model.tsv, compiled from HanLP)', () => {
  const { lex } = makeDoc('占位/n');
  const score = (text: string, end: number) => nameLikeness(text, 0, 1, end, lex);
  test.each([
    ['a common surname and given name', '王秀兰', 3],
    ['a single given name', '潘澜', 2],
    ['a rarer name', '覃立化', 3],
  ])('%s looks like a name: %s', (_, text, end) => {
    expect(score(text, end)).toBeGreaterThan(0);
  });
  test.each([
    ['a fragment of 股东方多次', '方多', 2],
    ['a fragment of 对于车企来说', '车企来', 3],
    ['a word read across a name', '方面', 2],
  ])('%s is no name: %s', (_, text, end) => {
    expect(score(text, end)).toBeLessThan(0);
  });
  test('a follower after a name reads better than a name swallowing it (王磊 + 则表示)', () => {
    const text = '王磊则表示';
    expect(nameInContext(text, 0, 1, 2, lex)).toBeGreaterThan(nameInContext(text, 0, 1, 3, lex));
  });
  test('compound surnames have their own row', () => {
    expect(nameLikeness('欧阳明远', 0, 2, 4, lex)).toBeGreaterThan(NAME_LIKENESS.unknownWord);
  });
  test('a character the table does not hold counts against a name, and says nothing beside one', () => {
    expect(lex.nameModel.score('\u{9fa5}', 0, 'given-single')).toBeLessThan(0);
    expect(lex.nameModel.score('\u{9fa5}', 0, 'after')).toBe(0);
  });
});

describe('name boundaries by the name model, without jieba', () => {
  const nameAfterTitle = (words: string) => {
    const { doc, lex, text } = makeDoc(words);
    return gatherEvidence(doc, lex).titled.map((t) => text.slice(t.name.start, t.name.end));
  };
  test.each([
    ['a follower after a two-character name', '副局长/n 王磊/nr 则/d 表示/v', ['王磊']],
    ['a three-character name before a follower', '果农/n 吴志/x 强则/x 说/v', ['吴志强']],
    ['a fragment after a title that ends in the surname character', '股东/n 方/n 多次/m 增持/v 股份/n', []],
    ['a name after a title that jieba cut into ordinary words', '副总经理/n 曾/d 海宁/ns ,/x 他/r 说/v', ['曾海宁']],
    ['a name after a title that jieba read as one ordinary word', '快递员/n 白雪/n 每天/r 派送/v 两百/m 件/q', ['白雪']],
    ['a verb after a title, whatever the words around favour', '交/v 给/p 院长/n 管理/v 的/uj 账目/n', []],
  ])('%s: %s', (_, words, expected) => {
    expect(nameAfterTitle(words)).toEqual(expected);
  });
  test('chineseNameAt keeps a third character that the model reads as part of the name', () => {
    const { doc, lex } = makeDoc('陈立明/x 则/d 表示/v');
    expect(chineseNameAt(doc, 0, lex)).toMatchObject({ start: 0, end: 3 });
  });
});

describe('names with little context, judged by how name-like they are', () => {
  const names = (recognise: Recogniser<PersonCandidate>, words: string) => {
    const { doc, lex, text } = makeDoc(words);
    return recognise(doc, lex, { ...gatherEvidence(doc, lex), titled: [] }).map((c) => [text.slice(c.start, c.end), c.why]);
  };
  test.each([
    ['a name jieba cut into two words', fromSplitNames, '主创/n 之一/r 的/uj 韦/nr 朝阳/ns ,/x 在/p 北京/ns', [['韦朝阳', 'model:split-name']]],
    ['a surname after a word it ends is none', fromSplitNames, '股东/n 方/n 中铁/j 的/uj 支持/v', []],
    ['a name before a figure is none', fromSplitNames, '增持/v 12/m 万/m 至/p 16/m 万元/m', []],
    ['a word jieba glued on after a name', fromWordShapes, '这时/r 朱坤称/x ,/x 价格/n 不变/v', [['朱坤', 'model:unknown-word']]],
    ['a place-like word that looks like no name', fromWordShapes, '行程/n 为/p 青禾邑/x 出发/v', []],
    ['an interview label read to its colon', fromSpeakerLabels, '钟石开/x :/x 意甲/n 很少/d 爆冷/v', [['钟石开', 'context:speaker-label']]],
  ] as const)('%s: %s', (_, recognise, words, expected) => {
    expect(names(recognise, words)).toEqual(expected);
  });
});

describe('people in whole sentences', () => {
  test.each([
    ['a name after a role word for residents', '院长李之航和居民王秀兰都到场了。', ['李之航', '王秀兰']],
    ['a follower jieba glued to a name before the verb', '陈立明则表示反对。', ['陈立明']],
    ['a verb character after a name is none of it', '王刚穿上了工装。', ['王刚']],
    ['transliterated names with a katakana dot and a hyphenation point', '约翰・史密斯和玛丽‧安德森出席。', ['约翰・史密斯', '玛丽‧安德森']],
    ['an anonymised surname is no name', '李姓蕉农说，收购价太低。', []],
    ['a surname common in Taiwan', '昱鼎微董事長賴宗翰表示，訂單強勁。', ['賴宗翰']],
  ])('%s: %s', (_, text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });
});
