import type { Doc } from '../../text/document.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Evidence, Recogniser } from '../evidence.js';
import { originalNameSpan } from '../names/foreign.js';
import { fromFormsOfAddress } from './address.js';
import { fromDescriptors } from './descriptors.js';
import { fromForeignObjects, fromForeignSubjects, fromFullForeignNames, fromNationality, fromOriginalNames } from './foreign.js';
import { fromKin } from './kin.js';
import { fromLexicon } from './lexicon.js';
import { fromNameLists, listedAfter } from './lists.js';
import { introducesCompany, notPersonMention } from './not-person.js';
import type { PersonCandidate, PersonSeed } from './seed.js';
import { fromSpeakerLabels } from './speaker-labels.js';
import { fromSplitNames } from './split-names.js';
import { fromTitles } from './titles.js';
import { fromPersonVerbs, fromSpeechVerbs } from './verbs.js';
import { fromWordShapes } from './word-shapes.js';
import { fromWorkMakers } from './works.js';

const LOWER_CASE = /[a-z]/;

/** The reason given for an original name in brackets after a person's (卡莱罗（calero）). */
export const ORIGINAL_OF = 'context:original-of';

/** The person recognisers, in the order their reasons are listed. */
const RECOGNISERS: readonly Recogniser<PersonCandidate>[] = [
  fromTitles,
  fromSpeechVerbs,
  fromNationality,
  fromOriginalNames,
  fromPersonVerbs,
  fromFormsOfAddress,
  fromFullForeignNames,
  fromForeignSubjects,
  fromForeignObjects,
  fromKin,
  fromDescriptors,
  fromWorkMakers,
  fromNameLists,
  fromSpeakerLabels,
  fromLexicon,
  fromWordShapes,
  fromSplitNames,
];

export function personSeeds(doc: Doc, lex: Lexicons, evidence: Evidence): PersonSeed[] {
  const seeds: PersonSeed[] = [];
  const seen = new Set<string>();
  const add = (candidate: PersonCandidate) => {
    const seed = seedOf(doc, lex, candidate);
    const key = seed && `${seed.start}:${seed.end}:${seed.why}`;
    // 股东孟远航、邱晓岚: a name listed after a titled one is found twice, as titled and as listed after a person.
    if (seed && !seen.has(key as string)) {
      seen.add(key as string);
      seeds.push(seed);
    }
  };
  for (const recognise of RECOGNISERS) for (const candidate of recognise(doc, lex, evidence)) add(candidate);
  // 股东孔维、邓建华、何然, 罗青女士、闵德存先生: the names listed after a person are people too (and those after them).
  for (let i = 0; i < seeds.length; i++) {
    const seed = seeds[i] as PersonSeed;
    if (seed.why.startsWith('shape:')) continue;
    const byline = seed.why === 'context:byline';
    const next = listedAfter(doc, lex, seed.end, byline);
    if (next) add({ start: next.start, end: next.end, why: byline ? 'context:byline' : 'context:list' });
    // 卡莱罗（calero）: the original name in brackets after a person's is the same person's; 特斯拉(TSLA.O): a code
    // in capitals is a company's.
    const original = originalNameSpan(doc.text, seed.end);
    if (original && LOWER_CASE.test(doc.text.slice(original.start, original.end))) add({ start: original.start, end: original.end, why: ORIGINAL_OF, group: seed.group });
  }
  return seeds;
}

function seedOf(doc: Doc, lex: Lexicons, { start, end, why, group }: PersonCandidate): PersonSeed | null {
  const { text } = doc;
  // 《张骞西行记》: names inside a title of a work are characters or words of the title.
  // 收购贾伯斯创建的公司: a verb whose object is a company says nothing against a person the lexicon knows.
  if (notPersonMention(text, start, end, lex) || (!why.startsWith('lexicon:') && introducesCompany(text, start, lex))) return null;
  const surface = text.slice(start, end);
  return { surface, group: group ?? lex.people.get(surface)?.name ?? surface, why, start, end };
}
