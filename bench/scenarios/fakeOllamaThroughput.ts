// The fake Ollama server's own raw throughput, with every speed unlimited: the ceiling that any
// figure measured through it (IPC overhead, renderer streaming) sits under.
import { Ollama } from 'ollama';
import { startFakeOllama } from '@tests/fake-ollama/index';
import type { BenchScenario } from '../scenario';
import { median, quantile, round } from '../stats';

const MODEL = 'llama3.2:3b';
const LONG_REPLY_TOKENS = 2_000;
const STREAM_RUNS = 5;
const SMALL_REQUESTS = 400;
const CONCURRENCY = 8;
const TTFT_SAMPLES = 200;

// ' w0 w1 …': every piece is exactly one token of the fake's tokenizer.
const longReply = Array.from({ length: LONG_REPLY_TOKENS }, (_, i) => ` w${i}`).join('');
const ask = (content: string) => ({ model: MODEL, messages: [{ role: 'user', content }] });

async function streamedTokensPerSecond(client: Ollama): Promise<number> {
  const rates: number[] = [];
  for (let run = 0; run < STREAM_RUNS; run += 1) {
    const started = performance.now();
    let tokens = 0;
    for await (const chunk of await client.chat({ ...ask(`long ${run}`), stream: true })) if (!chunk.done) tokens += 1;
    if (tokens !== LONG_REPLY_TOKENS) throw new Error(`expected ${LONG_REPLY_TOKENS} tokens, got ${tokens}`);
    rates.push(tokens / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

async function requestsPerSecond(client: Ollama, concurrency: number): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < SMALL_REQUESTS) {
      next += 1;
      await client.chat(ask(`small ${next}`));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return SMALL_REQUESTS / ((performance.now() - started) / 1000);
}

async function timesToFirstToken(client: Ollama): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < TTFT_SAMPLES; i += 1) {
    const started = performance.now();
    const stream = await client.chat({ ...ask(`ttft ${i}`), stream: true });
    let first = true;
    for await (const _chunk of stream) {
      if (first) samples.push(performance.now() - started);
      first = false;
    }
  }
  return samples;
}

const scenario: BenchScenario = {
  name: 'fake-ollama raw throughput',
  description: `fake Ollama on loopback through the real ollama client, speeds unlimited: one ${LONG_REPLY_TOKENS}-token streamed reply (median of ${STREAM_RUNS}), ${SMALL_REQUESTS} small stream:false chats at concurrency 1 and ${CONCURRENCY}, TTFT over ${TTFT_SAMPLES} streamed chats`,
  async run() {
    const fake = await startFakeOllama({ reply: 'ok', numParallel: CONCURRENCY });
    try {
      const client = new Ollama({ host: fake.url });
      await client.chat(ask('warm up'));
      fake.setReply((req) => (req.messages.at(-1)?.content.startsWith('long') ? longReply : 'Thank you for sharing.'));
      const tokensPerSecond = await streamedTokensPerSecond(client);
      const sequential = await requestsPerSecond(client, 1);
      const concurrent = await requestsPerSecond(client, CONCURRENCY);
      const ttft = await timesToFirstToken(client);
      return {
        'fake.chat_tokens_per_s': round(tokensPerSecond, 0),
        'fake.chat_requests_per_s': round(sequential, 1),
        [`fake.chat_requests_per_s_c${CONCURRENCY}`]: round(concurrent, 1),
        'fake.ttft_ms_p50': round(median(ttft), 3),
        'fake.ttft_ms_p95': round(quantile(ttft, 0.95), 3),
      };
    } finally {
      await fake.close();
    }
  },
};

export default scenario;
