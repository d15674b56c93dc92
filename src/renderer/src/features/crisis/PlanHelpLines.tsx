import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { helpForCountry } from '@shared/knowledge/crisisLines';
import { useHelpCountry } from './helpCountry';
import { planHelp, type Contact } from '@shared/safety/crisisLineSelection';
import styles from './SafetyPlan.module.css';

/** A way to reach a line, as words that still work on paper. */
function contactText(contact: Contact, t: (key: string, values?: Record<string, string>) => string): string {
  switch (contact.way) {
    case 'call':
      return t('crisis.panel.call', { number: contact.number });
    case 'text':
      return contact.keyword ? t('crisis.panel.textKeyword', { keyword: contact.keyword, number: contact.number }) : t('crisis.panel.text', { number: contact.number });
    case 'chat':
      return t('crisis.panel.chatAt', { host: contact.host });
    case 'website':
      return contact.host;
  }
}

/**
 * The country's crisis lines and emergency number as plain text, for the plan and its printout:
 * the plan should hold the numbers even when this computer is off.
 */
export function PlanHelpLines() {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const country = useHelpCountry(services);
  const plan = planHelp(helpForCountry(services.knowledge.crisisLines, country), [], i18n.language);
  return (
    <div className={styles.helpLines} data-testid="plan-help-lines">
      <p className={styles.helpTitle}>{t('crisis.plan.printHelpTitle')}</p>
      <ul>
        <li className={styles.emergencyLine}>{plan.emergency ? t('crisis.plan.printEmergency', { number: plan.emergency.number }) : t('crisis.plan.printNoEmergency')}</li>
        {plan.lines.map(({ line, contacts }) => (
          <li key={line.id}>
            <strong>{line.name}</strong>
            {contacts.length ? ': ' : null}
            {contacts.map((c) => contactText(c, t)).join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
