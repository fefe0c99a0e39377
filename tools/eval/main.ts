import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnalyzer, type Analysis } from 'xinwen';
import { PUBLISHED_ANCHOR, wordCounter } from './anchor.js';
import { loadGold } from './gold.js';
import { readNerSet, scoreNer } from './ner.js';
import { formatReport } from './report.js';
import { addScores, emptyScores, paragraphScores, prf, scoreArticle, type Count } from './score.js';
import { emptyConfusion, heldOutText, readCfscSentences, readCfscTargets, readFinnsp, readHeldOut, readOffMarket, scoreFinnsp, scoreHeldOut, scoreSentences, scoreTargets, type Confusion } from './stance-sets.js';

/**
 * `npm run eval [-- SET… --verbose]`: every figure the project is measured by, on our corpus and the seed article
 * (gold in our format) and on the public sets in ../shared/data, which are read there to measure and never copied.
 */

const SHARED = '../shared';
const DATA = `${SHARED}/data`;
const CUES = 'src/lexicons/stance-cues.tsv';

const SETS: Record<string, () => void> = {
  corpus: () => articles('corpus'),
  seed: () => articles(`${SHARED}/gold`),
  realnews: () => articles(`${DATA}/realnews-dev`),
  ours: heldOut,
  cfsc: cfsc,
  finnsp: finnsp,
  cluener: () => ner('cluener2020-dev'),
  bbt: () => ner('bbt-finner-dev'),
};

const { values, positionals } = parseArgs({ options: { verbose: { type: 'boolean', default: false } }, allowPositionals: true });
const analyzer = createAnalyzer();
const counter = wordCounter(CUES);
const f = (x: number) => x.toFixed(3);
const say = (line = '') => process.stdout.write(`${line}\n`);

for (const name of positionals.length > 0 ? positionals : Object.keys(SETS)) {
  const run = SETS[name];
  if (!run) {
    process.stderr.write(`xinwen eval: unknown set "${name}" (sets: ${Object.keys(SETS).join(', ')})\n`);
    process.exit(2);
  }
  run();
}

function articles(folder: string): void {
  if (!present(folder)) return;
  const gold = loadGold([folder]);
  const scored = gold.map((a) => scoreArticle(a, analyzer.analyze(a.text)));
  const total = emptyScores();
  for (const s of scored) addScores(total, s.scores);
  say(`${formatReport(`== ${folder}: ${gold.length} articles`, total, scored, values.verbose as boolean)}\n`);
}

/**
 * Our own labelled articles kept out of the training (corpus/stance-held-out): the stance of articles and
 * paragraphs measured on text the model never saw, beside the corpus figures it was trained on.
 */
function heldOut(): void {
  const folder = 'corpus/stance-held-out';
  if (!present(folder)) return;
  const rows = readHeldOut(folder);
  const { correct, confusion } = scoreHeldOut(rows, rows.map((row) => analyzer.analyze(heldOutText(row))));
  say(`== ${folder}: ${rows.length} articles of ours the stance model was not trained on`);
  say(`  article accuracy ${f(correct / rows.length)}`);
  stanceRow('paragraphs', confusion);
  const offMarket = readOffMarket('corpus/stance-off-market/off-market.jsonl');
  const neutral = offMarket.filter((text) => analyzer.analyze(text).stance.label === 'neutral').length;
  say(`== corpus/stance-off-market: ${offMarket.length} texts of ours with no investable subject`);
  say(`  read neutral ${f(neutral / offMarket.length)}`);
  say();
}

function cfsc(): void {
  const folder = `${DATA}/cfsc-dev`;
  if (!present(folder)) return;
  const sentences = readCfscSentences(`${folder}/sentences.jsonl`);
  const analyses = sentences.map((s) => analyzer.analyze(s.text));
  say(`== ${folder}: stance of ${sentences.length} sentences`);
  stanceRow('xinwen', scoreSentences(sentences, analyses));
  stanceRow('word count (our cues)', anchorConfusion(sentences.map((s) => [s.label, counter(s.text)])));
  say(`  published word list: ${PUBLISHED_ANCHOR.cfscSentences}`);
  const targets = readCfscTargets(`${folder}/targets.jsonl`);
  const byText = new Map<string, Analysis>();
  const targetAnalyses = targets.map((t) => byText.get(t.text) ?? byText.set(t.text, analyzer.analyze(t.text)).get(t.text) as Analysis);
  const covered = targets.filter((t, i) => (targetAnalyses[i] as Analysis).companies.some((c) => c.mentions.some((m) => m.start < t.end && t.start < m.end))).length;
  say(`== ${folder}: ${targets.length} company and stock targets (${covered} covered by a company found)`);
  stanceRow('xinwen', scoreTargets(targets, targetAnalyses));
  stanceRow('word count (our cues)', anchorConfusion(targets.map((t) => [t.label, counter(t.text)])));
  say(`  published word list: ${PUBLISHED_ANCHOR.cfscTargets}\n`);
}

function finnsp(): void {
  const folder = `${DATA}/finnsp-dev`;
  if (!present(folder)) return;
  const items = readFinnsp(`${folder}/eval.jsonl`);
  const analyses = items.map((i) => analyzer.analyze(i.text));
  const { correct, total, confusion, found } = scoreFinnsp(items, analyses);
  let anchorCorrect = 0;
  for (const item of items) {
    const negative = counter(item.text) === 'skeptical';
    for (const entity of item.entities) if (negative === item.negative.has(entity)) anchorCorrect++;
  }
  say(`== ${folder}: ${items.length} items, ${total} entities (${found} found as companies): reported skeptical exactly when the subject of negative news`);
  say(`  xinwen                  accuracy ${f(correct / total)}   (negative entities found ${confusion.skeptical.skeptical}/${confusion.skeptical.skeptical + confusion.skeptical.neutral}, false alarms ${confusion.neutral.skeptical})`);
  say(`  word count (our cues)   accuracy ${f(anchorCorrect / total)}`);
  say(`  published word list: ${PUBLISHED_ANCHOR.finnsp}\n`);
}

function ner(name: string): void {
  const file = `${DATA}/${name}/eval.jsonl`;
  if (!present(file)) return;
  const sentences = readNerSet(file);
  const { company, person } = scoreNer(sentences, sentences.map((s) => analyzer.analyze(s.text)));
  say(`== ${file}: ${sentences.length} sentences (distinct strings per sentence)`);
  for (const [label, c] of [['company', company], ['person', person]] as const) nerRow(label, c);
  say();
}

function nerRow(label: string, c: Count): void {
  const s = prf(c);
  say(`  ${label.padEnd(8)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   ${c.tp}/${c.predicted}/${c.gold}`);
}

function stanceRow(label: string, confusion: Confusion): void {
  const s = paragraphScores(confusion);
  const rows = (['bullish', 'skeptical', 'neutral'] as const).map((g) => `${g[0]}:${confusion[g].bullish}/${confusion[g].skeptical}/${confusion[g].neutral}`).join(' ');
  say(`  ${label.padEnd(24)}accuracy ${f(s.accuracy)}  macro-F1 ${f(s.macroF1)}   (gold:predicted b/s/n ${rows})`);
}

function anchorConfusion(pairs: readonly [keyof Confusion, keyof Confusion][]): Confusion {
  const confusion = emptyConfusion();
  for (const [gold, predicted] of pairs) confusion[gold][predicted]++;
  return confusion;
}

function present(path: string): boolean {
  if (existsSync(path)) return true;
  say(`== ${path}: not found, skipped (the shared data sits beside this checkout in ../shared)\n`);
  return false;
}
