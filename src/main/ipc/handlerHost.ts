import type { z } from 'zod';
import {
  HearthFailure,
  StreamStart,
  channelName,
  fail,
  listChannels,
  ok,
  type AnyChannel,
  type HearthError,
  type Contract,
  type InvokeChannel,
  type Result,
  type StreamChannel,
  type StreamEnvelope,
} from '@shared/contract';

/** What a stream handler gets besides its request. */
export interface StreamContext<Ev> {
  readonly requestId: string;
  /** Aborted when the renderer cancels this stream or the window goes away. */
  readonly signal: AbortSignal;
  emit(event: Ev): void;
}

type InvokeHandler<C> =
  C extends InvokeChannel<infer Req, infer Res> ? (request: z.output<Req>) => Promise<z.input<Res>> | z.input<Res> : never;
type StreamHandler<C> =
  C extends StreamChannel<infer Req, infer Ev, infer Res>
    ? (request: z.output<Req>, ctx: StreamContext<z.input<Ev>>) => Promise<z.input<Res>>
    : never;

/** The main-process implementation of a contract (the built-in `stream` namespace excluded). */
export type HandlersOf<T extends Contract> = {
  readonly [Ns in Exclude<keyof T, 'stream'>]: {
    readonly [Name in keyof T[Ns]]: T[Ns][Name] extends { kind: 'stream' } ? StreamHandler<T[Ns][Name]> : InvokeHandler<T[Ns][Name]>;
  };
};

/** Where a call came from and how to push stream events back to it. */
export interface DispatchContext {
  readonly senderUrl: string;
  emit(envelope: StreamEnvelope): void | Promise<void>;
}

/** A record of a failure for diagnostics: codes and channel names only, never payload text. */
export interface FailureNote {
  readonly channel: string;
  readonly code: string;
  readonly errorName?: string;
}

export interface HandlerHostOptions<T extends Contract> {
  readonly contract: T;
  readonly handlers: HandlersOf<T>;
  readonly isTrustedSender: (senderUrl: string) => boolean;
  readonly onFailure?: (note: FailureNote) => void;
}

export interface HandlerHost {
  /** Validates, routes and answers one call. Never throws. */
  dispatch(channel: string, payload: unknown, ctx: DispatchContext): Promise<Result<unknown>>;
  /** Wire names of every channel, for registering them with Electron. */
  readonly channelNames: readonly string[];
  /** Cancels every running stream (window closed, app quitting). */
  cancelAll(): void;
  readonly activeStreams: () => number;
}

/** Paths of the fields that failed validation, never their values. */
const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(payload)'}: ${i.code}`)
    .join('; ');

