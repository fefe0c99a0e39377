import { alignsWithTokens, endsWord, startsWord, tokenContaining, tokenStartingAt, type Doc, type Tok } from '../text/document.js';
import { isTickerWord, type Lexicons } from '../lexicon/lexicons.js';
import { type LexiconHits, type PhraseHit } from '../text/hits.js';
import { orgSlot, type TitledName } from './roles.js';

/**
 * Company candidates from several kinds of evidence, each kept with its reason: the lexicon (checked against
 * context for everyday words such as 苹果), registered-name morphology (深圳市极光芯片股份有限公司 with its short forms
 * 极光芯片 and 极光), stock codes (凯赛生物(688065)), the organisation before a title (雅座CEO白昱), a name before
 * 公司/集团 (日科创想公司), a trade name before an industry word in company context (炎黄网络CEO), and jieba's
 * organisation tag on names ending in an organisation word.
 */

export interface CompanySeed {
  /** The name as it appears in the analysis copy. */
  surface: string;
  /** Seeds with the same group are one company (the lexicon's canonical name, or the registered name). */
  group: string;
  why: string;
  /** Only these occurrences count (an everyday word is a company only where its context says so). */
  only?: { start: number; end: number } | undefined;
  /** An occurrence that counts wherever jieba's words fall (the name before a stock code), besides all others. */
  at?: { start: number; end: number };
  codes?: string[];
  /** The lexicon's canonical name, preferred as the entity's name when it appears. */
  canonical?: string;
  /** A registered name's first two characters after its place (海蓝 in 深圳市海蓝跨境电子商务有限公司). */
  tradeName?: string;
}

const NOT_COMPANY_ENDINGS = /(部|部门|中心|团队|事业群|事业部|委员会|委|局|署|办|办公室|政府|法院|检察院|大学|学院|学校|协会|学会|商会|研究会|基金会|联盟|研究院|研究所|交易所|指数|板)$/;
const GENERIC_NAMES = /^(上市|互联网|科技|电商|金融|母|子|大|小|该|这家|那家|一家|多家|各家|国内|国外|海外|外资|合资|民营|国有|中资|跨国|初创|创业|新|老|本|其|头部|龙头|中小|大型|小型|知名|相关|当地|本地|上游|下游|集团|控股|公司|投资|咨询|物流|保险|证券|基金|银行|地产|房地产|信托|资管|游戏|平台|社交|媒体|传统|实体|线下|线上|移动|网络|数字|智能|人工智能|新能源|汽车|医药|生物|芯片|半导体|能源|电力|零售|服务|技术|信息|软件|管理|运营|营销|广告|内容|客户|供应商|服务商|竞争对手|合作伙伴)$/;
/** Parts of speech that mark a proper name rather than an everyday word (a place, ns, is not a trade name). */
const PROPER_TAGS = new Set(['nz', 'nr', 'nrt', 'nrfg', 'nt', 'x', 'j', 'eng', 'z']);
/** Words after a name that make it act as a company (苹果公司, 小米发布, 美的集团). */
const COMPANY_CONTEXT_AFTER = /^(公司|集团|控股|旗下|股价|股份|市值|宣布|发布|推出|上市|财报|营收|收入|净利润|利润|CEO|董事长|总裁|创始人|高管|员工|门店|品牌|业务|生态|官方|方面|此前|近日|日前|今年|去年|首席|领投|跟投|参投|联合领投|的CEO|的股价|的市值|的财报|的营收|的业务|的创始人|的董事长|的[A-Za-z])/;
const COMPANY_CONTEXT_BEFORE = /(收购|入股|投资|竞争对手|对手|巨头|厂商|联手|携手|牵手|合作伙伴|股东|控股股东|领投|跟投)了?$/;
const CODE = /[(（]\s*(?:(?:股票)?代码\s*[:：]?\s*)?((?:SH|SZ|BJ)?\d{6}(?:\.(?:SH|SZ|BJ|SS))?|\d{4,5}\.HK|[A-Z]{2,5}(?:\.[A-Z]{1,2})?)\s*[)）]/g;

