import { HearthFailure } from '@shared/contract';
import { isAbortError, isConnectionBroken, isRefused, isUnresolvable } from './networkErrors';

/** Ollama's wording when a model does not fit in memory (load errors and mid-stream failures). */
const OUT_OF_MEMORY = /requires more system memory|out of memory|cudaMalloc failed|insufficient memory|not enough memory/i;
const DISK_FULL = /no space left on device|not enough disk space/i;
/** Ollama's words when the library has no manifest for a name (sent as a 500 or an error line). */
const NO_MANIFEST = /file does not exist|manifest unknown|not found/i;

/** The HTTP status the ollama client attached to a non-2xx answer, if any. */
export const httpStatusOf = (error: unknown): number | undefined => {
  const status = (error as { status_code?: unknown } | null)?.status_code;
  return typeof status === 'number' ? status : undefined;
};

/** True when Ollama said it is busy (queue full, rate limited): worth trying again shortly. */
export const isBusy = (error: unknown): boolean => {
  const status = httpStatusOf(error);
  return status === 503 || status === 429;
};

/** What the caller was doing, to pick the most useful words. */
export type RuntimeOperation = 'chat' | 'pull' | 'list' | 'show' | 'delete';

/** Safe, plain messages by code; the renderer shows its own translated text, these are the fallback. */
const MESSAGES = {
  modelMissing: 'That model is not on this computer yet. Download it first.',
  pullNotFound: 'Ollama’s library does not have a model by that name.',
  outOfMemory: 'This computer does not have enough free memory for that model. A smaller model will work better.',
  diskFull: 'There is not enough free disk space for that model.',
  notRunning: 'Ollama is not running.',
  badHost: 'Hearth cannot find that server address.',
  connectionLost: 'The connection to Ollama was lost.',
  busy: 'Ollama is busy with other requests. Please try again in a moment.',
  modelError: 'The model stopped with an error.',
  badRequest: 'Ollama did not accept that request.',
} as const;

/**
 * Turns anything thrown by the ollama client or fetch into a typed failure with a next step.
 * Never copies the raw message across (it can quote prompt text); codes carry the meaning.
 */
export function toRuntimeFailure(error: unknown, operation: RuntimeOperation): HearthFailure {
  if (error instanceof HearthFailure) return error;
  const message = error instanceof Error ? error.message : '';
  const status = httpStatusOf(error);
  if (OUT_OF_MEMORY.test(message)) return new HearthFailure('out-of-memory', MESSAGES.outOfMemory);
  if (DISK_FULL.test(message)) return new HearthFailure('disk-full', MESSAGES.diskFull);
  if (status === 404) return new HearthFailure('model-missing', operation === 'pull' ? MESSAGES.pullNotFound : MESSAGES.modelMissing);
  if (operation === 'pull' && NO_MANIFEST.test(message)) return new HearthFailure('model-missing', MESSAGES.pullNotFound);
  if (status === 503 || status === 429) return new HearthFailure('model-error', MESSAGES.busy);
  if (status === 400) return new HearthFailure('invalid-request', MESSAGES.badRequest);
  if (status !== undefined) return new HearthFailure('model-error', MESSAGES.modelError);
  if (isRefused(error)) return new HearthFailure('server-not-running', MESSAGES.notRunning);
  if (isUnresolvable(error)) return new HearthFailure('bad-host', MESSAGES.badHost);
  if (isConnectionBroken(error)) return new HearthFailure('connection-lost', MESSAGES.connectionLost);
  if (isAbortError(error)) return new HearthFailure('cancelled', 'Stopped.');
  // An `{"error": …}` line in the middle of a stream: the model itself failed.
  if (error instanceof Error && error.constructor === Error && message) return new HearthFailure('model-error', MESSAGES.modelError);
  return new HearthFailure('internal', 'Something went wrong inside Hearth. Please try again.');
}
