/**
 * The fake Ollama server: a real node:http server on 127.0.0.1 (ephemeral port) speaking Ollama's
 * REST protocol, with a scripted deterministic model, real-time pacing, a prompt-cache simulation,
 * a pull registry and fault injection. The one test double for the model in Hearth's tests.
 *
 *   const fake = await startFakeOllama({ reply: 'Hello there.', speed: { genTokensPerSec: 50 } });
 *   const client = new Ollama({ host: fake.url });
 *   ...
 *   await fake.close();
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installModel, normalizeModelName, type FakeModelSpec, type InstalledModel } from './catalogue';
import { FaultBox, type Fault } from './faults';
import { ScriptedModel, type ReplyScript } from './model';
import { DEFAULT_PULLABLE, PullStore, type FakePullSpec } from './pull';
import { DEFAULT_KEEP_ALIVE_MS, parseKeepAlive, RunnerRegistry } from './runners';
import { createRequestListener, type RecordedRequest } from './server';
import type { FakeSpeed, ServerState } from './state';
import { emptyStats, type FakeStats } from './stats';
import { Vocabulary } from './tokenizer';
import { UploadStore } from './uploads';

export type { FakeModelSpec, InstalledModel } from './catalogue';
export type { Fault, FaultKind } from './faults';
export type { ReplyScript, ScriptedReply, ScriptRequest } from './model';
export type { FakePullSpec } from './pull';
export type { RecordedRequest } from './server';
export type { FakeSpeed } from './state';
export type { CallRecord, FakeStats } from './stats';
export { DEFAULT_REPLY } from './model';
export { DEFAULT_PULLABLE } from './pull';
export { DEFAULT_PULL_ERROR, DEFAULT_STREAM_ERROR } from './faults';
export { oomMessage } from './inference';
export { countTokens, tokenize } from './tokenizer';
export { holdMatching, isReviewRequest, isTriageRequest, judged, passAll, raise, reviewedSentences, triageAnswer, type JudgeBehaviour, type JudgeScript } from './judge';
export { renderChatPrompt, renderGeneratePrompt } from './template';

/** How to start a fake server; every field has a default. */
export interface FakeOllamaOptions {
  /** Reported by /api/version; default "0.21.0" (released April 2026). */
  readonly version?: string;
  /** Installed models; default one model, "llama3.2:3b". Pass [] for a fresh install. */
  readonly models?: readonly FakeModelSpec[];
  /** Catalogue for /api/pull; default DEFAULT_PULLABLE (Ollama library names and sizes). */
  readonly pullable?: readonly FakePullSpec[];
  /** The scripted model; default DEFAULT_REPLY. */
  readonly reply?: ReplyScript;
  /** Speeds; anything left out or 0 is unlimited (no sleeping). */
  readonly speed?: Partial<FakeSpeed>;
  /** Prompt-cache slots per loaded model (OLLAMA_NUM_PARALLEL); default 1. */
  readonly numParallel?: number;
  /** num_ctx for requests that send none; default 4096. */
  readonly defaultNumCtx?: number;
  /** keep_alive for requests that send none (seconds or Go duration); default "5m". */
  readonly defaultKeepAlive?: number | string;
  /** Extra allowed browser origins, like OLLAMA_ORIGINS (patterns with one `*`). */
  readonly allowedOrigins?: readonly string[];
  /** Port to listen on; default 0 (ephemeral). */
  readonly port?: number;
  /** Where uploaded blobs are written (`<modelsDir>/blobs`); default a temporary folder removed on close. */
  readonly modelsDir?: string;
  /** Bytes the fake's disk can still take for uploaded blobs; default unlimited. */
  readonly freeDiskBytes?: number;
  /**
   * Memory for loaded models (bytes). Loading a model that does not fit unloads idle models first,
   * oldest use first, as Ollama's scheduler does; a model bigger than all of it fails to load (OOM).
   * Default: unlimited.
   */
  readonly memoryBytes?: number;
  /** Requests that may wait for a model at once (OLLAMA_MAX_QUEUE); more answer 503. Default 512. */
  readonly maxQueue?: number;
}

/** The Ollama version the fake reports unless told otherwise (v0.21.0 was released in April 2026). */
export const DEFAULT_VERSION = '0.21.0';

