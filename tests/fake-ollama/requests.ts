/**
 * Request bodies the fake accepts, zod-first. Objects are loose (unknown fields are ignored, as Go's
 * JSON decoding ignores them) and `null` counts as absent, as in Go.
 */
import { z } from 'zod';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const MessageSchema = z.looseObject({
  role: z.string(),
  content: opt(z.string()).transform((v) => v ?? ''),
  thinking: opt(z.string()),
  images: opt(z.array(z.string())),
  tool_calls: opt(z.array(z.unknown())),
  tool_name: opt(z.string()),
});

const Common = {
  model: opt(z.string()).transform((v) => v ?? ''),
  stream: opt(z.boolean()),
  format: opt(z.union([z.string(), z.record(z.string(), z.unknown())])),
  options: opt(z.record(z.string(), z.unknown())).transform((v) => v ?? {}),
  keep_alive: opt(z.union([z.number(), z.string()])),
  think: opt(z.union([z.boolean(), z.enum(['high', 'medium', 'low'])])),
};

/** POST /api/chat. */
export const ChatBodySchema = z.looseObject({
  ...Common,
  messages: opt(z.array(MessageSchema)).transform((v) => v ?? []),
  tools: opt(z.array(z.unknown())),
});
/** A parsed /api/chat body. */
export type ChatBody = z.output<typeof ChatBodySchema>;

/** POST /api/generate. */
export const GenerateBodySchema = z.looseObject({
  ...Common,
  prompt: opt(z.string()).transform((v) => v ?? ''),
  system: opt(z.string()),
  template: opt(z.string()),
  raw: opt(z.boolean()),
  context: opt(z.array(z.number().int())),
  suffix: opt(z.string()),
  images: opt(z.array(z.string())),
});
/** A parsed /api/generate body. */
export type GenerateBody = z.output<typeof GenerateBodySchema>;

/** POST /api/pull, /api/show and DELETE /api/delete: `model`, or the older `name` (the JS client still sends it). */
export const ModelRefBodySchema = z.looseObject({
  model: opt(z.string()),
  name: opt(z.string()),
  stream: opt(z.boolean()),
  insecure: opt(z.boolean()),
  verbose: opt(z.boolean()),
});
/** A parsed model-reference body. */
export type ModelRefBody = z.output<typeof ModelRefBodySchema>;

/** Go's wording for a body whose fields have the wrong types. */
export function unmarshalError(error: z.ZodError, request: string): string {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  return `json: cannot unmarshal into Go struct field ${request}.${field}: ${issue?.message ?? 'invalid value'}`;
}
