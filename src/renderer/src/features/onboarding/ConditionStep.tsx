import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryMatch } from '@shared/knowledge/library/librarySearch';
import { useServices } from '@renderer/services/ServicesContext';
import { useConditionSearch } from '@renderer/knowledge/usePackIndex';
import { Button } from '@renderer/ui/Button';
import { libraryActions, useLibraryUi, LibraryPanel } from '../library';
import type { ChosenCondition } from './onboardingDraft';
import styles from './Onboarding.module.css';
import { StepFooter } from './StepFooter';
import { StepHeading } from './StepHeading';
import { useOnboarding } from './useOnboarding';

interface Option extends ChosenCondition {
  readonly hint: string;
}

const NO_MATCHES: readonly LibraryMatch[] = [];
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * "What are you living with?": a combobox over the installed conditions that understands synonyms,
 * abbreviations and typos. Enter picks the highlighted match and moves on; the person's own words are
 * always an option, for a condition Hearth has no pack for. Where no pack matches, topics of the health
 * library (once added) are offered too, or else the way to add it.
 */
export function ConditionStep() {
  const { t, i18n } = useTranslation();
  const { library } = useServices();
  const conditionSearch = useConditionSearch();
  const libraryStatus = useLibraryUi((s) => s.status);
  const importing = useLibraryUi((s) => s.progress !== null);
  // Library matches with the query they answer, so Enter can tell when the list is complete.
  const [libraryAnswer, setLibraryMatches] = useState<{ readonly query: string; readonly matches: readonly LibraryMatch[] }>({ query: '', matches: [] });
  // Enter pressed before the index or the library answered: chosen as soon as the list is complete.
  const enterQueued = useRef(false);
  const [showLibrary, setShowLibrary] = useState(false);
  const language = i18n.language === 'es' ? 'es' : 'en';
  const { draft, setCondition, next } = useOnboarding();
  const [query, setQuery] = useState(draft.condition?.label ?? '');
  // No library, or nothing typed: no library matches (worked out here, not set from an effect).
  const libraryMatches = query.trim() && libraryStatus ? libraryAnswer.matches : NO_MATCHES;
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  useEffect(() => {
    if (libraryStatus === undefined) void libraryActions(library).refresh();
  }, [library, libraryStatus]);
  // Library topics are searched as the person types, once there is a library (in memory after the first search).
  useEffect(() => {
    let live = true;
    const typed = query.trim();
    if (!typed || !libraryStatus) return;
    void library.searchTopics(typed, language, 4).then((found) => live && setLibraryMatches({ query: typed, matches: found }));
    return () => {
      live = false;
    };
  }, [library, libraryStatus, query, language]);

  const options = useMemo<Option[]>(() => {
    const typed = query.trim();
    if (!typed) return [];
    const matches = conditionSearch?.search(typed, 6) ?? [];
    const found: Option[] = matches.map((m) => ({
      packId: m.packId,
      label: m.name,
      hint: m.matched.toLowerCase() === m.name.toLowerCase() ? '' : t('onboarding.condition.matchedBy', { term: m.matched }),
    }));
    // A pack beats the library's topic of the same name: it has treatments, organisations and more.
    const fromLibrary: Option[] = libraryMatches
      .filter((l) => !matches.some((m) => same(m.name, l.name) || same(m.matched, l.name) || same(m.name, l.matched)))
      .map((l) => ({ packId: l.packId, label: l.name, hint: t('library.noPack.optionHint') }));
    // Typing a known name or synonym exactly needs no "use my own words" option.
    const exact = [...matches, ...libraryMatches].some((m) => [m.name, m.matched].some((s) => same(s, typed)));
    const all = [...found, ...fromLibrary].slice(0, 7);
    return exact ? all : [...all, { packId: null, label: typed.slice(0, 120), hint: t('onboarding.condition.ownWordsHint') }];
  }, [query, conditionSearch, libraryMatches, t]);
  const typed = query.trim();
  const noPack = typed.length >= 3 && options.every((o) => o.packId === null);
  // The list is complete once the pack index is in and the library (if any) has answered this query.
  const complete = conditionSearch !== undefined && libraryStatus !== undefined && (libraryStatus === null || !typed || libraryAnswer.query === typed);
  useEffect(() => {
    if (!enterQueued.current || !complete) return;
    enterQueued.current = false;
    const option = options[active];
    if (option) {
      setCondition({ packId: option.packId, label: option.label });
      next();
    }
  }, [complete, options, active, setCondition, next]);

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
      if (!complete && query.trim()) {
        e.preventDefault();
        enterQueued.current = true;
      } else if (option) {
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
            enterQueued.current = false;
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
      {showLibrary && libraryStatus && !importing ? (
        <p className={styles.hint} role="status" data-testid="library-ready">
          {t('library.noPack.ready')}
        </p>
      ) : (noPack && libraryStatus === null) || showLibrary ? (
        <div className={styles.noPack} data-testid="no-pack">
          <p className={styles.noPackTitle}>{t('library.noPack.title', { label: typed.slice(0, 120) })}</p>
          <p className={styles.hint}>{t('library.noPack.lead')}</p>
          {showLibrary ? (
            <LibraryPanel />
          ) : (
            <Button onClick={() => setShowLibrary(true)} data-testid="add-library">
              {t('library.noPack.add')}
            </Button>
          )}
        </div>
      ) : null}
      <StepFooter
        onSkip={() => {
          setCondition(null);
          next();
        }}
      />
    </>
  );
}
