import { findCredits } from './credits.js';
import { buildDoc, countCodePoints, type Doc } from './document.js';
import { findEntities } from './entities.js';
import { describeValue as describe } from './describe.js';
import { contentTerms, keywordsAcross, pickKeywords, termList } from './keywords.js';
import { readLayout } from './layout.js';
import { buildLexicons, findLexiconHits, type Lexicons } from './lexicons.js';
import { findAmounts } from './money.js';
import { normalize } from './normalize.js';
import { AnalyzeOptions, AnalyzerOptions, parseOptions, type AnalyzerConfig } from './options.js';
import { findPercentages } from './percent.js';
import { findQuotes, speakerMentions } from './quotes.js';
import { findTitledNames } from './roles.js';
import type { Analysis, Keyword } from './schema.js';
import { jiebaWords, prepareSegmenter, stopWordFile } from './segmenter.js';
import { companyStance, readStance } from './stance.js';
import { factCounts, summarize } from './summary.js';

export interface Analyzer {
  /**
   * Analyzes one article. Throws a TypeError for a non-string; any string, even empty, gets a valid Analysis.
   * @example analyzer.analyze('阿里巴巴宣布以5.86亿美元入股新浪微博。').amounts[0].value // => 586000000
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * Keywords of each article against the others (natural's TfIdf over the articles' terms, an entity counted as
   * one term): what sets each apart within its corpus, where {@link Analysis.keywords} weighs words by jieba's IDF.
   * @example analyzer.keywordsAcross([articleA, articleB], 5) // => [[{ term, weight }, …], […]]
   */
  keywordsAcross(texts: readonly string[], count?: number): Keyword[][];
}

/**
 * Creates an analyzer with its own lexicon entries and options. Creating one does no work; the first analysis
 * loads jieba (process-global, about 0.7 s) and the lexicons.
 * @example const analyzer = createAnalyzer({ companies: [{ name: '星火互娱', aliases: ['星火'] }] })
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const config = parseOptions(AnalyzerOptions, options, 'createAnalyzer options');
  let lexicons: Lexicons | null = null;
  const ready = (): Lexicons => {
    if (!lexicons) {
      prepareSegmenter(config.jieba, config.dictionary);
      lexicons = buildLexicons(config);
    }
    return lexicons;
  };
  return {
    analyze(text, callOptions) {
      if (typeof text !== 'string') throw new TypeError(`xinwen: analyze() expects a string, got ${describe(text)}`);
      const call = parseOptions(AnalyzeOptions, callOptions, 'analyze options');
      return run(text, ready(), config, call.tokens);
    },
    keywordsAcross(texts, count = config.keywords) {
      if (!Array.isArray(texts)) throw new TypeError(`xinwen: keywordsAcross() expects an array of strings, got ${describe(texts)}`);
      const lex = ready();
      return keywordsAcross(
        texts.map((text, i) => {
          if (typeof text !== 'string') throw new TypeError(`xinwen: keywordsAcross() text ${i} is ${describe(text)}, not a string`);
          const doc = readDoc(text);
          const { companies, people } = recognise(doc, lex);
          return termList(doc, contentTerms(doc, stopWordFile(config.jieba)), [...companies, ...people]);
        }),
        count,
      );
    },
  };
}

/** The companies and people of a document, with what the lexicons found on the way. */
function recognise(doc: Doc, lex: Lexicons) {
  const hits = findLexiconHits(doc, lex);
  const titled = findTitledNames(doc, lex, hits);
  return { hits, titled, ...findEntities(doc, lex, titled, hits) };
}

/** Called as each part of the pipeline ends, with its name: how the benchmark times the stages. */
export type Lap = (stage: 'segment' | 'layout' | 'figures' | 'entities' | 'stance' | 'keywords' | 'summary') => void;

/** The pipeline: read the document, then each stage reads it (and what earlier stages found) and adds its part. */
export function run(input: string, lex: Lexicons, config: AnalyzerConfig, withTokens: boolean, lap: Lap = () => {}): Analysis {
  const doc = readDoc(input);
  lap('segment');
  const layout = readLayout(doc, lex);
  lap('layout');
  const amounts = findAmounts(doc);
  const percentages = findPercentages(doc);
  lap('figures');
  const { hits, titled, companies, people } = recognise(doc, lex);
  const quotes = findQuotes(doc, lex, hits, speakerMentions(companies, people));
  const credits = findCredits(doc, lex, layout, titled);
  lap('entities');
  const stance = readStance(doc, lex, layout, hits, quotes, percentages);
  lap('stance');
  const content = contentTerms(doc, stopWordFile(config.jieba));
  const keywords = pickKeywords(doc, jiebaWords(), content, [...companies, ...people], config.keywords);
  lap('keywords');
  const figures = [...amounts, ...percentages];
  const facts = factCounts(doc, [...figures, ...figures, ...companies.flatMap((c) => c.mentions), ...people.flatMap((p) => p.mentions)]);
  const summary = summarize(
    doc,
    layout,
    content,
    { facts, figures: factCounts(doc, figures), stance: stance.sentences.map((s) => s.label), article: stance.article.label },
    config.summarySentences,
  );
  lap('summary');
  return {
    schemaVersion: 1,
    title: layout.title ? input.slice(layout.title.start, layout.title.end) : null,
    script: doc.script,
    stats: {
      characters: countCodePoints(input),
      paragraphs: doc.paragraphs.length,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
    },
    paragraphs: doc.paragraphs.map((p, i) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      kind: layout.kinds[i] ?? 'body',
      stance: stance.paragraphs[i] ?? { label: 'neutral', score: 0, evidence: [] },
    })),
    sentences: doc.sentences.map((s, i) => ({
      index: s.index,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      stance: stance.sentences[i] ?? { label: 'neutral', score: 0, evidence: [] },
    })),
    companies: companies.map((c) => ({ ...c, stance: companyStance(doc, layout, stance.sentences, c.mentions) })),
    people,
    amounts,
    percentages,
    quotes,
    credits,
    keywords,
    summary,
    stance: stance.article,
    ...(withTokens ? { tokens: doc.tokens.map((t) => ({ text: input.slice(t.start, t.end), start: t.start, end: t.end, pos: t.pos })) } : {}),
  };
}

function readDoc(input: string): Doc {
  const normalized = normalize(input);
  return buildDoc(input, normalized);
}
