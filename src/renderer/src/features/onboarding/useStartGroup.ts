import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { createGroup } from '@renderer/services/createGroup';
import { passphraseProblem } from '@renderer/services/passphraseRules';
import { chosenFormat, draftToProfile } from './onboardingDraft';
import { useOnboarding } from './useOnboarding';

/**
 * Ends onboarding. With a passphrase, the database is encrypted first (a fresh one under a new key),
 * so the profile, the condition and the group are sealed from their first write. Then it saves the
 * profile and the language, builds the group and opens it. The draft is cleared only once the group
 * exists, so a failure keeps every answer.
 */
export function useStartGroup(): { start(): Promise<void>; starting: boolean; failed: boolean } {
  const services = useServices();
  const { t } = useTranslation();
  const replace = useNavigation((s) => s.replace);
  const starting = useOnboarding((s) => s.starting);
  const failed = useOnboarding((s) => s.failed);

  const start = async (): Promise<void> => {
    const { draft, passphrase, passphraseConfirm, reset, setStarting, checkPassphrase } = useOnboarding.getState();
    if (useOnboarding.getState().starting) return;
    // A half-typed passphrase is not skipped silently: the offer shows what is wrong.
    if (passphrase && passphraseProblem(passphrase, passphraseConfirm)) return checkPassphrase();
    setStarting(true, false);
    try {
      let ready = services;
      if (passphrase && services.store.vault.state.kind === 'off') {
        const outcome = await services.passphrase.set(passphrase);
        if (!outcome.ok) throw new Error(outcome.problem);
        ready = outcome.services;
      }
      const profile = draftToProfile(draft, t('onboarding.condition.skippedLabel'));
      await ready.repos.singletons.saveProfile(profile);
      await ready.repos.singletons.updateSettings({ language: profile.language });
      const group = await createGroup(ready, { profile, format: chosenFormat(draft), topic: 'open' });
      replace({ name: 'group', groupId: group.id });
      reset();
    } catch {
      // The reason is not shown: it can hold the person's answers. The message says what to do.
      setStarting(false, true);
    }
  };
  return { start, starting, failed };
}
