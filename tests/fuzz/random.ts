// Seeded random values for the fuzz tests: reproducible from the seed printed on failure.
import { Rng } from '@shared/group/cohort/random';

/** A small, fast, seeded PRNG (the cohort factory's mulberry32). */
export function seeded(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

const STRINGS = ['', ' ', 'a', 'llama3.2:3b', 'https://medlineplus.gov/', 'http://127.0.0.1:11434', '../../etc/passwd', '__proto__', 'constructor', '\u0000', '😀', 'x'.repeat(5000), '%s%s%s', '<script>', 'erase-everything', `${'A'.repeat(43)}=`, 'null', '{}'];
const NUMBERS = [0, -1, 1, 0.5, 2 ** 31, -(2 ** 53), Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, 256, 4096];

/** Random JSON-ish values, including the awkward ones IPC can carry (NaN, huge strings, deep nesting). */
export function randomValue(rand: () => number, depth = 0): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const roll = rand();
  if (depth > 4 || roll < 0.35) {
    const kind = Math.floor(rand() * 6);
    if (kind === 0) return pick(STRINGS);
    if (kind === 1) return pick(NUMBERS);
    if (kind === 2) return rand() < 0.5;
    if (kind === 3) return rand() < 0.5 ? null : undefined;
    if (kind === 4) return Array.from({ length: Math.floor(rand() * 12) }, () => String.fromCharCode(32 + Math.floor(rand() * 0x2ff))).join('');
    return Math.floor(rand() * 1e6) - 5e5;
  }
  if (roll < 0.6) return Array.from({ length: Math.floor(rand() * 5) }, () => randomValue(rand, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rand() * 5); i > 0; i--) {
    const key = pick([...STRINGS.slice(0, 8), 'name', 'url', 'key', 'host', 'request', 'requestId', 'model', 'messages']);
    // Own properties even for "__proto__", as JSON.parse and structured clone make them.
    Object.defineProperty(out, key, { value: randomValue(rand, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * A payload aimed at a schema: an object with the schema's own keys (when it has a shape) holding
 * random values, so validation is exercised past the first check. Otherwise any random value.
 */
export function randomPayloadFor(rand: () => number, shapeKeys: readonly string[]): unknown {
  if (shapeKeys.length === 0 || rand() < 0.3) return randomValue(rand);
  const out: Record<string, unknown> = {};
  for (const key of shapeKeys) if (rand() < 0.85) out[key] = randomValue(rand, 2);
  if (rand() < 0.15) out['extra'] = randomValue(rand, 3);
  return out;
}
