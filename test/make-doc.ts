import { buildLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { AnalyzerOptions } from '../src/options.js';
import { buildDoc, type Doc } from '../src/text/document.js';
import { normalize } from '../src/text/normalize.js';
import type { Segmenter, WordIndex } from '../src/text/segmenter.js';

/** Tags that mean jieba does not hold the word in its dictionary: unknown (x), Latin and numbers by their characters. */
const NOT_IN_DICTIONARY = new Set(['x', 'eng', 'm']);

/**
 * A document built by hand, without jieba: `makeDoc('星澜资本/nt 合伙人/n 秦墨/x 表示/v')` is the text 星澜资本合伙人秦墨表示
 * cut into those words with those tags. The dictionary holds each written word with its tag unless the tag says
 * jieba would not know it (x, eng, m); `dictionary` adds or overrides words (a tag, or null for none). Every word
 * the dictionary holds weighs 10 in its IDF table (a rare word) unless `idf` gives its weight (现金: 6.8).
 */
export function makeDoc(
  words: string,
  dictionary: Record<string, string | null> = {},
  options: AnalyzerOptions = {},
  idf: Record<string, number> = {},
): { doc: Doc; lex: Lexicons; text: string } {
  const cut = words.split(' ').filter((w) => w !== '').map((w) => {
    const slash = w.lastIndexOf('/');
    return slash > 0 ? { word: w.slice(0, slash).replaceAll('␣', ' '), pos: w.slice(slash + 1) } : { word: w.replaceAll('␣', ' '), pos: 'x' };
  });
  const tags = new Map<string, string>();
  for (const { word, pos } of cut) if (!NOT_IN_DICTIONARY.has(pos)) tags.set(word, pos);
  for (const [word, tag] of Object.entries(dictionary)) {
    if (tag === null) tags.delete(word);
    else tags.set(word, tag);
  }
  const index: WordIndex = {
    dictionaryTag: (word) => tags.get(word),
    idf: (word) => (tags.has(word) ? (idf[word] ?? 10) : undefined),
    idfAt: () => {
      throw new Error('makeDoc: the hand-cut words have no dictionary numbers');
    },
    median: 10,
    max: 12,
  };
  const text = cut.map((w) => w.word).join('');
  const segmenter: Segmenter = {
    segment(input, visit) {
      if (input !== normalized) throw new Error(`makeDoc: the hand-cut words are of ${JSON.stringify(normalized)}, not ${JSON.stringify(input)}`);
      for (const { word, pos } of cut) visit(word, pos, -1);
    },
    words: index,
    stopWords: new Set(),
  };
  const lex = buildLexicons(AnalyzerOptions.parse(options), index, segmenter.stopWords);
  const normalized = normalize(text, lex).text;
  return { doc: buildDoc(text, normalize(text, lex), segmenter), lex, text };
}
