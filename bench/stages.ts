// Times the pipeline's stages one by one, in the same process as a bare jieba pass, for bench/run.js.
import { buildDoc } from '../src/document.js';
import { findEntities } from '../src/entities.js';
import { readLayout } from '../src/layout.js';
import { buildLexicons, findLexiconHits } from '../src/lexicons.js';
import { findAmounts } from '../src/money.js';
import { normalize } from '../src/normalize.js';
import { AnalyzerOptions } from '../src/options.js';
import { findPercentages } from '../src/percent.js';
import { findQuotes, speakerMentions } from '../src/quotes.js';
import { findTitledNames } from '../src/roles.js';
import { idfFile, prepareSegmenter, stopWordFile, tag } from '../src/segmenter.js';
import { contentTerms, pickKeywords } from '../src/keywords.js';
import { factCounts, summarize } from '../src/summary.js';
import { findCredits } from '../src/credits.js';
import { readStance } from '../src/stance.js';

const config = AnalyzerOptions.parse({});
prepareSegmenter(config.jieba, config.dictionary);
const lex = buildLexicons(config);

/** Milliseconds spent in each stage for one text (after the caller has warmed up). */
export function stageTimes(text: string): Record<string, number> {
  const t = performance.now.bind(performance);
  const t0 = t();
  const normalized = normalize(text);
  const tagged = tag(normalized.text);
  const t1 = t();
  const doc = buildDoc(text, normalized, tagged);
  const layout = readLayout(doc, lex);
  const t2 = t();
  findAmounts(doc);
  const percentages = findPercentages(doc);
  const t3 = t();
  const hits = findLexiconHits(doc, lex);
  const titled = findTitledNames(doc, lex, hits);
  const entities = findEntities(doc, lex, titled, hits);
  const quotes = findQuotes(doc, lex, hits, speakerMentions(entities.companies, entities.people));
  const t4 = t();
  const stance = readStance(doc, lex, layout, hits, quotes, percentages);
  const t5 = t();
  const content = contentTerms(doc, stopWordFile(config.jieba));
  pickKeywords(doc, idfFile(config.jieba), content, [...entities.companies, ...entities.people], config.keywords);
  const t6 = t();
  const facts = factCounts(doc, [...percentages, ...entities.companies.flatMap((c) => c.mentions)]);
  summarize(doc, layout, content, { facts, figures: facts, stance: stance.sentences.map((s) => s.label), article: stance.article.label }, config.summarySentences);
  const t7 = t();
  findCredits(doc, lex, layout, titled);
  const t8 = t();
  return { tag: t1 - t0, document: t2 - t1, figures: t3 - t2, entities: t4 - t3, stance: t5 - t4, keywords: t6 - t5, summary: t7 - t6, credits: t8 - t7 };
}
