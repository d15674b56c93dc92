// history.search_100k_ms_p50: full-text search over 100,000 messages in the in-memory history index
// (the one built after unlocking). Messages are generated with a fixed seed from a Zipf-distributed
// vocabulary of about 3,000 words, as chat text is: function words most often, then the illness
// words below at ranks spread through the top thousand, then a long tail. Queries use the illness
// words (what people look for), one to three of them, the last often unfinished.
import { HistoryIndex } from '@renderer/db/search/historyIndex';
import type { BenchScenario } from '../scenario';
import { quantile, round } from '../stats';

const MESSAGES = 100_000;
const QUERIES = 300;

const WORDS = `tired fatigue pain flare joints knees hands morning stiffness doctor rheumatologist appointment
clinic nurse medication methotrexate prednisone steroids hydroxychloroquine injection infusion side effects
nausea headache sleep insomnia work boss colleagues university exams family partner kids friends cancel plans
pacing rest walk swim yoga heat cold weather diet food gluten sugar insulin pump sensor glucose inhaler breath
anxiety worry scared lonely understood support group talk share story diagnosis months years better worse
today yesterday week weekend evening night hospital blood test results waiting scan rash fever skin hair
energy spoons budget benefits rights disclosure stigma explain invisible illness hope small steps helped`
  .split(/\s+/)
  .filter(Boolean);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FUNCTION_WORDS = 'i the and to a my it of in was is that me for but so with on have just at not be this'.split(' ');

/** Vocabulary by rank: function words first, illness words spread over ranks 25–1000, then a synthetic tail. */
function vocabulary(rand: () => number): string[] {
  const vocab: string[] = [...FUNCTION_WORDS];
  const tail = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
  const slots = new Map<number, string>();
  for (const word of WORDS) {
    let rank = 25 + Math.floor(rand() * 975);
    while (slots.has(rank)) rank++;
    slots.set(rank, word);
  }
  let t = 0;
  for (let rank = vocab.length; rank < 3000; rank++) vocab.push(slots.get(rank) ?? tail[t++]!);
  return vocab;
}

/** Cumulative Zipf (s = 1) weights for sampling by rank. */
function zipfSampler(size: number, rand: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= size; r++) cumulative.push((total += 1 / r));
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const scenario: BenchScenario = {
  name: 'history search',
  description: `${MESSAGES} generated messages (Zipf vocabulary) in the in-memory MiniSearch index; ${QUERIES} one-to-three word queries, last word often a prefix`,
  async run() {
    const rand = rng(42);
    const vocab = vocabulary(rand);
    const rank = zipfSampler(vocab.length, rand);
    const word = (): string => vocab[rank()]!;
    const pick = (): string => WORDS[Math.floor(rand() * WORDS.length)]!;
    const messages = Array.from({ length: MESSAGES }, (_, i) => ({
      id: `m-${i}`,
      groupId: `g-${i % 40}`,
      seq: Math.floor(i / 40),
      text: Array.from({ length: 8 + Math.floor(rand() * 30) }, word).join(' '),
    }));
    const index = new HistoryIndex();
    const buildStarted = performance.now();
    for (let i = 0; i < messages.length; i += 5000) index.upsert(messages.slice(i, i + 5000));
    const buildMs = performance.now() - buildStarted;

    const queries = Array.from({ length: QUERIES }, (_, i) => {
      const words = Array.from({ length: 1 + (i % 3) }, pick);
      const last = words.at(-1)!;
      if (i % 4 === 0 && last.length > 4) words[words.length - 1] = last.slice(0, 4);
      return words.join(' ');
    });
    for (const q of queries.slice(0, 20)) index.search(q);
    const times: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const started = performance.now();
      hits += index.search(q, { limit: 50 }).length;
      times.push(performance.now() - started);
    }
    // The hard case, reported beside it: queries of the most frequent content words (ranks 25–60),
    // each matching thousands of messages that all have to be scored.
    const frequent: number[] = [];
    for (let i = 0; i < 60; i++) {
      const words = Array.from({ length: 1 + (i % 2) }, (_, j) => vocab[25 + ((i * 7 + j * 11) % 35)]!);
      const started = performance.now();
      index.search(words.join(' '), { limit: 50 });
      frequent.push(performance.now() - started);
    }
    return {
      'history.search_100k_ms_p50': round(quantile(times, 0.5), 2),
      'history.search_100k_frequent_words_ms_p50': round(quantile(frequent, 0.5), 2),
      'history.search_100k_ms_p95': round(quantile(times, 0.95), 2),
      'history.index_build_100k_ms': round(buildMs, 0),
      'history.search_mean_hits': round(hits / QUERIES, 1),
    };
  },
};
export default scenario;
