import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { helpForCountry } from '@shared/knowledge/crisisLines';
import { knownCrisisCategories } from '@shared/safety/crisisTypes';
import { Button } from '@renderer/ui/Button';
import { CountryPicker } from './CountryPicker';
import styles from './CrisisPanel.module.css';
import { EmergencyNumber } from './EmergencyNumber';
import { wrapTabFocus } from './focusWrap';
import { HelpLineCard } from './HelpLineCard';
import { PlanPeek } from './PlanPeek';
import { useHelpCountry } from './helpCountry';
import { planHelp } from '@shared/safety/crisisLineSelection';
import { useCrisisPanel } from './useCrisisPanel';

export interface CrisisPanelProps {
  /** What the crisis assessment found; empty when the person asked for help themselves. */
  readonly categories: readonly string[];
  /** Present when the panel opened over a group: the way back, offered when the person is ready. */
  readonly onReturnToGroup?: (() => void) | undefined;
  /** Present when the group opened the panel for a message: "That's not what I meant", after one confirmation. */
  readonly onMisread?: (() => void) | undefined;
  readonly onClose: () => void;
}

/**
 * The crisis panel: a modal dialog with the person's country's lines (call, text, chat), the
 * emergency number, the poison or abuse line when the situation calls for it, and their safety plan.
 * Everything comes from bundled data, so it opens at once with no model and no network.
 */
export function CrisisPanel({ categories, onReturnToGroup, onMisread, onClose }: CrisisPanelProps) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const go = useNavigation((s) => s.go);
  const override = useCrisisPanel((s) => s.countryOverride);
  const chooseCountry = useCrisisPanel((s) => s.chooseCountry);
  const resolved = useHelpCountry(services);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Modal: the rest of the app is inert behind it, Tab stays inside, and Esc closes it.
    if (!dialog.open) dialog.showModal();
    titleRef.current?.focus();
    return () => dialog.close();
  }, []);

  const data = services.knowledge.crisisLines;
  const help = helpForCountry(data, override ?? resolved);
  const known = knownCrisisCategories(categories);
  const plan = planHelp(help, known, i18n.language);
  const openSafetyPlan = (): void => {
    onClose();
    go({ name: 'safety-plan' });
  };

  return (
    <dialog
      ref={dialogRef}
      className={styles.panel}
      aria-labelledby="crisis-title"
      aria-describedby="crisis-lead"
      data-testid="crisis-panel"
      data-country={help.covered ? help.country : 'fallback'}
      // Esc closes the dialog natively; a close that arrives after unmounting belongs to an old panel.
      onClose={(event) => event.currentTarget.isConnected && onClose()}
      onKeyDown={wrapTabFocus}
    >
      <div className={styles.top}>
        <h2 id="crisis-title" ref={titleRef} tabIndex={-1} className={styles.title}>
          {known.length > 0 ? t('crisis.panel.titleDetected') : t('crisis.panel.title')}
        </h2>
        <button type="button" className={styles.closeX} onClick={onClose} aria-label={t('crisis.panel.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p id="crisis-lead" className={styles.lead}>
        {t('crisis.panel.lead')}
      </p>

      {plan.emergencyFirst ? <EmergencyNumber emergency={plan.emergency} urgent /> : null}

      <section className={styles.section} aria-labelledby="crisis-lines-title">
        <h3 id="crisis-lines-title" className={styles.sectionTitle}>
          {t('crisis.panel.linesTitle')}
        </h3>
        <p className={styles.realPeople} data-testid="crisis-disclosure">
          {help.covered ? t('crisis.panel.realPeople') : t('crisis.panel.directoryLead')}
        </p>
        <div className={styles.lines}>
          {plan.lines.map((entry) => (
            <HelpLineCard key={entry.line.id} entry={entry} />
          ))}
        </div>
        {/* After the lines: the number matters more than the choice, which the profile usually got right. */}
        <CountryPicker data={data} country={help.country} onChoose={chooseCountry} />
      </section>

      {plan.emergencyFirst ? null : <EmergencyNumber emergency={plan.emergency} urgent={false} />}

      {plan.more.length > 0 ? (
        <section className={styles.section} aria-labelledby="crisis-more-title">
          <h3 id="crisis-more-title" className={styles.sectionTitle}>
            {t('crisis.panel.moreTitle')}
          </h3>
          <div className={styles.lines}>
            {plan.more.map((entry) => (
              <HelpLineCard key={entry.line.id} entry={entry} />
            ))}
          </div>
        </section>
      ) : null}

      <PlanPeek onOpenPlan={openSafetyPlan} />

      <p className={styles.stillHere}>{t('crisis.panel.stillHere')}</p>
      <div className={styles.footer}>
        {onReturnToGroup ? (
          <Button onClick={onReturnToGroup} data-testid="return-to-group">
            {t('crisis.panel.returnToGroup')}
          </Button>
        ) : null}
        <Button variant="ghost" onClick={onClose} data-testid="close-crisis-panel">
          {t('crisis.panel.close')}
        </Button>
      </div>
      {onMisread ? (
        <div className={styles.misread} data-testid="misread">
          {confirming ? (
            <>
              <p ref={confirmRef} tabIndex={-1} className={styles.misreadQuestion} data-testid="misread-confirm">
                {t('crisis.panel.misreadConfirm')}
              </p>
              <div className={styles.misreadActions}>
                <Button onClick={onMisread} data-testid="misread-yes">
                  {t('crisis.panel.misreadYes')}
                </Button>
                <Button variant="ghost" onClick={() => setConfirming(false)} data-testid="misread-no">
                  {t('crisis.panel.misreadNo')}
                </Button>
              </div>
            </>
          ) : (
            <Button
              variant="ghost"
              onClick={() => {
                setConfirming(true);
                requestAnimationFrame(() => confirmRef.current?.focus());
              }}
              data-testid="not-what-i-meant"
            >
              {t('crisis.panel.misread')}
            </Button>
          )}
        </div>
      ) : null}
    </dialog>
  );
}
