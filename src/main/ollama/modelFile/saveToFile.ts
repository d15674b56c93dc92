// "Save this model to a file": copies an installed model's weights from Ollama's store into a
// folder the person chose (a USB stick), with a manifest naming the file, its size and SHA-256,
// and the template and parameters Ollama had, so another Hearth can check and install it.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { HearthFailure, type ModelFileProgress } from '@shared/contract';
import { catalogueEntry } from '../catalogue';
import { freeDiskBytes } from '../machineFacts';
import { isAbortError } from '../networkErrors';
import { ByteMeter } from './byteMeter';
import { HearthModelManifest, MANIFEST_SUFFIX } from './manifest';
import type { ServerFacts } from './modelFileCheck';
import { parseShowParameters, weightsPathFrom } from './modelfileParameters';
import { fileNameForModel } from './modelNames';

export interface SaveJob {
  readonly name: string;
  readonly folder: string;
  readonly server: ServerFacts;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: ModelFileProgress) => void;
  readonly today?: () => string;
  readonly now?: () => number;
}

export interface SaveResult {
  readonly fileName: string;
  readonly manifestName: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

interface ShowBody {
  modelfile?: string;
  template?: string;
  system?: string;
  parameters?: string;
}

async function showModel(host: string, name: string, signal: AbortSignal): Promise<ShowBody> {
  let response: Response;
  try {
    response = await fetch(`${host}/api/show`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ model: name }), signal });
  } catch (error) {
    throw isAbortError(error) ? new HearthFailure('cancelled', 'Stopped.') : new HearthFailure('server-not-running', 'Ollama is not running.');
  }
  if (response.status === 404) throw new HearthFailure('model-missing', 'That model is not on this computer.');
  if (!response.ok) throw new HearthFailure('model-error', 'Ollama could not describe that model.');
  return (await response.json()) as ShowBody;
}

const writeProblem = (error: unknown): HearthFailure => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC') return new HearthFailure('disk-full', 'There is not enough space in that folder for the model.');
  if (isAbortError(error)) return new HearthFailure('cancelled', 'Stopped.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new HearthFailure('not-allowed', 'Hearth cannot write to that folder. Choose another one.');
  return new HearthFailure('internal', 'Hearth could not save the model file.');
};

/** Saves one installed model to a folder. */
export async function saveModelToFile(job: SaveJob): Promise<SaveResult> {
  if (!job.server.running) throw new HearthFailure('server-not-running', 'Ollama is not running.');
  if (!job.server.isLocal) throw new HearthFailure('not-allowed', 'A model can only be saved when Ollama runs on this computer.');
  const show = await showModel(job.server.host, job.name, job.signal);
  const source = weightsPathFrom(show.modelfile);
  const info = source ? await stat(source).catch(() => null) : null;
  if (!source || !info?.isFile()) throw new HearthFailure('model-missing', 'Hearth could not find this model’s file on this computer.');
  const free = await freeDiskBytes(job.folder);
  if (free !== null && free < info.size) throw new HearthFailure('disk-full', 'There is not enough space in that folder for the model.');

  const fileName = fileNameForModel(job.name);
  const target = join(job.folder, fileName);
  const partial = `${target}.part`;
  const hash = createHash('sha256');
  const meter = new ByteMeter('copying', info.size, job.onProgress, job.now);
  meter.flush();
  try {
    await pipeline(
      createReadStream(source, { highWaterMark: 4 * 1024 * 1024 }),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          meter.add(chunk.length);
          done(null, chunk);
        },
      }),
      createWriteStream(partial),
      { signal: job.signal },
    );
  } catch (error) {
    await rm(partial, { force: true });
    throw writeProblem(error);
  }
  meter.flush();
  const sha256 = hash.digest('hex');
  // Ollama names each blob by its digest: a copy that hashes differently was damaged on disk.
  const stored = /sha256[-:]([a-f0-9]{64})$/.exec(basename(source))?.[1];
  if (stored && stored !== sha256) {
    await rm(partial, { force: true });
    throw new HearthFailure('checksum-mismatch', 'This model’s file is damaged on this computer. Download the model again before saving it.');
  }
  const manifest = HearthModelManifest.parse({
    format: 'hearth-model',
    formatVersion: 1,
    name: job.name,
    label: catalogueEntry(job.name)?.label ?? job.name,
    file: { name: fileName, sizeBytes: info.size, sha256 },
    ...(show.template ? { template: show.template } : {}),
    ...(show.system ? { system: show.system } : {}),
    ...(show.parameters ? { parameters: parseShowParameters(show.parameters) } : {}),
    savedOn: job.today?.() ?? new Date().toISOString().slice(0, 10),
  });
  const manifestName = `${fileName.replace(/\.gguf$/, '')}${MANIFEST_SUFFIX}`;
  try {
    await rename(partial, target);
    await writeFile(join(job.folder, manifestName), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  } catch (error) {
    throw writeProblem(error);
  }
  return { fileName, manifestName, sha256, sizeBytes: info.size };
}
