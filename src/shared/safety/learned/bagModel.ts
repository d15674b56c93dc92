// A fastText-style network with one hidden layer: every feature of a message (its words, word pairs,
// concepts in their clauses, and the character n-grams of its words, which carry typos and Spanish
// word endings) is hashed into one of a fixed number of buckets, each bucket has a small learned
// vector, a message is the mean of its vectors, and a hidden ReLU layer feeds one sigmoid per head.
// Unlike logistic regression over the same features, similar words and n-grams share directions
// in the vectors, so wording an author never used can still land near wording others did.
// With a context prefix, the features of the user's earlier messages (those starting with it) are
// averaged apart from the message's own, and the hidden layer reads both means side by side: a
// short "ready now" reads differently after "gave my earrings away" than alone, and the earlier
// messages' many words do not drown the current one's few.
// Trained by per-example SGD with a linearly falling rate from a seeded start in a fixed order:
// the same data gives the same weights, bit for bit. The vectors are stored as 8-bit integers.
import { z } from 'zod';

/** The stored network: sizes, heads, quantised bucket vectors (base64 int8 with one scale) and the dense layers. */
export const BagModel = z.object({
  kind: z.literal('bag'),
  buckets: z.number().int().positive(),
  dim: z.number().int().positive(),
  hidden: z.number().int().positive(),
  /** Features starting with this go to the context mean ("" : one mean for all). */
  contextPrefix: z.string().default(''),
  heads: z.array(z.string()),
  scale: z.number().positive(),
  vectors: z.string(),
  w1: z.array(z.number()),
  b1: z.array(z.number()),
  w2: z.array(z.number()),
  b2: z.array(z.number()),
  thresholds: z.record(z.string(), z.number().min(0).max(1)),
});
export type BagModel = z.infer<typeof BagModel>;

/** Training settings. */
export interface BagTrainingOptions {
  readonly buckets?: number;
  readonly dim?: number;
  readonly hidden?: number;
  readonly epochs?: number;
  readonly learningRate?: number;
  /** Share of a message's features left out at random on each training pass (generalisation to wording not seen). */
  readonly dropout?: number;
  /** How much faster the bucket vectors learn than the dense layers (each gets only 1/n of a message's gradient). */
  readonly vectorRate?: number;
  /** Features starting with this are averaged apart, as context ("": no context mean). */
  readonly contextPrefix?: string;
  readonly seed?: number;
}

const DEFAULTS = { buckets: 1 << 16, dim: 24, hidden: 32, epochs: 12, learningRate: 0.05, dropout: 0.25, vectorRate: 10, contextPrefix: '', seed: 12 } as const;

/** 32-bit FNV-1a of a string: the feature's bucket before the modulo. */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct buckets of a message's features. */
export function bucketsOf(features: readonly string[], buckets: number): Int32Array {
  const set = new Set<number>();
  for (const f of features) set.add(hashFeature(f) % buckets);
  return Int32Array.from([...set].sort((a, b) => a - b));
}

/** A message's buckets, each with its group: 0 the message's own features, 1 the context's. */
interface Input {
  readonly ids: Int32Array;
  readonly groups: Uint8Array;
}

function inputOf(features: readonly string[], buckets: number, contextPrefix: string): Input {
  if (contextPrefix === '') {
    const ids = bucketsOf(features, buckets);
    return { ids, groups: new Uint8Array(ids.length) };
  }
  const own = bucketsOf(features.filter((f) => !f.startsWith(contextPrefix)), buckets);
  const context = bucketsOf(features.filter((f) => f.startsWith(contextPrefix)), buckets);
  const groups = new Uint8Array(own.length + context.length);
  groups.fill(1, own.length);
  const ids = new Int32Array(own.length + context.length);
  ids.set(own);
  ids.set(context, own.length);
  return { ids, groups };
}

const groupCount = (contextPrefix: string): number => (contextPrefix === '' ? 1 : 2);

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));

/** A network ready to score. */
export interface ScoringBag {
  readonly buckets: number;
  readonly dim: number;
  readonly hidden: number;
  readonly contextPrefix: string;
  readonly heads: readonly string[];
  readonly vectors: Float32Array;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  readonly thresholds: Readonly<Record<string, number>>;
}

