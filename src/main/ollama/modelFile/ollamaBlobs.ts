// The two Ollama calls that turn a file into a model: upload it as a blob, then create a model
// from that blob (Ollama 0.5.5 and later). The ollama npm client has no blob upload and its create
// request has no `files`, so these are plain fetch calls.
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { HearthFailure } from '@shared/contract';
import { isAbortError, isConnectionBroken, isRefused } from '../networkErrors';

/** Where a create request's settings come from (a manifest written by Hearth, when there is one). */
export interface CreateSettings {
  readonly template?: string;
  readonly system?: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
}

const DISK_FULL = /no space left on device|not enough disk space/i;

/** Turns a failed blob/create answer or a network error into a typed failure. */
async function failureFrom(response: Response | undefined, error: unknown): Promise<HearthFailure> {
  if (error !== undefined) {
    if (error instanceof HearthFailure) return error;
    if (isAbortError(error)) return new HearthFailure('cancelled', 'Stopped.');
    if (isRefused(error)) return new HearthFailure('server-not-running', 'Ollama is not running.');
    if (isConnectionBroken(error)) return new HearthFailure('connection-lost', 'The connection to Ollama was lost.');
    return new HearthFailure('internal', 'Something went wrong while copying the model into Ollama.');
  }
  const text = await response?.text().catch(() => '') ?? '';
  const message = (() => {
    try {
      return String((JSON.parse(text) as { error?: unknown }).error ?? text);
    } catch {
      return text;
    }
  })();
  return failureFromMessage(message, response?.status);
}

/** The typed failure for Ollama's error words (as a status body or an in-stream `{"error"}` line). */
export function failureFromMessage(message: string, status?: number): HearthFailure {
  if (DISK_FULL.test(message)) return new HearthFailure('disk-full', 'There is not enough free disk space for this model.');
  if (/digest mismatch/i.test(message)) return new HearthFailure('checksum-mismatch', 'The file changed while it was being copied. Copy it again from its source.');
  if (/path or modelfile are required/i.test(message)) return new HearthFailure('version-too-old', 'This version of Ollama cannot add a model from a file. Update Ollama first.');
  if (/invalid file magic|unsupported|not a gguf|invalid gguf/i.test(message)) return new HearthFailure('not-a-model-file', 'Ollama could not read this file as a model.');
  if (status === 404) return new HearthFailure('model-missing', 'Ollama could not find the uploaded file.');
  return new HearthFailure('model-error', 'Ollama could not add this model.');
}

/** True when Ollama already has a blob with this digest (HEAD /api/blobs/:digest). */
export async function blobExists(host: string, sha256: string, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(`${host}/api/blobs/sha256:${sha256}`, { method: 'HEAD', signal });
    return response.status === 200;
  } catch (error) {
    throw await failureFrom(undefined, error);
  }
}

/** Streams a file to POST /api/blobs/sha256:<hex>, counting bytes as they are read for sending. */
export async function uploadBlob(host: string, path: string, sha256: string, signal: AbortSignal, onBytes: (n: number) => void): Promise<void> {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  const source = createReadStream(path, { highWaterMark: 4 * 1024 * 1024, signal }).pipe(counter);
  let response: Response;
  try {
    response = await fetch(`${host}/api/blobs/sha256:${sha256}`, {
      method: 'POST',
      body: Readable.toWeb(source) as ReadableStream<Uint8Array>,
      headers: { 'Content-Type': 'application/octet-stream' },
      signal,
      duplex: 'half',
    } as RequestInit);
  } catch (error) {
    source.destroy();
    throw await failureFrom(undefined, error);
  }
  if (response.status !== 201 && response.status !== 200) throw await failureFrom(response, undefined);
}

/** POST /api/create from one uploaded GGUF blob; resolves when Ollama says "success". */
export async function createFromBlob(host: string, name: string, fileName: string, sha256: string, settings: CreateSettings, signal: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${host}/api/create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: name, files: { [fileName]: `sha256:${sha256}` }, ...settings, stream: true }),
      signal,
    });
  } catch (error) {
    throw await failureFrom(undefined, error);
  }
  if (!response.ok || !response.body) throw await failureFrom(response, undefined);
  let buffered = '';
  let succeeded = false;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += Buffer.from(chunk).toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (!line) continue;
        const parsed = JSON.parse(line) as { status?: string; error?: string };
        if (parsed.error) throw failureFromMessage(parsed.error);
        if (parsed.status === 'success') succeeded = true;
      }
    }
  } catch (error) {
    throw await failureFrom(undefined, error);
  }
  if (!succeeded) throw new HearthFailure('connection-lost', 'Ollama stopped before the model was ready.');
}
