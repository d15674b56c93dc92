import { HearthFailure, type ChatRequest, type ChatResult, type LoadRequest } from '@shared/contract';
import type { ModelRuntime } from './runtime';

/**
 * Every model call in flight, so a quick exit or a lock can stop all of them at once (whoever
 * started them, and even if the renderer is busy), then unload the model from memory.
 */
export class ModelCalls {
  private readonly running = new Set<AbortController>();

  constructor(private readonly runtime: Pick<ModelRuntime, 'chat' | 'load' | 'unloadAll'>) {}

  /** One streamed chat, stopped by `signal` (the renderer cancelling) or by `cancelAll`. */
  chat(request: ChatRequest, signal: AbortSignal, onToken: (text: string) => void): Promise<ChatResult> {
    return this.tracked(signal, (own) => this.runtime.chat(request, own, onToken));
  }

  /** Loads a model ahead of its first reply; a quick exit or lock stops it like any call (then unloads). */
  async load(request: LoadRequest): Promise<{ loadMs: number }> {
    return { loadMs: await this.tracked(new AbortController().signal, (own) => this.runtime.load(request.model, request.numCtx, own)) };
  }

  private async tracked<T>(signal: AbortSignal, call: (own: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const follow = (): void => controller.abort(signal.reason);
    if (signal.aborted) follow();
    else signal.addEventListener('abort', follow, { once: true });
    this.running.add(controller);
    try {
      return await call(controller.signal);
    } catch (error) {
      if (controller.signal.aborted && !signal.aborted) throw new HearthFailure('cancelled', 'Stopped.');
      throw error;
    } finally {
      this.running.delete(controller);
      signal.removeEventListener('abort', follow);
    }
  }

  /** Stops every call in flight; resolves to how many there were. */
  cancelAll(): number {
    const count = this.running.size;
    for (const controller of [...this.running]) controller.abort();
    return count;
  }

  /** Calls in flight now. */
  get inFlight(): number {
    return this.running.size;
  }

  /** Unloads every loaded model (`keep_alive: 0`); never throws. */
  unloadAll(): Promise<number> {
    return this.runtime.unloadAll();
  }
}
