import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readThrough, stanceInputs, type Tools } from '../../src/analyzer.js';
import type { Label } from '../../src/schema.js';
import { stanceContext } from '../../src/stance/context.js';
import { spanFeatures } from '../../src/stance/features.js';
import { LABELS } from '../../src/stance/model.js';
import { targetFeatures } from '../../src/stance/targets.js';
import { loadGold } from '../eval/gold.js';
import type { Example } from './softmax.js';

/**
 * The training examples, from labels we own only: our labelled sentences (corpus/stance/*.jsonl, each a text with
 * its label and the stance toward each company it names) and the paragraphs of our corpus articles with their gold
 * labels. Each is read by the pipeline exactly as analyze reads a text, so the features are the ones it will see.
 */
export interface Examples {
  text: Example[];
  target: Example[];
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
  paragraphLabels: Label[];
}

export function readExamples(tools: Tools, sentenceFolder: string, corpusFolder: string): Examples {
  const text: Example[] = [];
  const target: Example[] = [];
  for (const file of readdirSync(sentenceFolder).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(sentenceFolder, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Sentence | Article;
      if ('paragraphs' in row) {
        addParagraphs(tools, row.id, [row.title, ...row.paragraphs].join('\n'), row.paragraphLabels, text);
        continue;
      }
      const s = row;
      const r = readThrough(s.text, tools);
      const context = stanceContext(r.doc, tools.lex, stanceInputs(r));
      text.push({ group: s.id, features: spanFeatures(r.doc, tools.lex, context, 0, s.text.length), label: LABELS.indexOf(s.label) });
      // Each target at each place the sentence names it: the company's own mention when the analysis found one
      // there, else the written name itself (the model learns from the clause, whatever found the name).
      const mentions = r.entities.companies.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
      for (const t of s.targets) {
        for (let at = s.text.indexOf(t.name); at >= 0 && t.name !== ''; at = s.text.indexOf(t.name, at + t.name.length)) {
          const mention = { start: at, end: at + t.name.length };
          const known = mentions.some((m) => m.start === at);
          const features = targetFeatures(r.doc, tools.lex, context, mention, known ? mentions : [...mentions, mention].sort((a, b) => a.start - b.start));
          if (features) target.push({ group: s.id, features, label: LABELS.indexOf(t.stance) });
        }
      }
    }
  }
  for (const article of loadGold([corpusFolder])) {
    const labels: Label[] = [];
    for (const p of article.gold.paragraphs) labels[p.index] = p.stance;
    addParagraphs(tools, `corpus:${article.id}`, article.text, labels, text);
  }
  return { text, target };
}

/** Each labelled paragraph of an article, read in the article (its layout and quotes) as analyze reads it. */
function addParagraphs(tools: Tools, group: string, article: string, labels: readonly (Label | undefined)[], into: Example[]): void {
  const r = readThrough(article, tools);
  const context = stanceContext(r.doc, tools.lex, stanceInputs(r));
  r.doc.paragraphs.forEach((block, i) => {
    const label = labels[i];
    if (label === undefined || r.layout.kinds[i] === 'credit') return;
    into.push({ group, features: spanFeatures(r.doc, tools.lex, context, block.start, block.end), label: LABELS.indexOf(label) });
  });
}
