/** The mutable state of one fake server, shared by its route handlers. */
import type { InstalledModel } from './catalogue';
import type { FaultBox } from './faults';
import type { ScriptedModel } from './model';
import type { PullStore } from './pull';
import type { RunnerRegistry } from './runners';
import type { FakeStats } from './stats';
import type { Vocabulary } from './tokenizer';
import type { UploadStore } from './uploads';

/** Speeds; 0 means "as fast as possible" (no sleeping). */
export interface FakeSpeed {
  /** Prompt evaluation speed; only tokens not served by the prompt cache cost time. */
  promptTokensPerSec: number;
  /** Generation speed; each token is written on its own line when it is due. */
  genTokensPerSec: number;
  /** Time to load a model that is not loaded (first use, after unload, expiry or an option change). */
  loadMs: number;
  /** Download speed for /api/pull. */
  pullBytesPerSec: number;
  /**
   * How fast the weights are read from disk when a model loads (nothing in the page cache): a load
   * then takes the model's size ÷ this, on top of `loadMs`. 0: reading costs no time.
   */
  diskBytesPerSec: number;
}

/** How long loading a model of `sizeBytes` takes at these speeds, in milliseconds. */
export function loadTimeMs(speed: Readonly<FakeSpeed>, sizeBytes: number): number {
  const reading = speed.diskBytesPerSec > 0 ? (sizeBytes / speed.diskBytesPerSec) * 1000 : 0;
  return speed.loadMs + reading;
}

/** Everything the handlers read and change. */
export interface ServerState {
  readonly version: string;
  readonly installed: Map<string, InstalledModel>;
  readonly runners: RunnerRegistry;
  /** OLLAMA_MAX_QUEUE: inference requests that may be in flight at once; more answer 503. */
  readonly maxQueue: number;
  /** Inference requests in flight now (waiting for a load or a slot, or generating). */
  pending: number;
  readonly faults: FaultBox;
  readonly model: ScriptedModel;
  speed: FakeSpeed;
  readonly stats: FakeStats;
  readonly vocab: Vocabulary;
  readonly pulls: PullStore;
  /** Blobs uploaded with POST /api/blobs (models created from files). */
  readonly uploads: UploadStore;
  /** num_ctx when a request does not send one. */
  readonly defaultNumCtx: number;
  /** keep_alive when a request does not send one. */
  readonly defaultKeepAliveMs: number;
  /** Extra allowed CORS origins (like OLLAMA_ORIGINS), patterns with one optional `*`. */
  readonly extraOrigins: readonly string[];
}
