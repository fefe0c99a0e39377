/**
 * The numbers stance is read with, named, in one place. Each was set on our corpus and is explained where it is
 * read.
 */

/** How a cue's weight changes with what stands before it in its clause. */
export const CUE_WEIGHTS = {
  /** A negated cue flips: praise denied (并不乐观) weighs less than doubt denied (并非泡沫) weighs… */
  negatedBullish: 0.8,
  negatedSkeptical: 0.5,
  /** A trouble acted against (化解风险) reads bullish, a little weaker. */
  remedied: 0.8,
  hedged: 0.6,
  intensified: 1.5,
  /** The headline states the article's case in a few words. */
  headline: 2,
  /** A regulator's findings are recorded, not argued. */
  enforcement: 0.3,
  /** 虽然…但…: the clause after the turn dominates; before it, a conceded point counts little. */
  afterTurn: 1.5,
  beforeTurnConceded: 0.4,
  beforeTurn: 0.7,
  rhetoricalMarked: 1,
  rhetoricalUnmarked: 0.6,
  scareQuote: 1,
} as const;

/** How far before a cue (in characters, inside its clause) a negator, hedge or intensifier reaches. */
export const MODIFIER_REACH = 4;

/** Year-on-year changes that sell or doubt a story on their own, in percent (or percentage points), by direction. */
export const FIGURE_WEIGHTS = {
  strongGrowth: 30,
  strongDecline: 20,
  strongPoints: 2,
  moderateGrowth: 10,
  moderateDecline: 5,
  moderatePoints: 0.5,
  strong: 1,
  moderate: 0.5,
  /** A price or index move, whatever its size: its own rule feature carries what the model learned of it. */
  move: 0.5,
  /** A figure above or below the estimate set against it (see estimateEvidence). */
  estimate: 1,
  /** The smallest price or index move (in percent) that is news: below it a market is flat. */
  smallestMove: 0.5,
  /** A run of limit-up closes (8板): as strong a lean as the word 涨停. */
  streak: 1,
  /** How far back (in characters) the clause of a figure is read for its basis and burden. */
  window: 24,
} as const;

/** How the model's readings of spans are reported. */
export const JUDGING = {
  /** How many words and cues a label reports as the evidence that decided it. */
  evidence: 5,
} as const;

/** How many of the strongest evidence items the article reports. */
export const ARTICLE_EVIDENCE = 5;

/** How much more a company's mention in the headline counts toward its stance than a mention in the body. */
export const TITLE_MENTION = 2;

/** How many of a company's mentions its stance is read from (the headline's first, then the body's in order). */
export const TARGET_MENTIONS = 8;
