// A small seeded PRNG for the cohort factory. Everything a cohort contains is drawn from here, so
// the same seed rebuilds the same people on any machine (Math.random would not). Each field draws
// from its own stream, derived from the seed and a label, so adding a field later does not
// reshuffle the fields that already exist.

/** 32-bit FNV-1a hash of a string: stable across runs and platforms. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes a seed with labels into a new 32-bit seed: one hash over all of them, then a finaliser. */
export function subSeed(seed: number, ...labels: readonly string[]): number {
  return fmix32(hashString(`${seed >>> 0}\u0000${labels.join('\u0000')}`) ^ 0x9e3779b9);
}

/** A short stable key for a text (base-36 hash), e.g. for story keys. */
export function shortKey(text: string): string {
  return hashString(text).toString(36).padStart(7, '0');
}

/** A seeded random stream (mulberry32) with the helpers the cohort factory needs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream for one purpose, independent of every other label's stream. */
  static for(seed: number, ...labels: readonly string[]): Rng {
    return new Rng(subSeed(seed, ...labels));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, uniformly; throws on an empty list because that is always a bug in the caller. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item with probability proportional to its weight; items weighing 0 are never picked. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const weights = items.map((item) => Math.max(0, weight(item)));
    const total = weights.reduce((a, b) => a + b, 0);
    if (total <= 0) return this.pick(items);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i += 1) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i] as T;
    }
    // Floating-point rounding can leave r a hair above zero: fall back to the last weighted item.
    const last = weights.findLastIndex((w) => w > 0);
    return items[last] as T;
  }

  /** A shuffled copy (Fisher–Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}
