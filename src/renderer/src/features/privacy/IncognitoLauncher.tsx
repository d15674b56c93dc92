import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserProfile } from '@shared/domain';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { createGroup } from '@renderer/services/createGroup';
import { openIncognitoSpace, type IncognitoSpace } from '@renderer/services/incognito';
import { useIncognito } from '@renderer/services/incognitoSession';
import styles from './Privacy.module.css';

/** Starts a group that is never written to IndexedDB: built and kept in an in-memory space only. */
export function IncognitoLauncher({ profile }: { readonly profile: UserProfile }) {
  const { t } = useTranslation();
  const services = useServices();
  const start = useIncognito((s) => s.start);
  const [busy, setBusy] = useState(false);

  const launch = async () => {
    setBusy(true);
    let space: IncognitoSpace | undefined;
    try {
      space = await openIncognitoSpace();
      // The profile is copied into memory so the group speaks the user's language and knows their country.
      await space.repositories.singletons.saveProfile(profile);
      const group = await createGroup({ ...services, repos: space.repositories }, { profile, format: 'condition', topic: 'open', title: t('privacy.incognito.title') });
      start(space, group.id, services.store.holder, useNavigation.getState().screen);
    } catch {
      space?.close();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.form}>
      <p className={styles.muted}>{t('privacy.incognito.launchBody')}</p>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void launch()} data-testid="start-incognito">
          {t('privacy.incognito.launch')}
        </Button>
      </div>
    </div>
  );
}