/** Each head's probability for one message's input; `mean` (groups × dim) and `hid` are work space; `counts` gets each group's kept features. */
function forward(net: ScoringBag, input: Input, keep: Uint8Array | null, mean: Float32Array, hid: Float32Array, out: Float64Array, counts: Float64Array): number {
  const { dim, hidden, vectors, w1, b1, w2, b2 } = net;
  const { ids, groups } = input;
  const inputs = mean.length;
  mean.fill(0);
  counts.fill(0);
  for (let k = 0; k < ids.length; k++) {
    if (keep && keep[k] === 0) continue;
    const base = (ids[k] ?? 0) * dim;
    const g = groups[k] ?? 0;
    const at = g * dim;
    for (let d = 0; d < dim; d++) mean[at + d] = (mean[at + d] ?? 0) + (vectors[base + d] ?? 0);
    counts[g] = (counts[g] ?? 0) + 1;
  }
  for (let g = 0; g < counts.length; g++) {
    const n = counts[g] ?? 0;
    if (n > 0) for (let d = 0; d < dim; d++) mean[g * dim + d] = (mean[g * dim + d] ?? 0) / n;
  }
  for (let j = 0; j < hidden; j++) {
    let v = b1[j] ?? 0;
    const row = j * inputs;
    for (let d = 0; d < inputs; d++) v += (w1[row + d] ?? 0) * (mean[d] ?? 0);
    hid[j] = v > 0 ? v : 0;
  }
  for (let h = 0; h < out.length; h++) {
    let v = b2[h] ?? 0;
    const row = h * hidden;
    for (let j = 0; j < hidden; j++) v += (w2[row + j] ?? 0) * (hid[j] ?? 0);
    out[h] = sigmoid(v);
  }
  return counts.reduce((a, b) => a + b, 0);
}

/** One training example: its features and a 0/1 label per head. */
export interface BagExample {
  readonly features: readonly string[];
  readonly labels: Readonly<Record<string, 0 | 1>>;
}

/** Trains the network on these examples for these heads; thresholds are left for the caller. */
export function trainBag(examples: readonly BagExample[], heads: readonly string[], options: BagTrainingOptions = {}): ScoringBag {
  const { buckets, dim, hidden, epochs, learningRate, dropout, vectorRate, contextPrefix, seed } = { ...DEFAULTS, ...options };
  const G = groupCount(contextPrefix);
  const inputs = G * dim;
  const rand = random(seed);
  const H = heads.length;
  const vectors = new Float32Array(buckets * dim);
  for (let i = 0; i < vectors.length; i++) vectors[i] = (rand() * 2 - 1) / dim;
  const w1 = new Float32Array(hidden * inputs);
  const limit1 = Math.sqrt(6 / (inputs + hidden));
  for (let i = 0; i < w1.length; i++) w1[i] = (rand() * 2 - 1) * limit1;
  const b1 = new Float32Array(hidden);
  const w2 = new Float32Array(H * hidden);
  const limit2 = Math.sqrt(6 / (hidden + 1));
  for (let i = 0; i < w2.length; i++) w2[i] = (rand() * 2 - 1) * limit2;
  const b2 = new Float32Array(H);
  const net: ScoringBag = { buckets, dim, hidden, contextPrefix, heads, vectors, w1, b1, w2, b2, thresholds: {} };
  const rows = examples.map((ex) => ({ input: inputOf(ex.features, buckets, contextPrefix), labels: Float64Array.from(heads.map((h) => ex.labels[h] ?? 0)) }));
  const order = rows.map((_, i) => i);
  const mean = new Float32Array(inputs);
  const counts = new Float64Array(G);
  const hid = new Float32Array(hidden);
  const out = new Float64Array(H);
  const gHid = new Float32Array(hidden);
  const gMean = new Float32Array(inputs);
  const total = Math.max(1, epochs * rows.length);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    for (const r of order) {
      const row = rows[r];
      if (!row) continue;
      const lr = learningRate * (1 - step / total);
      step++;
      const { ids, groups } = row.input;
      const keep = new Uint8Array(ids.length);
      for (let k = 0; k < keep.length; k++) keep[k] = rand() < dropout ? 0 : 1;
      const n = forward(net, row.input, keep, mean, hid, out, counts);
      if (n === 0) continue;
      gHid.fill(0);
      for (let h = 0; h < H; h++) {
        const err = (out[h] ?? 0) - (row.labels[h] ?? 0);
        const base = h * hidden;
        for (let j = 0; j < hidden; j++) {
          gHid[j] = (gHid[j] ?? 0) + err * (w2[base + j] ?? 0);
          w2[base + j] = (w2[base + j] ?? 0) - lr * err * (hid[j] ?? 0);
        }
        b2[h] = (b2[h] ?? 0) - lr * err;
      }
      gMean.fill(0);
      for (let j = 0; j < hidden; j++) {
        if ((hid[j] ?? 0) <= 0) continue;
        const g = gHid[j] ?? 0;
        const base = j * inputs;
        for (let d = 0; d < inputs; d++) {
          gMean[d] = (gMean[d] ?? 0) + g * (w1[base + d] ?? 0);
          w1[base + d] = (w1[base + d] ?? 0) - lr * g * (mean[d] ?? 0);
        }
        b1[j] = (b1[j] ?? 0) - lr * g;
      }
      // Every kept bucket got 1/n of its group's mean: its vector moves by that share of the gradient.
      for (let k = 0; k < ids.length; k++) {
        if (keep[k] === 0) continue;
        const group = groups[k] ?? 0;
        const share = (lr * vectorRate) / Math.max(1, counts[group] ?? 1);
        const base = (ids[k] ?? 0) * dim;
        const at = group * dim;
        for (let d = 0; d < dim; d++) vectors[base + d] = (vectors[base + d] ?? 0) - share * (gMean[at + d] ?? 0);
      }
    }
  }
  return net;
}

