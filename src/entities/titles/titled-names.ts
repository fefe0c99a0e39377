import { endsWord, startsWord, type Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { LexiconHits, PhraseHit } from '../../text/hits.js';
import { partitionPoint } from '../../lexicon/sorted.js';
import type { NameSpan } from '../names/span.js';
import { nameAt, nameBefore } from '../names/beside.js';
import { listedAfter } from '../people/lists.js';
import { isSlotBreak } from '../org-slot.js';
import { inScript } from '../../text/normalize.js';
import type { RoleSpan, TitledName } from '../roles.js';
import { creditSeparator, findDatelineBylines, penNameAt } from './bylines.js';
import { findDescribedRoles } from './described-roles.js';
import { rolesBefore } from './roles-before.js';

/**
 * Titles next to names, the strongest evidence for both people and companies: an organisation, a title and a name
 * (聚美优品联合创始人戴雨森, 炎黄网络CEO、皮皮精灵助理总裁管鹏, 原支付宝首席产品设计师白鸦), a byline (记者张琦,
 * 编辑:秦韵), or a name and a title (宋知远行长, 在上官明远董事长看来).
 */
export function findTitledNames(doc: Doc, lex: Lexicons, hits: LexiconHits): TitledName[] {
  const { text } = doc;
  const found: TitledName[] = [];
  for (const title of hits.markers.titles) {
    // 赛区长沙: a title read across two jieba words, with a boundary on neither side, is no title; 英文全称, 文章加强: a
    // one-character title (文) must be a word of its own.
    const opens = startsWord(doc, title.start);
    const closes = endsWord(doc, title.end);
    if (title.end - title.start === 1 ? !(opens && closes) : !(opens || closes)) continue;
    const credit = title.value === 'credit';
    let nameStart = title.end;
    // 记者:张琦, 记者 张琦, and in a byline 摄影/赵志成, 编辑丨许然; after any other title a colon opens what was said
    // (主持人:谢谢李总).
    if (text[nameStart] === ' ' || (credit && creditSeparator(text, nameStart))) nameStart++;
    const after = (credit ? penNameAt(doc, nameStart, lex) : null) ?? lexiconPersonAt(doc, hits, nameStart) ?? nameAt(doc, nameStart, lex);
    if (after && !titleOpens(doc, lex, after.start)) {
      const roles = rolesBefore(doc, lex, title.start, title.end).map((r) => (credit ? asAuthor(doc, lex, r) : r));
      found.push({ name: after, roles, credit });
      // 签字注册会计师罗景川、苏雨辰, 每经记者 许诺 陈静: the names listed after the first hold the title too.
      for (let next = listedAfter(doc, lex, after.end, credit); next; next = listedAfter(doc, lex, next.end, credit)) found.push({ name: next, roles, credit });
      continue;
    }
    // 宋知远行长 / 上官明远董事长看来: a name right before the title, and the title closes the phrase.
    if (credit) continue;
    const before = nameBefore(doc, title.start, lex);
    if (before && closesNamedTitle(text, title.end, lex)) {
      found.push({ name: before, roles: [{ title: { start: title.start, end: title.end }, org: null, former: false }], credit });
    }
  }
  return merged([...found, ...findDatelineBylines(doc, lex), ...findDescribedRoles(doc, lex, hits)]);
}

/**
 * Whether a title opens the text at `at`, so that what was read as a name after a title is a second title (董事长总裁…).
 * A title of one character must be a word of its own: 文 of 文迪/x 索尔 is the first sound of a name, as 文 of 文 |
 * 沈听澜 is none.
 */
export function titleOpens(doc: Doc, lex: Lexicons, at: number): boolean {
  const title = lex.titles.at(doc.text, at);
  if (title === null) return false;
  return title.word.length >= 2 || (startsWord(doc, at) && endsWord(doc, title.end));
}

/**
 * One entry per name, with all its roles in the order found (原恒锂新能源副总裁梁屿出任总经理: the title before the
 * name and the one told after it).
 */
function merged(titled: readonly TitledName[]): TitledName[] {
  const byName = new Map<string, TitledName>();
  for (const t of titled) {
    const key = `${t.name.start}:${t.name.end}`;
    const seen = byName.get(key);
    if (seen) byName.set(key, { ...seen, roles: [...seen.roles, ...t.roles], credit: seen.credit || t.credit });
    else byName.set(key, t);
  }
  return [...byName.values()];
}

/** A well-known person of the lexicon starting at `start`, however jieba cut the name (高雄市长韩国瑜: 韩国/ns 瑜). */
function lexiconPersonAt(doc: Doc, hits: LexiconHits, start: number): NameSpan | null {
  const { phrases } = hits;
  for (let i = partitionPoint(phrases, (h) => h.start < start); i < phrases.length && (phrases[i] as PhraseHit).start === start; i++) {
    const hit = phrases[i] as PhraseHit;
    // 库克森: not where the name goes on past the lexicon's (库克).
    if (hit.value.person && endsWord(doc, hit.end)) return { start, end: hit.end, foreign: false };
  }
  return null;
}

/** 文｜沈听澜: a byline mark that credits the author without the word is reported as the author's role (作者). */
function asAuthor(doc: Doc, lex: Lexicons, r: RoleSpan): RoleSpan {
  if (!lex.words['role-words'].is(doc.text.slice(r.title.start, r.title.end), 'author-mark')) return r;
  return { ...r, word: inScript([...lex.words['layout-words'].of('author').words()][0] ?? '', doc.script) };
}

/**
 * What may follow a name and its title for the title to close the phrase (宋知远行长在…, 上官明远董事长的…): a mark, a
 * speech verb, a character that begins the next words, an adverb or a person's verb opening the predicate, or the
 * text's end.
 */
function closesNamedTitle(text: string, end: number, lex: Lexicons): boolean {
  return (
    isSlotBreak(text.charCodeAt(end)) ||
    lex.speechVerbs.at(text, end) !== null ||
    end >= text.length ||
    lex.chars.has('after-name', text.charCodeAt(end)) ||
    // 邵一鸣编剧非常喜欢雨天, 邵一鸣编剧出席首映式: an adverb or a verb whose subject is a person opens the predicate.
    lex.words['role-words'].of('predicate-adverb').at(text, end) !== null ||
    lex.personVerbs.at(text, end) !== null
  );
}
