/**
 * Installed models: their specs (zod-first), name normalisation, and the JSON shapes Ollama gives
 * them in `/api/tags` and `/api/show`.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { END_OF_TURN, TEMPLATE_SOURCE } from './template';

/** An installed model as the fake describes it; everything but the name has a realistic default. */
export const FakeModelSpecSchema = z.object({
  /** Model name as users type it; "llama3.2" means "llama3.2:latest". */
  name: z.string().min(1),
  /** Bytes on disk (also the loaded size shown by /api/ps). */
  size: z.number().int().nonnegative().default(2_019_393_189),
  family: z.string().default('llama'),
  parameterSize: z.string().default('3.2B'),
  quantization: z.string().default('Q4_K_M'),
  /** The model's trained context length; requested num_ctx is capped to it, like Ollama. */
  contextLength: z.number().int().positive().default(131_072),
  /** Ollama capability names: completion, tools, thinking, vision, embedding, insert. */
  capabilities: z.array(z.string()).default(['completion', 'tools']),
  /** A thinking model that reasons whatever `think` says (some models take only a level, not off). */
  thinksAlways: z.boolean().default(false),
  /** The model's own system prompt (Modelfile SYSTEM), used when a chat starts without one. */
  system: z.string().optional(),
  /** Manifest digest, 64 hex characters; derived from the name when absent. */
  digest: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** ISO time the model was installed; defaults to when the fake learns about it. */
  modifiedAt: z.string().optional(),
  /** The weights file on disk, for a model created from an uploaded blob (`/api/show`'s FROM line names it). */
  blobPath: z.string().optional(),
  /** A template and parameters given at create time (shown by `/api/show`). */
  template: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

/** Input form of a model spec (defaults optional). */
export type FakeModelSpec = z.input<typeof FakeModelSpecSchema>;
/** A model spec with defaults applied, as stored by the fake. */
export type InstalledModel = z.output<typeof FakeModelSpecSchema> & { readonly key: string; readonly digest: string; readonly modifiedAt: string };

const REGISTRY_PREFIX = /^(registry\.ollama\.ai\/)?(library\/)?/;

/**
 * Canonical key for a model name the way Ollama resolves it: case-insensitive, default registry and
 * namespace dropped, ":latest" added when no tag is given. Returns undefined for an empty name.
 */
export function normalizeModelName(name: string): string | undefined {
  const trimmed = name.trim().toLowerCase().replace(REGISTRY_PREFIX, '');
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const lastSegment = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return lastSegment.includes(':') ? trimmed : `${trimmed}:latest`;
}

/** A stable sha256 hex digest for any seed text (fake manifests and blobs). */
export const fakeDigest = (seed: string): string => createHash('sha256').update(seed).digest('hex');

/** Applies defaults and derives key and digest. Throws on an invalid spec or name. */
export function installModel(spec: FakeModelSpec, now = new Date()): InstalledModel {
  const parsed = FakeModelSpecSchema.parse(spec);
  const key = normalizeModelName(parsed.name);
  if (!key) throw new Error(`invalid model name: ${JSON.stringify(spec.name)}`);
  return {
    ...parsed,
    key,
    digest: parsed.digest ?? fakeDigest(`manifest:${key}`),
    modifiedAt: parsed.modifiedAt ?? now.toISOString(),
  };
}

/** The `details` object Ollama attaches to a model in tags, show and ps. */
export function modelDetails(m: InstalledModel): Record<string, unknown> {
  return {
    parent_model: '',
    format: 'gguf',
    family: m.family,
    families: [m.family],
    parameter_size: m.parameterSize,
    quantization_level: m.quantization,
  };
}

/** One entry of `GET /api/tags`. */
export function tagsEntry(m: InstalledModel): Record<string, unknown> {
  return { name: m.key, model: m.key, modified_at: m.modifiedAt, size: m.size, digest: m.digest, details: modelDetails(m) };
}

/** Parses "3.2B" / "770M" into a parameter count for model_info. */
function parameterCount(parameterSize: string): number {
  const match = /^([\d.]+)\s*([KMBT]?)/i.exec(parameterSize);
  if (!match) return 0;
  const scale: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
  return Math.round(Number(match[1]) * (scale[(match[2] ?? '').toUpperCase()] ?? 1));
}

/** Parameters as /api/show lists them: one `name value` line each, repeated names on their own lines, strings quoted. */
function parametersText(parameters: Readonly<Record<string, unknown>>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(parameters)) {
    for (const v of Array.isArray(value) ? value : [value]) lines.push(`${key.padEnd(30)} ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
  }
  return lines.join('\n');
}

/** The body of `POST /api/show`. */
export function showResponse(m: InstalledModel): Record<string, unknown> {
  const parameters = m.parameters ? parametersText(m.parameters) : `stop                           "${END_OF_TURN}"`;
  const template = m.template ?? TEMPLATE_SOURCE;
  const parameterLines = parameters.split('\n').map((line) => `PARAMETER ${line}`).join('\n');
  return {
    license: 'Fake model licence for tests.',
    modelfile: `# Modelfile generated by the fake Ollama server\nFROM ${m.blobPath ?? m.key}\nTEMPLATE """${template}"""\n${parameterLines}\n${m.system ? `SYSTEM """${m.system}"""\n` : ''}`,
    parameters,
    template,
    ...(m.system ? { system: m.system } : {}),
    details: modelDetails(m),
    model_info: {
      'general.architecture': m.family,
      'general.file_type': 15,
      'general.parameter_count': parameterCount(m.parameterSize),
      'general.quantization_version': 2,
      [`${m.family}.context_length`]: m.contextLength,
      [`${m.family}.embedding_length`]: 3072,
      [`${m.family}.block_count`]: 28,
    },
    capabilities: m.capabilities,
    modified_at: m.modifiedAt,
  };
}
