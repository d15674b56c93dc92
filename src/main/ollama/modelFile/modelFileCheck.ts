// Looks at a chosen model file before anything is copied: its header, size and fit on this
// computer, the manifest beside it, and whether this Ollama can take a model from a file at all.
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { HearthFailure, type ModelFileCheck } from '@shared/contract';
import { catalogueEntry, type CatalogueModel } from '../catalogue';
import { rateFit, type MachineFacts } from '../recommend';
import { isOlderThan } from '../version';
import { readGgufHeader, type GgufHeader } from './ggufHeader';
import { readManifestBeside, type HearthModelManifest } from './manifest';
import { modelNameFrom } from './modelNames';

/** Ollama's create API takes `files` from this version on. */
export const MODEL_FROM_FILE_MIN_VERSION = '0.5.5';

const GiB = 1024 ** 3;

/** The Ollama server as the model-file work sees it. */
export interface ServerFacts {
  readonly host: string;
  readonly running: boolean;
  readonly version: string | null;
  readonly isLocal: boolean;
}

/** A file that is not in the catalogue needs about 1.5× its size in memory plus room for the rest, like the catalogue's own figures. */
function fileAsCatalogueModel(sizeBytes: number): CatalogueModel {
  const gib = sizeBytes / GiB;
  return {
    name: 'file',
    label: 'file',
    parameterSize: '',
    downloadBytes: sizeBytes,
    sizeConfirmed: true,
    minMemoryGiB: gib * 1.5 + 3,
    comfortableMemoryGiB: gib * 2.5 + 4,
    preference: 0,
  };
}

/** Reads a GGUF header from a file on disk. */
export async function readHeaderOf(path: string): Promise<GgufHeader> {
  const file = await open(path, 'r');
  try {
    return await readGgufHeader(async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, offset);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
    });
  } finally {
    await file.close();
  }
}

/** Everything Hearth can tell about a file without reading all of it. */
export interface InspectedFile {
  readonly check: Omit<ModelFileCheck, 'token'>;
  readonly manifest: HearthModelManifest | null;
  readonly catalogue: CatalogueModel | undefined;
}

/** Checks a chosen file. Throws `not-a-model-file` when it is not a GGUF model. */
export async function inspectModelFile(path: string, server: ServerFacts, machine: MachineFacts): Promise<InspectedFile> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new HearthFailure('not-a-model-file', 'Hearth could not open that file.');
  const header = await readHeaderOf(path);
  const manifest = await readManifestBeside(path);
  const manifestFits = manifest !== null && manifest.file.sizeBytes === info.size;
  const catalogue = manifestFits ? catalogueEntry(manifest.name) : undefined;
  // Memory is judged from the file; disk only when Ollama keeps its models on this computer.
  const facts: MachineFacts = server.isLocal ? machine : { ...machine, freeDiskBytes: null };
  const { fit, limitedBy } = rateFit(catalogue ?? fileAsCatalogueModel(info.size), facts);
  return {
    manifest: manifestFits ? manifest : null,
    catalogue,
    check: {
      fileName: basename(path),
      sizeBytes: info.size,
      header: {
        ggufVersion: header.version,
        architecture: header.architecture,
        name: header.name,
        parameterCount: header.parameterCount,
        quantization: header.quantization,
        contextLength: header.contextLength,
        hasChatTemplate: header.hasChatTemplate,
      },
      fit,
      limitedBy,
      manifest: manifestFits ? { name: manifest.name, label: manifest.label, sha256: manifest.file.sha256, sizeBytes: manifest.file.sizeBytes } : null,
      catalogueLabel: catalogue?.label ?? null,
      suggestedName: manifestFits ? manifest.name : modelNameFrom(header.name ?? basename(path)),
      ollamaTooOld: server.version !== null && isOlderThan(server.version, MODEL_FROM_FILE_MIN_VERSION),
    },
  };
}
