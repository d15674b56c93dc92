import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ITEM_LENGTH, MAX_ITEMS, newItemKey, type DraftItem, type PlanSection } from './planDraft';
import styles from './SafetyPlan.module.css';

/** One part of the safety plan: a heading, a hint, and a list of short lines the person can add to and remove. */
export function SafetyPlanSection({
  section,
  items,
  onChange,
  children,
}: {
  readonly section: PlanSection;
  readonly items: readonly DraftItem[];
  readonly onChange: (items: readonly DraftItem[]) => void;
  /** Shown under the list (the professionals part lists the country's crisis lines). */
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  // The line to focus once the list has re-rendered with it (a ref: focusing is not state to render).
  const focusNext = useRef<string | undefined>(undefined);
  const title = t(`crisis.plan.sections.${section}.title`);
  const hintId = `plan-${section}-hint`;
  const addId = `plan-${section}-add`;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const add = (): void => {
    if (items.length >= MAX_ITEMS) return;
    const item = { key: newItemKey(), text: '' };
    onChange([...items, item]);
    focusNext.current = item.key;
  };
  const remove = (index: number): void => {
    const rest = items.filter((_, i) => i !== index);
    // Keep one line to write on; move focus to the line above, or to "Add" when none is left above.
    if (rest.length === 0) {
      const blank = { key: newItemKey(), text: '' };
      onChange([blank]);
      focusNext.current = blank.key;
      return;
    }
    onChange(rest);
    focusNext.current = rest[Math.max(0, index - 1)]?.key ?? addId;
  };
  const edit = (key: string, text: string): void => onChange(items.map((item) => (item.key === key ? { ...item, text } : item)));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, item: DraftItem, index: number): void => {
    // Enter on the last line starts a new one, the way people write lists.
    if (event.key === 'Enter' && index === items.length - 1 && item.text.trim()) {
      event.preventDefault();
      add();
    }
  };

  return (
    <section className={styles.section} aria-labelledby={`plan-${section}-title`} data-testid={`plan-${section}`}>
      <h2 id={`plan-${section}-title`} className={styles.sectionTitle}>
        {title}
      </h2>
      <p id={hintId} className={styles.hint}>
        {t(`crisis.plan.sections.${section}.hint`)}
      </p>
      <ul className={styles.items}>
        {items.map((item, index) => (
          <li key={item.key} className={styles.item}>
            <label htmlFor={item.key} className="visually-hidden">
              {t('crisis.plan.item', { section: title, number: index + 1 })}
            </label>
            <input
              id={item.key}
              className={styles.input}
              type="text"
              value={item.text}
              maxLength={MAX_ITEM_LENGTH}
              aria-describedby={hintId}
              onChange={(e) => edit(item.key, e.target.value)}
              onKeyDown={(e) => onKeyDown(e, item, index)}
            />
            {items.length > 1 || item.text ? (
              <button type="button" className={styles.remove} onClick={() => remove(index)} aria-label={t('crisis.plan.removeLabel', { number: index + 1, section: title })}>
                {t('crisis.plan.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length < MAX_ITEMS ? (
        <button id={addId} type="button" className={styles.add} onClick={add} aria-label={t('crisis.plan.add', { section: title })}>
          <span aria-hidden="true">+ </span>
          {t('crisis.plan.addShort')}
        </button>
      ) : (
        <p className={styles.hint}>{t('crisis.plan.full')}</p>
      )}
      {children}
    </section>
  );
}