/** Each head's probability for a message with these features. */
export function scoreBag(net: ScoringBag, features: readonly string[]): Record<string, number> {
  const out = new Float64Array(net.heads.length);
  const G = groupCount(net.contextPrefix);
  forward(net, inputOf(features, net.buckets, net.contextPrefix), null, new Float32Array(G * net.dim), new Float32Array(net.hidden), out, new Float64Array(G));
  const result: Record<string, number> = {};
  net.heads.forEach((h, i) => {
    result[h] = out[i] ?? 0;
  });
  return result;
}

const round = (v: number): number => Math.round(v * 10000) / 10000;

/** The network as stored: vectors as 8-bit integers under one scale, the dense layers rounded. */
export function serializeBag(net: ScoringBag, thresholds: Readonly<Record<string, number>>): BagModel {
  let max = 0;
  for (const v of net.vectors) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Uint8Array(net.vectors.length);
  net.vectors.forEach((v, i) => {
    bytes[i] = Math.max(-127, Math.min(127, Math.round(v / scale))) & 0xff;
  });
  return {
    kind: 'bag',
    buckets: net.buckets,
    dim: net.dim,
    hidden: net.hidden,
    contextPrefix: net.contextPrefix,
    heads: [...net.heads],
    scale,
    vectors: toBase64(bytes),
    w1: [...net.w1].map(round),
    b1: [...net.b1].map(round),
    w2: [...net.w2].map(round),
    b2: [...net.b2].map(round),
    thresholds: { ...thresholds },
  };
}

/** A stored network ready to score. */
export function scoringBag(model: BagModel): ScoringBag {
  const bytes = fromBase64(model.vectors);
  const vectors = new Float32Array(bytes.length);
  bytes.forEach((b, i) => {
    vectors[i] = (b > 127 ? b - 256 : b) * model.scale;
  });
  return {
    buckets: model.buckets,
    dim: model.dim,
    hidden: model.hidden,
    contextPrefix: model.contextPrefix,
    heads: model.heads,
    vectors,
    w1: Float32Array.from(model.w1),
    b1: Float32Array.from(model.b1),
    w2: Float32Array.from(model.w2),
    b2: Float32Array.from(model.b2),
    thresholds: model.thresholds,
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without the platform's helpers (src/shared runs in node and the renderer alike). */
function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    out += i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] ?? '') : '=';
    out += i + 2 < bytes.length ? (ALPHABET[n & 63] ?? '') : '=';
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const lookup = new Map([...ALPHABET].map((c, i) => [c, i]));
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = ((lookup.get(clean[i] ?? 'A') ?? 0) << 18) | ((lookup.get(clean[i + 1] ?? 'A') ?? 0) << 12) | ((lookup.get(clean[i + 2] ?? 'A') ?? 0) << 6) | (lookup.get(clean[i + 3] ?? 'A') ?? 0);
    if (o < bytes.length) bytes[o++] = (n >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}
