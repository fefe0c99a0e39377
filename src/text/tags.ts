/**
 * jieba's part-of-speech tags (ICTCLAS tags; see jieba's README), grouped by what the rules ask of a word. One
 * definition of each group, used everywhere.
 */

const tags = (list: string) => new Set(list.split(' '));

/** A person's name (nr; nrt transliterated, nrfg a full name jieba holds). */
export const PERSON_TAGS = tags('nr nrt nrfg');
/** What a proper name looks like to jieba: a name, an organisation, another proper noun, an abbreviation, an unknown word (x), a Latin word. */
export const PROPER_TAGS = tags('nz nr nrt nrfg nt x j eng z');
/** Words that may be part of a name: names, proper nouns, unknown and Latin words. */
export const NAME_TAGS = tags('nr nrt nrfg x nz eng');
/** How jieba tags a word that can be a pen name or a given name on its own (依依/z, 岚川/x). */
export const PEN_NAME_TAGS = tags('nr nrt nrfg nz x z i');
/** How jieba tags a two-character given name it reads as a word of its own (姗姗/i, 鹏飞/nz, 建新/v). */
export const GIVEN_WORD_TAGS = tags('nr nrfg nz i x v');
/** Nouns (and verbal and adjectival nouns) that a word before may modify. */
export const NOUN_TAGS = tags('n nz ns nt ng nrt vn an');
export const ADVERB_TAGS = tags('d ad df');
/** Function words: prepositions, conjunctions, particles, adverbs, interjections, onomatopoeia. */
const FUNCTION = 'p c u uj ul uz ug uv ud d y e o';
/** What a would-be surname is when jieba reads it alone as a function word or a verb (都/d, 于/p, 祝/v). */
export const NOT_SURNAME_TAGS = tags(`${FUNCTION} v`);
/** Parts of speech a name's last character never has when jieba reads it alone (信中, 平台上, 方面则). */
export const NOT_NAME_ENDING_TAGS = tags('f u uj ul uz d c p r q m y zg');
/** Words that cannot be inside an organisation's name: function words, verbs, pronouns, measure and time words. */
export const NOT_IN_ORG_TAGS = tags(`${FUNCTION} r q t f v vd zg df tg dg mq rr rz w`);
/**
 * What jieba tags a single character that is a word of its own, not a piece of a name it could not join (it gives
 * those arbitrary tags): a preposition, conjunction or particle, an adverb, a numeral or a measure word (因/p, 两/m).
 */
export const NOT_IN_NAME_SINGLE_TAGS = tags(`${FUNCTION} m q`);
/** Words that carry no stance by themselves: prepositions, conjunctions, particles, pronouns, numerals and measure words. */
export const FUNCTION_WORD_TAGS = tags('p c u uj ul uz ug uv ud y e o r rr rz m mq q');
/** Parts of speech that carry no topic: numerals, measure words, pronouns, function words, time and place words. */
export const NOT_TOPICAL_TAGS = tags(`m mq q r rr rz ${FUNCTION} df dg t tg f w zg`);
/** A place (ns) and an organisation (nt); x is a word jieba does not know. */
export const PLACE = 'ns';
export const ORGANISATION = 'nt';
export const UNKNOWN = 'x';
/** A verb (v), a verbal noun (vn), a common noun (n) and a conjunction (c). */
export const VERB = 'v';
export const VERBAL_NOUN = 'vn';
export const NOUN = 'n';
export const CONJUNCTION = 'c';

/**
 * A group's test of a tag by its code units (jieba's tags are one or two ASCII letters but for a few): no hashing of
 * the string per token, where a Set lookup per token was a large part of reading a document's words.
 */
export function tagTest(group: ReadonlySet<string>): (tag: string) => boolean {
  const short = new Uint8Array(1 << 14);
  for (const tag of group) {
    const key = shortKey(tag);
    if (key >= 0) short[key] = 1;
  }
  return (tag) => {
    const key = shortKey(tag);
    return key >= 0 ? short[key] === 1 : group.has(tag);
  };
}

/** A tag of one or two ASCII characters as a number under 2^14 (one character under 128, two above it), else -1. */
function shortKey(tag: string): number {
  const a = tag.charCodeAt(0);
  if (tag.length === 1) return a < 128 ? a : -1;
  if (tag.length !== 2) return -1;
  const b = tag.charCodeAt(1);
  return a < 128 && b < 128 ? (a << 7) | b : -1;
}
