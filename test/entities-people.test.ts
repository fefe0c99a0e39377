import { describe, expect, test } from 'vitest';
import type { Recogniser } from '../src/entities/evidence.js';
import { fromFormsOfAddress } from '../src/entities/people/address.js';
import { fromForeignObjects, fromForeignSubjects, fromFullForeignNames, fromNationality, fromOriginalNames } from '../src/entities/people/foreign.js';
import { fromDescriptors } from '../src/entities/people/descriptors.js';
import { fromKin } from '../src/entities/people/kin.js';
import { fromLexicon } from '../src/entities/people/lexicon.js';
import { fromNameLists } from '../src/entities/people/lists.js';
import { personSeeds } from '../src/entities/people/people.js';
import type { PersonCandidate } from '../src/entities/people/seed.js';
import { fromSpeakerLabels } from '../src/entities/people/speaker-labels.js';
import { fromTitles } from '../src/entities/people/titles.js';
import { fromPersonVerbs, fromSpeechVerbs } from '../src/entities/people/verbs.js';
import { fromWordShapes } from '../src/entities/people/word-shapes.js';
import { fromWorkMakers } from '../src/entities/people/works.js';
import { gatherEvidence } from '../src/entities/recognise.js';
import { makeDoc } from './make-doc.js';

/** Runs one person recogniser on a hand-cut document, with the evidence the stage gives it: [name, why] pairs. */
function namesOf(recognise: Recogniser<PersonCandidate>, words: string): [string, string][] {
  const { doc, lex, text } = makeDoc(words);
  return recognise(doc, lex, gatherEvidence(doc, lex)).map((c) => [text.slice(c.start, c.end), c.why]);
}

