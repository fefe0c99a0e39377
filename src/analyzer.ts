import { findCredits } from './attribution/credits.js';
import { quotationMarks } from './attribution/marks.js';
import { findQuotes, speakerMentions } from './attribution/quotes.js';
import { assemble } from './assemble.js';
import { recognise } from './entities/recognise.js';
import { findAmounts } from './figures/money.js';
import { ownersOf, readWhose } from './figures/owners.js';
import { findPercentages } from './figures/percent.js';
import { describeValue as describe } from './describe.js';
import { buildLexicons, type Lexicons } from './lexicon/lexicons.js';
import { AnalyzeOptions, AnalyzerOptions, parseOptions, type AnalyzerConfig } from './options.js';
import type { Analysis, Keyword } from './schema.js';
import type { StanceInputs } from './stance/context.js';
import { readStance } from './stance/read.js';
import { contentTerms, keywordsAcross, pickKeywords, termList } from './summary/keywords.js';
import { summarize, summarySignals } from './summary/summary.js';
import { buildDoc, type Doc } from './text/document.js';
import { readLayout } from './text/layout.js';
import { normalize } from './text/normalize.js';
import { jiebaSegmenter, type Segmenter } from './text/segmenter.js';

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

/** What the pipeline reads with: the segmenter, the lexicons and the options. */
export interface Tools {
  segmenter: Segmenter;
  lex: Lexicons;
  config: AnalyzerConfig;
}

/**
 * Creates an analyzer with its own lexicon entries and options. Creating one does no work; the first analysis
 * loads jieba (process-global, about 0.7 s) and the lexicons.
 * @example const analyzer = createAnalyzer({ companies: [{ name: '星火互娱', aliases: ['星火'] }] })
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const config = parseOptions(AnalyzerOptions, options, 'createAnalyzer options');
  let tools: Tools | null = null;
  const ready = (): Tools => {
    if (!tools) {
      const segmenter = jiebaSegmenter(config.jieba, [...config.dictionary, ...entityWords(config)]);
      tools = { segmenter, lex: buildLexicons(config, segmenter.words, segmenter.stopWords), config };
    }
    return tools;
  };
  return {
    analyze(text, callOptions) {
      if (typeof text !== 'string') throw new TypeError(`xinwen: analyze() expects a string, got ${describe(text)}`);
      const call = parseOptions(AnalyzeOptions, callOptions, 'analyze options');
      return run(text, ready(), call.tokens);
    },
    keywordsAcross(texts, count = config.keywords) {
      if (!Array.isArray(texts)) throw new TypeError(`xinwen: keywordsAcross() expects an array of strings, got ${describe(texts)}`);
      const t = ready();
      return keywordsAcross(
        texts.map((text, i) => {
          if (typeof text !== 'string') throw new TypeError(`xinwen: keywordsAcross() text ${i} is ${describe(text)}, not a string`);
          const doc = readDoc(text, t);
          const { companies, people } = recognise(doc, t.lex);
          return termList(doc, contentTerms(doc, t.lex), [...companies, ...people]);
        }),
        count,
      );
    },
  };
}

/** Called as each part of the pipeline ends, with its name: how the benchmark times the stages. */
export type Lap = (stage: 'segment' | 'layout' | 'figures' | 'entities' | 'owners' | 'stance' | 'keywords' | 'summary') => void;

/** The pipeline: read the document, then each stage reads it (and what earlier stages found) and adds its part. */
export function run(input: string, tools: Tools, withTokens: boolean, lap: Lap = () => {}): Analysis {
  const { lex, segmenter, config } = tools;
  const r = readThrough(input, tools, lap);
  const { doc, layout, entities } = r;
  const stance = readStance(doc, lex, stanceInputs(r), entities.companies);
  // A literal, in the output's key order: a spread copy was slower to build and to read.
  const companies = entities.companies.map((c, i) => ({ name: c.name, aliases: c.aliases, mentions: c.mentions, salience: c.salience, codes: c.codes, listedCodes: c.listedCodes, why: c.why, stance: stance.companies[i] ?? null }));
  lap('stance');
  const content = contentTerms(doc, lex);
  const keywords = pickKeywords(doc, segmenter.words, content, [...companies, ...entities.people], config.keywords);
  lap('keywords');
  const signals = summarySignals(doc, r.amounts, r.percentages, companies, entities.people, stance);
  const summary = summarize(doc, layout, content, signals, config.summarySentences);
  lap('summary');
  // One literal, not a spread of the findings: a spread object cost a short text's call more than some stages.
  const findings = { layout, amounts: r.amounts, percentages: r.percentages, companies, people: entities.people, quotes: r.quotes, credits: r.credits, stance, keywords, summary };
  return assemble(doc, findings, withTokens);
}

/** The pipeline up to stance: the document, its layout, figures and whose they are, entities and quotes (the training tool reads them too). */
export function readThrough(input: string, tools: Tools, lap: Lap = () => {}) {
  const { lex } = tools;
  const doc = readDoc(input, tools);
  lap('segment');
  const layout = readLayout(doc, lex);
  lap('layout');
  const amounts = findAmounts(doc, lex);
  const percentages = findPercentages(doc, lex);
  lap('figures');
  const entities = recognise(doc, lex);
  const marks = quotationMarks(doc);
  const quotes = findQuotes(doc, lex, entities.hits, speakerMentions(entities.companies, entities.people), marks);
  const credits = findCredits(doc, lex, layout, entities.titled);
  lap('entities');
  const owners = ownersOf(doc, lex, entities.companies);
  readWhose(doc, lex, [...amounts, ...percentages], owners);
  lap('owners');
  return { doc, layout, amounts, percentages, entities, marks, quotes, credits, owners };
}

/** What stance reads of what the earlier stages found. */
export function stanceInputs(r: ReturnType<typeof readThrough>): StanceInputs {
  const mentions = [...r.entities.companies, ...r.entities.people].flatMap((e) => e.mentions);
  const found = { companies: r.entities.companies.length, figures: r.amounts.length + r.percentages.length };
  return { layout: r.layout, hits: r.entities.hits, quotes: r.quotes, marks: r.marks, amounts: r.amounts, percentages: r.percentages, mentions, found, owners: r.owners };
}

/**
 * The user's companies and people as words of jieba's dictionary, so that a name is cut as one word wherever it
 * stands (老沈说 is 老沈 + 说, not one word that hides the alias).
 */
function entityWords(config: AnalyzerConfig): { word: string; pos: string }[] {
  return [
    ...config.companies.flatMap((c) => [c.name, ...c.aliases].map((word) => ({ word, pos: 'nt' }))),
    ...config.people.flatMap((p) => [p.name, ...p.aliases].map((word) => ({ word, pos: 'nr' }))),
  ];
}

function readDoc(input: string, { lex, segmenter }: Tools): Doc {
  return buildDoc(input, normalize(input, lex), segmenter);
}
