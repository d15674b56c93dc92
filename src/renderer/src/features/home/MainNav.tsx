import { useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, type Screen } from '@renderer/services/navigation';
import styles from './MainNav.module.css';

const ITEMS = ['home', 'insights', 'real-support', 'care-questions', 'settings'] as const satisfies readonly Screen['name'][];

/**
 * The header's places: Home, How I'm doing, Find real people, My questions, Settings (the current one
 * marked). The model's state sits beside them. When the window is narrow for its text the places fold
 * behind a "Menu" button (a disclosure: Escape or choosing a place closes it), so the header stays one row.
 */
export function MainNav() {
  const { t } = useTranslation();
  const current = useNavigation((s) => s.screen.name);
  const go = useNavigation((s) => s.go);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const close = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    e.currentTarget.querySelector('button')?.focus();
  };
  const leave = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
  };
  return (
    <div className={styles.nav} onKeyDown={close} onBlur={leave}>
      <button type="button" className={styles.menu} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)} data-testid="nav-menu">
        <svg className={styles.menuIcon} viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
        {t('home.nav.menu')}
      </button>
      <ul id={listId} className={styles.items} aria-label={t('home.nav.label')} data-open={open}>
        {ITEMS.map((name) => (
          <li key={name}>
            <button
              type="button"
              className={styles.item}
              aria-current={current === name ? 'page' : undefined}
              onClick={() => {
                setOpen(false);
                go({ name });
              }}
              data-testid={`nav-${name}`}
            >
              {t(`home.nav.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
