import { z } from 'zod';

/**
 * The result contract. Every schema has its inferred type under the same name, and every object with
 * `start`, `end` and `text` is a half-open UTF-16 span of the caller's string: `input.slice(start, end) === text`.
 * Extend these shapes; never rename a field (consumers and the evaluation read them).
 */

const offset = z.number().int().nonnegative();

/** A slice of the input: `input.slice(start, end) === text`. */
export const Span = z.object({ text: z.string(), start: offset, end: offset });
export type Span = z.infer<typeof Span>;

/** One occurrence of an entity in the input. */
export const Mention = Span;
export type Mention = z.infer<typeof Mention>;

export const Polarity = z.enum(['bullish', 'skeptical']);
export type Polarity = z.infer<typeof Polarity>;

/** Stance of a sentence, paragraph or company. */
export const Label = z.enum(['bullish', 'skeptical', 'neutral']);
export type Label = z.infer<typeof Label>;

/**
 * One cue that moved a stance, with the rules that fired, space-separated: `cue:看好` (a lexicon entry) or
 * `figure:growth`/`figure:decline` (a year-on-year figure), `figure:move-up`/`figure:move-down` (a price or index
 * move: 涨0.9%) or `rhetorical-question` or `scare-quote`, then what
 * changed it: `negated-by:并不`, `burden:成本` (a rise or fall of a burden reads the other way: 成本下降),
 * `remedied-by:化解` (a trouble acted against reads bullish: 化解风险), `hedged-by:或许`, `intensified-by:非常`,
 * `irony:…`, `headline` (a cue in the headline weighs double), `reported:enforcement`, `before-turn`/`after-turn`
 * (虽然…但: the clause after the turn dominates). `negated`: a negator in scope flipped it (并不乐观); `reversed`:
 * irony flipped it (a praise word inside scare quotes or a rhetorical question). `voice`: the author's, or a quoted
 * speaker's.
 */
export const Evidence = Span.extend({
  polarity: Polarity,
  weight: z.number().nonnegative(),
  negated: z.boolean(),
  reversed: z.boolean(),
  rule: z.string(),
  voice: z.enum(['author', 'quote']),
});
export type Evidence = z.infer<typeof Evidence>;

export const ParagraphStance = z.object({
  label: Label,
  /** P(bullish) − P(skeptical), from the stance model. */
  score: z.number().min(-1).max(1),
  /** The model's calibrated probability of the label. */
  confidence: z.number().min(0).max(1),
  evidence: z.array(Evidence),
});
export type ParagraphStance = z.infer<typeof ParagraphStance>;

/** What a line is: the headline, a heading inside a compilation, a byline or source credit, or body text. */
export const ParagraphKind = z.enum(['title', 'heading', 'credit', 'body']);
export type ParagraphKind = z.infer<typeof ParagraphKind>;

export const Paragraph = z.object({
  index: z.number().int().nonnegative(),
  start: offset,
  end: offset,
  kind: ParagraphKind,
  stance: ParagraphStance,
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  start: offset,
  end: offset,
  stance: ParagraphStance,
});
export type Sentence = z.infer<typeof Sentence>;

export const Company = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  salience: z.number().min(0).max(1),
  stance: Label.nullable(),
  /** Stock codes and tickers written in the text for the company (凯赛生物(688065), 阿里巴巴(09988.HK), NIO). */
  codes: z.array(z.string()),
  /** The codes the lexicon knows for the company, whether or not the text writes them: for joining, check them. */
  listedCodes: z.array(z.string()),
  /** The evidence that made it a company: `lexicon:阿里巴巴`, `morphology:科技有限公司`, `context:stock-code` … */
  why: z.array(z.string()),
});
export type Company = z.infer<typeof Company>;

export const Role = z.object({
  title: z.string(),
  org: z.string().nullable(),
  /** A role the text marks as past (原支付宝首席产品设计师). */
  former: z.boolean(),
});
export type Role = z.infer<typeof Role>;

export const Person = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  roles: z.array(Role),
  salience: z.number().min(0).max(1),
  why: z.array(z.string()),
});
export type Person = z.infer<typeof Person>;

/**
 * A bound a figure is compared with (低于50万 is under 50万, 不超过2% at most 2%, 逾千亿元 over a hundred billion):
 * the number stays as written, the relation says which side of it the quantity lies, `cue` the word that said so.
 */
export const FigureBound = z.object({
  relation: z.enum(['over', 'under', 'at-least', 'at-most']),
  cue: z.string(),
});
export type FigureBound = z.infer<typeof FigureBound>;

/**
 * The company a figure belongs to (营收 of whom, the fine on whom, for a deal the payer), as a reference to its entry
 * in `companies`. `mention` is the span the rule read: the company's name or alias, or a pronoun (公司, 该公司)
 * resolved to it; `why` is the rule: `subject` (the company the clause is about), `possessor` (晶曜新能的营收),
 * `object-of:罚款` (a fine on the company named after 对/向), `payer` (the acquirer of a deal), `pronoun:公司`,
 * `topic` (the company the paragraph is about, no other named), `headline`.
 */
