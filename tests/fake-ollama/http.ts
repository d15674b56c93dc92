/** Small HTTP helpers shared by the fake's routes: bodies, JSON replies, NDJSON streams. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Gin's content type for JSON replies, which Ollama uses. */
export const JSON_TYPE = 'application/json; charset=utf-8';
/** Ollama's content type for streamed replies. */
export const NDJSON_TYPE = 'application/x-ndjson';

// Bodies already read, so the server can record them after the handler consumed the stream.
const bodies = new WeakMap<IncomingMessage, string>();

/** Reads the whole request body as text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks).toString('utf8');
  bodies.set(req, text);
  return text;
}

/** The body text a handler read from this request, if it read one. */
export const bodyTextOf = (req: IncomingMessage): string | undefined => bodies.get(req);

/** Parsed body, or the 400 error text Ollama would give for it. */
export type ParsedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** Parses a JSON body the way Ollama's handlers report problems with it. */
export function parseJsonBody(text: string): ParsedBody {
  if (text.trim() === '') return { ok: false, error: 'missing request body' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const first = text.trim()[0] ?? '';
    // Go's encoding/json wording; exact text varies with the input, so callers key on the status.
    return { ok: false, error: `invalid character '${first}' looking for beginning of value` };
  }
}

/** Sends a JSON body (headers only for HEAD). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headOnly = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text) });
  res.end(headOnly ? undefined : text);
}

/** Sends Ollama's error body `{"error": …}`. */
export function sendError(res: ServerResponse, status: number, error: string): void {
  sendJson(res, status, { error });
}

/** Sends plain text, as gin's c.String does. */
export function sendText(res: ServerResponse, status: number, text: string, headOnly = false): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(headOnly ? undefined : text);
}

/**
 * An NDJSON response: the 200 header goes out with the first line (as gin does), every object is
 * one line written and flushed on its own, and writes wait for the socket to drain.
 */
export class NdjsonStream {
  private started = false;

  constructor(private readonly res: ServerResponse) {}

  /** Whether any line has been written (after that, errors must travel in-band). */
  get hasStarted(): boolean {
    return this.started;
  }

  /** Whether the client is gone. */
  get closed(): boolean {
    return this.res.destroyed || this.res.writableEnded;
  }

  /** Writes one object as one line. Resolves false if the client went away. */
  async line(value: unknown): Promise<boolean> {
    if (this.closed) return false;
    if (!this.started) {
      this.started = true;
      this.res.writeHead(200, { 'Content-Type': NDJSON_TYPE });
    }
    if (this.res.write(`${JSON.stringify(value)}\n`)) return true;
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => () => {
        this.res.off('drain', onDrain);
        this.res.off('close', onClose);
        resolve(ok);
      };
      const onDrain = done(true);
      const onClose = done(false);
      this.res.once('drain', onDrain);
      this.res.once('close', onClose);
    });
  }

  /** Ends the response. */
  end(): void {
    if (!this.closed) this.res.end();
  }
}

/** Aborts when the client disconnects before the response finished. */
export function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client disconnected'));
  });
  return controller.signal;
}

/** Nanoseconds between two performance.now() readings, as Ollama reports durations. */
export const nanos = (fromMs: number, toMs: number): number => Math.max(0, Math.round((toMs - fromMs) * 1e6));

/**
 * Cuts the connection the way a crashed server or a network drop looks to the client: what was
 * already written is flushed, then the socket closes without the stream's terminating chunk.
 */
export function dropConnection(res: ServerResponse): void {
  const socket = res.socket;
  if (!socket) return;
  socket.destroySoon();
}
