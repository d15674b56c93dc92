/**
 * Reading what went wrong on the wire. Node's fetch (undici) wraps socket errors: a
 * `TypeError('fetch failed')` whose `cause` carries the code, sometimes inside an AggregateError
 * (one error per address tried). Body-read failures surface as `TypeError('terminated')`.
 */

const CODE_PATTERN = /^E[A-Z_]+$|^UND_ERR_[A-Z_]+$/;

/** The first system or undici error code found in an error's cause chain, e.g. "ECONNREFUSED". */
export function networkErrorCode(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string' && CODE_PATTERN.test(record.code)) return record.code;
  const fromCause = networkErrorCode(record.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record.errors)) {
    for (const inner of record.errors) {
      const code = networkErrorCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return undefined;
}

/** True for an AbortError / TimeoutError from an AbortSignal. */
export const isAbortError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/** Connection was refused: nothing listens at that address. */
export const isRefused = (error: unknown): boolean => networkErrorCode(error) === 'ECONNREFUSED';

/** The host name does not resolve. */
export const isUnresolvable = (error: unknown): boolean => {
  const code = networkErrorCode(error);
  return code === 'ENOTFOUND' || code === 'EAI_AGAIN';
};

/** The connection broke after it was made (reset, closed early, body cut off). */
export function isConnectionBroken(error: unknown): boolean {
  const code = networkErrorCode(error);
  if (code && ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'].includes(code)) return true;
  if (!(error instanceof Error)) return false;
  return error.message === 'terminated' || /other side closed|socket hang up|Did not receive done or success response/i.test(error.message);
}
