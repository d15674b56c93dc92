// Every screen but the welcome loads as its own chunk when first shown: the first script stays small,
// so a modest laptop paints sooner. Chunks come from the app's own files (no network), in a moment.
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './screens.module.css';

export const CareQuestionsScreen = lazy(async () => ({ default: (await import('../features/care-questions/CareQuestionsScreen')).CareQuestionsScreen }));
export const CheckInScreen = lazy(async () => ({ default: (await import('../features/check-in/CheckInScreen')).CheckInScreen }));
export const GroupScreen = lazy(async () => ({ default: (await import('../features/group/GroupScreen')).GroupScreen }));
export const HomeScreen = lazy(async () => ({ default: (await import('../features/home/HomeScreen')).HomeScreen }));
export const InsightsScreen = lazy(async () => ({ default: (await import('../features/insights/InsightsScreen')).InsightsScreen }));
export const ModelSetupScreen = lazy(async () => ({ default: (await import('../features/model-setup/ModelSetupScreen')).ModelSetupScreen }));
export const OnboardingScreen = lazy(async () => ({ default: (await import('../features/onboarding/OnboardingScreen')).OnboardingScreen }));
export const RealSupportScreen = lazy(async () => ({ default: (await import('../features/real-support/RealSupportScreen')).RealSupportScreen }));
export const SafetyPlanScreen = lazy(async () => ({ default: (await import('../features/crisis/SafetyPlanScreen')).SafetyPlanScreen }));
export const SettingsScreen = lazy(async () => ({ default: (await import('../features/settings/SettingsScreen')).SettingsScreen }));

/** A quiet, announced note ("Opening…" unless told otherwise), shown only if the wait outlasts a blink. */
export function LoadingNote({ text }: { readonly text?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className={styles.loading} role="status" aria-live="polite" aria-busy="true">
      {text ?? t('app.loadingScreen')}
    </div>
  );
}

/** While a screen's chunk loads: a quiet, announced placeholder (the header and Get help now stay usable). */
export function ScreenLoading({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={<LoadingNote />}>{children}</Suspense>;
}