export function companySeeds(doc: Doc, lex: Lexicons, titled: readonly TitledName[], hits: LexiconHits): CompanySeed[] {
  const { orgWords } = hits.markers;
  return [
    ...fromCopula(doc, lex),
    ...fromLexicon(doc, lex, hits.phrases),
    ...fromRegisteredNames(doc, lex, orgWords),
    ...fromStockCodes(doc, lex),
    ...fromTitles(doc, lex, titled),
    ...fromMorphology(doc, lex, orgWords),
    ...fromBranches(doc, lex, orgWords),
    ...fromOrganisationTags(doc, lex),
  ].filter((seed) => isPlausible(seed.surface, lex));
}

function isPlausible(surface: string, lex: Lexicons): boolean {
  return (
    !ACRONYMS.has(surface.toUpperCase()) &&
    !ACRONYMS.has(surface.replace(/公司$/, '').toUpperCase()) &&
    surface.length >= 2 &&
    surface.length <= 30 &&
    !lex.notCompanies.has(surface.toLowerCase()) &&
    !NOT_COMPANY_ENDINGS.test(surface) &&
    !GENERIC_NAMES.test(surface) &&
    !lex.media.get(surface) &&
    !/^\d+$/.test(surface) &&
    !/指数|恒指|沪指|深成指|纳指|道指|标普/.test(surface) &&
    !KINDS_OF_FIRM.test(surface) &&
    // •地产, 艺术村的: a name neither opens on a mark nor ends on 的 (unless it is a known name: 美的).
    /^[\p{L}\p{N}]/u.test(surface) &&
    (!surface.endsWith('的') || lex.companies.get(surface) !== undefined)
  );
}

/**
 * 商业银行, 多家房产中介公司, 光大三家银行: a kind of firm, or a number of firms, not one firm. The kinds are industry
 * words that never stand for a name on their own.
 */
const KINDS_OF_FIRM =
  /^(多家|各大|各家|数家|几家|某|沪上某|国内某|一些|大型|中小)|[一二两三四五六七八九十几数多]家|^(上市|商业|中资|外资|国有|股份制|中央|民营|城市|农村|地方|政策性|投资|开发性)银行$|^(房产|房地产|地产)?中介公司$|^博彩公司$/;

/**
 * Lexicon names at token starts that end a word; everyday words (苹果, 小米, 民生) only with company context there or
 * in a list with another company (民生、工行、浦发).
 */
function fromLexicon(doc: Doc, lex: Lexicons, phrases: readonly PhraseHit[]): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  // Products and bodies that contain a company's name (阿里旺旺, 腾讯新闻客户端): the name inside them is no mention.
  const blocked = new Uint8Array(text.length);
  for (const b of phrases) if (b.value.notCompany && b.end - b.start > 2) blocked.fill(1, b.start, b.end);
  const insideNotCompany = (at: number) => blocked[at] === 1;
  // 网易 in 网易科技 (a byline): a longer media name starting at the same place.
  const mediaEnd = new Map<number, number>();
  for (const h of phrases) if (h.value.media) mediaEnd.set(h.start, Math.max(mediaEnd.get(h.start) ?? 0, h.end));
  let covered = 0;
  for (const hit of phrases) {
    if (!hit.value.company) continue;
    const m = { start: hit.start, end: hit.end, value: hit.value.company };
    if (m.start < covered) continue;
    const surface = text.slice(m.start, m.end);
    const entry = m.value;
    if (!companyNameEnds(doc, m.start, m.end, entry.needsContext)) continue;
    if (entry.ticker && surface !== surface.toUpperCase()) continue;
    if ((mediaEnd.get(m.start) ?? 0) > m.end) continue;
    if (insideNotCompany(m.start) || /^(工业)?(平均)?指数/.test(text.slice(m.end, m.end + 6))) continue;
    const why = `lexicon:${entry.name}`;
    if (entry.needsContext && !hasCompanyContext(text, m.start, m.end) && !listedWithCompany(doc, lex, m.start, m.end)) continue;
    seeds.push({
      surface,
      group: entry.name,
      why,
      canonical: entry.name,
      codes: [...entry.codes],
      only: entry.needsContext ? { start: m.start, end: m.end } : undefined,
    });
    covered = m.end;
  }
  return seeds;
}

