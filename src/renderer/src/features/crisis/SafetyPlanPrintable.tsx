import { useTranslation } from 'react-i18next';
import { PlanHelpLines } from './PlanHelpLines';
import { fromDraft, isBlank, PLAN_SECTIONS, type PlanDraft } from './planDraft';
import styles from './SafetyPlan.module.css';

/** The plan as a clean page to read or print: what the person wrote, the lines to call, and who wrote it. */
export function SafetyPlanPrintable({ draft }: { readonly draft: PlanDraft }) {
  const { t, i18n } = useTranslation();
  const plan = fromDraft(draft, draft.updatedAt);
  const updated = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(draft.updatedAt);
  return (
    <article className={styles.printable} data-testid="safety-plan-printable" aria-labelledby="plan-print-title">
      <h2 id="plan-print-title" className={styles.printTitle}>
        {t('crisis.plan.printTitle')}
      </h2>
      {isBlank(plan) ? null : <p className={styles.hint}>{t('crisis.plan.printUpdated', { date: updated })}</p>}
      {PLAN_SECTIONS.map((section) => (
        <section key={section} className={styles.printSection} aria-labelledby={`print-${section}`}>
          <h3 id={`print-${section}`}>{t(`crisis.plan.sections.${section}.title`)}</h3>
          {plan[section].length ? (
            <ul>
              {plan[section].map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : (
            <p className={styles.hint}>{t('crisis.plan.printEmpty')}</p>
          )}
        </section>
      ))}
      <PlanHelpLines />
      <p className={styles.disclosure} data-testid="plan-disclosure">
        {t('crisis.plan.printDisclosure')}
      </p>
    </article>
  );
}
