import { expectTypeOf, test } from 'vitest';
import {
  analyze,
  analyzeMany,
  createAnalyzer,
  keywordsAcross,
  type Amount,
  type Analysis,
  type AnalyzerOptions,
  type ArticleStance,
  type BatchResult,
  type Company,
  type Evidence,
  type Percentage,
  type Person,
  type Quote,
} from '../src/index.js';

// These assertions are checked by the type checker (`npm test` runs tsc before vitest): a change to a public type
// that breaks them breaks the build.
test('the public functions take and return the documented types', () => {
  expectTypeOf(analyze).parameter(0).toEqualTypeOf<string>();
  expectTypeOf(analyze).returns.toEqualTypeOf<Analysis>();
  expectTypeOf(keywordsAcross).returns.toEqualTypeOf<{ term: string; weight: number }[][]>();
  expectTypeOf(createAnalyzer).parameter(0).toEqualTypeOf<AnalyzerOptions | undefined>();
  expectTypeOf(createAnalyzer({}).analyze).returns.toEqualTypeOf<Analysis>();
  expectTypeOf(analyzeMany).returns.toMatchTypeOf<AsyncGenerator<BatchResult>>();
});

test('the result fields have the documented shapes', () => {
  expectTypeOf<Analysis['amounts'][number]>().toEqualTypeOf<Amount>();
  expectTypeOf<Amount['value']>().toEqualTypeOf<number>();
  expectTypeOf<Amount['valueMax']>().toEqualTypeOf<number | null>();
  expectTypeOf<Amount['currency']>().toEqualTypeOf<string | null>();
  expectTypeOf<Percentage['kind']>().toEqualTypeOf<'percent' | 'cheng' | 'points'>();
  expectTypeOf<Company['stance']>().toEqualTypeOf<'bullish' | 'skeptical' | 'neutral' | null>();
  expectTypeOf<Person['roles'][number]>().toEqualTypeOf<{ title: string; org: string | null; former: boolean }>();
  expectTypeOf<Quote['speaker']>().toEqualTypeOf<string | null>();
  expectTypeOf<ArticleStance['label']>().toEqualTypeOf<'bullish' | 'skeptical' | 'neutral' | 'mixed'>();
  expectTypeOf<Evidence['voice']>().toEqualTypeOf<'author' | 'quote'>();
  expectTypeOf<Analysis['title']>().toEqualTypeOf<string | null>();
});
