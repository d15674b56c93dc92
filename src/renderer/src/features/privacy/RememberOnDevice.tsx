import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStorageInfo } from '../../../../shared/contract';
import { useServices } from '../../app/ServicesContext';
import styles from './Privacy.module.css';

/** "Remember on this device": the data key kept by the OS keychain, with a plain warning where that is weak. */
export function RememberOnDevice() {
  const { t } = useTranslation();
  const { hearth, store } = useServices();
  const [info, setInfo] = useState<KeyStorageInfo>();
  const [remembered, setRemembered] = useState(false);

  useEffect(() => {
    void hearth.privacy.keyStorage({}).then((r) => r.ok && setInfo(r.value));
    void hearth.privacy.recallKey({}).then((r) => setRemembered(r.ok && r.value.key !== null));
  }, [hearth]);

  const toggle = async (on: boolean) => {
    if (on) {
      const key = await store.vault.exportKeyForDevice();
      if (key && (await hearth.privacy.rememberKey({ key })).ok) setRemembered(true);
    } else {
      await hearth.privacy.forgetKey({});
      setRemembered(false);
    }
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
        <input type="checkbox" checked={remembered} disabled={!info.available} onChange={(e) => void toggle(e.target.checked)} data-testid="remember-key" />
        {t('privacy.settings.remember')}
      </label>
    </div>
  );
}
