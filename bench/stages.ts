// Times the pipeline's stages for bench/run.js, through the pipeline's own lap hook (bundled from src/, since the
// package does not export it).
import { run, type Lap, type Tools } from '../src/analyzer.js';
import { buildLexicons } from '../src/lexicon/lexicons.js';
import { AnalyzerOptions } from '../src/options.js';
import { jiebaSegmenter } from '../src/text/segmenter.js';

const config = AnalyzerOptions.parse({});
const segmenter = jiebaSegmenter(config.jieba, config.dictionary);
const tools: Tools = { segmenter, lex: buildLexicons(config, segmenter.words, segmenter.stopWords), config };

/** Milliseconds spent in each stage of one analysis; `result` is the assembly of the Analysis object. */
export function stageTimes(text: string): Record<Parameters<Lap>[0] | 'result', number> {
  const times = {} as Record<Parameters<Lap>[0] | 'result', number>;
  let last = performance.now();
  run(text, tools, false, (stage) => {
    const now = performance.now();
    times[stage] = now - last;
    last = now;
  });
  times.result = performance.now() - last;
  return times;
}
