import { create } from 'zustand';
import type { GroupFormat, GroupPreferences, Language, Situation } from '@shared/domain';
import { languageFromLocale } from '@renderer/i18n';
import { emptyDraft, ONBOARDING_STEPS, type ChosenCondition, type OnboardingDraft, type OnboardingStep } from './onboardingDraft';

interface OnboardingState {
  readonly step: OnboardingStep;
  readonly draft: OnboardingDraft;
  /** The passphrase offered before anything is written, and its confirmation (memory only; empty when skipped). */
  readonly passphrase: string;
  readonly passphraseConfirm: string;
  /** Kept here, not in the screen: taking a passphrase swaps in a new database and re-mounts the screen. */
  readonly starting: boolean;
  readonly failed: boolean;
  /** True once "Start" was pressed with a passphrase that will not do: its problem is shown from then on. */
  readonly passphraseChecked: boolean;
  setPassphrase(passphrase: string, confirm: string): void;
  checkPassphrase(): void;
  setStarting(starting: boolean, failed: boolean): void;
  goTo(step: OnboardingStep): void;
  next(): void;
  back(): void;
  setCondition(condition: ChosenCondition | null): void;
  setSituations(situations: Situation[]): void;
  setPreferences(preferences: GroupPreferences): void;
  setCountry(country: string): void;
  setLanguage(language: Language): void;
  setFormat(format: GroupFormat): void;
  reset(): void;
}

const fresh = () => emptyDraft(navigator.language, languageFromLocale(navigator.language));

/**
 * Onboarding's answers, kept outside the screen so a trip to model setup (or a slip of the back
 * button) loses nothing. Nothing here is saved until the person starts their group; with a
 * passphrase, not before the database is encrypted.
 */
export const useOnboarding = create<OnboardingState>((set) => ({
  step: 'condition',
  draft: fresh(),
  passphrase: '',
  passphraseConfirm: '',
  starting: false,
  failed: false,
  passphraseChecked: false,
  setPassphrase: (passphrase, passphraseConfirm) => set({ passphrase, passphraseConfirm }),
  checkPassphrase: () => set({ passphraseChecked: true }),
  setStarting: (starting, failed) => set({ starting, failed }),
  goTo: (step) => set({ step }),
  next: () => set((s) => ({ step: ONBOARDING_STEPS[Math.min(ONBOARDING_STEPS.indexOf(s.step) + 1, ONBOARDING_STEPS.length - 1)] ?? s.step })),
  back: () => set((s) => ({ step: ONBOARDING_STEPS[Math.max(ONBOARDING_STEPS.indexOf(s.step) - 1, 0)] ?? s.step })),
  setCondition: (condition) => set((s) => ({ draft: { ...s.draft, condition } })),
  setSituations: (situations) => set((s) => ({ draft: { ...s.draft, situations } })),
  setPreferences: (preferences) => set((s) => ({ draft: { ...s.draft, preferences } })),
  setCountry: (country) => set((s) => ({ draft: { ...s.draft, country } })),
  setLanguage: (language) => set((s) => ({ draft: { ...s.draft, language } })),
  setFormat: (format) => set((s) => ({ draft: { ...s.draft, format } })),
  reset: () => set({ step: 'condition', draft: fresh(), passphrase: '', passphraseConfirm: '', starting: false, failed: false, passphraseChecked: false }),
}));
