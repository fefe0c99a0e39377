/**
 * Person candidates, each with its reason. jieba's person tag is no evidence (it calls 华为 and 明星 people and
 * misses 马云), so a name needs a title next to it, a speech verb after it (朱坤称, 据他介绍), the lexicon of
 * well-known people, or, weakest, to be shaped like a name with common given-name characters where jieba does not
 * know the word or tags its lone surname as a name (陈/nr 姗姗/i).
 * A surname with a title only (王总) is not a person.
 */
export interface PersonSeed {
  surface: string;
  group: string;
  why: string;
  start: number;
  end: number;
}

/** A name one recogniser found, before the checks every candidate passes; `group` when the lexicon knows it. */
export interface PersonCandidate {
  start: number;
  end: number;
  why: string;
  group?: string;
}
