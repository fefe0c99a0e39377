// Writes src/lexicons/org-name-words.txt from src/lexicons/companies.tsv: node build/tools/org-name-words.js
import { readFileSync, writeFileSync } from 'node:fs';
import { MIN_NAMES, orgNameWords } from './derive.js';

const OUT = 'src/lexicons/org-name-words.txt';
const words = orgNameWords(readFileSync('src/lexicons/companies.tsv', 'utf8'));
const header = [
  '# Words jieba tags as words that are never inside an organisation\'s name (verbs, adverbs, time and place words:',
  `# 出版/v, 高新/d, 西部/f) but that stand inside ${MIN_NAMES} or more of the Chinese names in companies.tsv, as jieba cuts`,
  '# them (安徽出版集团, 南方航空): such a word does not end the name before an organisation word or a title.',
  '# Written by tools/org-name-words from companies.tsv; do not edit by hand (test/org-name-words.test.ts checks it).',
];
writeFileSync(OUT, `${header.join('\n')}\n${words.join('\n')}\n`);
console.log(`wrote ${OUT}: ${words.length} words`);
