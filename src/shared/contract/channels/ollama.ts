import { z } from 'zod';
import { invoke, stream } from '../define';

/** Where Hearth's model server stands, in the words the setup screen explains. */
export const RuntimeState = z.enum(['not-installed', 'stopped', 'starting', 'running', 'unreachable', 'too-old']);
export type RuntimeState = z.infer<typeof RuntimeState>;

/** A model already on this machine (from Ollama's `/api/tags`). */
export const InstalledModel = z.object({
  name: z.string(),
  /** A friendly name ("Llama 3.2 3B") when Hearth knows the model; otherwise the name itself. */
  label: z.string(),
  sizeBytes: z.number().nonnegative(),
  family: z.string(),
  parameterSize: z.string(),
  quantization: z.string(),
});
export type InstalledModel = z.infer<typeof InstalledModel>;

/** Everything the setup screen needs at a glance. */
export const RuntimeStatus = z.object({
  state: RuntimeState,
  /** The server address Hearth talks to, e.g. http://127.0.0.1:11434. */
  host: z.string(),
  /** False when the host is another machine: history then leaves this computer. */
  hostIsLocal: z.boolean(),
  /** The server's version when it answered. */
  version: z.string().nullable(),
  minimumVersion: z.string(),
  /** True when Hearth started the server itself (and will stop it on quit). */
  startedByHearth: z.boolean(),
  /** Installed models; empty unless the server is running. */
  models: z.array(InstalledModel),
  /** The model the group uses, when it is installed. */
  activeModel: z.string().nullable(),
});
export type RuntimeStatus = z.infer<typeof RuntimeStatus>;

/** How well a catalogue model suits this machine. */
export const Fit = z.enum(['fits-well', 'tight', 'wont-fit']);
export type Fit = z.infer<typeof Fit>;

/** One entry of the recommendation list. */
export const ModelOption = z.object({
  name: z.string(),
  label: z.string(),
  parameterSize: z.string(),
  downloadBytes: z.number().positive(),
  /** False when the size is an estimate we could not confirm against Ollama's library. */
  sizeConfirmed: z.boolean(),
  fit: Fit,
  /** What limits the fit, when it is not `fits-well`. */
  limitedBy: z.enum(['memory', 'disk']).nullable(),
  installed: z.boolean(),
  recommended: z.boolean(),
});
export type ModelOption = z.infer<typeof ModelOption>;

export const Recommendations = z.object({
  totalMemoryBytes: z.number().nonnegative(),
  /** Free space where Ollama keeps models; null when it could not be measured. */
  freeDiskBytes: z.number().nonnegative().nullable(),
  options: z.array(ModelOption),
});
export type Recommendations = z.infer<typeof Recommendations>;

/** One progress report of a download, already turned into what a progress bar shows. */
export const PullProgress = z.object({
  phase: z.enum(['preparing', 'downloading', 'verifying', 'finishing']),
  completedBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  /** 0–100, whole-download percent. */
  percent: z.number().min(0).max(100),
  bytesPerSecond: z.number().nonnegative(),
  /** Null until the speed is known. */
  secondsLeft: z.number().nonnegative().nullable(),
});
export type PullProgress = z.infer<typeof PullProgress>;

/** A model tag as Ollama names them: "llama3.2:3b", "library/gemma3", "user/model:tag". */
export const ModelName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*(:[A-Za-z0-9._-]+)?$/);

export const ModelDetails = z.object({
  name: z.string(),
  /** From `model_info["<family>.context_length"]`; null if the model does not say. */
  contextLength: z.number().int().positive().nullable(),
  capabilities: z.array(z.string()),
});
export type ModelDetails = z.infer<typeof ModelDetails>;

const Empty = z.object({}).strict();
const ByName = z.object({ name: ModelName }).strict();

/** The local model runtime: find/start Ollama, pick and download a model. */
export const ollamaChannels = {
  status: invoke({ request: Empty, result: RuntimeStatus }),
  /** Starts `ollama serve` when it is installed but not running; answers once it responds. */
  start: invoke({ request: Empty, result: RuntimeStatus }),
  /** Opens Ollama's download page in the browser (a fixed address, not one the renderer gives). */
  openDownloadPage: invoke({ request: Empty, result: z.object({ opened: z.literal(true) }) }),
  /** Changes the server address. A non-loopback host needs `acknowledgeRemote`. */
  setHost: invoke({
    request: z.object({ host: z.string().min(1).max(300), acknowledgeRemote: z.boolean() }).strict(),
    result: RuntimeStatus,
  }),
  recommend: invoke({ request: Empty, result: Recommendations }),
  show: invoke({ request: ByName, result: ModelDetails }),
  /** Chooses the model the group speaks with (it must be installed). */
  use: invoke({ request: ByName, result: RuntimeStatus }),
  /** Downloads a model; resumes a partial download; cancel by request id. */
  pull: stream({ request: ByName, event: PullProgress, result: z.object({ name: z.string() }) }),
  delete: invoke({ request: ByName, result: z.object({ deleted: z.literal(true) }) }),
};
