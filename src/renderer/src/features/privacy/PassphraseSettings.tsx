import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { PassphraseField } from './PassphraseField';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphraseRules';
import { RememberOnDevice } from './RememberOnDevice';
import { useVaultState } from './useVaultState';
import styles from './Privacy.module.css';

const LOCK_AFTER = [0, 5, 15, 30, 60] as const;
type Notice = 'saved' | 'changed' | 'removed' | 'too-short' | 'mismatch' | 'wrong-current';

/** Set, change or remove the passphrase; lock now; the idle timeout; remember on this device. */
export function PassphraseSettings() {
  const { t } = useTranslation();
  const { store, repos, hearth } = useServices();
  const vault = useVaultState();
  const lockAfter = useLiveQuery(async () => (await repos.singletons.settings()).lockAfterMinutes, [repos]);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  const reset = (n: Notice) => {
    setCurrent('');
    setNext('');
    setConfirm('');
    setUnderstood(false);
    setNotice(n);
  };

  const run = async (work: () => Promise<Notice>) => {
    setBusy(true);
    try {
      const n = await work();
      if (n === 'saved' || n === 'changed' || n === 'removed') reset(n);
      else setNotice(n);
    } finally {
      setBusy(false);
    }
  };

  const setFirst = (e: FormEvent) => {
    e.preventDefault();
    const problem = passphraseProblem(next, confirm);
    if (problem) return setNotice(problem);
    void run(async () => ((await store.vault.setPassphrase(next)).ok ? 'saved' : 'wrong-current'));
  };
  const change = (e: FormEvent) => {
    e.preventDefault();
    const problem = passphraseProblem(next, confirm);
    if (problem) return setNotice(problem);
    void run(async () => {
      const outcome = await store.vault.changePassphrase(current, next);
      return outcome.ok ? 'changed' : 'wrong-current';
    });
  };
  const remove = () =>
    void run(async () => {
      const outcome = await store.vault.removePassphrase(current);
      if (!outcome.ok) return 'wrong-current';
      await hearth.privacy.forgetKey({});
      return 'removed';
    });

  const message =
    notice === 'too-short'
      ? t('privacy.settings.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : notice === 'mismatch'
        ? t('privacy.settings.mismatch')
        : notice === 'wrong-current'
          ? t('privacy.settings.wrongCurrent')
          : notice
            ? t(`privacy.settings.${notice}`)
            : null;
  const isError = notice === 'too-short' || notice === 'mismatch' || notice === 'wrong-current';
  const newFields = (
    <>
      <PassphraseField label={t('privacy.settings.new')} value={next} onChange={setNext} autoComplete="new-password" testId="passphrase-new" />
      <PassphraseField label={t('privacy.settings.confirm')} value={confirm} onChange={setConfirm} autoComplete="new-password" testId="passphrase-confirm" />
    </>
  );

  return (
    <section className={styles.section} aria-labelledby="lock-title" data-testid="passphrase-settings">
      <h2 id="lock-title" className={styles.sectionTitle}>
        {t('privacy.settings.lockTitle')}
      </h2>
      <p className={styles.muted}>{vault === 'off' ? t('privacy.settings.off') : t('privacy.settings.on')}</p>
      {message ? (
        <p className={isError ? styles.error : styles.ok} role={isError ? 'alert' : 'status'}>
          {message}
        </p>
      ) : null}
      {vault === 'off' ? (
        <form className={styles.form} onSubmit={setFirst}>
          {newFields}
          <p className={styles.warning} role="note">
            <strong>{t('privacy.settings.warningTitle')}</strong>
            {t('privacy.settings.warning')}
          </p>
          <label className={styles.check}>
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="passphrase-understood" />
            {t('privacy.settings.understand')}
          </label>
          <div className={styles.actions}>
            <Button type="submit" variant="primary" disabled={!understood || busy} data-testid="passphrase-set">
              {busy ? t('privacy.settings.working') : t('privacy.settings.set')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <div className={styles.actions}>
            <Button variant="primary" onClick={() => store.vault.lock()} data-testid="lock-now">
              {t('privacy.settings.lockNow')}
            </Button>
          </div>
          <form className={styles.form} onSubmit={change}>
            <PassphraseField label={t('privacy.settings.current')} value={current} onChange={setCurrent} autoComplete="current-password" testId="passphrase-current" />
            {newFields}
            <div className={styles.actions}>
              <Button type="submit" disabled={busy || !current}>
                {t('privacy.settings.change')}
              </Button>
              <Button onClick={remove} disabled={busy || !current}>
                {t('privacy.settings.remove')}
              </Button>
            </div>
          </form>
          <div className={styles.form}>
            <label className={styles.label} htmlFor="lock-after">
              {t('privacy.settings.lockAfter')}
            </label>
            <select id="lock-after" className={styles.select} value={lockAfter ?? 15} onChange={(e) => void repos.singletons.updateSettings({ lockAfterMinutes: Number(e.target.value) })}>
              {LOCK_AFTER.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? t('privacy.settings.never') : t('privacy.settings.minutes', { count: m })}
                </option>
              ))}
            </select>
          </div>
          <RememberOnDevice />
        </>
      )}
    </section>
  );
}
