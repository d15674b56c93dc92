import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import styles from './Onboarding.module.css';
import { PassphraseOffer } from './PassphraseOffer';
import { useStartGroup } from './useStartGroup';

interface StepFooterProps {
  readonly onBack?: () => void;
  readonly onSkip?: () => void;
  readonly onNext?: () => void;
  /** Offer "Start my group now" (every step after the condition: the rest is optional). */
  readonly startNow?: boolean;
}

/** Back, Skip, Next and "Start my group now" (with the passphrase offered beside it): the same places on every step. */
export function StepFooter({ onBack, onSkip, onNext, startNow }: StepFooterProps) {
  const { t } = useTranslation();
  const { start, starting, failed } = useStartGroup();
  return (
    <>
      {startNow ? <PassphraseOffer /> : null}
      <div className={styles.footer}>
        {onBack ? (
          <Button variant="ghost" onClick={onBack}>
            {t('onboarding.back')}
          </Button>
        ) : null}
        <div className={styles.footerEnd}>
          {onSkip ? <Button onClick={onSkip}>{t('onboarding.skip')}</Button> : null}
          {onNext ? <Button onClick={onNext}>{t('onboarding.next')}</Button> : null}
          {startNow ? (
            <Button variant="primary" onClick={() => void start()} disabled={starting} data-testid="start-group">
              {starting ? t('onboarding.starting') : onNext || onSkip ? t('onboarding.startNow') : t('onboarding.start')}
            </Button>
          ) : null}
        </div>
        {failed ? (
          <p className={styles.error} role="alert">
            {t('onboarding.startFailed')}
          </p>
        ) : null}
      </div>
    </>
  );
}
