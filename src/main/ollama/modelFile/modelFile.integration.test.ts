import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ModelFileProgress } from '@shared/contract';
import { startFakeOllama, type FakeOllama } from '@tests/fake-ollama';
import { writeGgufFile } from '@tests/support/ggufFile';
import type { MachineFacts } from '../recommend';
import { installFromFile } from './installFromFile';
import { manifestPathFor } from './manifest';
import type { ServerFacts } from './modelFileCheck';
import { saveModelToFile } from './saveToFile';

const GiB = 1024 ** 3;
const roomy: MachineFacts = { totalMemoryBytes: 16 * GiB, freeDiskBytes: 200 * GiB };

let dir: string;
let fake: FakeOllama;
const server = (over: Partial<ServerFacts> = {}): ServerFacts => ({ host: fake.url, running: true, version: '0.12.3', isLocal: true, ...over });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-model-file-'));
  fake = await startFakeOllama({ models: [], modelsDir: join(dir, 'ollama') });
});
afterEach(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

async function install(path: string, name = 'tiny-test-llama', over: Partial<Parameters<typeof installFromFile>[0]> = {}) {
  const progress: ModelFileProgress[] = [];
  const result = await installFromFile({ path, name, server: server(), machine: roomy, signal: new AbortController().signal, onProgress: (p) => progress.push(p), ...over });
  return { result, progress };
}

const uploads = () => fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/api/blobs/'));
const tags = async () => ((await (await fetch(`${fake.url}/api/tags`)).json()) as { models: Array<{ name: string; size: number; details: { family: string; quantization_level: string } }> }).models;

describe('installing a model from a file (against the fake Ollama)', () => {
  it('hashes, uploads as a blob and creates the model, with progress through each phase', async () => {
    const file = join(dir, 'Tiny-Test.gguf');
    const { sizeBytes, sha256 } = await writeGgufFile(file, { payloadBytes: 3 * 1024 * 1024 });
    const { result, progress } = await install(file);
    expect(result).toEqual({ name: 'tiny-test-llama', sha256, checksum: 'no-reference' });
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['checking', 'copying', 'finishing']);
    const lastCopy = progress.filter((p) => p.phase === 'copying').at(-1);
    expect(lastCopy).toMatchObject({ completedBytes: sizeBytes, percent: 100, secondsLeft: 0 });
    expect(fake.uploadedBlob(sha256)?.size).toBe(sizeBytes);
    const created = fake.requests.find((r) => r.path === '/api/create')?.body as { files: Record<string, string> };
    expect(created.files).toEqual({ 'Tiny-Test.gguf': `sha256:${sha256}` });
    expect(await tags()).toEqual([expect.objectContaining({ name: 'tiny-test-llama:latest', size: sizeBytes, details: expect.objectContaining({ family: 'llama', quantization_level: 'Q4_K_M' }) })]);
  });

  it('does not upload again a blob Ollama already has', async () => {
    const file = join(dir, 'again.gguf');
    await writeGgufFile(file);
    await install(file, 'first');
    await install(file, 'second');
    expect(uploads()).toHaveLength(1);
    expect((await tags()).map((m) => m.name).sort()).toEqual(['first:latest', 'second:latest']);
  });

  it('refuses what is not a model file before touching Ollama', async () => {
    const file = join(dir, 'holiday.gguf');
    await writeFile(file, 'just some text pretending to be a model');
    await expect(install(file)).rejects.toMatchObject({ code: 'not-a-model-file' });
    expect(fake.requests.filter((r) => r.path !== '/api/version')).toEqual([]);
  });

  it('says when the model is too big for this computer or its disk, and when Ollama is too old', async () => {
    const file = join(dir, 'm.gguf');
    await writeGgufFile(file);
    await expect(install(file, 'm', { machine: { totalMemoryBytes: 1 * GiB, freeDiskBytes: null } })).rejects.toMatchObject({ code: 'model-too-big' });
    await expect(install(file, 'm', { machine: { totalMemoryBytes: 16 * GiB, freeDiskBytes: 1000 } })).rejects.toMatchObject({ code: 'disk-full' });
    await expect(install(file, 'm', { server: server({ version: '0.5.4' }) })).rejects.toMatchObject({ code: 'version-too-old' });
    expect(uploads()).toEqual([]);
  });

  it('turns Ollama’s own answers into the same typed errors (full disk, old version)', async () => {
    const file = join(dir, 'm.gguf');
    await writeGgufFile(file, { payloadBytes: 512 * 1024 });
    fake.setFreeDiskBytes(1024);
    await expect(install(file)).rejects.toMatchObject({ code: 'disk-full' });
    fake.setFreeDiskBytes(null);
    const old = await startFakeOllama({ models: [], version: '0.5.4' });
    try {
      // Hearth was told the version is new enough (say it was updated since): Ollama's own refusal still reads right.
      await expect(install(file, 'm', { server: server({ host: old.url }) })).rejects.toMatchObject({ code: 'version-too-old' });
    } finally {
      await old.close();
    }
  });

  it('stops when cancelled and leaves no model behind', async () => {
    const file = join(dir, 'big.gguf');
    await writeGgufFile(file, { payloadBytes: 48 * 1024 * 1024 });
    const controller = new AbortController();
    const attempt = installFromFile({
      path: file,
      name: 'big',
      server: server(),
      machine: roomy,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'copying' && p.completedBytes > 0) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(await tags()).toEqual([]);
  });
});

describe('saving a model to a file and installing it elsewhere', () => {
  it('round-trips: the saved file is byte-identical, its manifest checks out, and the template and parameters travel', async () => {
    const original = join(dir, 'from-clinic.gguf');
    await writeGgufFile(original, { payloadBytes: 2 * 1024 * 1024 });
    await install(original, 'llama3.2:3b');
    const usb = join(dir, 'usb');
    await mkdir(usb);
    const progress: ModelFileProgress[] = [];
    const saved = await saveModelToFile({ name: 'llama3.2:3b', folder: usb, server: server(), signal: new AbortController().signal, onProgress: (p) => progress.push(p), today: () => '2026-12-03' });
    expect(saved.fileName).toBe('llama3.2-3b.gguf');
    expect((await readFile(join(usb, saved.fileName))).equals(await readFile(original))).toBe(true);
    const manifest = JSON.parse(await readFile(manifestPathFor(join(usb, saved.fileName)), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ format: 'hearth-model', name: 'llama3.2:3b', label: 'Llama 3.2 3B', file: { name: 'llama3.2-3b.gguf', sha256: saved.sha256 }, savedOn: '2026-12-03' });
    expect(manifest['template']).toEqual(expect.any(String));
    expect(manifest['parameters']).toEqual({ stop: expect.any(String) });
    expect(progress.at(-1)).toMatchObject({ phase: 'copying', percent: 100 });

    // The other computer: a fresh Ollama, the file and its manifest from the stick.
    const other = await startFakeOllama({ models: [] });
    try {
      const { result } = await install(join(usb, saved.fileName), 'llama3.2:3b', { server: server({ host: other.url }) });
      expect(result.checksum).toBe('matched-manifest');
      const body = other.requests.find((r) => r.path === '/api/create')?.body as Record<string, unknown>;
      expect(body).toMatchObject({ template: manifest['template'], parameters: manifest['parameters'] });
    } finally {
      await other.close();
    }
  });

  it('refuses a file that differs from its manifest, before uploading anything', async () => {
    const file = join(dir, 'model.gguf');
    const { sizeBytes } = await writeGgufFile(file);
    await writeFile(manifestPathFor(file), JSON.stringify({ format: 'hearth-model', formatVersion: 1, name: 'llama3.2:3b', label: 'Llama 3.2 3B', file: { name: 'model.gguf', sizeBytes, sha256: 'a'.repeat(64) }, savedOn: '2026-12-01' }));
    await expect(install(file)).rejects.toMatchObject({ code: 'checksum-mismatch' });
    expect(uploads()).toEqual([]);
  });

  it('explains when a model cannot be saved: a server on another computer, or no file for the model', async () => {
    fake.installModel({ name: 'pulled-elsewhere' });
    const args = { folder: dir, signal: new AbortController().signal, onProgress: () => undefined };
    await expect(saveModelToFile({ ...args, name: 'pulled-elsewhere', server: server({ isLocal: false }) })).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(saveModelToFile({ ...args, name: 'pulled-elsewhere', server: server() })).rejects.toMatchObject({ code: 'model-missing' });
    await expect(saveModelToFile({ ...args, name: 'never-installed', server: server() })).rejects.toMatchObject({ code: 'model-missing' });
  });
});