/**
 * Whether a company name at [start, end) ends there in jieba's reading: where jieba ends a word; where its HMM glued
 * the next character onto it in a word it does not know (美團升/x, 置地升/x); where jieba lent the name's last
 * character to a two-character word after it (建/行为64元), unless the name is also an everyday word; anywhere for
 * a name of four characters or more. Latin names end where the letters do.
 */
export function companyNameEnds(doc: Doc, start: number, end: number, everydayWord = false): boolean {
  const { text } = doc;
  // 阿波罗湾, 迪士尼乐园, 上海国际博览中心: the name goes on as a place's or a body's.
  if (FACILITY_AFTER.test(text.slice(end, end + 4))) return false;
  const latin = /[A-Za-z0-9]/;
  if (latin.test(text[start] ?? '') && latin.test(text[start - 1] ?? '')) return false;
  if (latin.test(text[end - 1] ?? '')) return !latin.test(text[end] ?? '');
  if (endsWord(doc, end) || end - start >= 4) return true;
  const last = tokenContaining(doc, end - 1);
  if (last === undefined || end - start < 2) return false;
  return (last.pos === 'x' && last.end - end <= 1) || (!everydayWord && last.start === end - 1 && last.end === end + 1);
}

const FACILITY_AFTER = /^(?:湾|乐园|度假区|博览中心|会展中心|体育场|体育馆|机场|自卫队)/;

export function hasCompanyContext(text: string, start: number, end: number): boolean {
  return (
    COMPANY_CONTEXT_AFTER.test(text.slice(end, end + 5)) ||
    COMPANY_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 5), start)) ||
    /^\s?[(（]\s?(\d{6}|\d{4,5}\.HK|[A-Z]{2,5})/.test(text.slice(end, end + 12))
  );
}

/** 深圳市极光芯片股份有限公司, then 极光芯片 and 极光: the registered name and the short forms it implies. */
type OrgWordHit = LexiconHits['markers']['orgWords'][number];

