import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { helpForCountry } from '../../../../shared/knowledge/crisisLines';
import { useHelpCountry } from './helpCountry';
import { planPanel } from './panelLines';
import styles from './SafetyPlan.module.css';

/**
 * The country's crisis lines and emergency number as plain text, for the plan and its printout:
 * the plan should hold the numbers even when this computer is off.
 */
export function PlanHelpLines() {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const country = useHelpCountry(services);
  const plan = planPanel(helpForCountry(services.knowledge.crisisLines, country), [], i18n.language);
  return (
    <div className={styles.helpLines} data-testid="plan-help-lines">
      <p className={styles.helpTitle}>{t('crisis.plan.printHelpTitle')}</p>
      <ul>
        <li className={styles.emergencyLine}>{plan.emergency ? t('crisis.plan.printEmergency', { number: plan.emergency.number }) : t('crisis.plan.printNoEmergency')}</li>
        {plan.lines.map(({ line, contacts }) => (
          <li key={line.id}>
            <strong>{line.name}</strong>
            {contacts.length ? ': ' : null}
            {contacts
              .map((c) => (c.way === 'call' ? t('crisis.panel.call', { number: c.number }) : c.way === 'text' ? (c.keyword ? t('crisis.panel.textKeyword', { keyword: c.keyword, number: c.number }) : t('crisis.panel.text', { number: c.number })) : c.href))
              .join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
