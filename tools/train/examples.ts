import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readThrough, stanceInputs, type Tools } from '../../src/analyzer.js';
import type { ArticleLabel, Label, ParagraphKind } from '../../src/schema.js';
import { stanceContext } from '../../src/stance/context.js';
import { spanFeatures, type Features } from '../../src/stance/features.js';
import { LABELS } from '../../src/stance/model.js';
import { targetFeatures } from '../../src/stance/targets.js';
import { loadGold } from '../eval/gold.js';
import { readJsonl } from '../eval/stance-sets.js';
import type { Example } from './softmax.js';

/**
 * The training examples, from labels we own only: our labelled sentences (corpus/stance/*.jsonl, each a text with
 * its label and the stance toward each company it names) and the paragraphs of our corpus articles with their gold
 * labels. Each is read by the pipeline exactly as analyze reads a text, so the features are the ones it will see.
 */
/** How much a target whose stance differs from its sentence's counts in training. */
const CONTRAST = 2;

export interface Examples {
  text: Example[];
  target: Example[];
  /** Per target example, the text example of its sentence (whose held-out reading the target model reads too). */
  targetSentences: number[];
  /** The labelled articles, each paragraph pointing at its text example (credits have none). */
  articles: LabelledArticle[];
  /**
   * The articles labelled for the article model only (corpus/stance-articles): their paragraphs teach the text model
   * nothing, so it reads them as it reads articles it never saw. Each paragraph carries its features instead.
   */
  articleOnly: LabelledArticle[];
  /**
   * The targets of sentences labelled for the target model only (corpus/stance-targets), each with its sentence's
   * features: the text model never trains on them, and reads them as it reads text it never saw.
   */
  targetOnly: { example: Example; sentence: Features }[];
}

export interface LabelledArticle {
  id: string;
  label: ArticleLabel;
  parts: { example: number | null; features?: Features; kind: ParagraphKind; length: number }[];
}

/** A labelled sentence, or a short article (a headline and paragraphs, each labelled, the headline first). */
interface Sentence {
  id: string;
  text: string;
  label: Label;
  targets: { name: string; stance: Label }[];
}
interface Article {
  id: string;
  title: string;
  paragraphs: string[];
  label: ArticleLabel;
  paragraphLabels: Label[];
}

export function readExamples(tools: Tools, sentenceFolder: string, corpusFolder: string, articleFolder: string, targetFolder: string): Examples {
  const text: Example[] = [];
  const target: Example[] = [];
  const targetSentences: number[] = [];
  const articles: LabelledArticle[] = [];
  for (const row of readRows<Sentence | Article>(sentenceFolder)) {
    if ('paragraphs' in row) {
      articles.push({ id: row.id, label: row.label, parts: addParagraphs(tools, row.id, [row.title, ...row.paragraphs].join('\n'), row.paragraphLabels, text) });
      continue;
    }
    const { r, context } = read(row.text, tools);
    text.push({ group: row.id, features: spanFeatures(r.doc, context, 0, row.text.length), label: LABELS.indexOf(row.label) });
    for (const e of targetExamples(r, context, row)) {
      target.push(e);
      targetSentences.push(text.length - 1);
    }
  }
  for (const article of loadGold([corpusFolder])) {
    const labels: Label[] = [];
    for (const p of article.gold.paragraphs) labels[p.index] = p.stance;
    articles.push({ id: `corpus:${article.id}`, label: article.gold.stance, parts: addParagraphs(tools, `corpus:${article.id}`, article.text, labels, text) });
  }
  const articleOnly = readRows<Article>(articleFolder).map((row) => {
    const { r, context } = read([row.title, ...row.paragraphs].join('\n'), tools);
    const parts = r.doc.paragraphs.map((block, i) => {
      // Every paragraph but a credit, labelled or not: the article model reads them all, as analyze does.
      const kind = r.layout.kinds[i] ?? 'body';
      return { example: null, kind, length: block.end - block.start, ...(kind === 'credit' ? {} : { features: spanFeatures(r.doc, context, block.start, block.end) }) };
    });
    return { id: row.id, label: row.label, parts };
  });
  const targetOnly = readRows<Sentence>(targetFolder).flatMap((s) => {
    const { r, context } = read(s.text, tools);
    const sentence = spanFeatures(r.doc, context, 0, s.text.length);
    return targetExamples(r, context, s).map((example) => ({ example, sentence }));
  });
  return { text, target, targetSentences, articles, articleOnly, targetOnly };
}

/**
 * Each target at each place the sentence names it: the company's own mention when the analysis found one there, else
 * the written name itself (the model learns from the clause, whatever found the name).
 */
function targetExamples(r: ReturnType<typeof readThrough>, context: ReturnType<typeof stanceContext>, s: Sentence): Example[] {
  const out: Example[] = [];
  const mentions = r.entities.companies.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  for (const t of s.targets) {
    for (let at = s.text.indexOf(t.name); at >= 0 && t.name !== ''; at = s.text.indexOf(t.name, at + t.name.length)) {
      const mention = { start: at, end: at + t.name.length };
      const known = mentions.some((m) => m.start === at);
      const features = targetFeatures(r.doc, context, mention, known ? mentions : [...mentions, mention].sort((a, b) => a.start - b.start));
      // A company whose fortune differs from the sentence's (甲涨停、乙跌停) is what teaches the model to read its own
      // clause: such examples count more.
      if (features) out.push({ group: s.id, features, label: LABELS.indexOf(t.stance), weight: t.stance === s.label ? 1 : CONTRAST });
    }
  }
  return out;
}

/** The rows of a folder's .jsonl files, in the files' order. */
function readRows<T>(folder: string): T[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(folder, f)) as T[]);
}

/** A text read through the pipeline as analyze reads it, and what its stance features are read from. */
function read(input: string, tools: Tools) {
  const r = readThrough(input, tools);
  return { r, context: stanceContext(r.doc, tools.lex, stanceInputs(r)) };
}

/**
 * Each labelled paragraph of an article, read in the article (its layout and quotes) as analyze reads it; returns
 * the article's paragraphs as parts, each with its example.
 */
function addParagraphs(tools: Tools, group: string, article: string, labels: readonly (Label | undefined)[], into: Example[]): LabelledArticle['parts'] {
  const { r, context } = read(article, tools);
  return r.doc.paragraphs.map((block, i) => {
    const label = labels[i];
    const kind = r.layout.kinds[i] ?? 'body';
    const length = block.end - block.start;
    if (label === undefined || kind === 'credit') return { example: null, kind, length };
    into.push({ group, features: spanFeatures(r.doc, context, block.start, block.end), label: LABELS.indexOf(label) });
    return { example: into.length - 1, kind, length };
  });
}
