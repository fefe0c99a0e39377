import { z } from 'zod';
import { Polarity } from './schema.js';

const word = z.string().trim().min(1);

/**
 * Options of {@link createAnalyzer}. User lexicon entries are merged over the built-in ones and win: a user
 * company replaces a built-in entry of the same name, a user cue replaces a built-in cue of the same text.
 */
export const AnalyzerOptions = z
  .strictObject({
    /** Words added to jieba's dictionary, with an optional part-of-speech tag (process-global: see README). */
    dictionary: z.array(z.strictObject({ word, pos: z.string().optional() })).default([]),
    /** jieba dictionary files to load instead of nodejieba's own (only before the first analysis in a process). */
    jieba: z
      .strictObject({
        dict: z.string().optional(),
        hmmDict: z.string().optional(),
        userDict: z.string().optional(),
        idfDict: z.string().optional(),
        stopWordDict: z.string().optional(),
      })
      .default({}),
    /** Companies to recognise, with their other names and stock codes. */
    companies: z
      .array(z.strictObject({ name: word, aliases: z.array(word).default([]), codes: z.array(word).default([]) }))
      .default([]),
    /** Names never to report as companies (a built-in entry, or a word your texts use otherwise). */
    notCompanies: z.array(word).default([]),
    /** People to recognise, with their other names. */
    people: z.array(z.strictObject({ name: word, aliases: z.array(word).default([]) })).default([]),
    /**
     * Stance cues: a word or phrase, whom it favours, and its weight (built-in cues weigh 0.5–2). Weight 0 marks a
     * term that holds a cue but is none (压力传感器): it masks the cue inside it.
     */
    stanceCues: z
      .array(z.strictObject({ text: word, polarity: Polarity, weight: z.number().min(0).max(5).default(1) }))
      .default([]),
    /**
     * Rows added to the built-in word lists and tables (lexicons/README.md lists them), by file name without its
     * extension: words for a list (`'speech-verbs': ['扬言']`), [word, kind] rows for a table
     * (`'company-words': [['官宣', 'context-after']]`).
     */
    words: z.record(z.string(), z.array(z.union([word, z.tuple([word, word])]))).default({}),
    /** How many keywords to return. */
    keywords: z.number().int().min(0).max(100).default(10),
    /** The most sentences the summary may have (it has at least min(3, this)). */
    summarySentences: z.number().int().min(1).max(10).default(5),
  })
  .default({
    dictionary: [],
    jieba: {},
    companies: [],
    notCompanies: [],
    people: [],
    stanceCues: [],
    words: {},
    keywords: 10,
    summarySentences: 5,
  });
export type AnalyzerOptions = z.input<typeof AnalyzerOptions>;
export type AnalyzerConfig = z.output<typeof AnalyzerOptions>;

/** Options of one `analyze` call. */
export const AnalyzeOptions = z
  .strictObject({
    /** Include jieba's tokens with their offsets and part-of-speech tags. */
    tokens: z.boolean().default(false),
  })
  .default({ tokens: false });
export type AnalyzeOptions = z.input<typeof AnalyzeOptions>;

/** Parses options, turning a zod error into a TypeError that lists each problem on its own line. */
export function parseOptions<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new TypeError(`xinwen: invalid ${what}:\n${z.prettifyError(result.error)}`);
}
