import { createAnalyzer, type Analyzer } from './analyzer.js';
import type { AnalyzeOptions } from './options.js';
import type { Analysis, Keyword } from './schema.js';

export { createAnalyzer, type Analyzer } from './analyzer.js';
export { AnalyzerOptions, AnalyzeOptions } from './options.js';
export * from './schema.js';

let defaultAnalyzer: Analyzer | null = null;

/**
 * Analyzes one Chinese news article with the default analyzer, created on first use.
 * @example analyze('阿里巴巴宣布,以5.86亿美元买入新浪微博18%股份。').percentages[0] // => { text: '18%', value: 18, … }
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}
/** {@link Analyzer.keywordsAcross} with the default analyzer. */
export function keywordsAcross(texts: readonly string[], count?: number): Keyword[][] {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.keywordsAcross(texts, count);
}

export { analyzeMany, type BatchId, type BatchInput, type BatchOptions, type BatchResult } from './batch/analyze-many.js';
export { defaultWorkers } from './batch/workers.js';
export { renderHtml, renderIndex, type HtmlOptions, type IndexOptions, type ReportDocument } from './html/index.js';
