// Bundled for the page by the UI test bench and injected before any app script runs. It plays the
// preload's part: window.hearth built by the real createHearthApi, over a Playwright binding that
// calls the real main-process handlers in the test's node process.
import { createHearthApi, type HearthTransport } from '@shared/contract';

type Listener = (envelope: unknown) => void;
interface BenchWindow {
  __hearthInvoke(channel: string, payload: unknown): Promise<unknown>;
  __hearthEmit?: (envelope: unknown) => void;
  hearth?: unknown;
}

const page = globalThis as unknown as BenchWindow;
const listeners = new Set<Listener>();
page.__hearthEmit = (envelope) => {
  for (const listener of listeners) listener(envelope);
};

const transport: HearthTransport = {
  invoke: (channel, payload) => page.__hearthInvoke(channel, payload),
  onStreamEvent: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

Object.defineProperty(page, 'hearth', { value: createHearthApi(transport), writable: false, configurable: false });