describe('person recognisers, one at a time, without jieba', () => {
  test.each([
    ['a name after a title', fromTitles, '星澜资本/nt 合伙人/n 秦墨/x 表示/v', [['秦墨', 'context:title']]],
    ['a name in a byline', fromTitles, '本报记者/n 岚川/x 北京/ns 报道/v', [['岚川', 'context:byline']]],
    // An everyday word closed off in a byline is a name when it reads as one (田野 'field', 黄金 'gold').
    ['a byline name that is an everyday word', fromTitles, '(/x 记者/n 田野/n )/x 本市/r 昨日/t', [['田野', 'context:byline']]],
    ['a byline name that is an everyday word, after another', fromTitles, '(/x 记者/n 韩冬/x 黄金/n )/x', [['韩冬', 'context:byline'], ['黄金', 'context:byline']]],
    ['an everyday word in a byline that reads as no name', fromTitles, '(/x 作者/n 简介/n )/x', []],
    ['a speaker before a speech verb', fromSpeechVerbs, '分析师/n 林嘉铭/x 认为/v', [['林嘉铭', 'context:speech:认为']]],
    ['a speaker before adverbs and the verb', fromSpeechVerbs, '费尔南德斯/x 随后/d 表示/v', [['费尔南德斯', 'context:speech:表示']]],
    ['a speaker with a circumstance before the verb', fromSpeechVerbs, '罗志坚/x 于/p 发布会/n 上/f 称/v', [['罗志坚', 'context:speech:称']]],
    ['a name before a verb only people do', fromPersonVerbs, '周立衡/x 出任/v 董事长/n', [['周立衡', 'context:verb:出任']]],
    ['a name before a form of address', fromFormsOfAddress, '提名/v 韩启明/x 先生/n', [['韩启明', 'context:honorific:先生']]],
    ['a word jieba never saw before a form of address', fromFormsOfAddress, '感谢/v 开霁/x 先生/n', [['开霁', 'context:honorific:先生']]],
    ['a dotted name of any characters before a form of address', fromFormsOfAddress, '商会/n 会长/n 坤育/x ·/x 帕/nr 蓬/nr 先生/n 说/v', [['坤育·帕蓬', 'context:honorific:先生']]],
    ['a dotted name whose first part is not one word', fromFormsOfAddress, '会长坤/x 育/x ·/x 帕/nr 蓬/nr 先生/n', []],
    ['a Latin name before a form of address', fromFormsOfAddress, '你好/l ,/x Lindqvist/eng 先生/n', [['Lindqvist', 'context:honorific:先生']]],
    // 夫人 is a form of address (姚夫人 names no one) but no evidence searched for: 林远山夫人 is his wife.
    ['夫人 after a name', fromFormsOfAddress, '林远山/nr 夫人/n 到场/v', []],
    ['a relative after a kinship word', fromKin, '程远航/x 之弟/n 程远帆/x 持股/v', [['程远帆', 'context:kin:之弟']]],
    ['a relative jieba cut into ordinary words', fromKin, '陪同/v 母亲/n 程/nr 秀/v 兰/nr 就医/v', [['程秀兰', 'context:kin:母亲']]],
    ['a person described by a noun that names no role', fromDescriptors, '球队/n 签下/v 外援/n 卡洛斯/nr', [['卡洛斯', 'context:descriptor:外援']]],
    ['the lead of a story or a game', fromDescriptors, '游戏/n 主角/n 奥雷利诺/nrt 在/p 开场/n 被俘/v', [['奥雷利诺', 'context:descriptor:主角']]],
    ['a player others look up to', fromDescriptors, '论坛/n 大神/n 萨尔塔诺/nrt 五分钟/m 通关/v', [['萨尔塔诺', 'context:descriptor:大神']]],
    ['a noun after the descriptor is no name', fromDescriptors, '主角/n 光环/n 太/d 强/a', []],
    ['a handle in small letters after a descriptor', fromDescriptors, '游戏/n 玩家/n kelvoTor/eng 又/d 带来/v 录像/n', [['kelvoTor', 'context:descriptor:玩家']]],
    ['a handle in small letters after a title', fromTitles, '家具/n 设计师/n marlowe/eng', [['marlowe', 'context:title']]],
    ['a title in capitals read inside a longer Latin word leaves no handle', fromTitles, '或者/c CSOpen/eng 的/uj 联赛/n', []],
    ['a name after a role of games or film', fromTitles, '知名/a 解说/v 李川/x 也/d 到场/v', [['李川', 'context:title']]],
    // 文 is a title (a byline's mark) of one character, but not when it opens a longer word.
    ['a transliterated name after a title, opening with a one-character title', fromTitles, '动作/n 影星/n 文迪/x 索尔/nr 主演/v', [['文迪索尔', 'context:title']]],
    ['a one-character title standing alone after a title is no name', fromTitles, '首席/n 记者/n 文/n |/x', []],
    ['the maker of a work', fromWorkMakers, '展出/v 了/ul 吕青禾/x 的/uj 《/x 江岸/ns 》/x', [['吕青禾', 'context:work']]],
    ['a transliterated maker right before the title', fromWorkMakers, '展出/v 了/ul 卡斯帕林/nrt 《/x 远航/v 》/x', [['卡斯帕林', 'context:work']]],
    ['a transliterated maker before a word for a work', fromWorkMakers, '拍出/v 了/ul 卡斯帕林/nrt 画作/n', [['卡斯帕林', 'context:work']]],
    ['a Chinese name before a word for a work is not read', fromWorkMakers, '拍出/v 了/ul 洪晓峰/x 画作/n', []],
    // 以 is read into a Chinese name before the title: only transliterated names stand there without 的.
    ['a Chinese name right before the title is not read', fromWorkMakers, '作者/n 洪晓峰/x 以/p 《/x 江岸/ns 》/x 获奖/v', []],
    ['a transliterated name after a nationality', fromNationality, '西班牙/ns 人/n 阿尔瓦雷斯/nrt 的/uj 离开/v', [['阿尔瓦雷斯', 'context:nationality']]],
    ['a transliterated name written in full', fromFullForeignNames, '克里斯托弗/nrt ·/x 兰德尔/nrt 执掌/v', [['克里斯托弗·兰德尔', 'shape:foreign-full-name']]],
    // The run stops inside 美琳/ns: the name begins where the word does, and goes on before it.
    ['a full name whose first part jieba cut inside a word', fromFullForeignNames, '主演/n 的/uj 卡/nr 美琳/ns ·/x 罗兰/nrt 到场/v', [['卡美琳·罗兰', 'shape:foreign-full-name']]],
    ['a full name ending on a character outside the set, the original after it', fromFullForeignNames, '莉/nr 萨/nr ·/x 格里/nrt 本/r (/x lisagribbon/eng )/x', [['莉萨·格里本', 'shape:foreign-full-name']]],
    ['a function character before the original ends no name', fromFullForeignNames, '莉萨/nr ·/x 格里/nrt 的/uj (/x lisagri/eng )/x', [['莉萨·格里', 'shape:foreign-full-name']]],
    ['a transliterated name between 将 and a verb', fromForeignObjects, '他们/r 将/d 萨尔塔诺/nrt 送回/v 了/ul 家乡/n', [['萨尔塔诺', 'context:foreign-object']]],
    ['a transliterated name between 让 and a verb', fromForeignObjects, '这/r 让/v 奥雷利诺/nrt 决定/v 留下/v', [['奥雷利诺', 'context:foreign-object']]],
    ['a country after 将 is no person', fromForeignObjects, '球队/n 将/d 巴西/nrt 击败/v', []],
    ['a transliterated word after 将 before a noun is no object', fromForeignObjects, '将/d 萨尔塔诺/nrt 主场/n 改建/v', []],
    ['a transliterated name with its original in brackets', fromOriginalNames, '卡莱罗/nrt (/x calero/eng )/x 状态/n', [['卡莱罗', 'context:original-name']]],
    ['a transliterated name opening a clause before a verb', fromForeignSubjects, '赛季/n 结束/v ,/x 奥雷利诺/nrt 回到/v 了/ul 家乡/n', [['奥雷利诺', 'context:foreign-subject']]],
    ['a transliterated subject, an adverb before its verb', fromForeignSubjects, '萨尔塔诺/nrt 随即/d 赶到/v 现场/n', [['萨尔塔诺', 'context:foreign-subject']]],
    ['a transliterated word jieba never saw opening a clause', fromForeignSubjects, '卡门斯基/x 婉拒/v 了/ul 邀请/n', [['卡门斯基', 'context:foreign-subject']]],
    ['a transliterated subject after a conjunction', fromForeignSubjects, '即使/c 萨尔塔诺/nrt 缺阵/v ,/x 球队/n', [['萨尔塔诺', 'context:foreign-subject']]],
    ['a transliterated word inside a clause is no subject', fromForeignSubjects, '主队/n 击败/v 阿森纳/nrt 后/f 庆祝/v', []],
    ['a transliterated word before a noun is no subject', fromForeignSubjects, '阿森纳/nrt 主场/n 获胜/v', []],
    ['a country opening a clause is no subject', fromForeignSubjects, '巴西/nrt 赢得/v 比赛/n', []],
    ['two unknown transliteration characters are too few', fromForeignSubjects, '赫特/x 发现/v 了/ul 问题/n', []],
    ["an interview's speaker label", fromSpeakerLabels, '聂远东/x :/x 短期/b 看不到/v 拐点/n', [['聂远东', 'context:speaker-label']]],
    [
      'a list of transliterated names',
      fromNameLists,
      '欧拉/nrt 、/x 高斯/nrt 、/x 黎曼/nrt 、/x 希尔伯特/nrt 等/u 人/n',
      [['欧拉', 'context:name-list'], ['高斯', 'context:name-list'], ['黎曼', 'context:name-list'], ['希尔伯特', 'context:name-list']],
    ],
    ['a well-known person', fromLexicon, '库克/nrt 表示/v', [['库克', 'lexicon:库克']]],
    ['小 alone before a transliterated name: the son', fromLexicon, '失去/v 小/a 西蒙尼/nrt 之后/f', [['小西蒙尼', 'context:junior:西蒙尼']]],
    ['a lone surname tagged a name and a given name jieba reads as a word', fromWordShapes, '吴/nr 彩欣/i 已经/d 开/v 了/ul 两家/m 店/n', [['吴彩欣', 'shape:surname-and-given-word']]],
    ['a conjunction before 的 ends the name', fromWordShapes, '对于/p 判断/v ,/x 林秀/x 和/c 的/uj 回答/v 是/v', [['林秀和', 'shape:unknown-word']]],
    ['three-character words jieba never saw', fromWordShapes, '蒋理仲/x 和/c 邹树达/x 都/d 离开/v 了/ul', [['蒋理仲', 'shape:rare-name'], ['邹树达', 'shape:rare-name']]],
    ['a unit after a figure is no surname', fromWordShapes, '订单/n 12/m 万/m 至/p 16/m 万元/m', []],
  ] as const)('%s: %s', (_, recognise, words, expected) => {
    expect(namesOf(recognise, words)).toEqual(expected);
  });
});

