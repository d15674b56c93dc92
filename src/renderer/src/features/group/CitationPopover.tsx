import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '@shared/domain';
import type { FlatFact } from '@shared/knowledge/flattenPack';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
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

/**
 * A citation's own view, opened inside Hearth first: the fact it supports, who published the source,
 * the day it was checked, and "Open source" (the browser comes second). One per source, opened by
 * both its marker in the text and its chip (`popoverTarget={id}`). It sits in the top layer, anchored
 * to the control that opened it, and takes focus so a screen reader reads it; Escape, Close or a
 * click outside shuts it, and the browser gives focus back to that control.
 */
export function CitationPopover({ id, citation: c }: { readonly id: string; readonly citation: Citation }) {
  const { t, i18n } = useTranslation();
  const open = useOpenSource();
  const factId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  const fact = useCitedFact(c.factKey, shown);
  const source = fact?.sources.find((s) => s.url === c.url) ?? fact?.sources[0];
  const checked = source ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${source.checked}T00:00:00Z`)) : null;

  // Once its content is there, focus moves in: the dialog's name and the fact are read out.
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);

  return (
    <div
      ref={ref}
      id={id}
      popover="auto"
      role="dialog"
      tabIndex={-1}
      aria-label={t('group.citation.title', { n: c.marker })}
      aria-describedby={fact ? factId : undefined}
      className={styles.popover}
      onToggle={(e) => setShown((e.nativeEvent as ToggleEvent).newState === 'open')}
      data-testid="citation-popover"
    >
      {shown ? (
        <>
          {fact ? (
            <p id={factId} className={styles.fact} lang={fact.origin === 'bundled' ? undefined : 'en'} data-testid="citation-fact">
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
  );
}
