import { describe, expect, it } from 'vitest';
import { HearthFailure } from '@shared/contract';
import { toRuntimeFailure } from './errors';

const responseError = (message: string, status: number) => Object.assign(new Error(message), { name: 'ResponseError', status_code: status });
const fetchFailed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

describe('typed runtime failures', () => {
  it.each([
    [responseError("model 'x' not found", 404), 'chat', 'model-missing'],
    [responseError('model requires more system memory (9.1 GiB) than is available (4.0 GiB)', 500), 'chat', 'out-of-memory'],
    [new Error('an error was encountered while running the model: CUDA error: out of memory'), 'chat', 'out-of-memory'],
    [responseError('server busy', 503), 'chat', 'model-error'],
    [fetchFailed('ECONNREFUSED'), 'chat', 'server-not-running'],
    [fetchFailed('ENOTFOUND'), 'list', 'bad-host'],
    [new TypeError('terminated'), 'chat', 'connection-lost'],
    [new Error('Did not receive done or success response in stream.'), 'pull', 'connection-lost'],
    [new Error('pull model manifest: file does not exist'), 'pull', 'model-missing'],
    [new Error('write: no space left on device'), 'pull', 'disk-full'],
    [new Error('an error was encountered while running the model: unexpected EOF'), 'chat', 'model-error'],
    [new RangeError('weird'), 'chat', 'internal'],
  ] as const)('%s → %s', (error, operation, code) => {
    const failure = toRuntimeFailure(error, operation);
    expect(failure).toBeInstanceOf(HearthFailure);
    expect(failure.code).toBe(code);
    expect(failure.message).not.toContain((error as Error).message);
  });
});
