import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStorageInfo } from '@shared/contract';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { PassphraseField } from './PassphraseField';
import styles from './Privacy.module.css';

/**
 * "Remember on this device": the data key kept by the OS keychain, with a plain warning where that
 * is weak. Turning it on asks for the passphrase (the key in memory cannot be exported); a quick
 * exit or a lock holds it until the passphrase is typed again, and any passphrase change forgets it.
 */
export function RememberOnDevice() {
  const { t } = useTranslation();
  const { hearth, store } = useServices();
  const [info, setInfo] = useState<KeyStorageInfo>();
  const [remembered, setRemembered] = useState(false);
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);

  useEffect(() => {
    void hearth.privacy.keyStorage({}).then((r) => r.ok && setInfo(r.value));
    void hearth.privacy.recallKey({}).then((r) => setRemembered(r.ok && r.value.key !== null));
  }, [hearth]);

  const turnOn = async (e: FormEvent) => {
    e.preventDefault();
    const key = await store.vault.keyForDevice(passphrase);
    setPassphrase('');
    if (!key) return setWrong(true);
    setWrong(false);
    if ((await hearth.privacy.rememberKey({ key })).ok) {
      setRemembered(true);
      setAsking(false);
    }
  };
  const turnOff = async () => {
    await hearth.privacy.forgetKey({});
    setRemembered(false);
  };

  if (!info) return null;
  return (
    <div className={styles.form}>
      <h3 className={styles.subTitle}>{t('privacy.settings.rememberTitle')}</h3>
      <p className={styles.muted}>{t('privacy.settings.rememberBody')}</p>
      {info.weak ? (
        <p className={styles.warning} role="note" data-testid="remember-weak">
          {info.available ? t('privacy.settings.rememberWeak', { backend: info.backend }) : t('privacy.settings.rememberUnavailable')}
        </p>
      ) : null}
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={remembered || asking}
          disabled={!info.available}
          onChange={(e) => (e.target.checked ? setAsking(true) : remembered ? void turnOff() : setAsking(false))}
          data-testid="remember-key"
        />
        {t('privacy.settings.remember')}
      </label>
      {remembered ? (
        <p className={styles.ok} role="status" data-testid="remember-on">
          {t('privacy.settings.rememberOn')}
        </p>
      ) : null}
      {asking && !remembered ? (
        <form className={styles.form} onSubmit={(e) => void turnOn(e)}>
          <PassphraseField label={t('privacy.settings.rememberConfirm')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" testId="remember-passphrase" />
          {wrong ? (
            <p className={styles.error} role="alert">
              {t('privacy.settings.wrongCurrent')}
            </p>
          ) : null}
          <div className={styles.actions}>
            <Button type="submit" disabled={!passphrase} data-testid="remember-confirm">
              {t('privacy.settings.rememberYes')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
