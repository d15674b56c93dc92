import { useTranslation } from 'react-i18next';
import styles from './ModelFile.module.css';

/** A SHA-256 in groups of eight, easy to read aloud and compare over the phone. */
export function Fingerprint({ sha256 }: { readonly sha256: string }) {
  const { t } = useTranslation();
  const groups = sha256.match(/.{1,8}/g) ?? [];
  return (
    <p className={styles.fingerprint}>
      <span className={styles.fingerprintLabel}>{t('modelFile.fingerprint')}</span>
      <code data-testid="model-fingerprint" aria-label={t('modelFile.fingerprintSpoken', { first: groups[0] ?? '' })}>
        {groups.join(' ')}
      </code>
    </p>
  );
}
