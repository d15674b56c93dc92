import type { ChatRequest, ChatResult, ModelDetails } from '@shared/contract';

/**
 * Room added to the reply's token budget for a model that reasons even when asked not to: thinking
 * tokens count against `num_predict`, so without it the budget can run out before any answer.
 */
export const THINKING_ALLOWANCE_TOKENS = 1024;

type ThinkingKind = 'cannot-think' | 'can-think' | 'always-thinks';

/**
 * Decides `think` for requests that leave it unset: off for models that can think (peers should
 * answer at once, and Ollama applies the model's own default — thinking on — when it is unset);
 * nothing for models that cannot (they would refuse a `think` they do not support). A model seen
 * thinking although asked not to is then asked to think briefly, with room in its budget for it.
 */
export class ThinkingPolicy {
  private readonly known = new Map<string, ThinkingKind>();

  constructor(private readonly show: (host: string, name: string) => Promise<ModelDetails>) {}

  async prepare(host: string, request: ChatRequest): Promise<ChatRequest> {
    if (request.think !== undefined) return request;
    const kind = await this.kindOf(host, request.model);
    if (kind === 'cannot-think') return request;
    if (kind === 'can-think') return { ...request, think: false };
    const numPredict = request.options.numPredict;
    return {
      ...request,
      think: 'low',
      // A one-token call only fills the prompt cache (the warm-up): its answer is thrown away, so no room is added.
      options: { ...request.options, ...(numPredict !== undefined && numPredict > 1 ? { numPredict: numPredict + THINKING_ALLOWANCE_TOKENS } : {}) },
    };
  }

  /** Learns from a finished reply: reasoning despite `think: false` means this model always thinks. */
  observe(host: string, sent: ChatRequest, result: ChatResult): void {
    if (sent.think === false && result.thinkingChars > 0) this.known.set(key(host, sent.model), 'always-thinks');
  }

  private async kindOf(host: string, model: string): Promise<ThinkingKind> {
    const cached = this.known.get(key(host, model));
    if (cached) return cached;
    try {
      const details = await this.show(host, model);
      const kind: ThinkingKind = details.capabilities.includes('thinking') ? 'can-think' : 'cannot-think';
      this.known.set(key(host, model), kind);
      return kind;
    } catch {
      // Not knowing must not hold up a reply: send nothing and let the model's default apply.
      return 'cannot-think';
    }
  }
}

const key = (host: string, model: string): string => `${host} ${model}`;
