// "I have the model file": check the file, hash it, copy it into Ollama as a blob and create the
// model. Every step can be cancelled; each failure is typed with a next step for the person.
import { basename } from 'node:path';
import { HearthFailure, type ChecksumOutcome, type ModelFileProgress } from '@shared/contract';
import type { CatalogueModel } from '../catalogue';
import type { MachineFacts } from '../recommend';
import { ByteMeter } from './byteMeter';
import { sha256OfFile } from './fileHash';
import { inspectModelFile, type ServerFacts } from './modelFileCheck';
import { blobExists, createFromBlob, uploadBlob, type CreateSettings } from './ollamaBlobs';

export interface InstallJob {
  readonly path: string;
  readonly name: string;
  readonly server: ServerFacts;
  readonly machine: MachineFacts;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: ModelFileProgress) => void;
  /** SHA-256 prefixes known for catalogue models' GGUF files, by model name (none are confirmed yet). */
  readonly knownDigests?: (model: CatalogueModel) => string | undefined;
  readonly now?: () => number;
}

export interface InstallResult {
  readonly name: string;
  readonly sha256: string;
  readonly checksum: ChecksumOutcome;
}

/** Installs a model file into Ollama. */
export async function installFromFile(job: InstallJob): Promise<InstallResult> {
  if (!job.server.running) throw new HearthFailure('server-not-running', 'Ollama is not running.');
  const inspected = await inspectModelFile(job.path, job.server, job.machine);
  const { check } = inspected;
  if (check.ollamaTooOld) throw new HearthFailure('version-too-old', 'This version of Ollama cannot add a model from a file. Update Ollama first.');
  if (check.fit === 'wont-fit' && check.limitedBy === 'disk') throw new HearthFailure('disk-full', 'There is not enough free disk space for this model.');
  if (check.fit === 'wont-fit') throw new HearthFailure('model-too-big', 'This model is too big for this computer’s memory.');

  const checking = new ByteMeter('checking', check.sizeBytes, job.onProgress, job.now);
  checking.flush();
  const sha256 = await sha256OfFile(job.path, job.signal, (n) => checking.add(n));
  checking.flush();
  const checksum = compareChecksum(sha256, inspected.manifest?.file.sha256, inspected.catalogue && job.knownDigests?.(inspected.catalogue));

  const copying = new ByteMeter('copying', check.sizeBytes, job.onProgress, job.now);
  copying.flush();
  if (!(await blobExists(job.server.host, sha256, job.signal))) {
    await uploadBlob(job.server.host, job.path, sha256, job.signal, (n) => copying.add(n));
  } else copying.add(check.sizeBytes);
  copying.flush();

  const finishing = new ByteMeter('finishing', 1, job.onProgress, job.now);
  finishing.flush();
  const settings: CreateSettings = inspected.manifest
    ? {
        ...(inspected.manifest.template ? { template: inspected.manifest.template } : {}),
        ...(inspected.manifest.system ? { system: inspected.manifest.system } : {}),
        ...(inspected.manifest.parameters ? { parameters: inspected.manifest.parameters } : {}),
      }
    : {};
  await createFromBlob(job.server.host, job.name, basename(job.path), sha256, settings, job.signal);
  finishing.add(1);
  finishing.flush();
  return { name: job.name, sha256, checksum };
}

/**
 * The file's checksum against what it came with: the manifest's full SHA-256, else a catalogue
 * prefix. A difference means the file was changed or damaged on the way, and nothing is installed.
 */
export function compareChecksum(sha256: string, manifest: string | undefined, cataloguePrefix: string | undefined): ChecksumOutcome {
  if (manifest !== undefined) {
    if (manifest !== sha256) throw new HearthFailure('checksum-mismatch', 'This file is not the same as the one that was saved. It may be damaged; copy it again.');
    return 'matched-manifest';
  }
  if (cataloguePrefix !== undefined) {
    if (!sha256.startsWith(cataloguePrefix.toLowerCase())) throw new HearthFailure('checksum-mismatch', 'This file does not match the model it claims to be.');
    return 'matched-catalogue';
  }
  return 'no-reference';
}
