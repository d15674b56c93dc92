import type { HearthTransport, StreamEnvelope } from '@shared/contract';
import type { HandlerHost } from './handlerHost';

/**
 * A transport that calls a handler host in the same process, cloning every payload the way IPC
 * serialises it. Used by node tests and benchmarks to run contract → main → client without Electron.
 */
export function createLoopbackTransport(host: HandlerHost, senderUrl: string): HearthTransport {
  const listeners = new Set<(envelope: unknown) => void>();
  return {
    async invoke(channel, payload) {
      const result = await host.dispatch(channel, structuredClone(payload), {
        senderUrl,
        emit: (envelope: StreamEnvelope) => {
          const copy = structuredClone(envelope);
          for (const listener of listeners) listener(copy);
        },
      });
      return structuredClone(result);
    },
    onStreamEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
