import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { usePackIndex } from '@renderer/knowledge/usePackIndex';
import { countryChoices } from '@renderer/knowledge/countries';
import { OrganisationCard } from './OrganisationCard';
import { realSupportFor, type Listing, type RealSupport } from './realSupport';
import styles from './RealSupport.module.css';
import screenStyles from '@renderer/ui/Screen.module.css';

/** Choices default to the profile; null means "not chosen yet". */
interface Chosen {
  readonly packId: string | null;
  readonly country: string;
}

/**
 * "Find real people": human peer-support organisations for the person's condition and country, with
 * what each offers and a link, plus general directories. AI peers are a way in, not a replacement.
 */
export function RealSupportScreen() {
  const { t, i18n } = useTranslation();
  const { knowledge, repos, hearth } = useServices();
  const profile = useLiveQuery(() => repos.singletons.profile(), [repos], null);
  const [chosen, setChosen] = useState<Partial<Chosen>>({});
  const conditionId = useId();
  const countryId = useId();
  const { base } = knowledge;
  const packIndex = usePackIndex();
  // A condition Hearth has no pack for (a library topic, the person's own words) lists every pack's.
  const profilePack = profile?.conditionId && packIndex?.some((e) => e.id === profile.conditionId) ? profile.conditionId : null;
  const packId = chosen.packId !== undefined ? chosen.packId : profilePack;
  const country = chosen.country ?? profile?.country ?? 'INTL';
  // Organisations live in the packs: load the chosen one (or all, for "all conditions") when asked; the
  // previous listing stays on screen until the new one is ready.
  const [support, setSupport] = useState<RealSupport | null>(null);
  useEffect(() => {
    let live = true;
    if (!packIndex) return;
    void base.loadMany(packId ? [packId] : packIndex.map((e) => e.id)).then(() => {
      if (live) setSupport(realSupportFor(base.registry, knowledge.crisisLines, packId, country));
    });
    return () => {
      live = false;
    };
  }, [base, packIndex, knowledge.crisisLines, packId, country]);
  const countries = useMemo(() => countryChoices(knowledge.crisisLines, packIndex ?? [], country, i18n.language), [knowledge.crisisLines, packIndex, country, i18n.language]);
  if (profile === null || support === null) return null;

  const list = (items: readonly Listing[]) => (
    <ul className={styles.list}>
      {items.map((l) => (
        <OrganisationCard key={`${l.packId}-${l.org.id}`} listing={l} showCondition={packId === null} />
      ))}
    </ul>
  );

  return (
    <div className={`${screenStyles.stack} ${styles.screen}`} data-testid="real-support">
      <div>
        <h1 className={styles.title}>{t('realSupport.title')}</h1>
        <p className={styles.lead}>{t('realSupport.lead')}</p>
      </div>
      <div className={styles.filters}>
        <div className={styles.field}>
          <label htmlFor={conditionId}>{t('realSupport.condition')}</label>
          <select id={conditionId} className={styles.select} value={packId ?? ''} onChange={(e) => setChosen((c) => ({ ...c, packId: e.target.value || null }))}>
            <option value="">{t('realSupport.allConditions')}</option>
            {[...(packIndex ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={countryId}>{t('realSupport.country')}</label>
          <select id={countryId} className={styles.select} value={country} onChange={(e) => setChosen((c) => ({ ...c, country: e.target.value }))}>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
            <option value="INTL">{t('realSupport.elsewhereCountry')}</option>
          </select>
        </div>
      </div>
      <p className={styles.note}>{t('realSupport.languageNote')}</p>
      {packId === null ? (
        // Organisations for other conditions need a word of why they are here, or they read as a mistake.
        <p className={styles.lead} data-testid="all-conditions-note">
          {profile && !profilePack ? t('realSupport.allNoteNoPack', { condition: profile.conditionLabel }) : t('realSupport.allNote')}
        </p>
      ) : null}

      <section aria-labelledby="near-title">
        <h2 id="near-title" className={styles.sectionTitle}>
          {t('realSupport.near')}
        </h2>
        {support.near.length ? list(support.near) : <p className={styles.muted}>{t('realSupport.noneNear')}</p>}
      </section>
      {support.anywhere.length ? (
        <section aria-labelledby="anywhere-title">
          <h2 id="anywhere-title" className={styles.sectionTitle}>
            {t('realSupport.anywhere')}
          </h2>
          {list(support.anywhere)}
        </section>
      ) : null}
      <section aria-labelledby="directories-title">
        <h2 id="directories-title" className={styles.sectionTitle}>
          {t('realSupport.directories')}
        </h2>
        <p className={styles.muted}>{t('realSupport.directoriesLead')}</p>
        <ul className={styles.list}>
          {support.directories.map((d) => (
            <li key={d.id} className={styles.card}>
              <h3 className={styles.name}>{d.name}</h3>
              <p lang="en" className={styles.text}>
                {d.description}
              </p>
              {d.website ? (
                <div>
                  <Button onClick={() => void hearth.shell.openExternal({ url: d.website ?? '' })} aria-label={t('realSupport.visitNamed', { name: d.name, site: new URL(d.website).hostname })}>
                    {t('realSupport.visit', { site: new URL(d.website).hostname.replace(/^www\./, '') })}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {support.elsewhere.length ? (
        <section aria-labelledby="elsewhere-title">
          <details className={styles.details}>
            <summary>
              <h2 id="elsewhere-title" className={styles.summaryTitle}>
                {t('realSupport.elsewhere', { count: support.elsewhere.length })}
              </h2>
            </summary>
            <p className={styles.muted}>{t('realSupport.elsewhereLead')}</p>
            {list(support.elsewhere)}
          </details>
        </section>
      ) : null}
    </div>
  );
}
