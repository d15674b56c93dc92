import { afterEach, describe, expect, it } from 'vitest';
import { createHearthApi, fail, ok, STREAM_EVENT_CHANNEL, type HearthTransport } from '../../../../shared/contract';
import { streamReply } from './replyStream';

/** A transport that streams the given tokens for llm.chat, then answers with `final`. */
function scriptedTransport(tokens: string[], final: unknown): HearthTransport {
  const listeners = new Set<(e: unknown) => void>();
  return {
    invoke: async (channel, payload) => {
      if (channel !== 'llm.chat') return ok({ cancelled: false });
      const { requestId } = payload as { requestId: string };
      for (const text of tokens) for (const l of listeners) l({ requestId, channel: STREAM_EVENT_CHANNEL, event: { text } });
      return final;
    },
    onStreamEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

const request = { model: 'llama3.2:3b', messages: [{ role: 'user' as const, content: 'hi' }], options: { numCtx: 4096 } };
const globals = globalThis as unknown as { window?: unknown };
afterEach(() => {
  delete globals.window;
});

describe('streamReply', () => {
  it('keeps and marks the partial text when the connection drops mid-reply', async () => {
    globals.window = { hearth: createHearthApi(scriptedTransport(['I ', 'felt ', 'that '], fail('connection-lost', 'lost'))) };
    const seen: string[] = [];
    const outcome = await streamReply(request, (text) => seen.push(text)).done;
    expect(outcome).toEqual({ kind: 'partial', text: 'I felt that ', error: { code: 'connection-lost', message: 'lost' } });
    expect(seen).toEqual(['I ', 'I felt ', 'I felt that ']);
  });

  it('is complete when the stream finishes, and failed when nothing arrived', async () => {
    const stats = { promptEvalCount: 3, evalCount: 2, totalDurationMs: 1, loadDurationMs: 0, promptEvalDurationMs: 0, evalDurationMs: 1 };
    globals.window = { hearth: createHearthApi(scriptedTransport(['Hi ', 'there'], ok({ content: 'Hi there', doneReason: 'stop', stats }))) };
    await expect(streamReply(request, () => {}).done).resolves.toMatchObject({ kind: 'complete', result: { content: 'Hi there' } });
    globals.window = { hearth: createHearthApi(scriptedTransport([], fail('model-missing', 'missing'))) };
    await expect(streamReply(request, () => {}).done).resolves.toEqual({ kind: 'failed', error: { code: 'model-missing', message: 'missing' } });
  });
});
