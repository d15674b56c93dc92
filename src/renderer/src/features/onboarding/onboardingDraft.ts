import { z } from 'zod';
import { CountryCode } from '@shared/knowledge/packSchema';
import { GroupFormat, GroupPreferences, Language, Situation, type UserProfile } from '@shared/domain';

/** Onboarding's questions in order. Only the condition comes before "Start my group now" is offered. */
export const ONBOARDING_STEPS = ['condition', 'situation', 'people', 'place'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** The condition the person chose: a pack, their own words (no pack), or nothing (skipped). */
export const ChosenCondition = z.object({ packId: z.string().nullable(), label: z.string().min(1).max(120) });
export type ChosenCondition = z.infer<typeof ChosenCondition>;

/** Everything answered so far; every field has a usable default so any question can be skipped. */
export const OnboardingDraft = z.object({
  condition: ChosenCondition.nullable(),
  situations: z.array(Situation),
  preferences: GroupPreferences,
  country: CountryCode,
  language: Language,
  /** Null until the person picks one; until then the format follows their answers. */
  format: GroupFormat.nullable(),
});
export type OnboardingDraft = z.infer<typeof OnboardingDraft>;

/** A fresh draft for a person whose system says `locale` (e.g. "es-MX"). */
export function emptyDraft(locale: string | undefined, language: Language): OnboardingDraft {
  return { condition: null, situations: [], preferences: {}, country: countryFromLocale(locale), language, format: null };
}

/** The region of a locale ("en-GB" → "GB"); INTL when the locale names none. */
export function countryFromLocale(locale: string | undefined): string {
  const region = locale?.split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region ? region.toUpperCase() : 'INTL';
}

/**
 * The format that fits the answers when the person has not picked one: carers meet carers, the newly
 * diagnosed meet each other, and without a condition the group is cross-condition.
 */
export function suggestedFormat(draft: Pick<OnboardingDraft, 'condition' | 'situations' | 'preferences'>): GroupFormat {
  if (draft.situations.includes('carer')) return 'carers';
  if (!draft.condition) return 'cross-condition';
  if (draft.situations.includes('just-diagnosed')) return 'newly-diagnosed';
  if (draft.preferences.lifeStage === 'student') return 'higher-education';
  return 'condition';
}

/** The format the group will have. */
export const chosenFormat = (draft: OnboardingDraft): GroupFormat => draft.format ?? suggestedFormat(draft);

/** The profile saved at the end of onboarding. `fallbackLabel` names a skipped condition. */
export function draftToProfile(draft: OnboardingDraft, fallbackLabel: string): UserProfile {
  return {
    conditionId: draft.condition?.packId ?? null,
    conditionLabel: draft.condition?.label ?? fallbackLabel,
    situations: [...draft.situations],
    preferences: draft.preferences,
    country: draft.country,
    language: draft.language,
  };
}

/** Adds or removes one item of a list answer (situations, genders). */
export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
