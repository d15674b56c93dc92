// Logistic regression with several heads over one sparse binary feature vocabulary: one head per
// question ("is this a crisis?", "is this about self-harm?", "is this advice?"…). Trained full-batch
// with Adam and L2 from zero weights in a fixed order, so the same data gives the same weights, bit
// for bit. Weights are stored rounded to 3 decimals, aligned with the vocabulary, to keep the
// shipped file small.
import { z } from 'zod';

/** One head: a bias and one weight per vocabulary feature. */
export const ModelHead = z.object({ bias: z.number(), weights: z.array(z.number()) });
export type ModelHead = z.infer<typeof ModelHead>;

/** A trained model: the vocabulary, its heads, and the thresholds the training script chose out of fold. */
export const MultiHeadModel = z.object({
  vocabulary: z.array(z.string()),
  heads: z.record(z.string(), ModelHead),
  thresholds: z.record(z.string(), z.number().min(0).max(1)),
});
export type MultiHeadModel = z.infer<typeof MultiHeadModel>;

/** One training example: its distinct features and a 0/1 label per head. */
export interface MultiExample {
  readonly features: readonly string[];
  readonly labels: Readonly<Record<string, 0 | 1>>;
}

/** Training settings. */
export interface MultiTrainingOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  /** A feature joins the vocabulary when it occurs in at least this many training examples. */
  readonly minCount?: number;
}

const DEFAULTS = { epochs: 160, learningRate: 0.05, l2: 0.002, minCount: 2 } as const;

const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));

/** A model ready to score: the vocabulary as an index. */
export interface ScoringModel {
  readonly index: ReadonlyMap<string, number>;
  readonly heads: Readonly<Record<string, ModelHead>>;
  readonly thresholds: Readonly<Record<string, number>>;
}

/** Prepares a parsed model for scoring. */
export function scoringModel(model: MultiHeadModel): ScoringModel {
  return { index: new Map(model.vocabulary.map((f, i) => [f, i])), heads: model.heads, thresholds: model.thresholds };
}

/** Each head's probability for a message with these features. */
export function scoreHeads(model: ScoringModel, features: readonly string[]): Record<string, number> {
  const ids = features.map((f) => model.index.get(f)).filter((i): i is number => i !== undefined);
  const out: Record<string, number> = {};
  for (const [name, head] of Object.entries(model.heads)) {
    let v = head.bias;
    for (const i of ids) v += head.weights[i] ?? 0;
    out[name] = sigmoid(v);
  }
  return out;
}

/** Trains every head named in the examples' labels; thresholds are left empty for the caller to choose. */
export function trainMultiHead(examples: readonly MultiExample[], headNames: readonly string[], options: MultiTrainingOptions = {}): MultiHeadModel {
  const { epochs, learningRate, l2, minCount } = { ...DEFAULTS, ...options };
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, c]) => c >= minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((ex) => ({
    ids: Int32Array.from(ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
    labels: headNames.map((h) => ex.labels[h] ?? 0),
  }));
  const V = vocabulary.length;
  const H = headNames.length;
  const n = Math.max(1, rows.length);
  const w = new Float64Array(H * V);
  const g = new Float64Array(H * V);
  const m = new Float64Array(H * V);
  const s = new Float64Array(H * V);
  const bias = new Float64Array(H);
  const bm = new Float64Array(H);
  const bs = new Float64Array(H);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    g.fill(0);
    const bg = new Float64Array(H);
    for (const row of rows) {
      for (let h = 0; h < H; h++) {
        let v = bias[h] ?? 0;
        const base = h * V;
        for (const i of row.ids) v += w[base + i] ?? 0;
        const err = sigmoid(v) - (row.labels[h] ?? 0);
        bg[h] = (bg[h] ?? 0) + err;
        for (const i of row.ids) g[base + i] = (g[base + i] ?? 0) + err;
      }
    }
    const c1 = 1 - beta1 ** epoch;
    const c2 = 1 - beta2 ** epoch;
    for (let k = 0; k < H * V; k++) {
      const grad = (g[k] ?? 0) / n + l2 * (w[k] ?? 0);
      m[k] = beta1 * (m[k] ?? 0) + (1 - beta1) * grad;
      s[k] = beta2 * (s[k] ?? 0) + (1 - beta2) * grad * grad;
      w[k] = (w[k] ?? 0) - (learningRate * ((m[k] ?? 0) / c1)) / (Math.sqrt((s[k] ?? 0) / c2) + eps);
    }
    for (let h = 0; h < H; h++) {
      const grad = (bg[h] ?? 0) / n;
      bm[h] = beta1 * (bm[h] ?? 0) + (1 - beta1) * grad;
      bs[h] = beta2 * (bs[h] ?? 0) + (1 - beta2) * grad * grad;
      bias[h] = (bias[h] ?? 0) - (learningRate * ((bm[h] ?? 0) / c1)) / (Math.sqrt((bs[h] ?? 0) / c2) + eps);
    }
  }
  // Drop features no head weighs, then round.
  const keep = vocabulary.map((_, i) => headNames.some((_, h) => Math.abs(w[h * V + i] ?? 0) >= 0.0005));
  const kept = vocabulary.filter((_, i) => keep[i]);
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  const heads: Record<string, ModelHead> = {};
  headNames.forEach((name, h) => {
    heads[name] = { bias: round(bias[h] ?? 0), weights: vocabulary.flatMap((_, i) => (keep[i] ? [round(w[h * V + i] ?? 0)] : [])) };
  });
  return { vocabulary: kept, heads, thresholds: {} };
}
