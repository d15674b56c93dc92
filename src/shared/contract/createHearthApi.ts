import { z } from 'zod';
import type { ApiOf, HearthTransport, StreamHandle } from './api';
import { channelName, type AnyChannel, type Contract } from './define';
import { hearthContract, type HearthContract } from './contract';
import { fail, resultSchema, type Result } from './result';
import { StreamEnvelope } from './streamProtocol';

interface OpenStream {
  readonly event: z.ZodType;
  readonly onEvent: (event: unknown) => void;
}

const newRequestId = (): string => globalThis.crypto.randomUUID();

/** Validates what came back over the transport; a malformed answer becomes a typed failure. */
function checkResult(channel: AnyChannel, raw: unknown): Result<unknown> {
  const parsed = resultSchema(channel.result).safeParse(raw);
  return parsed.success ? (parsed.data as Result<unknown>) : fail('invalid-response', 'Hearth received an answer it could not read.');
}

/** Builds a typed client for any contract over a transport. */
export function createApi<T extends Contract>(contract: T, transport: HearthTransport): ApiOf<T> {
  const open = new Map<string, OpenStream>();
  let unsubscribe: (() => void) | undefined;

  const ensureSubscribed = (): void => {
    unsubscribe ??= transport.onStreamEvent((raw) => {
      const envelope = StreamEnvelope.safeParse(raw);
      if (!envelope.success) return;
      const target = open.get(envelope.data.requestId);
      if (!target) return;
      const event = target.event.safeParse(envelope.data.event);
      if (event.success) target.onEvent(event.data);
    });
  };

  const call = async (name: string, channel: AnyChannel, payload: unknown): Promise<Result<unknown>> => {
    try {
      return checkResult(channel, await transport.invoke(name, payload));
    } catch {
      return fail('internal', 'Hearth could not reach its main process.');
    }
  };

  const startStream = (name: string, channel: AnyChannel, request: unknown, onEvent: (e: unknown) => void): StreamHandle<unknown> => {
    ensureSubscribed();
    const requestId = newRequestId();
    open.set(requestId, { event: (channel as { event: z.ZodType }).event, onEvent });
    const done = call(name, channel, { requestId, request }).finally(() => open.delete(requestId));
    const cancel = async (): Promise<void> => {
      await transport.invoke(channelName('stream', 'cancel'), { requestId }).catch(() => undefined);
    };
    return { requestId, done, cancel };
  };

  const api: Record<string, Record<string, unknown>> = {};
  for (const [ns, group] of Object.entries(contract)) {
    const fns: Record<string, unknown> = {};
    for (const [fnName, channel] of Object.entries(group)) {
      const name = channelName(ns, fnName);
      fns[fnName] =
        channel.kind === 'stream'
          ? (request: unknown, onEvent: (e: unknown) => void) => startStream(name, channel, request, onEvent)
          : (request: unknown) => call(name, channel, request);
    }
    api[ns] = Object.freeze(fns);
  }
  return Object.freeze(api) as ApiOf<T>;
}

/** The renderer's `window.hearth`. */
export type HearthApi = ApiOf<HearthContract>;

/** Builds `window.hearth` over a transport (Electron IPC in the preload, a test binding in UI tests). */
export const createHearthApi = (transport: HearthTransport): HearthApi => createApi(hearthContract, transport);
