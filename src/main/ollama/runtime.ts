import { HearthFailure, type ChatRequest, type ChatResult, type ModelDetails, type PullProgress, type Recommendations, type RuntimeStatus } from '@shared/contract';
import { DEFAULT_KEEP_ALIVE, streamChat, type ChatTimeouts } from './chat';
import { DEFAULT_OLLAMA_HOST, parseHost, type ParsedHost, type RuntimeSettingsStore } from './hostSetting';
import { catalogueEntry } from './catalogue';
import { canonicalModelName, deleteModel, listInstalledModels, loadModel, showModel, unloadLoadedModels } from './models';
import { pullModel } from './pull';
import { recommendModels, type MachineFacts } from './recommend';
import type { OllamaSupervisor, ServerStatus } from './supervisor';
import { MINIMUM_OLLAMA_VERSION } from './version';
import { ThinkingPolicy } from './thinkingPolicy';

/** What the runtime is built from (the supervisor takes its host from `currentHost`). */
export interface ModelRuntimeDeps {
  readonly settings: RuntimeSettingsStore;
  readonly supervisor: (runtime: ModelRuntime) => OllamaSupervisor;
  readonly machine: () => Promise<MachineFacts>;
  readonly chatTimeouts?: ChatTimeouts;
  readonly pullProgressIntervalMs?: number;
  /** The native confirmation (in main, never the renderer's word alone) before a server on another computer is used. */
  readonly confirmRemoteHost: (url: string) => Promise<boolean>;
}

const HOST_PROBLEMS = {
  empty: 'Please type the server address.',
  malformed: 'That does not look like a server address (for example 127.0.0.1:11434).',
  scheme: 'The address must start with http:// or https://.',
  'extra-parts': 'Use only the address and port, without a path or password.',
} as const;

/** The local model runtime: server status, models, downloads and chat, over one configured host. */
export class ModelRuntime {
  readonly supervisor: OllamaSupervisor;
  private readonly thinking = new ThinkingPolicy((host, name) => showModel(host, name));

  constructor(private readonly deps: ModelRuntimeDeps) {
    this.supervisor = deps.supervisor(this);
  }

  /** The configured host (Hearth's own server, once started, is the supervisor's); a stored value that no longer parses falls back to the default. */
  async currentHost(): Promise<ParsedHost> {
    const { host } = await this.deps.settings.get();
    const parsed = parseHost(host);
    if (parsed.ok) return parsed.host;
    const fallback = parseHost(DEFAULT_OLLAMA_HOST);
    if (!fallback.ok) throw new Error('default host does not parse');
    return fallback.host;
  }

  async status(): Promise<RuntimeStatus> {
    return this.describe(await this.supervisor.status());
  }

  async start(): Promise<RuntimeStatus> {
    return this.describe(await this.supervisor.start());
  }

  /**
   * Changes the host. Leaving this machine needs the renderer's warning acknowledged, https (the
   * conversation crosses a network), and the person's yes in a native dialog that main shows itself.
   */
  async setHost(input: string, acknowledgeRemote: boolean): Promise<RuntimeStatus> {
    const parsed = parseHost(input);
    if (!parsed.ok) throw new HearthFailure('bad-host', HOST_PROBLEMS[parsed.problem]);
    if (!parsed.host.isLoopback) {
      if (!acknowledgeRemote) throw new HearthFailure('not-allowed', 'A server on another computer would receive your conversations. Confirm the warning first.');
      if (!parsed.host.url.startsWith('https://')) throw new HearthFailure('bad-host', 'A server on another computer must use https://, so the conversation is encrypted on the way.');
      if (!(await this.deps.confirmRemoteHost(parsed.host.url))) throw new HearthFailure('not-allowed', 'The server on another computer was not confirmed.');
    }
    await this.deps.settings.update({ host: parsed.host.url });
    return this.status();
  }

  /** This computer's memory and the free disk where models are kept. */
  machineFacts(): Promise<MachineFacts> {
    return this.deps.machine();
  }

  async recommend(): Promise<Recommendations> {
    const machine = await this.deps.machine();
    const installed = await this.installedNames();
    return { ...machine, options: recommendModels(machine, installed) };
  }

  async show(name: string): Promise<ModelDetails> {
    return this.refined(() => this.withHost((host) => showModel(host, name)));
  }

