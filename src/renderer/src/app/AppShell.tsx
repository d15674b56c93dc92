import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './AppShell.module.css';

/** The frame around every screen: skip link, header with the brand and the help button, main landmark. */
export function AppShell({ children, helpButton, nav }: { readonly children: ReactNode; readonly helpButton: ReactNode; readonly nav?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={styles.shell}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" />
          <span className={styles.name}>{t('app.name')}</span>
        </div>
        {nav ? <nav className={styles.nav}>{nav}</nav> : <span className={styles.spacer} />}
        <div className={styles.help}>{helpButton}</div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
