import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { Button } from '@renderer/ui/Button';
import { PlanHelpLines } from './PlanHelpLines';
import { PLAN_SECTIONS } from './planDraft';
import styles from './SafetyPlan.module.css';
import { SafetyPlanPrintable } from './SafetyPlanPrintable';
import { SafetyPlanSection } from './SafetyPlanSection';
import { useSafetyPlanDraft, type PlanStatus } from './useSafetyPlanDraft';

const STATUS_KEY: Readonly<Record<Exclude<PlanStatus, 'loading' | 'blank'>, string>> = {
  saved: 'crisis.plan.saved',
  unsaved: 'crisis.plan.unsaved',
  saving: 'crisis.plan.saving',
  'save-failed': 'crisis.plan.saveFailed',
  'load-failed': 'crisis.plan.loadFailed',
};

/**
 * The person's safety plan: warning signs, things that help, people and places, professionals to
 * call and what matters to them. It saves itself on this computer and has a printable view.
 */
export function SafetyPlanScreen() {
  const { t } = useTranslation();
  const { draft, status, setSection } = useSafetyPlanDraft();
  const [view, setView] = useState<'edit' | 'print'>('edit');
  const canGoBack = useNavigation((s) => s.history.length > 0);
  const back = useNavigation((s) => s.back);

  return (
    <section className={styles.screen} aria-labelledby="safety-plan-title" data-testid="safety-plan" data-view={view}>
      <div className={styles.toolbar}>
        {canGoBack ? (
          <Button variant="ghost" onClick={back}>
            <span aria-hidden="true">← </span>
            {t('crisis.plan.back')}
          </Button>
        ) : null}
        <span className={styles.spacer} />
        {draft && view === 'edit' ? (
          <Button onClick={() => setView('print')} data-testid="plan-printable">
            {t('crisis.plan.printable')}
          </Button>
        ) : null}
        {draft && view === 'print' ? (
          <>
            <Button onClick={() => setView('edit')} data-testid="plan-edit">
              {t('crisis.plan.edit')}
            </Button>
            <Button variant="primary" onClick={() => window.print()} data-testid="plan-print">
              {t('crisis.plan.print')}
            </Button>
          </>
        ) : null}
      </div>
      <h1 id="safety-plan-title" className={styles.title}>
        {t('crisis.plan.title')}
      </h1>
      <p className={styles.lead}>{t('crisis.plan.lead')}</p>
      <p className={styles.status} role="status" data-testid="plan-status" data-status={status}>
        {status === 'loading' || status === 'blank' ? '' : t(STATUS_KEY[status])}
      </p>
      {draft && view === 'edit'
        ? PLAN_SECTIONS.map((section) => (
            <SafetyPlanSection key={section} section={section} items={draft[section]} onChange={(items) => setSection(section, items)}>
              {section === 'professionals' ? <PlanHelpLines /> : null}
            </SafetyPlanSection>
          ))
        : null}
      {draft && view === 'print' ? <SafetyPlanPrintable draft={draft} /> : null}
    </section>
  );
}
