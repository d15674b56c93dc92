import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { prepareStart } from '@renderer/services/startScreen';
import type { Repositories } from '@renderer/db/repositories';
import { NeutralScreen } from './NeutralScreen';
import { useNeutralScreen } from './neutralScreenState';
import { UnlockScreen } from './UnlockScreen';
import { useIdleLock } from './useIdleLock';
import { useQuickExitKeys, useQuickExitResponse } from './useQuickExit';
import { useVaultState } from '@renderer/services/useVaultState';

/**
 * Shows the app only while Hearth is unlocked (or has no passphrase) and no quick exit is covering
 * it. Locked, the whole shell is unmounted, so no decrypted text stays on screen or in React state.
 * Also runs the idle lock and quick exit for the whole app, and tries a key remembered by the OS
 * keychain once at start (main hands none out after a quick exit or lock, until the passphrase is typed).
 */
/** `openingFrame`: the app's frame with a note, shown while a remembered key is tried (the app shell owns the frame). */
export function LockGate({ children, openingFrame }: { readonly children: ReactNode; readonly openingFrame: (note: string) => ReactNode }) {
  const { t } = useTranslation();
  const services = useServices();
  const { store, repos, hearth } = services;
  const vault = useVaultState();
  const neutral = useNeutralScreen((s) => s.shown);
  const replace = useNavigation((s) => s.replace);
  const [tryingRemembered, setTryingRemembered] = useState(() => store.holder.current.kind === 'locked');
  useIdleLock();
  useQuickExitKeys();
  useQuickExitResponse();

  const openHome = (current: Repositories) => void prepareStart(current).then(replace);
  const afterPassphrase = async (passphrase: string) => {
    await hearth.privacy.passphraseTyped({});
    // A first-release database moves to a fresh one under a new key now that the passphrase is here.
    const upgraded = store.vault.legacy ? await services.passphrase.upgradeLegacy(passphrase) : undefined;
    openHome(upgraded?.ok ? upgraded.services.repos : repos);
  };
  const unlockedWithRememberedKey = useEffectEvent(() => openHome(repos));

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
    // The frame painted at start stays up meanwhile (no blank moment between it and what follows).
    if (tryingRemembered) return <>{openingFrame(t('privacy.unlock.opening'))}</>;
    return <UnlockScreen onUnlocked={(passphrase) => void afterPassphrase(passphrase)} />;
  }
  if (neutral)
    return (
      <NeutralScreen
        onContinue={() => {
          useNeutralScreen.getState().dismiss();
          openHome(repos);
        }}
      />
    );
  return <>{children}</>;
}
