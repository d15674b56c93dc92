import type { z } from 'zod';
import type { AnyChannel, Contract, InvokeChannel, StreamChannel } from './define';
import type { Result } from './result';

/** A running stream: its id, its final result, and a way to stop it. */
export interface StreamHandle<R> {
  readonly requestId: string;
  /** Resolves once, after every event, with the final result (`cancelled` if it was stopped). */
  readonly done: Promise<Result<R>>;
  /** Asks main to stop this stream; `done` then resolves. */
  cancel(): Promise<void>;
}

type InvokeFn<C> =
  C extends InvokeChannel<infer Req, infer Res>
    ? (request: z.input<Req>) => Promise<Result<z.output<Res>>>
    : never;

type StreamFn<C> =
  C extends StreamChannel<infer Req, infer Ev, infer Res>
    ? (request: z.input<Req>, onEvent: (event: z.output<Ev>) => void) => StreamHandle<z.output<Res>>
    : never;

type ClientFn<C extends AnyChannel> = C extends { kind: 'stream' } ? StreamFn<C> : InvokeFn<C>;

/** The typed client for a contract: `api.<namespace>.<name>(request)`. */
export type ApiOf<T extends Contract> = {
  readonly [Ns in keyof T]: { readonly [Name in keyof T[Ns]]: ClientFn<T[Ns][Name]> };
};

/** How the client reaches main: Electron IPC in the preload, a test binding in UI tests. */
export interface HearthTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Subscribes to stream envelopes pushed by main; returns an unsubscribe function. */
  onStreamEvent(listener: (envelope: unknown) => void): () => void;
}
