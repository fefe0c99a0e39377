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

// Cold start in a fresh process: import the package and analyze the seed once.
const cold = spawnSync(process.execPath, ['--input-type=module', '-e', `
  const start = performance.now();
  const { analyze } = await import('xinwen');
  analyze(${JSON.stringify(seed)});
  console.log(JSON.stringify({ ms: performance.now() - start, rss: process.memoryUsage().rss }));
`], { cwd: root, encoding: 'utf8' });
const coldResult = JSON.parse(cold.stdout);
print(`cold start: import + first analyze of the ${seedName} (ms)`, Math.round(coldResult.ms));

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

function ratio(texts, runs) {
  for (let i = 0; i < 3; i++) for (const t of texts) { analyze(t); nodejieba.tag(t); }
  const analyzeTimes = [];
  const tagTimes = [];
  for (let r = 0; r < runs; r++) {
    tagTimes.push(time(() => { for (const t of texts) nodejieba.tag(t); }));
    analyzeTimes.push(time(() => { for (const t of texts) analyze(t); }));
  }
  return { analyze: median(analyzeTimes), tag: median(tagTimes) };
}

const seedRatio = ratio([seed], 31);
print(`analyze / tag, ${seedName} (median of 31)`, (seedRatio.analyze / seedRatio.tag).toFixed(2));
const stages = Array.from({ length: 31 }, () => stageTimes(seed));
const stage = (name) => median(stages.map((s) => s[name]));
print(`  figures (amounts + percentages) / tag`, (stage('figures') / stage('tag')).toFixed(3));
print(`  entities and quotes / tag`, (stage('entities') / stage('tag')).toFixed(3));
print(`  stance / tag`, (stage('stance') / stage('tag')).toFixed(3));
const corpusRatio = ratio(corpus, 11);
print(`analyze / tag, whole corpus (${corpus.length} articles, median of 11)`, (corpusRatio.analyze / corpusRatio.tag).toFixed(2));
print('RSS after the runs above, one process (MB)', Math.round(process.memoryUsage().rss / 1e6));

// Batch throughput: the corpus 10 times over, with 1 and 2 worker threads.
const { analyzeMany } = await import('xinwen');
const batch = Array.from({ length: 10 }, () => corpus).flat();
const megabytes = Buffer.byteLength(batch.join('')) / 1e6;
async function throughput(workers) {
  let first = 0;
  let count = 0;
  const start = performance.now();
  for await (const r of analyzeMany(batch, { workers })) {
    if ('error' in r) throw new Error(r.error);
    if (count++ === 0) first = performance.now();
  }
  // Measured from the first result, so the one-off jieba load in each worker does not count.
  const seconds = (performance.now() - first) / 1000;
  return { docs: (count - 1) / seconds, mb: (megabytes * (count - 1)) / count / seconds, startup: (first - start) / 1000 };
}
const one = await throughput(1);
const two = await throughput(2);
print('batch, 1 worker (documents/s)', one.docs.toFixed(1));
print('batch, 1 worker (MB/s)', one.mb.toFixed(2));
print('batch, 2 workers (documents/s)', two.docs.toFixed(1));
print('batch, 2 workers (MB/s)', two.mb.toFixed(2));
print('speed-up, 2 workers / 1 worker', (two.docs / one.docs).toFixed(2));

// Scaling: the corpus concatenated 1×, 10× and 100× into one document.
const joined = corpus.join('\n');
const scale = (n) => {
  const text = Array.from({ length: n }, () => joined).join('\n');
  analyze(text);
  return median(Array.from({ length: n >= 100 ? 1 : 3 }, () => time(() => analyze(text))));
};
const base = scale(1);
print('scaling: time(10× corpus) / time(1×)', (scale(10) / base).toFixed(1));
print('scaling: time(100× corpus) / time(1×)', (scale(100) / base).toFixed(1));
