import { z } from 'zod';

/**
 * Every failure that can cross IPC, by code. The UI explains each one and offers a next step,
 * so a new code needs a message in the renderer's catalogue too.
 */
export const ErrorCode = z.enum([
  'invalid-request',
  'invalid-response',
  'unknown-channel',
  'forbidden-sender',
  'not-allowed',
  'cancelled',
  'internal',
  'ollama-not-installed',
  'server-not-running',
  'model-missing',
  'out-of-memory',
  'connection-lost',
  'timeout',
  'bad-host',
  'version-too-old',
  'disk-full',
  /** The model stopped with an error while answering (not a network problem). */
  'model-error',
  /** A chosen file is not a GGUF model file (or is damaged). */
  'not-a-model-file',
  /** A model file is larger than this computer can run. */
  'model-too-big',
  /** A model file's SHA-256 differs from the one it came with: it was changed or damaged on the way. */
  'checksum-mismatch',
  /** A chosen file is larger than what was asked for could ever be; none of it was read. */
  'file-too-large',
  /** A chosen file could not be read (gone, moved, no permission, a removed USB stick). */
  'file-unreadable',
  /** A chosen file is not the kind asked for (not text, not a MedlinePlus archive). */
  'unexpected-file',
  /** A file could not be written for a reason other than a full disk or a refused permission. */
  'file-not-saved',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const HearthError = z.object({
  code: ErrorCode,
  /** Safe to show; never contains message text, persona text or profile fields. */
  message: z.string(),
});
export type HearthError = z.infer<typeof HearthError>;

/** What every IPC call returns: a value or a typed error, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: HearthError };

/** The zod schema of `Result<T>` for a given value schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: HearthError }),
  ]);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: HearthError } => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside main-process handlers to return a typed failure; the handler host turns it into a Result. */
export class HearthFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HearthFailure';
  }
}
