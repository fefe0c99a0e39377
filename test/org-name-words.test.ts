import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgNameWords } from '../tools/org-name-words/derive.js';
import { createAnalyzer } from '../src/index.js';

const lexicon = (file: string) => readFileSync(new URL(`../src/lexicons/${file}`, import.meta.url), 'utf8');

describe('org-name-words.txt', () => {
  it('is what tools/org-name-words derives from companies.tsv', () => {
    const listed = lexicon('org-name-words.txt').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(listed).toEqual(orgNameWords(lexicon('companies.tsv')));
  });

  it('lets a name hold a word jieba tags as a verb, before an organisation word', () => {
    // 出版 is tagged v by jieba, and stands in known names (中南出版传媒 …): the name runs over it.
    const companies = (text: string) => createAnalyzer().analyze(text).companies.map((c) => c.name);
    expect(companies('股东湘岳出版集团拟减持不超过1%的公司股份。')).toContain('湘岳出版集团');
  });
});
