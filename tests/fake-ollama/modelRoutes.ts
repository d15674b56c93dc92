/** GET /api/tags, POST /api/show, GET /api/ps and DELETE /api/delete. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { modelDetails, normalizeModelName, showResponse, tagsEntry } from './catalogue';
import { parseJsonBody, readBody, sendError, sendJson } from './http';
import { ModelRefBodySchema, unmarshalError, type ModelRefBody } from './requests';
import { RunnerRegistry } from './runners';
import type { ServerState } from './state';

/** GET|HEAD /api/tags: installed models, most recently modified first (as Ollama sorts them). */
export function handleTags(res: ServerResponse, state: ServerState, headOnly: boolean): void {
  const models = [...state.installed.values()].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)).map(tagsEntry);
  sendJson(res, 200, { models }, headOnly);
}

/** GET /api/ps: loaded models with expiry, VRAM and context length. */
export function handlePs(res: ServerResponse, state: ServerState): void {
  const now = Date.now();
  const models = state.runners.list(now).map((r) => ({
    name: r.model.key,
    model: r.model.key,
    size: r.model.size,
    digest: r.model.digest,
    details: modelDetails(r.model),
    expires_at: RunnerRegistry.expiresAtIso(r, now),
    size_vram: r.model.size,
    context_length: r.numCtx,
  }));
  sendJson(res, 200, { models });
}

async function readModelRef(req: IncomingMessage, res: ServerResponse, request: string): Promise<ModelRefBody | undefined> {
  const raw = parseJsonBody(await readBody(req));
  if (!raw.ok) {
    sendError(res, 400, raw.error);
    return undefined;
  }
  const parsed = ModelRefBodySchema.safeParse(raw.value);
  if (!parsed.success) {
    sendError(res, 400, unmarshalError(parsed.error, request));
    return undefined;
  }
  return parsed.data;
}

/** POST /api/show. */
export async function handleShow(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const body = await readModelRef(req, res, 'ShowRequest');
  if (!body) return;
  const name = body.model || body.name || '';
  const key = normalizeModelName(name);
  if (!key) return sendError(res, 400, 'model is required');
  const model = state.installed.get(key);
  if (!model || state.faults.take('model-missing', { route: 'show', model: key })) return sendError(res, 404, `model '${name}' not found`);
  sendJson(res, 200, showResponse(model));
}

/** DELETE /api/delete: removes the model, unloads it and prunes blobs no other model uses. 200 with an empty body. */
export async function handleDelete(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const body = await readModelRef(req, res, 'DeleteRequest');
  if (!body) return;
  const name = body.model || body.name || '';
  const key = normalizeModelName(name);
  if (!key) return sendError(res, 400, `name ${JSON.stringify(name)} is invalid`);
  if (!state.installed.delete(key)) return sendError(res, 404, `model '${name}' not found`);
  state.runners.unload(key);
  const keep = new Set([...state.installed.keys()].flatMap((k) => state.pulls.digestsOf(k)));
  state.pulls.prune(keep);
  res.writeHead(200, { 'Content-Length': 0 });
  res.end();
}
