import type { ShowResponse } from 'ollama';
import type { InstalledModel, ModelDetails } from '@shared/contract';
import { catalogueEntry } from './catalogue';
import { createOllamaClient } from './client';
import { toRuntimeFailure } from './errors';

/** "llama3.2" and "llama3.2:latest" are the same model; compare names in this form. */
export const canonicalModelName = (name: string): string => (/:[^/]+$/.test(name) ? name : `${name}:latest`);

/** Model listing and housekeeping calls are quick; a server that takes longer is not answering. */
const CALL_TIMEOUT_MS = 8000;

/** Installed models (`/api/tags`), smallest details only. */
export async function listInstalledModels(host: string): Promise<InstalledModel[]> {
  try {
    const { models } = await createOllamaClient(host, AbortSignal.timeout(CALL_TIMEOUT_MS)).list();
    return models.map((m) => ({
      name: m.name,
      label: catalogueEntry(m.name)?.label ?? m.name,
      sizeBytes: m.size,
      family: m.details?.family ?? '',
      parameterSize: m.details?.parameter_size ?? '',
      quantization: m.details?.quantization_level ?? '',
    }));
  } catch (error) {
    throw toRuntimeFailure(error, 'list');
  }
}

/** Reads `<family>.context_length` from model_info, whatever the family is called. */
export function contextLengthOf(show: Pick<ShowResponse, 'model_info'>): number | null {
  const info = (show.model_info ?? {}) as Record<string, unknown> | Map<string, unknown>;
  const entries = info instanceof Map ? [...info.entries()] : Object.entries(info);
  for (const [key, value] of entries) {
    if (key.endsWith('.context_length') && typeof value === 'number' && value > 0) return value;
  }
  return null;
}

/** A model's context length and capabilities (`/api/show`). */
export async function showModel(host: string, name: string): Promise<ModelDetails> {
  try {
    const show = await createOllamaClient(host, AbortSignal.timeout(CALL_TIMEOUT_MS)).show({ model: name });
    const capabilities = (show as { capabilities?: unknown }).capabilities;
    return {
      name,
      contextLength: contextLengthOf(show),
      capabilities: Array.isArray(capabilities) ? capabilities.filter((c): c is string => typeof c === 'string') : [],
    };
  } catch (error) {
    throw toRuntimeFailure(error, 'show');
  }
}

/** Removes a model from this machine (`DELETE /api/delete`). */
export async function deleteModel(host: string, name: string): Promise<void> {
  try {
    await createOllamaClient(host, AbortSignal.timeout(CALL_TIMEOUT_MS)).delete({ model: name });
  } catch (error) {
    throw toRuntimeFailure(error, 'delete');
  }
}

/**
 * Unloads every model the server has in memory: `/api/ps`, then an empty chat with `keep_alive: 0`
 * for each (Ollama's documented way to unload). Used on lock and quick exit, so nothing of the
 * conversation stays in the model's memory or prompt cache. Resolves to how many were unloaded.
 */
export async function unloadLoadedModels(host: string): Promise<number> {
  const client = createOllamaClient(host, AbortSignal.timeout(CALL_TIMEOUT_MS));
  const { models } = await client.ps();
  const results = await Promise.allSettled(models.map((m) => client.chat({ model: m.name, messages: [], keep_alive: 0 })));
  return results.filter((r) => r.status === 'fulfilled').length;
}

/**
 * Loads a model with the context size the group will use: an empty chat, which Ollama answers once
 * the model is in memory (`done_reason: "load"`). The same keep-alive as replies, so it stays loaded.
 * Resolves to how long that took, in ms (next to nothing when it was already loaded).
 */
export async function loadModel(host: string, name: string, numCtx: number, keepAlive: string, signal: AbortSignal): Promise<number> {
  try {
    // Ollama's answer to an empty chat carries no durations: the call's own time is the load's.
    const started = performance.now();
    await createOllamaClient(host, signal).chat({ model: name, messages: [], keep_alive: keepAlive, options: { num_ctx: numCtx } });
    return performance.now() - started;
  } catch (error) {
    throw toRuntimeFailure(error, 'chat');
  }
}
