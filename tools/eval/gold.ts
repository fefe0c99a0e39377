import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ArticleLabel, Label, PercentageKind } from '../../src/schema.js';

/**
 * Whose figure and for when (corpus/README.md): `owner` a `companies[].name` or null, `period` the phrase as written or
 * null. Absent where the gold does not annotate them (the seed, real articles): those are not scored.
 */
const FigureWhose = {
  owner: z.string().nullable().optional(),
  period: z.string().nullable().optional(),
};

/** A gold annotation file, as ../shared/gold/GUIDELINES.md defines it (plus an optional `title`). */
export const GoldFile = z.object({
  id: z.string(),
  genre: z.string(),
  stance: ArticleLabel,
  stanceWhy: z.string(),
  /** The headline as written, or null when the article has none (absent: not annotated). */
  title: z.string().nullable().optional(),
  paragraphs: z.array(z.object({ index: z.number().int().nonnegative(), stance: Label })),
  /** The companies the article is clearly bullish or skeptical about (optional in the guidelines). */
  stanceTargets: z.array(z.object({ name: z.string(), stance: Label })).default([]),
  companies: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })),
  companiesOptional: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })).default([]),
  people: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      roles: z.array(z.object({ title: z.string(), org: z.string().nullable(), former: z.boolean().optional() })).default([]),
    }),
  ),
  peopleOptional: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })).default([]),
  amounts: z.array(
    z.object({
      text: z.string(),
      value: z.number(),
      valueMax: z.number().nullable().optional(),
      currency: z.string().nullable(),
      approximate: z.boolean().optional(),
      ...FigureWhose,
    }),
  ),
  percentages: z.array(
    z.object({
      text: z.string(),
      value: z.number(),
      valueMax: z.number().nullable().optional(),
      kind: PercentageKind,
      approximate: z.boolean().optional(),
      ...FigureWhose,
    }),
  ),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })),
});
export type GoldFile = z.infer<typeof GoldFile>;

export interface GoldArticle {
  id: string;
  folder: string;
  text: string;
  gold: GoldFile;
}

/** Every NAME.txt with a NAME.json beside it in the folders, sorted by name; a missing folder is skipped. */
export function loadGold(folders: readonly string[]): GoldArticle[] {
  const articles: GoldArticle[] = [];
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.json')) continue;
      const textFile = join(folder, `${basename(file, '.json')}.txt`);
      if (!existsSync(textFile)) continue;
      const parsed = GoldFile.safeParse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
      if (!parsed.success) throw new Error(`xinwen: ${join(folder, file)} is not a valid gold file:\n${z.prettifyError(parsed.error)}`);
      articles.push({ id: parsed.data.id, folder, text: readFileSync(textFile, 'utf8'), gold: parsed.data });
    }
  }
  return articles;
}

/** Offsets of gold mentions, found in order of appearance (as the guidelines require); -1 when not found. */
export function locateInOrder(text: string, mentions: readonly { text: string }[]): number[] {
  let cursor = 0;
  return mentions.map((m) => {
    const at = text.indexOf(m.text, cursor);
    if (at >= 0) cursor = at + m.text.length;
    return at;
  });
}
