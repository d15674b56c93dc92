import { z } from 'zod';
import { invoke, stream } from '../define';
import { ModelName } from './ollama';

export const ChatMessage = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string().max(200_000),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/**
 * Sampling and load options. `numCtx` is required: Ollama's default has changed between versions,
 * and a changing context size reloads the model and throws away its prompt cache.
 */
export const ChatOptions = z
  .object({
    numCtx: z.number().int().min(256).max(262_144),
    temperature: z.number().min(0).max(2).optional(),
    seed: z.number().int().optional(),
    numPredict: z.number().int().min(-2).max(32_768).optional(),
    topP: z.number().min(0).max(1).optional(),
    topK: z.number().int().min(0).max(1000).optional(),
    stop: z.array(z.string().max(100)).max(8).optional(),
  })
  .strict();
export type ChatOptions = z.infer<typeof ChatOptions>;

export const ChatRequest = z
  .object({
    model: ModelName,
    messages: z.array(ChatMessage).min(1).max(500),
    options: ChatOptions,
    /** "json", or a JSON schema (from zod's `z.toJSONSchema`) the reply must follow. */
    format: z.union([z.literal('json'), z.record(z.string(), z.unknown())]).optional(),
    /** How long the model stays loaded after this call, e.g. "30m". */
    keepAlive: z.union([z.string().max(20), z.number()]).optional(),
    /**
     * Whether a thinking model reasons before it answers. Unset: main turns thinking off for models
     * that can think (peers answer at once, and thinking would eat the reply's token budget).
     */
    think: z.union([z.boolean(), z.enum(['low', 'medium', 'high'])]).optional(),
  })
  .strict();
export type ChatRequest = z.infer<typeof ChatRequest>;

/** A piece of the reply as it arrives. */
export const ChatToken = z.object({ text: z.string() });
export type ChatToken = z.infer<typeof ChatToken>;

export const ChatStats = z.object({
  promptEvalCount: z.number().int().nonnegative(),
  evalCount: z.number().int().nonnegative(),
  totalDurationMs: z.number().nonnegative(),
  loadDurationMs: z.number().nonnegative(),
  promptEvalDurationMs: z.number().nonnegative(),
  evalDurationMs: z.number().nonnegative(),
});
export type ChatStats = z.infer<typeof ChatStats>;

export const ChatResult = z.object({
  content: z.string(),
  doneReason: z.string(),
  stats: ChatStats,
  /** Characters of reasoning the model produced before answering (never shown, never stored). */
  thinkingChars: z.number().int().nonnegative().default(0),
});
export type ChatResult = z.infer<typeof ChatResult>;

/**
 * Loads a model into memory ahead of the first reply (an empty chat, which Ollama answers once the
 * model is loaded), with the context size the group will use: another size would load it again.
 */
export const LoadRequest = z.object({ model: ModelName, numCtx: ChatOptions.shape.numCtx }).strict();
export type LoadRequest = z.infer<typeof LoadRequest>;

/** How long the load took, in ms (next to nothing when the model was already loaded). */
export const LoadResult = z.object({ loadMs: z.number().nonnegative() });
export type LoadResult = z.infer<typeof LoadResult>;

/** Talking to the model: one streamed reply per request id; loading it before it is needed. */
export const llmChannels = {
  chat: stream({ request: ChatRequest, event: ChatToken, result: ChatResult }),
  load: invoke({ request: LoadRequest, result: LoadResult }),
};