/** A running fake server and its controls. */
export interface FakeOllama {
  /** "http://127.0.0.1:<port>", for `new Ollama({ host: fake.url })`. */
  readonly url: string;
  /** "127.0.0.1:<port>", the OLLAMA_HOST form. */
  readonly host: string;
  readonly port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
  /** Replaces the scripted model (a queue restarts). */
  setReply(script: ReplyScript): void;
  /** Changes speeds from now on (merged into the current ones). */
  setSpeed(speed: Partial<FakeSpeed>): void;
  /** Current speeds. */
  readonly speed: Readonly<FakeSpeed>;
  /** Injects a fault; one-shot unless `sticky: true`. */
  inject(fault: Fault): void;
  /** Removes all pending faults. */
  clearFaults(): void;
  /** Faults not yet used up. */
  pendingFaults(): readonly Fault[];
  /** Every request received, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Token and timing counters, totals and per call. */
  readonly stats: Readonly<FakeStats>;
  /** Clears the request log and the counters. */
  resetStats(): void;
  /** Installs (or replaces) a model. */
  installModel(spec: FakeModelSpec): InstalledModel;
  /** Removes an installed model (as if deleted); false if it was not installed. */
  removeModel(name: string): boolean;
  /** Adds a model to the pull catalogue. */
  addPullable(spec: FakePullSpec): void;
  /** Bytes of a blob received so far (0 if none), to check resumed pulls. */
  blobBytes(digest: string): number;
  /** Where an uploaded blob (POST /api/blobs) is stored, by hex digest; undefined if none. */
  uploadedBlob(digest: string): { readonly path: string; readonly size: number } | undefined;
  /** Changes how many bytes the fake's disk can still take (null: unlimited). */
  setFreeDiskBytes(bytes: number | null): void;
  /** Names of the loaded models (as /api/ps lists them). */
  loadedModels(): string[];
  /** What each prompt-cache slot of a loaded model holds, as token pieces; [] if not loaded. */
  slotContents(model: string): ReadonlyArray<readonly string[]>;
  /** Unloads every model (their prompt caches are lost). */
  unloadAll(): void;
}

/** Starts a fake Ollama server on 127.0.0.1. */
export async function startFakeOllama(options: FakeOllamaOptions = {}): Promise<FakeOllama> {
  const numParallel = Math.max(1, Math.floor(options.numParallel ?? 1));
  const keepAlive = parseKeepAlive(options.defaultKeepAlive ?? '5m', DEFAULT_KEEP_ALIVE_MS);
  if (keepAlive === undefined) throw new Error(`invalid defaultKeepAlive: ${String(options.defaultKeepAlive)}`);
  const state: ServerState = {
    version: options.version ?? DEFAULT_VERSION,
    installed: new Map((options.models ?? [{ name: 'llama3.2:3b' }]).map((spec) => {
      const m = installModel(spec);
      return [m.key, m];
    })),
    runners: new RunnerRegistry(() => numParallel, options.memoryBytes ?? Number.POSITIVE_INFINITY),
    maxQueue: options.maxQueue ?? 512,
    pending: 0,
    faults: new FaultBox(),
    model: new ScriptedModel(options.reply),
    speed: { promptTokensPerSec: 0, genTokensPerSec: 0, loadMs: 0, pullBytesPerSec: 0, diskBytesPerSec: 0, ...options.speed },
    stats: emptyStats(),
    vocab: new Vocabulary(),
    pulls: new PullStore(options.pullable ?? DEFAULT_PULLABLE),
    uploads: new UploadStore(options.modelsDir, options.freeDiskBytes ?? null),
    defaultNumCtx: options.defaultNumCtx ?? 4096,
    defaultKeepAliveMs: keepAlive,
    extraOrigins: options.allowedOrigins ?? [],
  };
  for (const key of state.installed.keys()) state.pulls.markPresent(key);
  const requests: RecordedRequest[] = [];
  const server = createServer(createRequestListener(state, requests));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await state.uploads.dispose();
    },
    setReply: (script) => state.model.set(script),
    setSpeed: (speed) => {
      state.speed = { ...state.speed, ...speed };
    },
    get speed() {
      return state.speed;
    },
    inject: (fault) => state.faults.inject(fault),
    clearFaults: () => state.faults.clear(),
    pendingFaults: () => state.faults.pending(),
    requests,
    stats: state.stats,
    resetStats: () => {
      requests.length = 0;
      const { calls: _calls, ...zeros } = emptyStats();
      Object.assign(state.stats, zeros);
      state.stats.calls.length = 0;
    },
    installModel: (spec) => {
      const m = installModel(spec);
      state.installed.set(m.key, m);
      state.pulls.markPresent(m.key);
      return m;
    },
    removeModel: (name) => {
      const key = normalizeModelName(name);
      if (!key) return false;
      state.runners.unload(key);
      return state.installed.delete(key);
    },
    addPullable: (spec) => state.pulls.add(spec),
    blobBytes: (digest) => state.pulls.blobs.get(digest) ?? 0,
    uploadedBlob: (digest) => state.uploads.blobs.get(digest),
    setFreeDiskBytes: (bytes) => {
      state.uploads.freeDiskBytes = bytes;
    },
    loadedModels: () => state.runners.list().map((r) => r.model.key),
    slotContents: (model) => {
      const key = normalizeModelName(model);
      return (key && state.runners.get(key)?.slots.contents()) || [];
    },
    unloadAll: () => {
      for (const r of state.runners.list()) state.runners.unload(r.model.key);
    },
  };
}
