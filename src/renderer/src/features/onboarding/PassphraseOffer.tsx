import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '@renderer/services/passphraseRules';
import { useVaultState } from '@renderer/services/useVaultState';
import styles from './Onboarding.module.css';
import { useOnboarding } from './useOnboarding';

/**
 * The passphrase, offered before anything is written, beside "Start my group now". Leaving it is
 * skipping it (no extra step); the trade-off is said plainly either way.
 */
export function PassphraseOffer() {
  const { t } = useTranslation();
  const vault = useVaultState();
  const passphrase = useOnboarding((s) => s.passphrase);
  const confirm = useOnboarding((s) => s.passphraseConfirm);
  const setPassphrase = useOnboarding((s) => s.setPassphrase);
  const checked = useOnboarding((s) => s.passphraseChecked);
  const [open, setOpen] = useState(passphrase !== '');
  const id = useId();
  if (vault !== 'off') return null;

  // Said once the person has typed both, or tried to start: not at every key of the first field.
  const problem = passphrase && (checked || confirm) ? passphraseProblem(passphrase, confirm) : undefined;
  return (
    <section className={styles.offer} aria-labelledby={`${id}-title`} data-testid="passphrase-offer">
      <h2 id={`${id}-title`} className={styles.offerTitle}>
        {t('onboarding.passphrase.title')}
      </h2>
      <p className={styles.offerText}>{t('onboarding.passphrase.tradeOff')}</p>
      {open ? (
        <div className={styles.offerFields}>
          <label htmlFor={`${id}-new`}>{t('onboarding.passphrase.label')}</label>
          <input id={`${id}-new`} className={styles.offerInput} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value, confirm)} data-testid="onboarding-passphrase" />
          <label htmlFor={`${id}-confirm`}>{t('onboarding.passphrase.confirm')}</label>
          <input id={`${id}-confirm`} className={styles.offerInput} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setPassphrase(passphrase, e.target.value)} data-testid="onboarding-passphrase-confirm" />
          <p className={styles.offerText}>
            <strong>{t('onboarding.passphrase.forget')}</strong>
          </p>
          {problem ? (
            <p className={styles.error} role="alert">
              {problem === 'too-short' ? t('onboarding.passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : t('onboarding.passphrase.mismatch')}
            </p>
          ) : null}
          <Button
            variant="ghost"
            onClick={() => {
              setPassphrase('', '');
              setOpen(false);
            }}
          >
            {t('onboarding.passphrase.skip')}
          </Button>
        </div>
      ) : (
        <Button onClick={() => setOpen(true)} data-testid="onboarding-passphrase-open">
          {t('onboarding.passphrase.add')}
        </Button>
      )}
    </section>
  );
}
