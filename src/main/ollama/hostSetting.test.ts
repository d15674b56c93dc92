import { describe, expect, it } from 'vitest';
import { RuntimeSettingsStore, memorySettingsStorage, ollamaHostEnv, parseHost } from './hostSetting';
import { isOlderThan } from './version';

describe('host setting', () => {
  it('reads addresses the way OLLAMA_HOST is read', () => {
    expect(parseHost('127.0.0.1:11434')).toMatchObject({ ok: true, host: { url: 'http://127.0.0.1:11434', isLoopback: true } });
    expect(parseHost('localhost')).toMatchObject({ ok: true, host: { url: 'http://localhost:11434', isLoopback: true } });
    expect(parseHost('http://[::1]:8080')).toMatchObject({ ok: true, host: { isLoopback: true, port: '8080' } });
    expect(parseHost('https://box.example')).toMatchObject({ ok: true, host: { url: 'https://box.example:443', isLoopback: false } });
    expect(parseHost('192.168.1.5:11434')).toMatchObject({ ok: true, host: { isLoopback: false } });
  });
  it('refuses what is not a server address', () => {
    expect(parseHost('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseHost('http://exa mple')).toEqual({ ok: false, problem: 'malformed' });
    expect(parseHost('file:///etc/passwd')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseHost('http://user:pw@box:11434')).toEqual({ ok: false, problem: 'extra-parts' });
    expect(parseHost('http://box:11434/api')).toEqual({ ok: false, problem: 'extra-parts' });
  });
  it('gives `ollama serve` the host:port form', () => {
    const parsed = parseHost('http://127.0.0.1:12345');
    if (!parsed.ok) throw new Error('parse');
    expect(ollamaHostEnv(parsed.host)).toBe('127.0.0.1:12345');
  });
  it('falls back to defaults when the stored settings are unreadable', async () => {
    const store = new RuntimeSettingsStore({ read: async () => 'garbage', write: async () => undefined });
    await expect(store.get()).resolves.toEqual({ host: 'http://127.0.0.1:11434', activeModel: null });
    const kept = new RuntimeSettingsStore(memorySettingsStorage());
    await kept.update({ activeModel: 'llama3.2:3b' });
    await expect(kept.get()).resolves.toMatchObject({ activeModel: 'llama3.2:3b' });
  });
  it('compares versions', () => {
    expect(isOlderThan('0.4.7', '0.5.0')).toBe(true);
    expect(isOlderThan('0.5.0', '0.5.0')).toBe(false);
    expect(isOlderThan('v0.12.3-rc1', '0.5.0')).toBe(false);
    expect(isOlderThan('banana', '0.5.0')).toBe(true);
  });
});
