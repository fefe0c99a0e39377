import type { Lexicons } from '../lexicon/lexicons.js';
import type { Doc } from '../text/document.js';

/**
 * Where a text was published, for the currency a bare 元 or 亿 means: 元 with no currency word is the local currency
 * of the publication, TWD in Taiwan media, HKD for local amounts in Hong Kong media, CNY on the mainland. A Taiwan
 * dateline decides by itself (【记者某某／高雄报导】, 中央社台北15日电), in any script; otherwise traditional script
 * with more Taiwan words than Hong Kong words (台股, 立法院, 新台币 against 港股, 立法会) is Taiwan's, with more Hong
 * Kong words Hong Kong's; simplified script is the mainland's.
 */

export interface Local {
  code: string;
  why: string;
}

const LOCAL_CODES = { taiwan: 'TWD', 'hong-kong': 'HKD', mainland: 'CNY' } as const;
/** How far into the text a dateline may stand, in characters, and how much may stand between its place and 电/报导 (15日, 市). */
const DATELINE_REACH = 400;
const DATELINE_GAP = /^[\d\s月日市县]{0,6}/;
/** Distinct cue words a place needs before traditional script is read as its press. */
const MIN_CUES = 1;

export function localCurrency(doc: Doc, lex: Lexicons): Local {
  const { text } = doc;
  const words = lex.words.locales;
  const head = text.slice(0, DATELINE_REACH);
  for (const place of words.of('taiwan-place').all(head)) {
    const gap = head.slice(place.end).match(DATELINE_GAP)?.[0] ?? '';
    const end = words.of('dateline-end').at(head, place.end + gap.length);
    if (end) return { code: LOCAL_CODES.taiwan, why: `local:taiwan (dateline ${place.word}…${end.word})` };
  }
  if (doc.script !== 'traditional') return { code: LOCAL_CODES.mainland, why: 'local:mainland' };
  const cues = (kind: 'taiwan' | 'hong-kong') => [...new Set(words.of(kind).all(text).map((h) => h.word))];
  const taiwan = cues('taiwan');
  const hongKong = cues('hong-kong');
  if (hongKong.length >= MIN_CUES && hongKong.length > taiwan.length) {
    return { code: LOCAL_CODES['hong-kong'], why: `local:hong-kong (traditional script; ${hongKong.slice(0, 3).join(', ')})` };
  }
  const seen = taiwan.length ? `; ${taiwan.slice(0, 3).join(', ')}` : '; no other cue';
  return { code: LOCAL_CODES.taiwan, why: `local:taiwan (traditional script${seen})` };
}