function fromRegisteredNames(doc: Doc, lex: Lexicons, orgWords: readonly OrgWordHit[]): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (const legal of orgWords) {
    if (!legal.value.has('legal')) continue;
    let nameEnd = legal.start;
    // 乐视网信息技术(北京)股份有限公司: a place in brackets before the legal form belongs to the name.
    const bracket = text.slice(Math.max(0, nameEnd - 6), nameEnd).match(/[(（][\u4e00-\u9fff]{2,4}[)）]$/);
    if (bracket) nameEnd -= bracket[0].length;
    const slot = orgSlot(doc, lex, nameEnd, 20);
    if (!slot.org) continue;
    // 某某股份有限公司子公司华创证券有限责任公司: the name begins after an earlier registered name.
    let slotStart = slot.slotStart;
    for (const w of lex.orgWords.all(text, slotStart, nameEnd)) if (w.value.has('legal')) slotStart = w.end;
    while (text.startsWith('子公司', slotStart) || NAME_JOINERS.has(text[slotStart] as string)) slotStart += text.startsWith('子公司', slotStart) ? 3 : 1;
    // A registered name opens with its place (常州联电能源服务有限公司 in 运营平台常州联电…): start there.
    let start = Math.max(slot.org.start, slotStart);
    if (nameEnd - start < 2) continue;
    for (let i = slotStart; i < nameEnd - 2; i++) {
      if (lex.words.places.of('region').at(text, i, nameEnd)) {
        start = i;
        break;
      }
    }
    // 同在杭州的蜂巢星选传媒有限公司: what ends in 的 describes the company and is no part of its name (unless the 的
    // ends a known name: 合肥美的电冰箱有限公司).
    const describedUntil = text.lastIndexOf('的', nameEnd - 1);
    const endsKnownName = (de: number) => [1, 2, 3].some((n) => lex.companies.get(text.slice(de - n, de + 1)) !== undefined);
    if (describedUntil >= start && !endsKnownName(describedUntil)) start = describedUntil + 1;
    if (nameEnd - start < 2) continue;
    const org = { start, end: nameEnd };
    const full = text.slice(org.start, legal.end);
    const place = lex.words.places.of('region').at(text, org.start, nameEnd);
    const coreStart = place && nameEnd - place.end >= 2 ? place.end : org.start;
    const forms = new Set([full, text.slice(coreStart, nameEnd)]);
    // Strip industry words from the end while a name of two characters or more remains: 云栖数智科技 → 云栖数智.
    let coreEnd = nameEnd;
    for (let w = lex.orgWords.endingAt(text, coreEnd); w && w.value.has('industry') && w.start - coreStart >= 2; w = lex.orgWords.endingAt(text, coreEnd)) {
      coreEnd = w.start;
      forms.add(text.slice(coreStart, coreEnd));
    }
    const tradeName = text.slice(coreStart, coreStart + 2);
    for (const surface of forms) seeds.push({ surface, group: full, why: 'morphology:registered-name', tradeName });
    // 深圳市芯曜智算科技有限公司（下称“芯曜智算”）: the text declares its own short name.
    const declared = text.slice(legal.end, legal.end + 20).match(/^[(（](?:以下|下文)?(?:简称|下称|称)[:：]?[“"「]([^”"」]{2,12})[”"」]/);
    if (declared) seeds.push({ surface: declared[1] as string, group: full, why: 'context:declared-short-name', tradeName });
  }
  return seeds;
}

/** 凯赛生物(688065), 阿里巴巴(09988.HK), 蔚来(NIO): the name right before a stock code. */
function fromStockCodes(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m; m = CODE.exec(text)) {
    // A numeric code fixes where the name is; letters in brackets may be any abbreviation (MLCC), so a name before
    // them counts only where jieba's words line up.
    const { org } = orgSlot(doc, lex, m.index, 10);
    if (!org) continue;
    const surface = text.slice(org.start, org.end);
    seeds.push({ surface, group: lex.companies.get(surface)?.name ?? surface, why: 'context:stock-code', codes: [m[1] as string], ...(isTickerWord(m[1] as string) ? {} : { at: org }) });
  }
  return seeds;
}

/**
 * The organisation before a business title: 高朋网副总裁高峡, 雅座CEO白昱, 皮皮精灵助理总裁. Before a byline role
 * it is a medium; before a public or artistic office (州长, 导演) a place, a team or an institution; and one
 * everyday word (外汇分析师, 主队队长) or a place is no organisation.
 */
function fromTitles(doc: Doc, lex: Lexicons, titled: readonly TitledName[]): CompanySeed[] {
  const { text } = doc;
  return titled.flatMap((t) =>
    t.roles.flatMap((role) => {
      if (!role.org || role.orgIsPronoun || lex.titles.endingAt(text, role.title.end)?.value !== 'head') return [];
      const surface = text.slice(role.org.start, role.org.end);
      const known = lex.companies.get(surface);
      if (!known && (isEverydayWord(doc, role.org.start, role.org.end) || lex.words.places.of('region').get(surface))) return [];
      return [{ surface, group: known?.name ?? surface, why: 'context:title' }];
    }),
  );
}

/** One jieba word, not tagged as a proper name. */
function isEverydayWord(doc: Doc, start: number, end: number): boolean {
  const t = tokenStartingAt(doc, start);
  return t !== undefined && t.end === end && !PROPER_TAGS.has(t.pos);
}

/**
 * A proper name before 公司/集团/控股 (日科创想公司, 通卡公司) or before an industry word when company context
 * follows (炎黄网络CEO, 星澜资本领投): the name with and without the word.
 */
