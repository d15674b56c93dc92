/**
 * POST /api/create as Ollama 0.5.5+ takes it: a model made `from` another one, or from `files`
 * (file name → blob digest) uploaded first with POST /api/blobs. GGUF blobs are read for their
 * architecture, quantisation, size and context length, as Ollama reads them. Older servers (before
 * 0.5.5) only took a Modelfile and answer a `files` request with "path or Modelfile are required".
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { installModel, normalizeModelName } from './catalogue';
import { NdjsonStream, parseJsonBody, readBody, sendError, sendJson } from './http';
import { unmarshalError } from './requests';
import type { ServerState } from './state';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const CreateBodySchema = z.looseObject({
  model: opt(z.string()),
  name: opt(z.string()),
  from: opt(z.string()),
  files: opt(z.record(z.string(), z.string())),
  template: opt(z.string()),
  system: opt(z.string()),
  license: opt(z.union([z.string(), z.array(z.string())])),
  parameters: opt(z.record(z.string(), z.unknown())),
  stream: opt(z.boolean()),
  modelfile: opt(z.string()),
  path: opt(z.string()),
});

/** The first version that takes `files`/`from` (the create API changed in 0.5.5). */
const FILES_API_VERSION = [0, 5, 5];

function versionAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (parts[i] !== minimum[i]) return (parts[i] ?? 0) > (minimum[i] ?? 0);
  return true;
}

const FILE_TYPES: Readonly<Record<number, string>> = { 1: 'F16', 2: 'Q4_0', 7: 'Q8_0', 15: 'Q4_K_M', 17: 'Q5_K_M', 18: 'Q6_K' };

/** What the fake needs from a GGUF header: null when the file does not start with "GGUF". */
async function ggufFacts(path: string): Promise<{ architecture: string; quantization: string; parameters: number; contextLength: number } | null> {
  const file = await open(path, 'r');
  try {
    const buf = Buffer.alloc(256 * 1024);
    const { bytesRead } = await file.read(buf, 0, buf.length, 0);
    const b = buf.subarray(0, bytesRead);
    if (b.length < 24 || b.toString('latin1', 0, 4) !== 'GGUF') return null;
    let at = 16;
    const keys = Number(b.readBigUInt64LE(at));
    at += 8;
    const str = (): string => {
      const n = Number(b.readBigUInt64LE(at));
      const s = b.toString('utf8', at + 8, at + 8 + n);
      at += 8 + n;
      return s;
    };
    const facts = new Map<string, string | number>();
    const sizes: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
    for (let i = 0; i < keys && at < b.length - 12; i++) {
      const key = str();
      const type = b.readUInt32LE(at);
      at += 4;
      if (type === 8) facts.set(key, str());
      else if (type === 4) {
        facts.set(key, b.readUInt32LE(at));
        at += 4;
      } else if (type === 10) {
        facts.set(key, Number(b.readBigUInt64LE(at)));
        at += 8;
      }
      else if (type === 9) {
        const item = b.readUInt32LE(at);
        const count = Number(b.readBigUInt64LE(at + 4));
        at += 12;
        for (let j = 0; j < count; j++) at += item === 8 ? 8 + Number(b.readBigUInt64LE(at)) : (sizes[item] ?? 0);
      } else at += sizes[type] ?? 0;
    }
    const architecture = String(facts.get('general.architecture') ?? 'llama');
    return {
      architecture,
      quantization: FILE_TYPES[Number(facts.get('general.file_type'))] ?? 'unknown',
      parameters: Number(facts.get('general.parameter_count') ?? 0),
      contextLength: Number(facts.get(`${architecture}.context_length`) ?? 4096),
    };
  } finally {
    await file.close();
  }
}

/** "3212749824" → "3.2B", as Ollama shows parameter sizes. */
const parameterSize = (n: number): string => (n >= 1e9 ? `${(n / 1e9).toFixed(1)}B` : n >= 1e6 ? `${Math.round(n / 1e6)}M` : 'unknown');

export async function handleCreate(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const raw = parseJsonBody(await readBody(req));
  if (!raw.ok) return sendError(res, 400, raw.error);
  const parsed = CreateBodySchema.safeParse(raw.value);
  if (!parsed.success) return sendError(res, 400, unmarshalError(parsed.error, 'CreateRequest'));
  const body = parsed.data;
  if (!versionAtLeast(state.version, FILES_API_VERSION) && !body.modelfile && !body.path) return sendError(res, 400, 'path or Modelfile are required');
  const name = body.model ?? body.name ?? '';
  const key = normalizeModelName(name);
  if (!key) return sendError(res, 400, 'model is required');
  if (!body.files && !body.from) return sendError(res, 400, 'neither \'from\' or \'files\' was specified');

  const stream = new NdjsonStream(res);
  const say = (status: string): Promise<boolean> => (body.stream === false ? Promise.resolve(true) : stream.line({ status }));
  if (body.from) {
    const base = state.installed.get(normalizeModelName(body.from) ?? '');
    if (!base) return sendError(res, 404, `model "${body.from}" not found`);
    state.installed.set(key, { ...base, key, name, ...(body.system ? { system: body.system } : {}), modifiedAt: new Date().toISOString() });
  } else {
    const entries = Object.entries(body.files ?? {});
    const gguf = entries.find(([file]) => file.toLowerCase().endsWith('.gguf')) ?? entries[0];
    const digest = /^sha256[:-]([0-9a-f]{64})$/i.exec(gguf?.[1] ?? '')?.[1]?.toLowerCase();
    const blob = digest ? state.uploads.blobs.get(digest) : undefined;
    if (!gguf || !digest || !blob) return sendError(res, 400, `file '${gguf?.[0] ?? ''}' not found: upload it with /api/blobs first`);
    const facts = await ggufFacts(blob.path);
    if (!facts) return sendError(res, 400, 'invalid file magic');
    if (!(await say('parsing GGUF'))) return;
    await say(`using existing layer sha256:${digest}`);
    const created = installModel({
      name,
      size: blob.size,
      family: facts.architecture,
      parameterSize: parameterSize(facts.parameters),
      quantization: facts.quantization,
      contextLength: facts.contextLength,
      capabilities: ['completion'],
      ...(body.system ? { system: body.system } : {}),
      digest,
      blobPath: blob.path,
      ...(body.template ? { template: body.template } : {}),
      ...(body.parameters ? { parameters: body.parameters } : {}),
    });
    state.installed.set(created.key, created);
  }
  if (body.template || body.system || body.parameters) await say(`creating new layer sha256:${createHash('sha256').update(JSON.stringify([body.template, body.system, body.parameters])).digest('hex')}`);
  await say('writing manifest');
  if (body.stream === false) return sendJson(res, 200, { status: 'success' });
  await say('success');
  stream.end();
}
