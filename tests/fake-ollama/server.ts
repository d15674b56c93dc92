/**
 * The HTTP front of the fake: records every request, applies CORS and injected status faults, and
 * routes to the handlers. Unknown paths and wrong methods answer as gin does (404 / 405 text).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyCors } from './cors';
import { bodyTextOf, sendError, sendJson, sendText } from './http';
import { handleInference } from './inference';
import { handleDelete, handlePs, handleShow, handleTags } from './modelRoutes';
import { handleCreate } from './create';
import { handlePull } from './pull';
import { handleCreateBlob, handleHeadBlob } from './uploads';
import type { ServerState } from './state';

/** One request as the fake saw it (for assertions). */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body, once the handler has read it (undefined if none or not JSON). */
  readonly body: unknown;
  /** performance.now() at arrival and when the response finished or the connection closed. */
  readonly startedAt: number;
  endedAt: number | undefined;
  status: number | undefined;
}

type Handler = (req: IncomingMessage, res: ServerResponse, state: ServerState, headOnly: boolean) => void | Promise<void>;

const running = (res: ServerResponse, headOnly: boolean): void => sendText(res, 200, 'Ollama is running', headOnly);

/** Method → handler per path. */
const ROUTES: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  '/': { GET: (_q, s, _st, h) => running(s, h), HEAD: (_q, s, _st, h) => running(s, h) },
  '/api/version': {
    GET: (_q, s, st) => sendJson(s, 200, { version: st.version }),
    HEAD: (_q, s, st) => sendJson(s, 200, { version: st.version }, true),
  },
  '/api/tags': { GET: (_q, s, st) => handleTags(s, st, false), HEAD: (_q, s, st) => handleTags(s, st, true) },
  '/api/ps': { GET: (_q, s, st) => handlePs(s, st) },
  '/api/show': { POST: (q, s, st) => handleShow(q, s, st) },
  '/api/delete': { DELETE: (q, s, st) => handleDelete(q, s, st) },
  '/api/pull': { POST: (q, s, st) => handlePull(q, s, st) },
  '/api/create': { POST: (q, s, st) => handleCreate(q, s, st) },
  '/api/chat': { POST: (q, s, st) => handleInference('chat', q, s, st) },
  '/api/generate': { POST: (q, s, st) => handleInference('generate', q, s, st) },
};

/** /api/blobs/:digest, the one route with a parameter in its path. */
const blobRoutes = (digest: string): Readonly<Record<string, Handler>> => ({
  HEAD: (_q, s, st) => handleHeadBlob(digest, s, st),
  POST: (q, s, st) => handleCreateBlob(digest, q, s, st),
});

/** Builds the request listener for one fake server. */
export function createRequestListener(state: ServerState, recorded: RecordedRequest[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const method = req.method ?? 'GET';
    const record: RecordedRequest = {
      method,
      path,
      headers: { ...req.headers },
      get body() {
        return parseRecorded(bodyTextOf(req));
      },
      startedAt: performance.now(),
      endedAt: undefined,
      status: undefined,
    };
    recorded.push(record);
    state.stats.requests += 1;
    res.once('close', () => {
      record.endedAt = performance.now();
      record.status = res.headersSent ? res.statusCode : undefined;
    });

    if (applyCors(req, res, state.extraOrigins)) return;
    const blobDigest = /^\/api\/blobs\/([^/]+)$/.exec(path)?.[1];
    const routes = blobDigest !== undefined ? blobRoutes(decodeURIComponent(blobDigest)) : ROUTES[path];
    if (!routes) return sendText(res, 404, '404 page not found');
    const handler = routes[method];
    if (!handler) return sendText(res, 405, '405 method not allowed');
    const fault = state.faults.take('status', { route: path.replace(/^\/api\//, '') });
    if (fault) {
      req.resume();
      return sendError(res, fault.status, fault.error);
    }
    Promise.resolve(handler(req, res, state, method === 'HEAD'))
      // A status written after the client left (499 "request canceled") still goes in the log.
      .then(() => {
        if (res.headersSent) record.status = res.statusCode;
      })
      .catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, error instanceof Error ? error.message : String(error));
      else res.destroy();
    });
  };
}

function parseRecorded(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
