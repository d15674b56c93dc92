import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { GetHelpButton } from '../crisis';
import { eraseAndRestart } from './eraseAndRestart';
import styles from './Privacy.module.css';

/**
 * The lock screen: shown at start when a passphrase is set, after the idle timeout and after a
 * quick exit. It reads nothing encrypted, and says nothing about the person: it is also the neutral
 * screen after a quick exit. A forgotten passphrase leads only to "erase and start again".
 */
export function UnlockScreen({ onUnlocked }: { readonly onUnlocked: (passphrase: string) => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [state, setState] = useState<'idle' | 'checking' | 'wrong'>('idle');
  const [confirmErase, setConfirmErase] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || state === 'checking') return;
    setState('checking');
    const outcome = await services.store.vault.unlock(passphrase);
    if (outcome.ok) {
      setPassphrase('');
      onUnlocked(passphrase);
    } else setState('wrong');
  };

  return (
    <div className={styles.lockScreen} data-testid="unlock-screen">
      {/* Help is reachable even while Hearth is locked: the lines come from bundled data. */}
      <div className={styles.lockHelp}>
        <GetHelpButton />
      </div>
      <main className={styles.lockCard} aria-labelledby="unlock-title">
        <span className={styles.brand}>{t('app.name')}</span>
        <h1 id="unlock-title" className={styles.title}>
          {t('privacy.unlock.title')}
        </h1>
        <p className={styles.lead}>{t('privacy.unlock.lead')}</p>
        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <label htmlFor={inputId} className={styles.label}>
            {t('privacy.unlock.label')}
          </label>
          <div className={styles.inputRow}>
            <input
              id={inputId}
              className={styles.input}
              type={visible ? 'text' : 'password'}
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              aria-invalid={state === 'wrong'}
              aria-describedby={state === 'wrong' ? errorId : undefined}
              onChange={(e) => {
                setPassphrase(e.target.value);
                if (state === 'wrong') setState('idle');
              }}
            />
            <Button variant="ghost" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
              {visible ? t('privacy.unlock.hide') : t('privacy.unlock.show')}
            </Button>
          </div>
          {state === 'wrong' ? (
            <p id={errorId} className={styles.error} role="alert">
              {t('privacy.unlock.wrong')}
            </p>
          ) : null}
          <Button type="submit" variant="primary" disabled={!passphrase || state === 'checking'}>
            {state === 'checking' ? t('privacy.unlock.checking') : t('privacy.unlock.submit')}
          </Button>
        </form>
        <details className={styles.forgot}>
          <summary>{t('privacy.unlock.forgot')}</summary>
          <p className={styles.muted}>{t('privacy.unlock.forgotBody')}</p>
          {confirmErase ? (
            <div className={styles.danger} role="alertdialog" aria-labelledby="erase-confirm">
              <p id="erase-confirm">{t('privacy.data.eraseConfirm')}</p>
              <div className={styles.actions}>
                <Button variant="primary" onClick={() => void eraseAndRestart(services)}>
                  {t('privacy.data.eraseYes')}
                </Button>
                <Button onClick={() => setConfirmErase(false)}>{t('privacy.data.cancel')}</Button>
              </div>
            </div>
          ) : (
            <Button onClick={() => setConfirmErase(true)}>{t('privacy.unlock.eraseStart')}</Button>
          )}
        </details>
      </main>
    </div>
  );
}
