/**
 * Fault injection. Each fault fires once and is then used up, unless it is `sticky` (then it fires on
 * every matching request until `clearFaults()`). Inference faults apply to /api/chat and
 * /api/generate unless `route` narrows them; `model` narrows them to one model.
 */
import { z } from 'zod';
import { normalizeModelName } from './catalogue';

const Common = {
  /** Keep firing until cleared; default false (one-shot). */
  sticky: z.boolean().optional(),
  /** Only for this model name (as normalised by the fake). */
  model: z.string().optional(),
};

const InferenceRoute = z.enum(['chat', 'generate']).optional();

/** Every fault the fake can inject. */
export const FaultSchema = z.discriminatedUnion('kind', [
  /** The model answers 404 as if it were not installed (chat, generate, show). */
  z.object({ kind: z.literal('model-missing'), ...Common }),
  /** The model takes this long to load before anything is sent. */
  z.object({ kind: z.literal('slow-start'), ms: z.number().nonnegative(), route: InferenceRoute, ...Common }),
  /** After `afterTokens` streamed tokens an `{"error"}` line ends the stream (0: HTTP 500 before any token). */
  z.object({ kind: z.literal('mid-stream-error'), afterTokens: z.number().int().nonnegative(), message: z.string().optional(), route: InferenceRoute, ...Common }),
  /** After `afterTokens` streamed tokens the TCP connection is destroyed without a final chunk. */
  z.object({ kind: z.literal('drop-connection'), afterTokens: z.number().int().nonnegative(), route: InferenceRoute, ...Common }),
  /** Loading fails with Ollama's out-of-memory error (HTTP 500) and the model stays unloaded. */
  z.object({ kind: z.literal('oom'), requiredBytes: z.number().positive().optional(), availableBytes: z.number().nonnegative().optional(), route: InferenceRoute, ...Common }),
  /** The next request to `route` (e.g. "/api/tags") answers this status and error body. */
  z.object({ kind: z.literal('status'), route: z.string().startsWith('/'), status: z.number().int().min(400).max(599), error: z.string(), sticky: Common.sticky }),
  /** A pull fails after `afterBytes` bytes of this request: an error line, or a dropped connection with `drop`. */
  z.object({ kind: z.literal('pull-error'), afterBytes: z.number().nonnegative(), message: z.string().optional(), drop: z.boolean().optional(), ...Common }),
]);

/** A fault to inject. */
export type Fault = z.infer<typeof FaultSchema>;
/** The kinds of fault. */
export type FaultKind = Fault['kind'];

/** Ollama's wording when a mid-stream failure is reported. */
export const DEFAULT_STREAM_ERROR = 'an error was encountered while running the model: unexpected EOF';
/** A pull interrupted by the network, as Ollama words it. */
export const DEFAULT_PULL_ERROR = 'max retries exceeded: unexpected EOF';

/** Where a fault is looked up: the route's short name ("chat", "pull", …) and the normalised model. */
export interface FaultContext {
  readonly route: string;
  readonly model?: string;
}

/** The pending faults of one server. */
export class FaultBox {
  private faults: Fault[] = [];

  /** Adds a fault (validated). */
  inject(fault: Fault): void {
    const parsed = FaultSchema.parse(fault);
    // Compare models by their canonical name, so "llama3.2" matches "llama3.2:latest".
    if ('model' in parsed && parsed.model !== undefined) parsed.model = normalizeModelName(parsed.model) ?? parsed.model;
    this.faults.push(parsed);
  }

  /** Removes every pending fault. */
  clear(): void {
    this.faults = [];
  }

  /** Faults not yet used up. */
  pending(): readonly Fault[] {
    return [...this.faults];
  }

  /** The first pending fault of this kind that matches, using it up unless sticky. */
  take<K extends FaultKind>(kind: K, ctx: FaultContext): Extract<Fault, { kind: K }> | undefined {
    const index = this.faults.findIndex((f) => f.kind === kind && matches(f, ctx));
    const fault = this.faults[index] as Extract<Fault, { kind: K }> | undefined;
    if (fault && !fault.sticky) this.faults.splice(index, 1);
    return fault;
  }
}

function matches(fault: Fault, ctx: FaultContext): boolean {
  if (fault.kind === 'status') return fault.route === `/api/${ctx.route}` || fault.route === ctx.route;
  if ('model' in fault && fault.model !== undefined && fault.model !== ctx.model) return false;
  if (fault.kind === 'pull-error') return ctx.route === 'pull';
  if (fault.kind === 'model-missing') return ['chat', 'generate', 'show'].includes(ctx.route);
  const route = fault.route;
  return route === undefined ? ctx.route === 'chat' || ctx.route === 'generate' : route === ctx.route;
}
