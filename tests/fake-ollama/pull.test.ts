// /api/pull progress, cancel and resume, failures; /api/delete.
import { Ollama, type ProgressResponse } from 'ollama';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PULL_ERROR, startFakeOllama, type FakeOllama, type FakePullSpec } from './index';

const TINY: FakePullSpec = {
  name: 'tiny:1b',
  layers: [
    { digest: `sha256:${'a'.repeat(64)}`, size: 60_000 },
    { digest: `sha256:${'b'.repeat(64)}`, size: 500, mediaType: 'application/vnd.ollama.image.template' },
  ],
  model: { family: 'llama', parameterSize: '1.2B' },
};

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(speed: { pullBytesPerSec?: number } = {}): Promise<{ fake: FakeOllama; client: Ollama }> {
  fake = await startFakeOllama({ models: [], pullable: [TINY], speed });
  return { fake, client: new Ollama({ host: fake.url }) };
}

async function collect(stream: AsyncIterable<ProgressResponse>): Promise<ProgressResponse[]> {
  const out: ProgressResponse[] = [];
  for await (const p of stream) out.push(p);
  return out;
}

describe('fake Ollama pull', () => {
  it('streams the real status sequence with per-layer progress, then lists the model', async () => {
    const { client } = await start({ pullBytesPerSec: 200_000 });
    const lines = await collect(await client.pull({ model: 'tiny:1b', stream: true }));
    expect(lines[0]).toEqual({ status: 'pulling manifest' });
    expect(lines.slice(-3).map((l) => l.status)).toEqual(['verifying sha256 digest', 'writing manifest', 'success']);
    const big = lines.filter((l) => l.digest === `sha256:${'a'.repeat(64)}`);
    expect(big[0]).toEqual({ status: 'pulling aaaaaaaaaaaa', digest: `sha256:${'a'.repeat(64)}`, total: 60_000 });
    expect(big.length).toBeGreaterThan(3); // 60 kB at 200 kB/s in 60 ms ticks
    const completed = big.map((l) => l.completed ?? 0);
    expect(completed).toEqual([...completed].sort((a, b) => a - b));
    expect(completed.at(-1)).toBe(60_000);
    const { models } = await client.list();
    expect(models.map((m) => m.name)).toEqual(['tiny:1b']);
    expect(models[0]?.size).toBe(60_500);
  });

  it('keeps the bytes of a cancelled pull and resumes from them', async () => {
    const { fake, client } = await start({ pullBytesPerSec: 100_000 });
    const first = await client.pull({ model: 'tiny:1b', stream: true });
    let seen = 0;
    await expect(
      (async () => {
        for await (const p of first) {
          seen = p.completed ?? seen;
          if (seen >= 12_000) first.abort();
        }
      })(),
    ).rejects.toThrow(/abort/i);
    await new Promise((r) => setTimeout(r, 100)); // let the server notice the disconnect
    const kept = fake.blobBytes(`sha256:${'a'.repeat(64)}`);
    expect(kept).toBeGreaterThanOrEqual(12_000);
    expect(kept).toBeLessThan(60_000);

    const lines = await collect(await client.pull({ model: 'tiny:1b', stream: true }));
    const firstProgress = lines.find((l) => l.digest === `sha256:${'a'.repeat(64)}`);
    expect(firstProgress?.completed).toBe(kept);
    expect(lines.at(-1)?.status).toBe('success');
  });

  it('shows complete layers as one finished line when pulling again', async () => {
    const { client } = await start();
    await collect(await client.pull({ model: 'tiny:1b', stream: true }));
    const again = await collect(await client.pull({ model: 'tiny:1b', stream: true }));
    expect(again.filter((l) => l.digest).map((l) => [l.completed, l.total])).toEqual([
      [60_000, 60_000],
      [500, 500],
    ]);
  });

  it('answers stream:false with the final status', async () => {
    const { client } = await start();
    await expect(client.pull({ model: 'tiny:1b' })).resolves.toEqual({ status: 'success' });
  });

  it('reports an unknown model as an error line after "pulling manifest"', async () => {
    const { client } = await start();
    const stream = await client.pull({ model: 'no-such-model', stream: true });
    await expect(collect(stream)).rejects.toThrow('pull model manifest: file does not exist');
    await expect(client.pull({ model: 'no-such-model' })).rejects.toMatchObject({ status_code: 500 });
  });

  it('fails mid-pull with an error line or a dropped connection', async () => {
    const { fake, client } = await start({ pullBytesPerSec: 500_000 });
    fake.inject({ kind: 'pull-error', afterBytes: 30_000 });
    await expect(collect(await client.pull({ model: 'tiny:1b', stream: true }))).rejects.toThrow(DEFAULT_PULL_ERROR);
    expect(fake.blobBytes(`sha256:${'a'.repeat(64)}`)).toBe(30_000);
    fake.inject({ kind: 'pull-error', afterBytes: 10_000, drop: true });
    await expect(collect(await client.pull({ model: 'tiny:1b', stream: true }))).rejects.toThrow();
    expect(fake.blobBytes(`sha256:${'a'.repeat(64)}`)).toBe(40_000);
  });

  it('answers 400 for a pull without a model name', async () => {
    const { client } = await start();
    await expect(client.pull({ model: '' })).rejects.toMatchObject({ status_code: 400 });
  });

  it('deletes a model (200, empty body), unloads it and prunes its blobs', async () => {
    const { fake, client } = await start();
    await collect(await client.pull({ model: 'tiny:1b', stream: true }));
    await client.chat({ model: 'tiny:1b', messages: [{ role: 'user', content: 'hi' }] });
    expect(fake.loadedModels()).toEqual(['tiny:1b']);
    const raw = await fetch(`${fake.url}/api/delete`, { method: 'DELETE', body: JSON.stringify({ model: 'tiny:1b' }) });
    expect(raw.status).toBe(200);
    expect(await raw.text()).toBe('');
    expect((await client.list()).models).toEqual([]);
    expect(fake.loadedModels()).toEqual([]);
    expect(fake.blobBytes(`sha256:${'a'.repeat(64)}`)).toBe(0);
    await expect(client.delete({ model: 'tiny:1b' })).rejects.toMatchObject({ status_code: 404 });
  });

  it('ships a default catalogue with the library names and sizes', async () => {
    fake = await startFakeOllama({ models: [] });
    const client = new Ollama({ host: fake.url });
    const lines = await collect(await client.pull({ model: 'llama3.2', stream: true }));
    const weights = lines.find((l) => l.total !== undefined);
    expect(weights?.total).toBe(2_019_377_376);
    expect((await client.list()).models.map((m) => m.name)).toEqual(['llama3.2:latest']);
  });
});
