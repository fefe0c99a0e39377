import nodejieba from 'nodejieba';
import { NOT_IN_ORG_TAGS } from '../../src/text/tags.js';

/** In how many of the known names (names and aliases) a word must stand to be listed. */
export const MIN_NAMES = 3;

/**
 * The words jieba tags as words that cannot be inside an organisation's name (verbs, adverbs, time and place words:
 * 出版/v, 高新/d, 西部/f) but that stand inside MIN_NAMES or more of the known companies' Chinese names (安徽出版集团,
 * 南方航空), as jieba cuts them: read from `companies.tsv` (its name and alias columns), sorted.
 */
export function orgNameWords(companiesTsv: string): string[] {
  const counts = new Map<string, number>();
  for (const line of companiesTsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [name = '', aliases = ''] = line.split('\t');
    for (const surface of new Set([name, ...aliases.split('|')])) {
      if (!/^[\u4e00-\u9fff]+$/.test(surface)) continue;
      const words = nodejieba.tag(surface);
      // A name jieba keeps whole is one word, whatever its tag: it tells nothing of the words inside names.
      if (words.length < 2) continue;
      for (const { word, tag } of words) {
        if (word.length >= 2 && NOT_IN_ORG_TAGS.has(tag)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return [...counts].filter(([, n]) => n >= MIN_NAMES).map(([word]) => word).sort();
}
