import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyableNumber } from './CopyableNumber';
import styles from './CrisisPanel.module.css';
import { ChatIcon, ExternalIcon, PhoneIcon, TextIcon } from './icons';
import type { Contact, PanelLine } from '@shared/safety/crisisLineSelection';
import { useOpenHelpLink } from './useOpenHelpLink';

/** Language names in the interface language ("en" → "English" / "inglés"); the code if the runtime can't name it. */
function languageNames(codes: readonly string[], uiLanguage: string): string {
  const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

const ICONS: Readonly<Record<Contact['way'], () => JSX.Element>> = { call: PhoneIcon, text: TextIcon, chat: ChatIcon, website: ExternalIcon };

// The crisis data's descriptions and hours are written in English; in another interface language
// the card shows what needs no translation (name, number, ways in, languages) rather than mix languages.
const DATA_LANGUAGE = 'en';

/** The line's hours, unless the data only says they are unknown: "Hours: not stated" helps no one in a crisis. */
const knownHours = (hours: string): string | undefined => (/not stated/i.test(hours) ? undefined : hours);

/** The words on a contact's button. */
function actionLabel(contact: Contact, t: (key: string, values?: Record<string, string>) => string): string {
  switch (contact.way) {
    case 'call':
      return t('crisis.panel.call', { number: contact.number });
    case 'text':
      return t('crisis.panel.text', { number: contact.number });
    case 'chat':
      return t('crisis.panel.chat');
    case 'website':
      return t('crisis.panel.website', { host: contact.host });
  }
}

/** What to say after a link was chosen: phones get "use a phone, the number is on screen". */
function outcomeKey(state: 'opening' | 'failed', href: string): string {
  const phone = href.startsWith('tel:') || href.startsWith('sms:');
  if (state === 'opening') return phone ? 'crisis.panel.openingPhone' : 'crisis.panel.openingWeb';
  return phone ? 'crisis.panel.notOpenedPhone' : 'crisis.panel.notOpenedWeb';
}

/** One help line: who it is for, its number large and copyable, and a button for each way to reach it. */
export function HelpLineCard({ entry }: { readonly entry: PanelLine }) {
  const { t, i18n } = useTranslation();
  const { outcome, open } = useOpenHelpLink();
  const { line, contacts } = entry;
  const inDataLanguage = i18n.language === DATA_LANGUAGE;
  const hours = inDataLanguage ? knownHours(line.hours) : undefined;
  // Show each distinct number once, with texting keywords spelled out ("Text NAMI to 741741").
  const numbers = [...new Set(contacts.flatMap((c) => (c.way === 'call' || (c.way === 'text' && !c.keyword) ? [c.number] : [])))];
  const keywordTexts = contacts.filter((c): c is Extract<Contact, { way: 'text' }> => c.way === 'text' && Boolean(c.keyword));

  return (
    <article className={styles.line} data-testid="help-line" data-line-id={line.id} aria-labelledby={`line-${line.id}`}>
      <p className={styles.kind}>{t(`crisis.panel.kind.${line.kind}`)}</p>
      <h4 id={`line-${line.id}`} className={styles.lineName}>
        {line.name}
      </h4>
      {inDataLanguage ? <p className={styles.description}>{line.description}</p> : null}
      {numbers.map((number) => (
        <CopyableNumber key={number} number={number} label={t('crisis.panel.numberLabel')} />
      ))}
      {keywordTexts.map((c) => (
        <p key={c.href} className={styles.keyword} data-testid="text-keyword">
          {t('crisis.panel.textKeyword', { keyword: c.keyword ?? '', number: c.number })}
        </p>
      ))}
      <div className={styles.actions}>
        {contacts.map((contact) => (
          <button key={contact.href} type="button" className={styles.action} data-way={contact.way} data-href={contact.href} onClick={() => open(contact.href)}>
            {ICONS[contact.way]()}
            {actionLabel(contact, t)}
          </button>
        ))}
      </div>
      <p className={styles.meta}>
        {hours ? (
          <>
            {t('crisis.panel.hours', { hours })}
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        {t('crisis.panel.languages', { languages: languageNames(line.languages, i18n.language) })}
      </p>
      <p className={styles.linkOutcome} role="status" data-testid="link-outcome">
        {outcome ? t(outcomeKey(outcome.state, outcome.href)) : ''}
      </p>
    </article>
  );
}
