// Times the pipeline's stages for bench/run.js, through the pipeline's own lap hook (bundled from src/, since the
// package does not export it).
import { run, type Lap } from '../src/analyzer.js';
import { buildLexicons } from '../src/lexicon/lexicons.js';
import { AnalyzerOptions } from '../src/options.js';
import { prepareSegmenter } from '../src/text/segmenter.js';

const config = AnalyzerOptions.parse({});
prepareSegmenter(config.jieba, config.dictionary);
const lex = buildLexicons(config);

/** Milliseconds spent in each stage of one analysis; `result` is the assembly of the Analysis object. */
export function stageTimes(text: string): Record<Parameters<Lap>[0] | 'result', number> {
  const times = {} as Record<Parameters<Lap>[0] | 'result', number>;
  let last = performance.now();
  run(text, lex, config, false, (stage) => {
    const now = performance.now();
    times[stage] = now - last;
    last = now;
  });
  times.result = performance.now() - last;
  return times;
}
