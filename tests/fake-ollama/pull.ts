/**
 * POST /api/pull: a catalogue of pullable models (manifest layers with digests and sizes) and a blob
 * store that remembers how many bytes of each layer have arrived. The progress stream follows
 * Ollama's: "pulling manifest", per layer "pulling <12 hex>" lines with digest/total/completed
 * (completed left out while 0, a line every 60 ms like Ollama's ticker), "verifying sha256 digest",
 * "writing manifest", "success". A cancelled pull keeps its bytes; the next pull resumes from
 * them, and layers already complete (shared blobs included) show as one finished line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { FakeModelSpecSchema, fakeDigest, installModel, normalizeModelName } from './catalogue';
import { DEFAULT_PULL_ERROR } from './faults';
import { clientGone, dropConnection, NdjsonStream, parseJsonBody, readBody, sendError, sendJson } from './http';
import { ModelRefBodySchema, unmarshalError } from './requests';
import type { ServerState } from './state';

/** One manifest layer. */
export const FakeLayerSchema = z.object({
  /** "sha256:<64 hex>"; derived from the model name and position when absent. */
  digest: z.string().regex(/^sha256:[0-9a-f]{64}$/).optional(),
  size: z.number().int().positive(),
  mediaType: z.string().default('application/vnd.ollama.image.model'),
});

/** A model the fake registry can serve to /api/pull. */
export const FakePullSpecSchema = z.object({
  name: z.string().min(1),
  layers: z.array(FakeLayerSchema).min(1),
  /** The installed model this pull produces; its size defaults to the sum of the layers. */
  model: FakeModelSpecSchema.omit({ name: true }).partial().optional(),
});

/** Input form of a pullable model. */
export type FakePullSpec = z.input<typeof FakePullSpecSchema>;

// The model part is kept as given: parsing would fill in defaults (such as size) that must instead
// come from the layers when the pull installs the model.
type StoredPullSpec = Omit<z.output<typeof FakePullSpecSchema>, 'model'> & { readonly model?: FakePullSpec['model'] };

/** Interval between progress lines, as Ollama's download ticker. */
export const PULL_TICK_MS = 60;

/** Ollama's library layout: a big weights layer plus small template, licence, params and config blobs. */
function libraryLayers(name: string, weightsBytes: number): FakePullSpec['layers'] {
  const small: Array<[string, number]> = [
    ['application/vnd.ollama.image.template', 1_429],
    ['application/vnd.ollama.image.license', 7_711],
    ['application/vnd.ollama.image.params', 96],
    ['application/vnd.docker.container.image.v1+json', 561],
  ];
  return [
    { digest: `sha256:${fakeDigest(`weights:${name}`)}`, size: weightsBytes, mediaType: 'application/vnd.ollama.image.model' },
    ...small.map(([mediaType, size]) => ({ digest: `sha256:${fakeDigest(`${mediaType}:${name}`)}`, size, mediaType })),
  ];
}

const library = (name: string, weightsBytes: number, family: string, parameterSize: string, contextLength: number, aliases: string[] = []): FakePullSpec[] =>
  [name, ...aliases].map((n) => ({ name: n, layers: libraryLayers(name, weightsBytes), model: { family, parameterSize, contextLength } }));

/** A default catalogue with the download sizes Ollama's library lists (see shared/notes). */
export const DEFAULT_PULLABLE: readonly FakePullSpec[] = [
  ...library('llama3.2:3b', 2_019_377_376, 'llama', '3.2B', 131_072, ['llama3.2', 'llama3.2:latest']),
  ...library('phi4-mini:3.8b', 2_491_876_774, 'phi3', '3.8B', 131_072, ['phi4-mini']),
  ...library('gemma3:4b', 3_338_801_804, 'gemma3', '4.3B', 131_072, ['gemma3']),
  ...library('mistral:7b', 4_113_289_248, 'llama', '7.2B', 32_768, ['mistral']),
  ...library('llama3.1:8b', 4_920_753_328, 'llama', '8.0B', 131_072, ['llama3.1']),
  ...library('gemma3:12b', 8_149_190_253, 'gemma3', '12.2B', 131_072),
  ...library('phi4:14b', 9_053_114_305, 'phi3', '14.7B', 16_384, ['phi4']),
];

interface ResolvedLayer {
  readonly digest: string;
  readonly size: number;
}

/** Pullable models and the bytes of each blob received so far. */
export class PullStore {
  private readonly catalogue = new Map<string, StoredPullSpec>();
  /** Bytes received per blob digest; equal to the layer size when complete. */
  readonly blobs = new Map<string, number>();

  constructor(specs: readonly FakePullSpec[]) {
    for (const spec of specs) this.add(spec);
  }

  /** Adds or replaces a pullable model. */
  add(spec: FakePullSpec): void {
    const parsed = FakePullSpecSchema.parse(spec);
    const key = normalizeModelName(parsed.name);
    if (!key) throw new Error(`invalid model name: ${JSON.stringify(spec.name)}`);
    this.catalogue.set(key, { ...parsed, model: spec.model });
  }

