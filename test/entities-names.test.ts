import { describe, expect, test } from 'vitest';
import type { Lexicons } from '../src/lexicon/lexicons.js';
import type { Doc } from '../src/text/document.js';
import { nameAt, nameBefore } from '../src/entities/names/beside.js';
import { chineseNameAt, looksLikeName, wholeChineseName } from '../src/entities/names/chinese.js';
import { foreignNameAt, fullForeignNameAround } from '../src/entities/names/foreign.js';
import { latinNameAt, latinNameBefore } from '../src/entities/names/latin.js';
import { nameLists } from '../src/entities/names/lists.js';
import { rareName } from '../src/entities/names/rare.js';
import type { NameSpan } from '../src/entities/names/span.js';
import { makeDoc } from './make-doc.js';

/** A name shape read at a fixed offset of a hand-cut document. */
type Shape = (doc: Doc, lex: Lexicons, text: string) => NameSpan | null;
const chinese: Shape = (doc, lex) => chineseNameAt(doc, 0, lex);
const wholeOfTwo: Shape = (_, lex, text) => wholeChineseName(text, 0, 2, lex);
const foreign: Shape = (doc, lex) => foreignNameAt(doc, 0, lex);
const fullAround = (dot: number): Shape => (doc, lex) => fullForeignNameAround(doc, dot, lex);
const latin: Shape = (_, __, text) => latinNameAt(text, 0);
const latinBefore = (end: number): Shape => (_, __, text) => latinNameBefore(text, end);
const afterTitle: Shape = (doc, lex) => nameAt(doc, 0, lex);
const before = (end: number): Shape => (doc, lex) => nameBefore(doc, end, lex);

describe('name shapes, without jieba', () => {
  test.each([
    ['a Chinese name ends before a word that follows names', chinese, '管鹏/nr 称/v', '管鹏'],
    ['a compound surname', chinese, '上官/nr 明远/nz 董事长/n', '上官明远'],
    ['a last character that begins no word here', chinese, '周志强/nr 表示/v', '周志强'],
    ['a name before a time word', chinese, '郝川/nr 上月/t 曾/d 表示/v', '郝川'],
    ['a name before another name', chinese, '孙倩/nr 周明远/nr', '孙倩'],
    ['a surname and a form of address', chinese, '姚先生/nr 告诉/v', null],
    ['a surname and a job', chinese, '张经理/nr 表示/v', null],
    ['a list item however jieba cut it', wholeOfTwo, '何/nr 然/c', '何然'],
    ['a transliterated name', foreign, '库克/nrt 表示/v', '库克'],
    ['a country is no transliterated name', foreign, '阿根廷/ns', null],
    ['a transliterated name in full', fullAround(3), '詹姆斯/nrt ·/x 卡特赖特/nrt', '詹姆斯·卡特赖特'],
    ['a name of three parts', fullAround(4), '弗朗索瓦/nrt •/x 马蒂厄/nrt •/x 勒布朗/nrt', '弗朗索瓦•马蒂厄•勒布朗'],
    ['a fund named after people', fullAround(3), '安德森/nrt ·/x 霍洛维茨/nrt 基金/n', null],
    ['Latin words apart', latin, 'Mark␣Dalton/eng 表示/v', 'Mark Dalton'],
    ['Latin words run together', latin, 'KeithWeiss/eng', 'KeithWeiss'],
    ['one short Latin word', latin, 'Ann/eng', null],
    ['a Latin name before a form of address', latinBefore(6), 'Hansen/eng 先生/n', 'Hansen'],
    ['after a title, a transliterated name read whole', afterTitle, '马库斯/nrt ·/x 费尔德曼/nrt', '马库斯·费尔德曼'],
    ['after a title, a function word is no name', afterTitle, '特约/d 评论员/n', null],
    ['the name before a verb', before(3), '林嘉铭/x 认为/v', '林嘉铭'],
    ['a two-character word jieba knows is no name', before(2), '明星/nr 选手/n', null],
  ] as const)('%s: %s', (_, shape, words, expected) => {
    const { doc, lex, text } = makeDoc(words);
    const span = shape(doc, lex, text);
    expect(span && text.slice(span.start, span.end)).toBe(expected);
  });

  test.each([
    ['邹树达', '邹树达/x', true],
    ['a word that sounds foreign', '夏威夷/ns', false],
    ['a word ending on a place character', '白云区/ns', false],
  ] as const)('a rare three-character name: %s', (_, words, expected) => {
    const { lex, text } = makeDoc(words);
    expect(rareName(text, 0, 3, lex)).toBe(expected);
  });

  test('a surname and given-name characters common in names', () => {
    const { lex, text } = makeDoc('吴/nr 彩欣/i');
    expect(looksLikeName(text, 0, 3, lex)).toBe(true);
  });

  test('a list of names, most tagged as names, and no list of places', () => {
    const names = (words: string) => {
      const { doc, lex, text } = makeDoc(words);
      return nameLists(doc, lex).map((n) => text.slice(n.start, n.end));
    };
    expect(names('欧拉/nrt 、/x 高斯/nrt 、/x 黎曼/nrt 等/u 人/n')).toEqual(['欧拉', '高斯', '黎曼']);
    expect(names('伦敦/ns 、/x 巴黎/ns 、/x 纽约/ns')).toEqual([]);
  });
});
