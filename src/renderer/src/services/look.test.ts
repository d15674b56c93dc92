import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/domain';
import { lookFor } from './look';

describe('settings → look on <html>', () => {
  it('follows the system by default: colour scheme, motion and language from the locale', () => {
    expect(lookFor(defaultSettings, { prefersDark: true, locale: 'es-MX' })).toEqual({ theme: 'dark', textScale: '100%', motion: 'system', language: 'es' });
    expect(lookFor(defaultSettings, { prefersDark: false, locale: 'en-GB' })).toEqual({ theme: 'light', textScale: '100%', motion: 'system', language: 'en' });
  });

  it('a saved choice wins over the system', () => {
    const settings = { ...defaultSettings, theme: 'light' as const, textSize: 200, reducedMotion: 'reduce' as const, language: 'en' as const };
    expect(lookFor(settings, { prefersDark: true, locale: 'es-ES' })).toEqual({ theme: 'light', textScale: '200%', motion: 'reduced', language: 'en' });
    expect(lookFor({ ...settings, reducedMotion: 'allow' }, { prefersDark: true, locale: undefined }).motion).toBe('full');
  });
});