  /** The catalogue entry for a model name. */
  find(name: string): StoredPullSpec | undefined {
    const key = normalizeModelName(name);
    return key ? this.catalogue.get(key) : undefined;
  }

  /** Layers with their digests resolved. */
  layers(spec: StoredPullSpec): ResolvedLayer[] {
    return spec.layers.map((l, i) => ({ digest: l.digest ?? `sha256:${fakeDigest(`layer:${spec.name}:${i}`)}`, size: l.size }));
  }

  /** Forgets blobs no installed model needs any more (Ollama prunes layers on delete). */
  prune(keep: ReadonlySet<string>): void {
    for (const digest of this.blobs.keys()) if (!keep.has(digest)) this.blobs.delete(digest);
  }

  /** Marks the blobs of an installed model as present, so pulling it again is all cache hits. */
  markPresent(name: string): void {
    const spec = this.find(name);
    if (spec) for (const layer of this.layers(spec)) this.blobs.set(layer.digest, layer.size);
  }

  /** Digests of the layers a catalogue name uses (empty if unknown). */
  digestsOf(name: string): string[] {
    const spec = this.find(name);
    return spec ? this.layers(spec).map((l) => l.digest) : [];
  }
}

type Emit = (value: Record<string, unknown>) => Promise<boolean>;

/** Handles POST /api/pull. */
export async function handlePull(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const raw = parseJsonBody(await readBody(req));
  if (!raw.ok) return sendError(res, 400, raw.error);
  const parsed = ModelRefBodySchema.safeParse(raw.value);
  if (!parsed.success) return sendError(res, 400, unmarshalError(parsed.error, 'PullRequest'));
  const name = parsed.data.model || parsed.data.name || '';
  const key = normalizeModelName(name);
  if (!key) return sendError(res, 400, 'invalid model name');
  const signal = clientGone(res);
  const streaming = parsed.data.stream !== false;
  const out = new NdjsonStream(res);
  let last: Record<string, unknown> = {};
  const emit: Emit = streaming
    ? (value) => out.line(value)
    : (value) => {
        last = value;
        return Promise.resolve(!signal.aborted);
      };
  try {
    const failure = await pullModel(key, state, emit, signal, res);
    if (failure === 'gone') return;
    if (failure) {
      if (streaming && out.hasStarted) {
        await out.line({ error: failure });
        out.end();
      } else sendError(res, 500, failure);
      return;
    }
    if (streaming) out.end();
    else sendJson(res, 200, last);
  } catch (error) {
    if (!signal.aborted) res.destroy(error instanceof Error ? error : undefined);
  }
}

/** Runs one pull; resolves undefined on success, an error text, or "gone" if the client left. */
async function pullModel(key: string, state: ServerState, emit: Emit, signal: AbortSignal, res: ServerResponse): Promise<string | 'gone' | undefined> {
  if (!(await emit({ status: 'pulling manifest' }))) return 'gone';
  const spec = state.pulls.find(key);
  if (!spec) return 'pull model manifest: file does not exist';
  const fault = state.faults.take('pull-error', { route: 'pull', model: key });
  let movedThisRequest = 0;
  for (const layer of state.pulls.layers(spec)) {
    const status = `pulling ${layer.digest.slice(7, 19)}`;
    const progress = (completed: number): Record<string, unknown> => ({ status, digest: layer.digest, total: layer.size, ...(completed > 0 ? { completed } : {}) });
    let completed = Math.min(state.pulls.blobs.get(layer.digest) ?? 0, layer.size);
    if (!(await emit(progress(completed)))) return 'gone';
    while (completed < layer.size) {
      const rate = state.speed.pullBytesPerSec;
      if (rate > 0) await sleep(PULL_TICK_MS, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) return 'gone';
      let step = rate > 0 ? Math.max(1, Math.round((rate * PULL_TICK_MS) / 1000)) : layer.size - completed;
      step = Math.min(step, layer.size - completed);
      if (fault && movedThisRequest + step >= fault.afterBytes) step = Math.max(0, fault.afterBytes - movedThisRequest);
      completed += step;
      movedThisRequest += step;
      state.pulls.blobs.set(layer.digest, completed);
      if (fault && movedThisRequest >= fault.afterBytes && completed < layer.size) {
        if (fault.drop) {
          dropConnection(res);
          return 'gone';
        }
        return fault.message ?? DEFAULT_PULL_ERROR;
      }
      if (!(await emit(progress(completed)))) return 'gone';
    }
  }
  if (!(await emit({ status: 'verifying sha256 digest' }))) return 'gone';
  if (!(await emit({ status: 'writing manifest' }))) return 'gone';
  const size = state.pulls.layers(spec).reduce((sum, l) => sum + l.size, 0);
  const installed = installModel({ size, ...spec.model, name: key });
  state.installed.set(installed.key, installed);
  if (!(await emit({ status: 'success' }))) return 'gone';
  return undefined;
}
