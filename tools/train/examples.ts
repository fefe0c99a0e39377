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

interface Sentence {
  id: string;
  text: string;
  label: Label;
  targets: { name: string; stance: Label }[];
}

export function readExamples(tools: Tools, sentenceFolder: string, corpusFolder: string): Examples {
  const text: Example[] = [];
  const target: Example[] = [];
  for (const file of readdirSync(sentenceFolder).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(sentenceFolder, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const s = JSON.parse(line) as Sentence;
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
    const r = readThrough(article.text, tools);
    const context = stanceContext(r.doc, tools.lex, stanceInputs(r));
    for (const p of article.gold.paragraphs) {
      const block = r.doc.paragraphs[p.index];
      if (!block || r.layout.kinds[p.index] === 'credit') continue;
      text.push({ group: `corpus:${article.id}`, features: spanFeatures(r.doc, tools.lex, context, block.start, block.end), label: LABELS.indexOf(p.stance) });
    }
  }
  return { text, target };
}
