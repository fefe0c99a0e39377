// npm run bench: speed and memory as ratios against a bare nodejieba tag of the same text, in the same process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import nodejieba from 'nodejieba';

const root = new URL('..', import.meta.url).pathname;
const seedFile = `${root}../shared/gold/alibaba-weibo.txt`;
const corpus = readdirSync(`${root}corpus`).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${root}corpus/${f}`, 'utf8'));
const longest = [...corpus].sort((a, b) => b.length - a.length)[0];
const seed = existsSync(seedFile) ? readFileSync(seedFile, 'utf8') : longest;
const seedName = existsSync(seedFile) ? 'seed' : 'longest corpus article';

const rows = [];
const print = (label, value) => {
  rows.push([label, value]);
  console.log(`${label.padEnd(52)}${String(value).padStart(10)}`);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

// Cold start and memory, each in fresh processes (this process's own RSS would count the benchmark's tools): a
// bare nodejieba load, against importing xinwen and analysing the seed once; and the RSS after a full collection of
// a process that only loaded nodejieba, against one that analysed one article and then a thousand.
const fresh = (code, input = '') => {
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', input });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};
const bareLoad = median(Array.from({ length: 3 }, () => fresh(`
  const start = performance.now();
  const { default: nodejieba } = await import('nodejieba');
  nodejieba.load();
  console.log(JSON.stringify(performance.now() - start));
`)));
const coldStart = median(Array.from({ length: 3 }, () => fresh(`
  import { readFileSync } from 'node:fs';
  const seed = readFileSync(0, 'utf8');
  const start = performance.now();
  const { analyze } = await import('xinwen');
  analyze(seed);
  console.log(JSON.stringify(performance.now() - start));
`, seed)));
print('cold start: bare nodejieba load (ms)', Math.round(bareLoad));
print(`cold start: import + first analyze of the ${seedName} (ms)`, Math.round(coldStart));
print('cold start / bare nodejieba load', (coldStart / bareLoad).toFixed(2));
// RSS is read right after a full collection, as a process that has just finished its work holds it; V8 gives the
// pages it freed back to the system later, on a background thread, so that reading swung between about 90 and 150 MB
// above the bare process from run to run of the same code. A second reading, once the process has settled (two
// collections, each followed by a pause: after one alone V8 kept most of the pages), is the memory it keeps; the
// live part of it is what xinwen's data holds.
const SETTLED = `
  for (let i = 0; i < 2; i++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }`;
const bareRss = fresh(`
  const { default: nodejieba } = await import('nodejieba');
  nodejieba.load();
  nodejieba.tag('预热');
  globalThis.gc();
  const now = process.memoryUsage().rss;${SETTLED}
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  console.log(JSON.stringify({ now, settled: rss, live: heapUsed + arrayBuffers }));
`);
const ours = fresh(`
  import { readFileSync } from 'node:fs';
  const corpus = JSON.parse(readFileSync(0, 'utf8'));
  const { analyze } = await import('xinwen');
  analyze(corpus[0]);
  globalThis.gc();
  const one = process.memoryUsage().rss;
  for (let i = 0; i < 1000; i++) analyze(corpus[i % corpus.length]);
  globalThis.gc();
  const thousand = process.memoryUsage().rss;${SETTLED}
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  console.log(JSON.stringify({ one, thousand, settled: rss, live: heapUsed + arrayBuffers }));
`, JSON.stringify(corpus));
print('RSS, a process that only loaded nodejieba (MB)', Math.round(bareRss.now / 1e6));
print("xinwen's memory above it, after one article (MB)", Math.round((ours.one - bareRss.now) / 1e6));
print("xinwen's memory above it, after 1,000 articles (MB)", Math.round((ours.thousand - bareRss.now) / 1e6));
print('  the same, once V8 has given back what it freed (MB)', Math.round((ours.settled - bareRss.settled) / 1e6));
print('  of it, live: heap used and array buffers (MB)', Math.round((ours.live - bareRss.live) / 1e6));


const { analyze } = await import('xinwen');
await build({
  entryPoints: [`${root}bench/stages.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: `${root}dist/bench-stages.mjs`,
  packages: 'external',
  logLevel: 'error',
});
const { stageTimes } = await import(`${root}dist/bench-stages.mjs`);