function fromMorphology(doc: Doc, lex: Lexicons, orgWords: readonly OrgWordHit[]): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (const w of orgWords) {
    const generic = w.value.has('generic');
    if (!generic && !w.value.has('industry')) continue;
    // 互联网, 官网 and 网购 are words of their own: the organisation word must be whole jieba words.
    if (w.value.has('legal') || !alignsWithTokens(doc, w.start, w.end)) continue;
    const { org } = orgSlot(doc, lex, w.start, 6);
    if (!org || org.end - org.start < 2) continue;
    const context = hasCompanyContext(text, org.start, w.end);
    const listed = listedWithCompany(doc, lex, org.start, w.end);
    const name = text.slice(org.start, org.end);
    const known = lex.companies.get(name) !== undefined;
    const proper = hasProperToken(doc, org.start, org.end);
    // 资本, 创投, 银行 after a proper name or a place (湘江资本, 韩亚银行) make a company by themselves; 科技 or 能源
    // need company context too, or a list of companies around them.
    const strong = STRONG_INDUSTRY.has(w.word) && (proper || hasTag(doc, org.start, org.end, 'ns'));
    if (!known && !proper && !strong && !(generic && (context || listed))) continue;
    // 上海期货交易所, 深圳证券交易所: an exchange, whose name only begins like a company's.
    if (text.startsWith('交易所', w.end)) continue;
    if (!generic && !context && !strong && !listed) continue;
    // 消费类公司, 能源公司: a description, not a name.
    if (/[类型性式]$/.test(name) || lex.orgWords.get(name)?.has('industry')) continue;
    const full = text.slice(org.start, w.end);
    const group = lex.companies.get(full)?.name ?? lex.companies.get(name)?.name ?? full;
    // 投资, 控股, 建设 are verbs too (美空军投资研发): as industry words they end the name, so no word may follow.
    if (VERB_LIKE_INDUSTRY.has(w.word) && /^[\u4e00-\u9fff]/.test(text.slice(w.end, w.end + 1)) && !COMPANY_CONTEXT_AFTER.test(text.slice(w.end, w.end + 5))) continue;
    seeds.push({ surface: full, group, why: `morphology:${w.word}` });
    if (generic) seeds.push({ surface: name, group, why: `morphology:${w.word}` });
  }
  return seeds;
}

/** What joins one registered name to the next (甲有限公司及乙有限公司, 甲有限公司与乙有限公司). */
const NAME_JOINERS = new Set(['及', '与', '和', '、', '的']);

/**
 * 通卡公司、一卡易公司; 晨曦股份、华韵科技: an item of a list (、 or ,) next to an item that is a known company or
 * ends in an organisation word.
 */
function listedWithCompany(doc: Doc, lex: Lexicons, start: number, end: number): boolean {
  const { text } = doc;
  const isCompany = (from: number, to: number) => {
    if (to - from < 2 || to - from > 12) return false;
    const ending = lex.orgWords.endingAt(text, to);
    return lex.companies.get(text.slice(from, to)) !== undefined || (ending !== null && !ending.value.has('descriptor') && ending.start - from >= 2);
  };
  // The item itself ends where the list goes on (百度智能云 is no item 百度智能).
  if (end < text.length && !ITEM_BREAKS.test(text[end] as string)) return false;
  if (LIST_MARKS.has(text[start - 1] as string)) {
    let from = start - 1;
    while (from > 0 && start - from < 14 && !ITEM_BREAKS.test(text[from - 1] as string)) from--;
    if (isCompany(from, start - 1)) return true;
  }
  if (LIST_MARKS.has(text[end] as string)) {
    let to = end + 1;
    while (to < text.length && to - end < 14 && !ITEM_BREAKS.test(text[to] as string)) to++;
    if (isCompany(end + 1, to)) return true;
  }
  return false;
}

const LIST_MARKS = new Set(['、', ',']);
const ITEM_BREAKS = /[、,。;:!?()“”"\n\s等和及与]/;

/**
 * 交通银行深圳分行, 中国电信武汉分公司: a known company, an optional place and a branch word name a unit of the company,
 * kept as a company of its own.
 */
function fromBranches(doc: Doc, lex: Lexicons, orgWords: readonly OrgWordHit[]): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (const w of orgWords) {
    if (!w.value.has('branch')) continue;
    const place = lex.words.places.of('region').endingAt(text, w.start);
    const companyEnd = place ? place.start : w.start;
    for (let start = Math.max(0, companyEnd - 12); start <= companyEnd - 2; start++) {
      if (lex.companies.get(text.slice(start, companyEnd)) === undefined) continue;
      const surface = text.slice(start, w.end);
      seeds.push({ surface, group: surface, why: `morphology:branch:${w.word}` });
      break;
    }
  }
  return seeds;
}

