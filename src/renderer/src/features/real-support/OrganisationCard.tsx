import { useTranslation } from 'react-i18next';
import type { Listing } from './realSupport';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import styles from './RealSupport.module.css';

/** The address without "https://", so people see where a link goes before they follow it. */
export const siteOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** One organisation: what it offers, in tags and in words, and a link out (opened by main, allowlisted). */
export function OrganisationCard({ listing, showCondition }: { readonly listing: Listing; readonly showCondition: boolean }) {
  const { t, i18n } = useTranslation();
  const { hearth } = useServices();
  const { org } = listing;
  const headingId = `org-${listing.packId}-${org.id}`;
  return (
    <li className={styles.card} aria-labelledby={headingId} data-testid="organisation">
      <h3 id={headingId} className={styles.name}>
        {org.name}
      </h3>
      <p className={styles.meta}>
        {showCondition ? `${listing.condition} · ` : ''}
        {org.country === 'INTL' ? t('realSupport.anywhereShort') : new Intl.DisplayNames([i18n.language], { type: 'region' }).of(org.country)}
      </p>
      <ul className={styles.offers} aria-label={t('realSupport.offersLabel')}>
        {org.offers.map((offer) => (
          <li key={offer} className={styles.offer}>
            {t(`realSupport.offers.${offer}`)}
          </li>
        ))}
      </ul>
      <p lang="en" className={styles.text}>
        {org.text}
      </p>
      <div>
        <Button onClick={() => void hearth.shell.openExternal({ url: org.url })} aria-label={t('realSupport.visitNamed', { name: org.name, site: siteOf(org.url) })}>
          {t('realSupport.visit', { site: siteOf(org.url) })}
        </Button>
      </div>
    </li>
  );
}
