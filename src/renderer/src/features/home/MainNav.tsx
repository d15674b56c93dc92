import { useTranslation } from 'react-i18next';
import { useNavigation, type Screen } from '../../app/navigation';
import styles from './MainNav.module.css';

const ITEMS = ['home', 'insights', 'real-support', 'care-questions', 'settings'] as const satisfies readonly Screen['name'][];

/** The header's places: Home, How I'm doing, Find real people, My questions, Settings (the current one marked). The model's state sits beside them. */
export function MainNav() {
  const { t } = useTranslation();
  const current = useNavigation((s) => s.screen.name);
  const go = useNavigation((s) => s.go);
  return (
    <ul className={styles.items} aria-label={t('home.nav.label')}>
      {ITEMS.map((name) => (
        <li key={name}>
          <button type="button" className={styles.item} aria-current={current === name ? 'page' : undefined} onClick={() => go({ name })} data-testid={`nav-${name}`}>
            {t(`home.nav.${name}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