const VERB_LIKE_INDUSTRY = new Set(['投资', '控股', '建设', '制造', '咨询', '管理', '发展', '文化', '教育', '服务']);
/** Industry words that, after a proper name, nearly always close a company's name (星澜资本, 钱塘创投, 江州银行). */
const STRONG_INDUSTRY = new Set(['资本', '创投', '银行', '证券', '保险', '信托', '期货', '基金管理', '资产管理', '投资管理', '集团', '控股']);

/**
 * Some token in [start, end) is tagged as a proper name or unknown to jieba, or the span is broken into single
 * characters (美/ns 肤/n 汇/n): jieba has no word for it, which is how a new trade name looks.
 */
function hasProperToken(doc: Doc, start: number, end: number): boolean {
  let singles = 0;
  for (let i = start; i < end; i++) {
    if (!startsWord(doc, i)) continue;
    const t: Tok | undefined = tokenStartingAt(doc, i);
    if (t && PROPER_TAGS.has(t.pos) && !ACRONYMS.has(doc.text.slice(t.start, t.end).toUpperCase())) return true;
    if (t && t.end - t.start === 1 && /[\u4e00-\u9fff]/.test(doc.text[t.start] as string)) singles++;
  }
  return singles >= 2 && singles === end - start;
}

function hasTag(doc: Doc, start: number, end: number, pos: string): boolean {
  for (let i = start; i < end; i++) if (tokenStartingAt(doc, i)?.pos === pos) return true;
  return false;
}

/** Latin acronyms of business jargon, never a company's name on their own. */
const ACRONYMS = new Set('CRM ERP B2C B2B C2C C2B O2O IT AI API APP CEO CFO COO CTO IPO GDP CPI PPI ETF SAAS PAAS IAAS PC ID LBS WAP IOS VR AR IOT GPU CPU AIGC ESG KPI OTA SKU GMV ROI ROE PE VC PR HR UI UX SDK'.split(' '));

/** 美肤汇是典型的小而美电商代表, 聚美优品是第一批入驻微信平台的电商: a name said to be a kind of business. */
const COPULA = /是(?:一家|国内|中国|全球|典型的|第一批)?[^,。;!?、]{0,12}?(?:公司|企业|电商|平台|品牌|服务商|运营商|厂商|供应商|代表|独角兽)(?=[,。;!?]|$)/y;

function fromCopula(doc: Doc, lex: Lexicons): CompanySeed[] {
  const { text } = doc;
  const seeds: CompanySeed[] = [];
  for (let at = text.indexOf('是'); at >= 0; at = text.indexOf('是', at + 1)) {
    COPULA.lastIndex = at;
    if (!COPULA.test(text)) continue;
    const { org } = orgSlot(doc, lex, at, 6);
    if (!org || org.start !== clauseStartOf(text, at) || !hasProperToken(doc, org.start, org.end)) continue;
    const surface = text.slice(org.start, org.end);
    seeds.push({ surface, group: lex.companies.get(surface)?.name ?? surface, why: 'context:copula' });
  }
  return seeds;
}

/** The offset after the last punctuation mark before `at` in its sentence. */
function clauseStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[,。;:!?“”"\n]/.test(text[i - 1] as string)) i--;
  return i;
}

/** jieba's organisation tag (nt) on a word ending in an organisation word: 国家开发银行. */
function fromOrganisationTags(doc: Doc, lex: Lexicons): CompanySeed[] {
  const seeds: CompanySeed[] = [];
  for (const t of doc.tokens) {
    if (t.pos !== 'nt' || t.end - t.start < 3) continue;
    const word = doc.text.slice(t.start, t.end);
    const ending = lex.orgWords.endingAt(word, word.length);
    if (!ending || !(ending.value.has('industry') || ending.value.has('legal'))) continue;
    seeds.push({ surface: word, group: lex.companies.get(word)?.name ?? word, why: 'pos:nt' });
  }
  return seeds;
}
