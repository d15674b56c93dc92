import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useServices } from '../../app/ServicesContext';
import { prepareStart } from '../../app/startScreen';
import { UnlockScreen } from './UnlockScreen';
import { useIdleLock } from './useIdleLock';
import { useQuickExitKeys } from './useQuickExit';
import { useVaultState } from './useVaultState';
import styles from './Privacy.module.css';

/**
 * Shows the app only while Hearth is unlocked (or has no passphrase). Locked, the whole shell is
 * unmounted, so no decrypted text stays on screen or in React state. Also runs the idle lock and
 * quick exit for the whole app, and tries a key remembered by the OS keychain once at start.
 */
export function LockGate({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { store, repos, hearth } = useServices();
  const vault = useVaultState();
  const replace = useNavigation((s) => s.replace);
  const [tryingRemembered, setTryingRemembered] = useState(() => store.holder.current.kind === 'locked');
  useIdleLock();
  useQuickExitKeys();

  const afterUnlock = () => void prepareStart(repos).then(replace);
  const unlockedWithRememberedKey = useEffectEvent(afterUnlock);

  useEffect(() => {
    if (!tryingRemembered) return;
    let cancelled = false;
    void (async () => {
      const recalled = await hearth.privacy.recallKey({});
      const key = recalled.ok ? recalled.value.key : null;
      const outcome = key ? await store.vault.unlockWithRememberedKey(key) : undefined;
      // A key that no longer fits (e.g. after erase elsewhere) is dropped from the keychain.
      if (key && !outcome?.ok) await hearth.privacy.forgetKey({});
      if (cancelled) return;
      if (outcome?.ok) unlockedWithRememberedKey();
      setTryingRemembered(false);
    })();
    return () => {
      cancelled = true;
    };
    // Only at start (the state starts true once): a later lock must ask for the passphrase again.
  }, [tryingRemembered, hearth, store]);

  if (vault === 'locked') {
    if (tryingRemembered) return <p className={styles.visuallyHidden} role="status">{t('privacy.unlock.opening')}</p>;
    return <UnlockScreen onUnlocked={afterUnlock} />;
  }
  return <>{children}</>;
}
