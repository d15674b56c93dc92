// What Hearth's own path adds to a streamed reply: the same chat made directly to the fake Ollama
// with the ollama client, and through the app path (typed client → loopback transport with
// structured cloning → handler host with zod validation → model runtime → ollama client → fake).
// A 500-token reply at 100 tokens/s, as a laptop model produces it.
import { Ollama } from 'ollama';
import { startFakeOllama } from '@tests/fake-ollama/index';
import { createHearthApi, hearthContract, type ChatRequest } from '@shared/contract';
import { createHandlers } from '@main/handlers/createHandlers';
import { createHandlerHost } from '@main/ipc/handlerHost';
import { createLoopbackTransport } from '@main/ipc/loopbackTransport';
import { DEFAULT_KEEP_ALIVE } from '@main/ollama/chat';
import { createRuntime } from '@main/ollama/createRuntime';
import { memorySettingsStorage } from '@main/ollama/hostSetting';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const MODEL = 'llama3.2:3b';
const REPLY_TOKENS = 500;
const TOKENS_PER_SECOND = 100;
/** Full-reply pairs for throughput (direct and app, alternating which goes first); each run streams ~5 s. */
const PAIRS = 3;
/** First-token pairs for TTFT: the same 500-token request, stopped once its first token arrived. */
const TTFT_PAIRS = 60;
const NUM_CTX = 4096;

// ' w0 w1 …': every piece is one token of the fake's tokenizer.
const reply = Array.from({ length: REPLY_TOKENS }, (_, i) => ` w${i}`).join('');
const request: ChatRequest = { model: MODEL, messages: [{ role: 'user', content: 'Tell the group about your week.' }], options: { numCtx: NUM_CTX } };

interface RunTiming {
  readonly ttftMs: number;
  readonly tokensPerSecond: number;
}

/** Tokens/s between the first and the last token, so TTFT does not count against throughput. */
const rate = (tokens: number, firstAt: number, lastAt: number): number => (tokens - 1) / ((lastAt - firstAt) / 1000);

/** The request exactly as the runtime sends it, made with the ollama client directly. */
const directRequest = { model: MODEL, messages: request.messages, stream: true as const, options: { num_ctx: NUM_CTX }, keep_alive: DEFAULT_KEEP_ALIVE };

async function directFirstToken(host: string): Promise<number> {
  const started = performance.now();
  const stream = await new Ollama({ host }).chat(directRequest);
  for await (const part of stream) {
    if (!part.message.content) continue;
    const at = performance.now();
    stream.abort();
    return at - started;
  }
  throw new Error('direct: no token');
}

async function appFirstToken(api: ReturnType<typeof createHearthApi>): Promise<number> {
  const started = performance.now();
  let firstAt = 0;
  const handle = api.llm.chat(request, () => {
    if (firstAt) return;
    firstAt = performance.now();
    void handle.cancel();
  });
  await handle.done;
  if (!firstAt) throw new Error('app: no token');
  return firstAt - started;
}

async function direct(host: string): Promise<RunTiming> {
  const client = new Ollama({ host });
  const started = performance.now();
  let firstAt = 0;
  let lastAt = 0;
  let tokens = 0;
  for await (const part of await client.chat(directRequest)) {
    if (!part.message.content) continue;
    lastAt = performance.now();
    if (tokens === 0) firstAt = lastAt;
    tokens += 1;
  }
  if (tokens !== REPLY_TOKENS) throw new Error(`direct: expected ${REPLY_TOKENS} tokens, got ${tokens}`);
  return { ttftMs: firstAt - started, tokensPerSecond: rate(tokens, firstAt, lastAt) };
}

async function throughApp(api: ReturnType<typeof createHearthApi>): Promise<RunTiming> {
  const started = performance.now();
  let firstAt = 0;
  let lastAt = 0;
  let tokens = 0;
  const result = await api.llm.chat(request, () => {
    lastAt = performance.now();
    if (tokens === 0) firstAt = lastAt;
    tokens += 1;
  }).done;
  if (!result.ok || tokens !== REPLY_TOKENS) throw new Error(`app: ${result.ok ? `expected ${REPLY_TOKENS} tokens, got ${tokens}` : result.error.code}`);
  return { ttftMs: firstAt - started, tokensPerSecond: rate(tokens, firstAt, lastAt) };
}

const scenario: BenchScenario = {
  name: 'ipc overhead (app path vs direct)',
  description: `${REPLY_TOKENS}-token reply at ${TOKENS_PER_SECOND} tok/s from the fake Ollama: direct ollama client vs renderer client → loopback (structuredClone) → handler host → runtime; TTFT over ${TTFT_PAIRS} alternating first-token pairs, throughput over ${PAIRS} full-reply pairs, after a warm-up`,
  async run() {
    const fake = await startFakeOllama({ reply, speed: { genTokensPerSec: TOKENS_PER_SECOND } });
    try {
      const runtime = createRuntime({ settings: memorySettingsStorage({ host: fake.url }), findBinary: async () => null });
      const handlers = createHandlers({
        app: { name: 'Hearth', version: 'bench', platform: process.platform, locale: 'en-US', testBench: true },
        shell: { allowedDomains: [], open: async () => undefined },
        ollama: { runtime, openExternal: async () => undefined },
      });
      const host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
      const api = createHearthApi(createLoopbackTransport(host, 'app://hearth/'));

      // Warm-up: load the model and fill the prompt cache, so both paths meet the same server state.
      await direct(fake.url);
      await throughApp(api);
      const overheads: number[] = [];
      const directTtft: number[] = [];
      for (let pair = 0; pair < TTFT_PAIRS; pair += 1) {
        const first = pair % 2 === 0;
        const d1 = first ? await directFirstToken(fake.url) : 0;
        const a = await appFirstToken(api);
        const d = first ? d1 : await directFirstToken(fake.url);
        overheads.push(a - d);
        directTtft.push(d);
      }
      const ratios: number[] = [];
      for (let pair = 0; pair < PAIRS; pair += 1) {
        const first = pair % 2 === 0;
        const d1 = first ? await direct(fake.url) : undefined;
        const a = await throughApp(api);
        const d = d1 ?? (await direct(fake.url));
        ratios.push(a.tokensPerSecond / d.tokensPerSecond);
      }
      return {
        'ipc.ttft_overhead_ms_p50': round(median(overheads), 2),
        'ipc.throughput_ratio': round(median(ratios), 4),
        'ipc.direct_ttft_ms_p50': round(median(directTtft), 2),
      };
    } finally {
      await fake.close();
    }
  },
};

export default scenario;
