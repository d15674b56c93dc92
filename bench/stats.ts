/** Small statistics helpers shared by the benchmark scenarios. */

/** The q-quantile (0..1) of a list of numbers, by linear interpolation. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Rounds to a fixed number of decimals for reporting. */
export const round = (value: number, decimals = 3): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
