import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import type { ChosenCondition } from './onboardingDraft';
import styles from './Onboarding.module.css';
import { StepFooter } from './StepFooter';
import { StepHeading } from './StepHeading';
import { useOnboarding } from './useOnboarding';

interface Option extends ChosenCondition {
  readonly hint: string;
}

/**
 * "What are you living with?": a combobox over the installed conditions that understands synonyms,
 * abbreviations and typos. Enter picks the highlighted match and moves on; the person's own words are
 * always an option, for a condition Hearth has no pack for.
 */
export function ConditionStep() {
  const { t } = useTranslation();
  const { knowledge } = useServices();
  const { draft, setCondition, next } = useOnboarding();
  const [query, setQuery] = useState(draft.condition?.label ?? '');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();

  const options = useMemo<Option[]>(() => {
    const typed = query.trim();
    if (!typed) return [];
    const matches = knowledge.base.conditionSearch().search(typed, 6);
    const found: Option[] = matches.map((m) => ({
      packId: m.packId,
      label: m.name,
      hint: m.matched.toLowerCase() === m.name.toLowerCase() ? '' : t('onboarding.condition.matchedBy', { term: m.matched }),
    }));
    // Typing a known name or synonym exactly needs no "use my own words" option.
    const exact = matches.some((m) => [m.name, m.matched].some((s) => s.toLowerCase() === typed.toLowerCase()));
    return exact ? found : [...found, { packId: null, label: typed.slice(0, 120), hint: t('onboarding.condition.ownWordsHint') }];
  }, [query, knowledge, t]);

  const choose = (option: Option) => {
    setCondition({ packId: option.packId, label: option.label });
    next();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + options.length) % options.length);
    } else if (e.key === 'Enter') {
      const option = options[active];
      if (option) {
        e.preventDefault();
        choose(option);
      }
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  };

  const activeId = options[active] ? `${listId}-${active}` : undefined;
  return (
    <>
      <StepHeading title={t('onboarding.condition.title')} lead={t('onboarding.condition.lead')} takeFocus={false} />
      <div className={styles.field}>
        <label className={styles.label} htmlFor={inputId}>
          {t('onboarding.condition.label')}
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={`${inputId}-hint`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-testid="condition-search"
          autoFocus
        />
        <p id={`${inputId}-hint`} className={styles.hint}>
          {t('onboarding.condition.hint')}
        </p>
        <ul id={listId} role="listbox" aria-label={t('onboarding.condition.results')} className={styles.listbox} hidden={options.length === 0}>
          {options.map((option, i) => (
            <li
              key={`${option.packId ?? 'own'}-${option.label}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(option)}
            >
              <span>{option.packId ? option.label : t('onboarding.condition.ownWords', { label: option.label })}</span>
              {option.hint ? <span className={styles.optionHint}>{option.hint}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      <StepFooter
        onSkip={() => {
          setCondition(null);
          next();
        }}
      />
    </>
  );
}
