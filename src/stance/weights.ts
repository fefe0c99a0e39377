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
  /** How far back (in characters) the clause of a figure is read for its basis and burden. */
  window: 24,
} as const;

/** How sentences, paragraphs and articles lean. */
export const LEANING = {
  /** |score| at or above which a sentence or paragraph leans (a single cue of weight 1 scores 0.5). */
  lean: 0.3,
  /** The weight the leading side needs before anything leans: two passing mentions of growth are still reporting. */
  minEvidence: 0.8,
  /** In a bullish (skeptical) article, a paragraph joins it with this much weight on the article's side… */
  withArticle: 0.2,
  /** …and goes against it only with this much on the other side, and this many times the article's side. */
  againstArticle: 1,
  againstRatio: 1.5,
  /** In a neutral report, a paragraph leans only with this much weight and this clear a score. */
  inNeutralReport: 2.5,
  inNeutralReportScore: 0.4,
  /** Cues at or below this weight (增长, 下降 at 0.3) report a move rather than argue a case. */
  reporting: 0.35,
  /** The share of the article (by length) that must lean for the article to lean. */
  articleCoverage: 0.12,
  /** Balanced: neither side above this share of the leaning part; mixed when this much of the article leans. */
  mixedShare: 0.62,
  mixedCoverage: 0.25,
  /** A quoted speaker's view counts this much toward the article's stance. */
  quoteShare: 0.7,
  /** How many of the strongest evidence items the article reports. */
  articleEvidence: 5,
} as const;
