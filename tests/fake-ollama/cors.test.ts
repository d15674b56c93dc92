// CORS as Ollama configures it: allowed local and app origins, 403 for others, 204 preflights.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from './index';
import { originAllowed } from './cors';

let fake: FakeOllama;
beforeEach(async () => {
  fake = await startFakeOllama({ allowedOrigins: ['https://hearth.example'] });
});
afterEach(async () => {
  await fake.close();
});

const preflight = (origin: string): Promise<Response> =>
  fetch(`${fake.url}/api/chat`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });

describe('fake Ollama CORS', () => {
  it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
    const res = await preflight('http://localhost:5173');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('Content-Type');
    expect(res.headers.get('access-control-max-age')).toBe('43200');
  });

  it('rejects other origins with 403, on preflight and on real requests', async () => {
    expect((await preflight('https://evil.example')).status).toBe(403);
    const res = await fetch(`${fake.url}/api/tags`, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('adds Access-Control-Allow-Origin to allowed requests and ignores requests without an Origin', async () => {
    const allowed = await fetch(`${fake.url}/api/version`, { headers: { Origin: 'app://hearth' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('app://hearth');
    const plain = await fetch(`${fake.url}/api/version`);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('https://hearth.example')).status).toBe(204);
  });

  it('knows Ollama default origins', () => {
    for (const origin of ['http://127.0.0.1:3000', 'https://localhost', 'file://', 'app://x', 'tauri://localhost', 'chrome-extension://abc']) {
      expect(originAllowed(origin), origin).toBe(true);
    }
    expect(originAllowed('null')).toBe(false);
    expect(originAllowed('http://192.168.1.5:11434')).toBe(false);
  });
});