// Steady state, as a batch job or a service runs: the code is warmed first (V8 optimises a function only after many
// calls; the first runs of a never-called copy of the code took twice as long in some stages), and each run of
// analyze, or of the stages, is divided by a bare tag of the same texts timed right before it (the machine's speed
// drifts from second to second; a ratio of two medians taken apart drifted with it, one of paired runs does not).
const WARM_CALLS = 60;
const warm = (fn, texts) => {
  for (let i = 0; i < Math.max(3, Math.ceil(WARM_CALLS / texts.length)); i++) for (const t of texts) fn(t);
};
const tagTime = (texts) => time(() => { for (const t of texts) nodejieba.tag(t); });

function ratio(texts, runs) {
  warm(analyze, texts);
  warm(nodejieba.tag, texts);
  return median(Array.from({ length: runs }, () => {
    const tag = tagTime(texts);
    return time(() => { for (const t of texts) analyze(t); }) / tag;
  }));
}

print(`analyze / tag, ${seedName} (median of 31)`, ratio([seed], 31).toFixed(2));
// Each stage against the same bare tag; "segment" is normalisation, jieba's tag and the document model together.
warm(stageTimes, [seed]);
const stages = Array.from({ length: 31 }, () => {
  const tag = tagTime([seed]);
  const times = stageTimes(seed);
  for (const name of Object.keys(times)) times[name] /= tag;
  return times;
});
for (const name of Object.keys(stages[0])) {
  print(`  ${name} / tag`, median(stages.map((s) => s[name])).toFixed(3));
}
const corpusRatio = ratio(corpus, 11);
print(`analyze / tag, whole corpus (${corpus.length} articles, median of 11)`, corpusRatio.toFixed(2));
// News paragraphs (the corpus's lines of 80 characters or more) and single sentences (8 to 60 characters), each
// analysed as a text of its own: what a call costs when it is short.
const lines = corpus.flatMap((t) => t.split('\n')).filter((l) => l.length >= 80);
const sentences = corpus.flatMap((t) => t.split(/(?<=[。！？])/)).map((x) => x.trim()).filter((x) => x.length >= 8 && x.length <= 60);
const paragraphRatio = ratio(lines, 11);
print(`analyze / tag, news paragraphs (${lines.length}, median of 11)`, paragraphRatio.toFixed(2));
const sentenceRatio = ratio(sentences, 11);
print(`analyze / tag, single sentences (${sentences.length}, median of 11)`, sentenceRatio.toFixed(2));

// Batch throughput: the corpus 40 times over, with 1 and 2 worker threads. Timed over the last three quarters of
// the results: the first quarter covers each worker's one-off jieba load and JIT warm-up, which a long batch job
// pays once; that start-up is printed on its own.
const { analyzeMany } = await import('xinwen');
const batch = Array.from({ length: 40 }, () => corpus).flat();
const batchBytes = batch.map((t) => Buffer.byteLength(t));
async function throughput(workers) {
  const from = batch.length >> 2;
  let count = 0;
  let mark = 0;
  const start = performance.now();
  for await (const r of analyzeMany(batch, { workers })) {
    if ('error' in r) throw new Error(r.error);
    if (++count === from) mark = performance.now();
  }
  const seconds = (performance.now() - mark) / 1000;
  const bytes = batchBytes.slice(from).reduce((a, b) => a + b, 0);
  return { docs: (count - from) / seconds, mb: bytes / 1e6 / seconds, startup: (mark - start) / 1000 };
}
const one = await throughput(1);
const two = await throughput(2);
print('batch, first quarter incl. start-up, 1 worker (s)', one.startup.toFixed(2));
print('batch, 1 worker (documents/s)', one.docs.toFixed(1));
print('batch, 1 worker (MB/s)', one.mb.toFixed(2));
print('batch, first quarter incl. start-up, 2 workers (s)', two.startup.toFixed(2));
print('batch, 2 workers (documents/s)', two.docs.toFixed(1));
print('batch, 2 workers (MB/s)', two.mb.toFixed(2));
print('speed-up, 2 workers / 1 worker', (two.docs / one.docs).toFixed(2));

// Scaling: the corpus concatenated 1×, 10× and 100× into one document.
const joined = corpus.join('\n');
const scale = (n) => {
  const text = Array.from({ length: n }, () => joined).join('\n');
  analyze(text);
  // Fewer runs as the text grows: the 1× time is short and noisy, the 100× one takes seconds (and one run of it
  // varied from 99× to 124× across runs, so it too is a median).
  return median(Array.from({ length: n >= 10 ? 3 : 11 }, () => time(() => analyze(text))));
};
const base = scale(1);
print('scaling: time(10× corpus) / time(1×)', (scale(10) / base).toFixed(1));
print('scaling: time(100× corpus) / time(1×)', (scale(100) / base).toFixed(1));
