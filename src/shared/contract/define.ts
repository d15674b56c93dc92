import type { z } from 'zod';

/** A request/response channel: one call, one typed result. */
export interface InvokeChannel<Req extends z.ZodType, Res extends z.ZodType> {
  readonly kind: 'invoke';
  readonly request: Req;
  readonly result: Res;
}

/** A streaming channel: events tagged with a request id, then one typed result; cancellable by id. */
export interface StreamChannel<Req extends z.ZodType, Ev extends z.ZodType, Res extends z.ZodType> {
  readonly kind: 'stream';
  readonly request: Req;
  readonly event: Ev;
  readonly result: Res;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: any channel shape
export type AnyChannel = InvokeChannel<any, any> | StreamChannel<any, any, any>;

/** A namespace of channels, e.g. `app` or `llm`. */
export type ChannelGroup = Readonly<Record<string, AnyChannel>>;
/** The whole contract: namespaces of channels. */
export type Contract = Readonly<Record<string, ChannelGroup>>;

export const invoke = <Req extends z.ZodType, Res extends z.ZodType>(def: {
  request: Req;
  result: Res;
}): InvokeChannel<Req, Res> => ({ kind: 'invoke', ...def });

export const stream = <Req extends z.ZodType, Ev extends z.ZodType, Res extends z.ZodType>(def: {
  request: Req;
  event: Ev;
  result: Res;
}): StreamChannel<Req, Ev, Res> => ({ kind: 'stream', ...def });

/** The wire name of a channel: `<namespace>.<name>`, derived so it is never spelled twice. */
export const channelName = (namespace: string, name: string): string => `${namespace}.${name}`;

/** Every channel of a contract with its wire name. */
export function listChannels(contract: Contract): Array<{ name: string; channel: AnyChannel }> {
  return Object.entries(contract).flatMap(([ns, group]) =>
    Object.entries(group).map(([name, channel]) => ({ name: channelName(ns, name), channel })),
  );
}