  /** Makes an installed model the one the group uses. */
  async use(name: string): Promise<RuntimeStatus> {
    const installed = await this.installedNames();
    if (!installed.has(canonicalModelName(name))) throw new HearthFailure('model-missing', 'That model is not on this computer yet. Download it first.');
    await this.deps.settings.update({ activeModel: name });
    return this.status();
  }

  /** Downloads a model from Hearth's catalogue (nothing else); the first model downloaded becomes the group's model. */
  async pull(name: string, signal: AbortSignal, onProgress: (p: PullProgress) => void): Promise<{ name: string }> {
    if (!catalogueEntry(name)) throw new HearthFailure('not-allowed', 'Hearth only downloads the models in its own list.');
    await this.refined(() => this.withHost((host) => pullModel({ host, name, signal, onProgress, ...this.pullInterval() })));
    const { activeModel } = await this.deps.settings.get();
    if (!activeModel || !(await this.installedNames()).has(canonicalModelName(activeModel))) await this.deps.settings.update({ activeModel: name });
    return { name };
  }

  async delete(name: string): Promise<void> {
    await this.refined(() => this.withHost((host) => deleteModel(host, name)));
    const { activeModel } = await this.deps.settings.get();
    if (activeModel === name) await this.deps.settings.update({ activeModel: null });
  }

  async chat(request: ChatRequest, signal: AbortSignal, onToken: (text: string) => void): Promise<ChatResult> {
    return this.refined(() =>
      this.withHost(async (host) => {
        const prepared = await this.thinking.prepare(host, request);
        const result = await streamChat({ host, request: prepared, signal, onToken, ...(this.deps.chatTimeouts ? { timeouts: this.deps.chatTimeouts } : {}) });
        this.thinking.observe(host, prepared, result);
        return result;
      }),
    );
  }

  /** Loads a model ahead of its first reply, with the context size its group uses; resolves to the load time in ms. */
  async load(name: string, numCtx: number, signal: AbortSignal): Promise<number> {
    return this.refined(() => this.withHost((host) => loadModel(host, name, numCtx, DEFAULT_KEEP_ALIVE, signal)));
  }

  /** Unloads every model the server holds in memory now (`keep_alive: 0`); resolves to how many. Never throws. */
  async unloadAll(): Promise<number> {
    return this.withHost((host) => unloadLoadedModels(host)).catch(() => 0);
  }

  private pullInterval(): { minIntervalMs?: number } {
    return this.deps.pullProgressIntervalMs !== undefined ? { minIntervalMs: this.deps.pullProgressIntervalMs } : {};
  }

  private async withHost<T>(fn: (host: string) => Promise<T>): Promise<T> {
    return fn((this.supervisor.ownHost ?? (await this.currentHost())).url);
  }

  /** "Not running" is refined into "not installed" when there is no Ollama to start. */
  private async refined<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof HearthFailure && error.code === 'server-not-running') {
        const { state } = await this.supervisor.status();
        if (state === 'not-installed') throw new HearthFailure('ollama-not-installed', 'Ollama is not installed on this computer.');
      }
      throw error;
    }
  }

  private async installedNames(): Promise<Set<string>> {
    const status = await this.supervisor.status();
    if (status.state !== 'running') return new Set();
    return new Set((await listInstalledModels(status.host.url)).map((m) => canonicalModelName(m.name)));
  }

  private async describe(server: ServerStatus): Promise<RuntimeStatus> {
    const models = server.state === 'running' ? await listInstalledModels(server.host.url).catch(() => []) : [];
    const { activeModel } = await this.deps.settings.get();
    return {
      state: server.state,
      host: server.host.url,
      hostIsLocal: server.host.isLoopback,
      version: server.version,
      minimumVersion: MINIMUM_OLLAMA_VERSION,
      startedByHearth: server.startedByHearth,
      models,
      activeModel: pickActiveModel(activeModel, models.map((m) => m.name)),
    };
  }
}

/** The stored choice when it is installed; otherwise the first installed model, so a ready machine just works. */
function pickActiveModel(stored: string | null, installed: readonly string[]): string | null {
  const match = stored ? installed.find((name) => canonicalModelName(name) === canonicalModelName(stored)) : undefined;
  return match ?? installed[0] ?? null;
}
