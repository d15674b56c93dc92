/**
 * POST/HEAD /api/blobs/:digest and the blobs they keep. Uploaded bytes go to a real file (so a
 * model created from them has a file on disk that `/api/show`'s modelfile points at, as Ollama's
 * does) and are hashed on the way in. A wrong digest answers 400 and keeps nothing; a full disk
 * (the `freeDiskBytes` option) answers 500 with the operating system's words.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendError } from './http';
import type { ServerState } from './state';

const DIGEST = /^sha256[:-]([0-9a-fA-F]{64})$/;

/** Blobs uploaded to this fake, by hex digest, each stored as `<dir>/blobs/sha256-<hex>`. */
export class UploadStore {
  private dir: string | undefined;
  readonly blobs = new Map<string, { path: string; size: number }>();

  constructor(
    private readonly root: string | undefined,
    /** Bytes the fake's disk can still take; null = unlimited. */
    public freeDiskBytes: number | null,
  ) {}

  /** The folder blobs are written to (a temporary one unless the test gave `modelsDir`). */
  async blobDir(): Promise<string> {
    if (!this.dir) {
      const base = this.root ?? (await mkdtemp(join(tmpdir(), 'fake-ollama-')));
      this.dir = join(base, 'blobs');
      await mkdir(this.dir, { recursive: true });
    }
    return this.dir;
  }

  /** Removes a temporary blob folder (a test's own `modelsDir` is left alone). */
  async dispose(): Promise<void> {
    if (this.dir && !this.root) await rm(join(this.dir, '..'), { recursive: true, force: true });
  }
}

/** HEAD /api/blobs/:digest: 200 if present, 404 `blob "…" not found`, 400 for a malformed digest. */
export async function handleHeadBlob(digestParam: string, res: ServerResponse, state: ServerState): Promise<void> {
  const match = DIGEST.exec(digestParam);
  if (!match) return sendError(res, 400, 'invalid digest format');
  const blob = state.uploads.blobs.get(match[1]!.toLowerCase());
  if (!blob || !(await stat(blob.path).catch(() => null))) return sendError(res, 404, `blob "${digestParam}" not found`);
  res.writeHead(200);
  res.end();
}

/** POST /api/blobs/:digest: stores the body if its SHA-256 is the digest in the path; 201 Created (200 if already there). */
export async function handleCreateBlob(digestParam: string, req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const match = DIGEST.exec(digestParam);
  if (!match) {
    req.resume();
    return sendError(res, 400, 'invalid digest format');
  }
  const expected = match[1]!.toLowerCase();
  if (state.uploads.blobs.has(expected)) {
    req.resume();
    res.writeHead(200);
    return void res.end();
  }
  const dir = await state.uploads.blobDir();
  const partial = join(dir, `sha256-${expected}-partial`);
  const out = createWriteStream(partial);
  const hash = createHash('sha256');
  let size = 0;
  let full = false;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (state.uploads.freeDiskBytes !== null && size > state.uploads.freeDiskBytes) {
        full = true;
        continue; // Read the rest so the client sees the answer, as a server would.
      }
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  } catch {
    // The client went away mid-upload: nothing is kept.
    out.destroy();
    await rm(partial, { force: true });
    return;
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  if (full) {
    await rm(partial, { force: true });
    return sendError(res, 500, `write ${partial}: no space left on device`);
  }
  const got = hash.digest('hex');
  if (got !== expected) {
    await rm(partial, { force: true });
    return sendError(res, 400, `digest mismatch, expected "sha256:${expected}", got "sha256:${got}"`);
  }
  const path = join(dir, `sha256-${expected}`);
  await rename(partial, path);
  state.uploads.blobs.set(expected, { path, size });
  if (state.uploads.freeDiskBytes !== null) state.uploads.freeDiskBytes -= size;
  res.writeHead(201);
  res.end();
}
