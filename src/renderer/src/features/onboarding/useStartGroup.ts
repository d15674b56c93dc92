import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useServices } from '../../app/ServicesContext';
import { createGroup } from '../group/createGroup';
import { chosenFormat, draftToProfile } from './onboardingDraft';
import { useOnboarding } from './useOnboarding';

/**
 * Ends onboarding: saves the profile and the language, builds the group and opens it. The draft is
 * cleared only once the group exists, so a failure keeps every answer.
 */
export function useStartGroup(): { start(): Promise<void>; starting: boolean; failed: boolean } {
  const services = useServices();
  const { t } = useTranslation();
  const replace = useNavigation((s) => s.replace);
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);

  const start = async (): Promise<void> => {
    if (starting) return;
    setStarting(true);
    setFailed(false);
    try {
      const { draft, reset } = useOnboarding.getState();
      const profile = draftToProfile(draft, t('onboarding.condition.skippedLabel'));
      await services.repos.singletons.saveProfile(profile);
      await services.repos.singletons.updateSettings({ language: profile.language });
      const group = await createGroup(services, { profile, format: chosenFormat(draft), topic: 'open' });
      replace({ name: 'group', groupId: group.id });
      reset();
    } catch {
      // The reason is not shown: it can hold the person's answers. The message says what to do.
      setFailed(true);
    } finally {
      setStarting(false);
    }
  };
  return { start, starting, failed };
}
