import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/domain';
import { rememberLook, rememberedLook } from './lookCache';

/** A Map behind the Storage methods the cache uses. */
const memoryStorage = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
};

describe('the remembered look', () => {
  it('is the defaults on a first start', () => {
    expect(rememberedLook(memoryStorage())).toEqual(defaultSettings);
  });

  it('brings back theme, text size, motion and language, and nothing else', () => {
    const storage = memoryStorage();
    rememberLook({ ...defaultSettings, theme: 'dark', textSize: 200, reducedMotion: 'reduce', language: 'es', lockAfterMinutes: 5 }, storage);
    expect(JSON.parse(storage.map.get('hearth.look')!)).toEqual({ theme: 'dark', textSize: 200, reducedMotion: 'reduce', language: 'es' });
    expect(rememberedLook(storage)).toEqual({ ...defaultSettings, theme: 'dark', textSize: 200, reducedMotion: 'reduce', language: 'es' });
  });

  it('falls back to the defaults when what is stored is not a look, or storage fails', () => {
    const storage = memoryStorage();
    storage.map.set('hearth.look', '{"theme":"neon","textSize":100,"reducedMotion":"system"}');
    expect(rememberedLook(storage)).toEqual(defaultSettings);
    storage.map.set('hearth.look', 'not json');
    expect(rememberedLook(storage)).toEqual(defaultSettings);
    const failing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(rememberedLook(failing)).toEqual(defaultSettings);
    expect(() => rememberLook(defaultSettings, failing)).not.toThrow();
  });
});
