import { useTranslation } from 'react-i18next';
import type { CrisisLines } from '@shared/knowledge/crisisLinesSchema';
import styles from './CrisisPanel.module.css';

/** Marks "a country Hearth has no lines for" in the picker; never a real ISO code. */
export const OTHER_COUNTRY = 'other';

/** The country's name in the interface language, or the data's English name. */
export function countryName(code: string, fallbackName: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'region' }).of(code) ?? fallbackName;
  } catch {
    return fallbackName;
  }
}

/** Lets the person say where they are now (travelling, or a locale that guessed wrong). */
export function CountryPicker({ data, country, onChoose }: { readonly data: CrisisLines; readonly country: string | undefined; readonly onChoose: (country: string) => void }) {
  const { t, i18n } = useTranslation();
  const options = data.countries
    .map((c) => ({ code: c.country, name: countryName(c.country, c.name, i18n.language) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const covered = country !== undefined && options.some((o) => o.code === country);
  return (
    <div className={styles.country}>
      <label htmlFor="crisis-country" className={styles.countryLabel}>
        {t('crisis.panel.countryLabel')}
      </label>
      <select id="crisis-country" className={styles.countrySelect} value={covered ? country : OTHER_COUNTRY} onChange={(e) => onChoose(e.target.value)} aria-describedby="crisis-country-hint">
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
        <option value={OTHER_COUNTRY}>{t('crisis.panel.otherCountry')}</option>
      </select>
      <p id="crisis-country-hint" className={styles.countryHint}>
        {t('crisis.panel.countryHint')}
      </p>
    </div>
  );
}