/** Turns the contract plus handlers into one dispatcher that validates every payload and result. */
export function createHandlerHost<T extends Contract>(options: HandlerHostOptions<T>): HandlerHost {
  const { contract, handlers, isTrustedSender, onFailure } = options;
  const channels = new Map<string, { ns: string; name: string; channel: AnyChannel }>();
  for (const { name, channel } of listChannels(contract)) {
    const [ns = '', fn = ''] = name.split('.');
    channels.set(name, { ns, name: fn, channel });
  }
  const streams = new Map<string, AbortController>();
  const cancelName = channelName('stream', 'cancel');

  const failed = (channel: string, result: { ok: false; error: HearthError }, errorName?: string): Result<never> => {
    onFailure?.({ channel, code: result.error.code, ...(errorName ? { errorName } : {}) });
    return result;
  };

  const fromThrown = (channel: string, error: unknown, signal?: AbortSignal): Result<unknown> => {
    if (error instanceof HearthFailure) return failed(channel, fail(error.code, error.message));
    if (signal?.aborted) return failed(channel, fail('cancelled', 'Stopped.'));
    const name = error instanceof Error ? error.name : typeof error;
    return failed(channel, fail('internal', 'Something went wrong inside Hearth. Please try again.'), name);
  };

  const handlerFor = (ns: string, name: string): unknown =>
    (handlers as unknown as Record<string, Record<string, unknown> | undefined>)[ns]?.[name];

  const runInvoke = async (wire: string, channel: AnyChannel, fn: unknown, payload: unknown): Promise<Result<unknown>> => {
    const request = channel.request.safeParse(payload);
    if (!request.success) return failed(wire, fail('invalid-request', `Invalid request: ${describeIssues(request.error)}`));
    try {
      const value = await (fn as (r: unknown) => unknown)(request.data);
      const checked = channel.result.safeParse(value);
      if (!checked.success) return failed(wire, fail('internal', 'Hearth produced an answer it could not check.'), 'ResultValidation');
      return ok(checked.data);
    } catch (error) {
      return fromThrown(wire, error);
    }
  };

  const runStream = async (wire: string, channel: StreamChannel<z.ZodType, z.ZodType, z.ZodType>, fn: unknown, payload: unknown, ctx: DispatchContext): Promise<Result<unknown>> => {
    const start = StreamStart.safeParse(payload);
    if (!start.success) return failed(wire, fail('invalid-request', `Invalid stream start: ${describeIssues(start.error)}`));
    const request = channel.request.safeParse(start.data.request);
    if (!request.success) return failed(wire, fail('invalid-request', `Invalid request: ${describeIssues(request.error)}`));
    const { requestId } = start.data;
    if (streams.has(requestId)) return failed(wire, fail('invalid-request', 'That request id is already running.'));
    const controller = new AbortController();
    streams.set(requestId, controller);
    // Events are delivered in order, and all of them before the final result.
    let delivered: Promise<void> = Promise.resolve();
    const emit = (event: unknown): void => {
      if (controller.signal.aborted) return;
      const checked = channel.event.safeParse(event);
      if (!checked.success) {
        onFailure?.({ channel: wire, code: 'internal', errorName: 'EventValidation' });
        return;
      }
      const envelope: StreamEnvelope = { requestId, channel: wire, event: checked.data };
      delivered = delivered.then(() => ctx.emit(envelope)).catch(() => undefined);
    };
    try {
      const value = await (fn as (r: unknown, c: StreamContext<unknown>) => Promise<unknown>)(request.data, {
        requestId,
        signal: controller.signal,
        emit,
      });
      await delivered;
      if (controller.signal.aborted) return failed(wire, fail('cancelled', 'Stopped.'));
      const checked = channel.result.safeParse(value);
      if (!checked.success) return failed(wire, fail('internal', 'Hearth produced an answer it could not check.'), 'ResultValidation');
      return ok(checked.data);
    } catch (error) {
      await delivered;
      return fromThrown(wire, error, controller.signal);
    } finally {
      streams.delete(requestId);
    }
  };

  // Failure notes name only channels the contract declares: a made-up name could carry user text into logs.
  const noteName = (wire: unknown): string => (typeof wire === 'string' && (channels.has(wire) || wire === cancelName) ? wire : '(unknown channel)');

  const dispatch = async (wire: string, payload: unknown, ctx: DispatchContext): Promise<Result<unknown>> => {
    if (!isTrustedSender(ctx.senderUrl)) return failed(noteName(wire), fail('forbidden-sender', 'This window may not call Hearth.'));
    if (wire === cancelName) {
      const request = contract['stream']?.['cancel']?.request.safeParse(payload);
      if (!request?.success) return failed(wire, fail('invalid-request', 'Invalid cancel request.'));
      const controller = streams.get((request.data as { requestId: string }).requestId);
      controller?.abort();
      return ok({ cancelled: Boolean(controller) });
    }
    const entry = typeof wire === 'string' ? channels.get(wire) : undefined;
    const fn = entry ? handlerFor(entry.ns, entry.name) : undefined;
    if (!entry || typeof fn !== 'function') return failed(noteName(wire), fail('unknown-channel', 'Hearth does not know that request.'));
    return entry.channel.kind === 'stream'
      ? runStream(wire, entry.channel, fn, payload, ctx)
      : runInvoke(wire, entry.channel, fn, payload);
  };

  return {
    dispatch,
    channelNames: [...channels.keys()],
    cancelAll: () => {
      for (const controller of streams.values()) controller.abort();
    },
    activeStreams: () => streams.size,
  };
}
