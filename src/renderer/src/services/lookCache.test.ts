import { describe, expect, it } from 'vitest';
import { AppSettings, defaultSettings } from '@shared/domain';
import { isLookSettings, LOOK_DEFAULTS, rememberLook, rememberedLook } from './lookCache';

/** A Map behind the Storage methods the cache uses. */
const memoryStorage = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
};

describe('the remembered look', () => {
  it('is the default settings\' look on a first start', () => {
    const { theme, textSize, reducedMotion, language } = defaultSettings;
    expect(LOOK_DEFAULTS).toEqual({ theme, textSize, reducedMotion, ...(language ? { language } : {}) });
    expect(rememberedLook(memoryStorage())).toEqual(LOOK_DEFAULTS);
  });

  it('brings back theme, text size, motion and language, and nothing else', () => {
    const storage = memoryStorage();
    const settings: AppSettings = { ...defaultSettings, theme: 'dark', textSize: 200, reducedMotion: 'reduce', language: 'es', lockAfterMinutes: 5 };
    rememberLook(settings, storage);
    expect(JSON.parse(storage.map.get('hearth.look')!)).toEqual({ theme: 'dark', textSize: 200, reducedMotion: 'reduce', language: 'es' });
    expect(rememberedLook(storage)).toEqual({ theme: 'dark', textSize: 200, reducedMotion: 'reduce', language: 'es' });
  });

  it('falls back to the defaults when what is stored is not a look, or storage fails', () => {
    const storage = memoryStorage();
    storage.map.set('hearth.look', '{"theme":"neon","textSize":100,"reducedMotion":"system"}');
    expect(rememberedLook(storage)).toEqual(LOOK_DEFAULTS);
    storage.map.set('hearth.look', 'not json');
    expect(rememberedLook(storage)).toEqual(LOOK_DEFAULTS);
    const failing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(rememberedLook(failing)).toEqual(LOOK_DEFAULTS);
    expect(() => rememberLook(defaultSettings, failing)).not.toThrow();
  });

  it('accepts exactly what the settings schema accepts for those fields', () => {
    const schema = AppSettings.pick({ theme: true, textSize: true, reducedMotion: true, language: true });
    const base = { theme: 'dark', textSize: 150, reducedMotion: 'allow' };
    const samples: unknown[] = [
      base,
      { ...base, language: 'es' },
      { ...base, language: 'fr' },
      { ...base, theme: 'neon' },
      { ...base, reducedMotion: 'never' },
      { ...base, textSize: 79 },
      { ...base, textSize: 80 },
      { ...base, textSize: 200 },
      { ...base, textSize: 201 },
      { ...base, textSize: 120.5 },
      { ...base, textSize: '150' },
      { theme: 'light' },
      null,
      'dark',
      [],
    ];
    for (const sample of samples) expect(isLookSettings(sample), JSON.stringify(sample)).toBe(schema.safeParse(sample).success);
  });
});
