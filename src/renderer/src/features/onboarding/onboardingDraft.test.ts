import { describe, expect, it } from 'vitest';
import { UserProfile } from '@shared/domain';
import { chosenFormat, countryFromLocale, draftToProfile, emptyDraft, suggestedFormat, toggle } from './onboardingDraft';

describe('onboarding draft', () => {
  it('takes the country from the system locale, INTL when it names none', () => {
    expect(countryFromLocale('en-US')).toBe('US');
    expect(countryFromLocale('es_mx')).toBe('MX');
    expect(countryFromLocale('zh-Hant-TW')).toBe('TW');
    expect(countryFromLocale('en')).toBe('INTL');
    expect(countryFromLocale(undefined)).toBe('INTL');
  });

  it('suggests a format from the answers until the person picks one', () => {
    const base = emptyDraft('en-GB', 'en');
    expect(suggestedFormat(base)).toBe('cross-condition');
    const lupus = { ...base, condition: { packId: 'lupus', label: 'Lupus' } };
    expect(suggestedFormat(lupus)).toBe('condition');
    expect(suggestedFormat({ ...lupus, situations: ['just-diagnosed'] })).toBe('newly-diagnosed');
    expect(suggestedFormat({ ...lupus, situations: ['just-diagnosed', 'carer'] })).toBe('carers');
    expect(suggestedFormat({ ...lupus, preferences: { lifeStage: 'student' } })).toBe('higher-education');
    expect(chosenFormat({ ...lupus, format: 'buddy' })).toBe('buddy');
  });

  it('a fully skipped onboarding still makes a valid profile', () => {
    const profile = draftToProfile(emptyDraft('es-ES', 'es'), 'Una condición de larga duración');
    expect(UserProfile.parse(profile)).toEqual({
      conditionId: null,
      conditionLabel: 'Una condición de larga duración',
      situations: [],
      preferences: {},
      country: 'ES',
      language: 'es',
    });
  });

  it('toggles list answers', () => {
    expect(toggle(['carer'], 'carer')).toEqual([]);
    expect(toggle(['carer'], 'new-medication')).toEqual(['carer', 'new-medication']);
  });
});
