import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '../../../../shared/domain';
import type { FlatFact } from '../../../../shared/knowledge/flattenPack';
import { useServices } from '../../services/ServicesContext';
import { Button } from '../../ui/Button';
import { useOpenSource } from './useOpenSource';
import styles from './CitationText.module.css';

/** The cited fact from the loaded packs, loading its pack if this session has not yet (a reopened old message). */
function useCitedFact(factKey: string, wanted: boolean): FlatFact | undefined {
  const { knowledge } = useServices();
  const registry = knowledge.base.registry;
  const [fact, setFact] = useState(() => registry.fact(factKey));
  useEffect(() => {
    if (!wanted || fact) return;
    let live = true;
    const packId = factKey.split('/')[0] ?? '';
    void knowledge.base.load(packId).then(() => live && setFact(registry.fact(factKey)));
    return () => {
      live = false;
    };
  }, [wanted, fact, factKey, knowledge.base, registry]);
  return fact;
}

interface Props {
  readonly citation: Citation;
  readonly className: string | undefined;
  readonly label?: string;
  readonly children: ReactNode;
}

/**
 * A citation that opens inside Hearth first: a popover with the fact it supports, who published the
 * source, the day it was checked, and "Open source" (the browser comes second). Escape or a click
 * outside closes it; it sits in the top layer, anchored to its button.
 */
export function CitationButton({ citation: c, className, label, children }: Props) {
  const { t, i18n } = useTranslation();
  const open = useOpenSource();
  const id = useId();
  const [shown, setShown] = useState(false);
  const fact = useCitedFact(c.factKey, shown);
  const source = fact?.sources.find((s) => s.url === c.url) ?? fact?.sources[0];
  const checked = source ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${source.checked}T00:00:00Z`)) : null;
  return (
    <>
      <button type="button" className={className} popoverTarget={id} aria-label={label} aria-haspopup="dialog" data-testid="citation">
        {children}
      </button>
      <div
        id={id}
        popover="auto"
        role="dialog"
        aria-label={t('group.citation.title', { n: c.marker })}
        className={styles.popover}
        onToggle={(e) => setShown((e.nativeEvent as ToggleEvent).newState === 'open')}
        data-testid="citation-popover"
      >
        {shown ? (
          <>
            {fact ? (
              <p className={styles.fact} lang={fact.origin === 'bundled' ? undefined : 'en'} data-testid="citation-fact">
                {fact.text}
              </p>
            ) : null}
            <dl className={styles.meta}>
              <dt>{t('group.citation.publisher')}</dt>
              <dd>
                {c.publisher} · {c.title}
              </dd>
              {checked ? (
                <>
                  <dt>{t('group.citation.checked')}</dt>
                  <dd data-testid="citation-checked">{checked}</dd>
                </>
              ) : null}
            </dl>
            {c.origin !== 'bundled' ? <p className={styles.imported}>{c.origin === 'imported' ? t('group.importedSource') : t('group.librarySource')}</p> : null}
            <div className={styles.popoverActions}>
              <Button variant="primary" popoverTarget={id} popoverTargetAction="hide" onClick={() => open(c.url)} data-testid="citation-open">
                {t('group.citation.open')}
              </Button>
              <Button variant="ghost" popoverTarget={id} popoverTargetAction="hide">
                {t('group.citation.close')}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </>
  );
}
