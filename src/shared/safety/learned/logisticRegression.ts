// Plain logistic regression over sparse binary features (present = 1), trained by full-batch gradient descent
// with L2. No randomness anywhere (zero start, fixed order), so the same data gives the same
// weights, bit for bit.
import { z } from 'zod';

/** A trained model: one weight per vocabulary feature, a bias, and the decision threshold. */
export const LogisticModel = z.object({
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
});
export type LogisticModel = z.infer<typeof LogisticModel>;

/** One training example: its distinct features and its label (1 = crisis). */
export interface TrainingExample {
  readonly features: readonly string[];
  readonly label: 0 | 1;
}

/** Training settings; the defaults are the ones the committed model was trained with. */
export interface TrainingOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  /** A feature joins the vocabulary when it occurs in at least this many training messages. */
  readonly minCount?: number;
}

const DEFAULTS = { epochs: 1000, learningRate: 2, l2: 0.001, minCount: 2 } as const;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that a message with these features is a crisis. */
export function probability(model: Pick<LogisticModel, 'bias' | 'weights'>, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** Trains on the examples; the threshold is left at 0.5 for the caller to choose. */
export function trainLogistic(examples: readonly TrainingExample[], options: TrainingOptions = {}): LogisticModel {
  const { epochs, learningRate, l2, minCount } = { ...DEFAULTS, ...options };
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, c]) => c >= minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((ex) => {
    const ids = ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
    return { ids, label: ex.label };
  });

  const weights = new Float64Array(vocabulary.length);
  const gradient = new Float64Array(vocabulary.length);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (const i of row.ids) z += weights[i] ?? 0;
      const error = sigmoid(z) - row.label;
      biasGradient += error;
      for (const i of row.ids) gradient[i] = (gradient[i] ?? 0) + error;
    }
    for (let i = 0; i < weights.length; i++) {
      weights[i] = (weights[i] ?? 0) - learningRate * ((gradient[i] ?? 0) / n + l2 * (weights[i] ?? 0));
    }
    bias -= learningRate * (biasGradient / n);
  }

  const out: Record<string, number> = {};
  vocabulary.forEach((f, i) => {
    const w = Math.round((weights[i] ?? 0) * 1e4) / 1e4;
    if (w !== 0) out[f] = w;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, threshold: 0.5, weights: out };
}
