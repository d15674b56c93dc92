import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ggufHeaderBytes } from '../support/ggufFile';
import { startFakeOllama, type FakeOllama } from './index';

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const post = (url: string, body: string | Uint8Array) => fetch(url, { method: 'POST', body });
const create = (url: string, body: unknown) => fetch(`${url}/api/create`, { method: 'POST', body: JSON.stringify(body) });

describe('fake Ollama: blobs and create from files', () => {
  it('stores a blob whose digest matches (201), and reports it with HEAD', async () => {
    fake = await startFakeOllama({ models: [] });
    const bytes = ggufHeaderBytes();
    const digest = sha(bytes);
    expect((await fetch(`${fake.url}/api/blobs/sha256:${digest}`, { method: 'HEAD' })).status).toBe(404);
    expect((await post(`${fake.url}/api/blobs/sha256:${digest}`, bytes)).status).toBe(201);
    expect((await fetch(`${fake.url}/api/blobs/sha256:${digest}`, { method: 'HEAD' })).status).toBe(200);
    expect((await post(`${fake.url}/api/blobs/sha256:${digest}`, bytes)).status).toBe(200);
  });

  it('refuses a wrong digest and a malformed one, keeping nothing', async () => {
    fake = await startFakeOllama({ models: [] });
    const wrong = await post(`${fake.url}/api/blobs/sha256:${'0'.repeat(64)}`, 'hello');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/^digest mismatch, expected "sha256:0{64}", got "sha256:[0-9a-f]{64}"$/);
    const malformed = await post(`${fake.url}/api/blobs/md5:abc`, 'hello');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'invalid digest format' });
    expect(fake.uploadedBlob('0'.repeat(64))).toBeUndefined();
  });

  it('answers a full disk with the operating system’s words', async () => {
    fake = await startFakeOllama({ models: [], freeDiskBytes: 10 });
    const bytes = ggufHeaderBytes();
    const res = await post(`${fake.url}/api/blobs/sha256:${sha(bytes)}`, bytes);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toMatch(/no space left on device$/);
  });

  it('creates a model from an uploaded GGUF, streaming status lines, and lists it', async () => {
    fake = await startFakeOllama({ models: [] });
    const bytes = ggufHeaderBytes();
    const digest = sha(bytes);
    await post(`${fake.url}/api/blobs/sha256:${digest}`, bytes);
    const res = await create(fake.url, { model: 'mine', files: { 'mine.gguf': `sha256:${digest}` }, parameters: { stop: ['<|eot_id|>'], num_ctx: 4096 } });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { status: string });
    expect(lines[0]).toEqual({ status: 'parsing GGUF' });
    expect(lines.at(-1)).toEqual({ status: 'success' });
    const show = (await (await fetch(`${fake.url}/api/show`, { method: 'POST', body: JSON.stringify({ model: 'mine' }) })).json()) as { modelfile: string; parameters: string; details: { family: string } };
    expect(show.modelfile).toMatch(/^FROM \/.+sha256-[0-9a-f]{64}$/m);
    expect(show.parameters).toMatch(/^stop\s+"<\|eot_id\|>"\nnum_ctx\s+4096$/);
    expect(show.details.family).toBe('llama');
  });

  it('answers create problems as Ollama does: no blob, not GGUF, old server', async () => {
    fake = await startFakeOllama({ models: [] });
    expect((await create(fake.url, { model: 'x', files: { 'x.gguf': `sha256:${'1'.repeat(64)}` } })).status).toBe(400);
    const text = new TextEncoder().encode('not a model');
    await post(`${fake.url}/api/blobs/sha256:${sha(text)}`, text);
    const notGguf = await create(fake.url, { model: 'x', files: { 'x.gguf': `sha256:${sha(text)}` } });
    expect(await notGguf.json()).toEqual({ error: 'invalid file magic' });
    await fake.close();
    fake = await startFakeOllama({ models: [], version: '0.5.4' });
    const old = await create(fake.url, { model: 'x', files: { 'x.gguf': `sha256:${'1'.repeat(64)}` } });
    expect([old.status, await old.json()]).toEqual([400, { error: 'path or Modelfile are required' }]);
  });
});
