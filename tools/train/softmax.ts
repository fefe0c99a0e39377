/**
 * Multinomial logistic regression trained by full-batch gradient descent with Adam and an L2 penalty: deterministic
 * (the same examples in the same order give the same weights, bit for bit), and small enough to read at once.
 */

export interface Example {
  /** Examples of one group (an article's paragraphs) stay in one fold. */
  group: string;
  features: Map<string, number>;
  label: number;
  /** How much the example counts (1 when absent). */
  weight?: number;
}

export interface TrainOptions {
  labels: number;
  /** Features seen in fewer examples than this are left out. */
  minCount: number;
  l2: number;
  epochs: number;
  learningRate: number;
}

export interface Trained {
  names: string[];
  /** names.length × labels weights, row by row. */
  weights: Float64Array;
}

export function train(examples: readonly Example[], o: TrainOptions): Trained {
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([name, n]) => n >= o.minCount || name === 'bias').map(([name]) => name).sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((e) => {
    const ids: number[] = [];
    const values: number[] = [];
    for (const [name, value] of e.features) {
      const i = index.get(name);
      if (i !== undefined) {
        ids.push(i);
        values.push(value);
      }
    }
    return { ids, values, label: e.label, weight: e.weight ?? 1 };
  });
  const K = o.labels;
  const w = new Float64Array(names.length * K);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  const scores = new Float64Array(K);
  const bias = index.get('bias');
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    grad.fill(0);
    for (const r of rows) {
      scores.fill(0);
      for (let j = 0; j < r.ids.length; j++) for (let k = 0; k < K; k++) scores[k]! += w[r.ids[j]! * K + k]! * r.values[j]!;
      const p = softmax(scores);
      for (let k = 0; k < K; k++) {
        const d = (p[k]! - (k === r.label ? 1 : 0)) * r.weight;
        for (let j = 0; j < r.ids.length; j++) grad[r.ids[j]! * K + k]! += d * r.values[j]!;
      }
    }
    const n = rows.reduce((sum, r) => sum + r.weight, 0);
    for (let i = 0; i < w.length; i++) {
      const penalty = Math.floor(i / K) === bias ? 0 : o.l2 * w[i]!;
      const g = grad[i]! / n + penalty;
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      const mHat = m[i]! / (1 - 0.9 ** epoch);
      const vHat = v[i]! / (1 - 0.999 ** epoch);
      w[i]! -= (o.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return { names, weights: w };
}

/** The raw scores of an example under trained weights. */
export function rawScores(model: Trained, features: Map<string, number>, K: number, index = indexOf(model)): Float64Array {
  const out = new Float64Array(K);
  for (const [name, value] of features) {
    const i = index.get(name);
    if (i === undefined) continue;
    for (let k = 0; k < K; k++) out[k]! += model.weights[i * K + k]! * value;
  }
  return out;
}

const indexes = new WeakMap<Trained, Map<string, number>>();
export function indexOf(model: Trained): Map<string, number> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map(model.names.map((name, i) => [name, i]));
    indexes.set(model, index);
  }
  return index;
}

export function softmax(raw: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const x of raw) max = Math.max(max, x / temperature);
  const out = new Float64Array(raw.length);
  let sum = 0;
  for (let k = 0; k < raw.length; k++) sum += out[k] = Math.exp(raw[k]! / temperature - max);
  for (let k = 0; k < raw.length; k++) out[k]! /= sum;
  return out;
}

/** The temperature that best fits held-out scores (least negative log-likelihood, on a fine grid). */
export function fitTemperature(held: readonly { scores: Float64Array; label: number }[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4.0001; t += 0.05) {
    let loss = 0;
    for (const h of held) loss -= Math.log(Math.max(1e-12, softmax(h.scores, t)[h.label]!));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** Expected calibration error over ten bins of the top probability. */
export function calibrationError(held: readonly { scores: Float64Array; label: number }[], temperature: number): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }));
  for (const h of held) {
    const p = softmax(h.scores, temperature);
    let k = 0;
    for (let i = 1; i < p.length; i++) if (p[i]! > p[k]!) k = i;
    const bin = bins[Math.min(9, Math.floor(p[k]! * 10))]!;
    bin.n++;
    bin.confidence += p[k]!;
    if (k === h.label) bin.correct++;
  }
  return bins.reduce((sum, b) => sum + (b.n === 0 ? 0 : (b.n / held.length) * Math.abs(b.correct / b.n - b.confidence / b.n)), 0);
}
