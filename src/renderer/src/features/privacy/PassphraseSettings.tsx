import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseOutcome } from '@renderer/services/passphraseControl';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { lockHearth } from './lockHearth';
import { PassphraseField } from './PassphraseField';
import { usePassphraseNotice, type PassphraseNotice } from './passphraseNotice';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '@renderer/services/passphraseRules';
import { RememberOnDevice } from './RememberOnDevice';
import { useVaultState } from '@renderer/services/useVaultState';
import styles from './Privacy.module.css';

const LOCK_AFTER = [0, 5, 15, 30, 60] as const;
const DONE: ReadonlySet<PassphraseNotice> = new Set(['saved', 'changed', 'removed']);

/** Set, change or remove the passphrase; lock now; the idle timeout; remember on this device. */
export function PassphraseSettings() {
  const { t } = useTranslation();
  const services = useServices();
  const { repos, spaces } = services;
  const vault = useVaultState();
  const lockAfter = useLiveQuery(async () => (await repos.singletons.settings()).lockAfterMinutes, [repos]);
  const notice = usePassphraseNotice((s) => s.notice);
  const setNotice = usePassphraseNotice((s) => s.set);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  // After a change the whole app re-mounts on the new database: bring the outcome into view and to
  // the screen reader (a live region that is already there when it mounts is not announced).
  useEffect(() => {
    if (usePassphraseNotice.getState().notice === undefined) return;
    noticeRef.current?.scrollIntoView({ block: 'center' });
    noticeRef.current?.focus();
  }, []);

  // Each change moves everything into a fresh database under a new key: this screen re-mounts after it.
  const run = async (done: PassphraseNotice, work: () => Promise<PassphraseOutcome>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const outcome = await work();
      setNotice(outcome.ok ? done : 'wrong-current');
    } catch {
      setNotice('failed');
    } finally {
      setBusy(false);
    }
  };

  const checked = (e: FormEvent): boolean => {
    e.preventDefault();
    const problem = passphraseProblem(next, confirm);
    if (problem) setNotice(problem);
    return !problem;
  };
  const setFirst = (e: FormEvent) => {
    if (checked(e)) void run('saved', () => services.passphrase.set(next));
  };
  const change = (e: FormEvent) => {
    if (checked(e)) void run('changed', () => services.passphrase.change(current, next));
  };
  const remove = () => void run('removed', () => services.passphrase.remove(current));

  const message =
    notice === 'too-short'
      ? t('privacy.settings.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : notice === 'wrong-current'
        ? t('privacy.settings.wrongCurrent')
        : notice
          ? t(`privacy.settings.${notice}`)
          : null;
  const isError = notice !== undefined && !DONE.has(notice);
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
        <div ref={noticeRef} tabIndex={-1} className={isError ? styles.error : styles.ok} role={isError ? 'alert' : 'status'} data-testid="passphrase-notice">
          <p>{message}</p>
          {/* Said plainly after every change: Hearth deletes its old files, but cannot reach every copy the system keeps. */}
          {!isError ? <p>{t(spaces.kind === 'buckets' ? 'privacy.settings.traces' : 'privacy.settings.tracesEngine')}</p> : null}
        </div>
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
            <Button variant="primary" onClick={() => lockHearth(services, 'manual')} data-testid="lock-now">
              {t('privacy.settings.lockNow')}
            </Button>
          </div>
          <form className={styles.form} onSubmit={change}>
            <PassphraseField label={t('privacy.settings.current')} value={current} onChange={setCurrent} autoComplete="current-password" testId="passphrase-current" />
            {newFields}
            <div className={styles.actions}>
              <Button type="submit" disabled={busy || !current} data-testid="passphrase-change">
                {busy ? t('privacy.settings.working') : t('privacy.settings.change')}
              </Button>
              <Button onClick={remove} disabled={busy || !current} data-testid="passphrase-remove">
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
