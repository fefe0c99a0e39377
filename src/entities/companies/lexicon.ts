import { startsWord, type Doc } from '../../text/document.js';
import type { CompanyEntry, Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence } from '../evidence.js';
import { hasCompanyContext, listedWithCompany, stockMovesAfter } from './context.js';
import { misalignedIsCompany, namesInsideUnknownWords } from './misaligned.js';
import { companyNameEnds } from './name-ends.js';
import type { CompanySeed } from './seed.js';

/**
 * Lexicon names at token starts that end a word; everyday words (苹果, 小米, 民生) only with company context there or
 * in a list with another company (民生、工行、浦发).
 */
export function fromLexicon(doc: Doc, lex: Lexicons, { hits }: Evidence): CompanySeed[] {
  const { text } = doc;
  const { phrases } = hits;
  const seeds: CompanySeed[] = [];
  // Products and bodies that contain a company's name (阿里旺旺, 腾讯新闻客户端): the name inside them is no mention.
  // Made only where the text has such a name: a typed array costs a short text's call more than its scan.
  let blocked: Uint8Array | null = null;
  for (const b of phrases) if (b.value.notCompany && b.end - b.start > 2) (blocked ??= new Uint8Array(text.length)).fill(1, b.start, b.end);
  const insideNotCompany = (at: number) => blocked !== null && blocked[at] === 1;
  // 网易 in 网易科技 (a byline): a longer media name starting at the same place.
  const mediaEnd = new Map<number, number>();
  for (const h of phrases) if (h.value.media && !isWebsite(lex, text.slice(h.start, h.end))) mediaEnd.set(h.start, Math.max(mediaEnd.get(h.start) ?? 0, h.end));
  // 道琼斯工业平均指数, 纳斯达克指数: the company's name opens an index's.
  const indexAfter = lex.words['company-words'].of('index-after');
  let covered = 0;
  const { glued, inside } = namesInsideUnknownWords(doc, lex);
  const gluedStarts = new Set(glued.map((h) => h.start));
  const extra = [...glued, ...inside];
  const all = extra.length === 0 ? phrases : [...phrases, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const hit of all) {
    const value = hit.value.company ?? (hit.value.media ? websiteEntry(lex, text.slice(hit.start, hit.end)) : undefined);
    if (!value) continue;
    const m = { start: hit.start, end: hit.end, value };
    if (m.start < covered) continue;
    const surface = text.slice(m.start, m.end);
    const entry = m.value;
    // A name that fits jieba's words (or starts past a character it glued on); else one with evidence where it stands.
    const fits = (startsWord(doc, m.start) || gluedStarts.has(m.start)) && companyNameEnds(doc, lex, m.start, m.end, entry.needsContext);
    if (!fits && !misalignedIsCompany(doc, lex, m.start, m.end)) continue;
    if (entry.ticker && surface !== surface.toUpperCase()) continue;
    if ((mediaEnd.get(m.start) ?? 0) > m.end) continue;
    if (insideNotCompany(m.start) || indexAfter.at(text, m.end) !== null) continue;
    const why = `lexicon:${entry.name}`;
    if (
      entry.needsContext &&
      !hasCompanyContext(lex, text, m.start, m.end) &&
      !stockMovesAfter(lex, text, m.end) &&
      !listedWithCompany(doc, lex, m.start, m.end) &&
      !namesItsWork(lex, text, m.end)
    ) {
      continue;
    }
    const glued = !fits || !startsWord(doc, m.start);
    seeds.push({
      surface,
      group: entry.name,
      why,
      canonical: entry.name,
      // NIO written as the name is a ticker written in the text.
      codes: entry.codes.filter((code) => code === surface),
      listedCodes: entry.codes,
      only: entry.needsContext ? { start: m.start, end: m.end } : undefined,
      ...(glued ? { at: { start: m.start, end: m.end } } : {}),
    });
    // 深圳万科, 上海复星: a city or region written before a known name (no everyday word) is part of how the text names it.
    const place = entry.needsContext ? null : lex.words.places.of('region').endingAt(text, m.start);
    if (place && startsWord(doc, place.start)) {
      seeds.push({ surface: text.slice(place.start, m.end), group: entry.name, why, canonical: entry.name, at: { start: place.start, end: m.end } });
    }
    covered = m.end;
  }
  return seeds;
}

/**
 * 新华网, 人民网, 中新网: a news website is a business that runs it, named as a company; a paper, an agency or a
 * channel (新华社, 人民日报, 央视) is left to the credits.
 */
export function isWebsite(lex: Lexicons, name: string): boolean {
  return lex.words['company-words'].of('site-ending').endingAt(name, name.length) !== null;
}

function websiteEntry(lex: Lexicons, name: string): CompanyEntry | undefined {
  return isWebsite(lex, name) ? { name, codes: [], needsContext: false, ticker: false } : undefined;
}

/** 腾讯《王者荣耀》, 网易的《梦幻西游》: the title of a work right after a known maker's name, 的 optional. */
function namesItsWork(lex: Lexicons, text: string, at: number): boolean {
  return text[lex.words.particles.isCharAt(text, at, 'possessive') ? at + 1 : at] === '《';
}