export const FigureOwner = z.object({
  /** Index of the company in `companies`. */
  company: z.number().int().nonnegative(),
  name: z.string(),
  mention: Span,
  why: z.string(),
});
export type FigureOwner = z.infer<typeof FigureOwner>;

/**
 * The period a figure covers, as written (2023年前三季度, 上半年, 去年同期, 截至6月底), a span of the input; `why`
 * says where it stood: `clause` (governing the figure in its clause), `sentence` (earlier in the same sentence),
 * `base` (a base written for itself: 去年同期为5亿元).
 */
export const FigurePeriod = Span.extend({ why: z.string() });
export type FigurePeriod = z.infer<typeof FigurePeriod>;

export const Amount = Span.extend({
  /** Exact value in the currency's base unit; for a range, its lower bound. A written minus sign makes it negative. */
  value: z.number(),
  valueMax: z.number().nullable(),
  /** ISO 4217 code, or null when neither the text nor the document says. */
  currency: z.string().nullable(),
  /**
   * `written`: a currency word names it (美元, 港元, 人民币, the unit a list shares: 52.7亿和18.4亿美元); `inferred`:
   * the document's local currency for 元 or a bare 亿 (TWD in Taiwan media, HKD in Hong Kong media, CNY on the
   * mainland), or the currency the text gives the same amount elsewhere; null when the currency is null.
   */
  currencySource: z.enum(['written', 'inferred']).nullable(),
  /** Why that currency: `written:美元`, `shared:美元`, `local:taiwan (dateline 台北…报导)`, `repeated:300亿港元` … */
  currencyWhy: z.string().nullable(),
  approximate: z.boolean(),
  /** A comparison the text makes with the number (低于, 不超过, 逾), or null. */
  bound: FigureBound.nullable(),
  /** The unit a price is quoted per (每股 → 股). */
  per: z.string().nullable(),
  /** The figure it measures when the text ties it to one (估值, 营收 …), in simplified characters. */
  metric: z.string().nullable(),
  /** A loss: its metric is one (亏损2亿元, 净亏损), or a profit written with a minus sign (营业利润为-1.8亿元). */
  loss: z.boolean(),
  owner: FigureOwner.nullable(),
  period: FigurePeriod.nullable(),
});
export type Amount = z.infer<typeof Amount>;

export const PercentageKind = z.enum(['percent', 'cheng', 'points']);
export type PercentageKind = z.infer<typeof PercentageKind>;

export const Percentage = Span.extend({
  /** In percent units (三成 → 30, 千分之五 → 0.5); for `points`, percentage points. A minus sign makes it negative. */
  value: z.number(),
  valueMax: z.number().nullable(),
  kind: PercentageKind,
  approximate: z.boolean(),
  bound: FigureBound.nullable(),
  change: z.enum(['up', 'down']).nullable(),
  metric: z.string().nullable(),
  owner: FigureOwner.nullable(),
  period: FigurePeriod.nullable(),
});
export type Percentage = z.infer<typeof Percentage>;

export const Quote = Span.extend({
  /** The person or company who said it, as named in the text; null when unattributed. */
  speaker: z.string().nullable(),
  /** How the speaker was found: `verb-before`, `colon`, `verb-after`, `next-line`, `pronoun` … */
  rule: z.string().nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Credits = z.object({
  sources: z.array(z.string()),
  people: z.array(z.object({ name: z.string(), role: z.string() })),
});
export type Credits = z.infer<typeof Credits>;

export const Keyword = z.object({ term: z.string(), weight: z.number().nonnegative() });
export type Keyword = z.infer<typeof Keyword>;

export const SummarySentence = Span.extend({ score: z.number() });
export type SummarySentence = z.infer<typeof SummarySentence>;

export const ArticleLabel = z.enum(['bullish', 'skeptical', 'neutral', 'mixed']);
export type ArticleLabel = z.infer<typeof ArticleLabel>;

export const ArticleStance = z.object({
  label: ArticleLabel,
  score: z.number().min(-1).max(1),
  confidence: z.number().min(0).max(1),
  /** The strongest evidence across the article. */
  evidence: z.array(Evidence),
});
export type ArticleStance = z.infer<typeof ArticleStance>;

export const Token = Span.extend({ pos: z.string() });
export type Token = z.infer<typeof Token>;

export const Stats = z.object({
  /** Unicode code points. */
  characters: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  tokens: z.number().int().nonnegative(),
});
export type Stats = z.infer<typeof Stats>;

export const Analysis = z.object({
  schemaVersion: z.literal(1),
  title: z.string().nullable(),
  script: z.enum(['simplified', 'traditional']),
  stats: Stats,
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  companies: z.array(Company),
  people: z.array(Person),
  amounts: z.array(Amount),
  percentages: z.array(Percentage),
  quotes: z.array(Quote),
  credits: Credits,
  keywords: z.array(Keyword),
  summary: z.array(SummarySentence),
  stance: ArticleStance,
  tokens: z.array(Token).optional(),
});
export type Analysis = z.infer<typeof Analysis>;

/**
 * The JSON Schema (draft 2020-12) of {@link Analysis}, for consumers in other languages.
 * @example writeFileSync('analysis.schema.json', JSON.stringify(analysisJsonSchema()))
 */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Analysis) as Record<string, unknown>;
}