describe('personSeeds', () => {
  const seeds = (words: string) => {
    const { doc, lex } = makeDoc(words);
    return personSeeds(doc, lex, gatherEvidence(doc, lex)).map((s) => [s.surface, s.why]);
  };

  test('the names listed after a person are people too', () => {
    expect(seeds('股东/n 孟远航/x 、/x 邱晓岚/x 、/x 葛振东/x 计划/n 减持/v').filter(([, why]) => why === 'context:list')).toEqual([
      ['邱晓岚', 'context:list'],
      ['葛振东', 'context:list'],
    ]);
  });

  test('the original name in brackets after a person is the same person, a code in capitals none', () => {
    const { doc, lex } = makeDoc('后卫/n 奥卡索/nrt (/x okasso/eng )/x 伤愈/v ,/x 前锋/n 里瓦托/nrt (/x RVT.O/eng )/x 首发/v');
    const found = personSeeds(doc, lex, gatherEvidence(doc, lex)).filter((s) => s.why === 'context:original-of');
    expect(found.map((s) => [s.surface, s.group])).toEqual([['okasso', '奥卡索']]);
  });

  test('a name inside the title of a work is no person', () => {
    expect(seeds('《/x 叶问/nr 》/x 上映/v')).toEqual([]);
  });

  test('a name after a word that introduces a company is none', () => {
    expect(seeds('开发商/n 斯特拉莫/nrt 表示/v')).toEqual([]);
  });
});
