import { describe, expect, test } from 'vitest';
import { orgSlot } from '../src/entities/org-slot.js';
import { gatherEvidence } from '../src/entities/recognise.js';
import { makeDoc } from './make-doc.js';

type Role = [title: string, org: string | null, orgIsPronoun: boolean | undefined, former: boolean];

/** The names next to titles in a hand-cut document: [name, credit, roles]. */
function titled(words: string): [string, boolean, Role[]][] {
  const { doc, lex, text } = makeDoc(words);
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return gatherEvidence(doc, lex).titled.map((t) => [
    slice(t.name),
    t.credit,
    t.roles.map((r): Role => [slice(r.title), r.org && slice(r.org), r.orgIsPronoun, r.former]),
  ]);
}

describe('titles next to names, without jieba', () => {
  test.each([
    ['an organisation, a title and a name', '星澜资本/nt 合伙人/n 秦墨/x 表示/v', [['秦墨', false, [['合伙人', '星澜资本', false, false]]]]],
    ['a former role, its title widened over modifiers', '原/b 支付宝/nz 首席/n 产品/n 设计师/n 白鸦/x', [['白鸦', false, [['首席产品设计师', '支付宝', false, true]]]]],
    [
      'two titles of one organisation',
      '启衡/nz 创始人/n 兼/c CEO/eng 王小川/nr 表示/v',
      [['王小川', false, [['创始人', '启衡', false, false], ['CEO', '启衡', false, false]]]],
    ],
    ['an organisation named by a pronoun', '该/r 公司/n 董事长/n 周立衡/x 表示/v', [['周立衡', false, [['董事长', '公司', true, false]]]]],
    ['a name before the title', '据/p 宋知远/x 行长/n 介绍/v', [['宋知远', false, [['行长', null, undefined, false]]]]],
    ['a byline before a dateline, the paper unnamed', '本报记者/n 岚川/x 北京/ns 报道/v', [['岚川', true, [['记者', null, false, false]]]]],
    ['a pen name closed by a bracket', '(/x 实习/v 编辑/n 雨桐/x )/x', [['雨桐', true, [['实习编辑', null, false, false]]]]],
    [
      'two organisations and titles listed before one name',
      '炎黄/nz 网络/n CEO/eng 、/x 皮皮/nz 精灵/n 助理/n 总裁/n 管鹏/nr 称/v',
      [['管鹏', false, [['CEO', '炎黄网络', false, false], ['助理总裁', '皮皮精灵', false, false]]]],
    ],
    [
      'the organisation ends at an industry word followed by title modifiers',
      '港盛/nz 证券/n 科技/n 行业/n 分析师/n 林嘉铭/x 认为/v',
      [['林嘉铭', false, [['科技行业分析师', '港盛证券', false, false]]]],
    ],
  ] as const)('%s: %s', (_, words, expected) => {
    expect(titled(words)).toEqual(expected);
  });
});

describe('the organisation slot before a word', () => {
  test.each([
    ['a preposition jieba glued to the name', '据/p 金种子/nz 创投/n', '金种子创投', false],
    ['a word that introduces the name', '服务商/n 雅座/nz', '雅座', false],
    ['a date before the name', '9月/m 2日/m 美的/nz 集团/n', '美的集团', false],
    ['a word opening a caption', '图为/v 澜庭/nz 地产/n', '澜庭地产', false],
    ['原 marking a former role', '原/b 支付宝/nz', '支付宝', true],
    ['an opening character jieba glued to the name', '如景顺/x 长城/ns', '景顺长城', false],
    ['原 of a former role glued to the name', '原恒锂/x 新能源/n', '恒锂新能源', true],
    ['a verb-tagged word that known names hold', '湘岳/nz 出版/v', '湘岳出版', false],
    ['a verb is no organisation', '认为/v', null, false],
  ] as const)('%s: %s', (_, words, org, former) => {
    const { doc, lex, text } = makeDoc(words);
    const slot = orgSlot(doc, lex, text.length);
    expect([slot.org && text.slice(slot.org.start, slot.org.end), slot.former]).toEqual([org, former]);
  });
});
